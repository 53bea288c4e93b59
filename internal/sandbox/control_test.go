package sandbox_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

func TestRateLimitDefault(t *testing.T) {
	h := newHarness(t, Options{RateLimit: DefaultRateLimit})
	for i := 0; i < DefaultRateLimit; i++ {
		h.Ok("DescribeVpcs", nil)
	}
	h.Fails("DescribeVpcs", nil, "RequestLimitExceeded")
	h.Ok("DescribeSubnets", nil) // buckets are per action
	h.Clock.Advance(100 * time.Millisecond)
	h.Ok("DescribeVpcs", nil) // 2 tokens refilled
	h.Ok("DescribeVpcs", nil)
	h.Fails("DescribeVpcs", nil, "RequestLimitExceeded")
	if n := h.S.CallCounts()["ecm.DescribeVpcs"]; n != DefaultRateLimit+4 {
		t.Fatalf("CallCounts must include rejected calls: %d", n)
	}
}

func TestDefaultRateLimitOption(t *testing.T) {
	s, err := New(Options{Credentials: map[string]string{"a": "b"}})
	if err != nil || sandbox.DefaultRate(s) != DefaultRateLimit {
		t.Fatalf("default rate %v %v", sandbox.DefaultRate(s), err)
	}
}

func TestSetRateLimit(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.SetRateLimit("DescribeVpcs", 1)
	h.Ok("DescribeVpcs", nil)
	h.Fails("DescribeVpcs", nil, "RequestLimitExceeded")
	h.Ok("DescribeSubnets", nil)
	h.Clock.Advance(time.Second)
	h.Ok("DescribeVpcs", nil)
	h.S.SetRateLimit("DescribeVpcs", 0) // back to the default
	for i := 0; i < 5; i++ {
		h.Ok("DescribeVpcs", nil)
	}
	h.S.SetRateLimit("ecm.DescribeSubnets", 1)
	h.Ok("DescribeSubnets", nil)
	h.Fails("DescribeSubnets", nil, "RequestLimitExceeded")
	h.S.Reset() // clears overrides
	h.Ok("DescribeSubnets", nil)
}

func TestCallCounts(t *testing.T) {
	h := newHarness(t, Options{})
	h.Ok("CreateVpc", vpcParams("10.0.0.0/16"))
	h.Fails("CreateVpc", vpcParams("10.0.0.0/8"), "InvalidParameterValue")
	r := h.Request("CreateVpc", vpcParams("10.1.0.0/16"))
	testSign(r, []byte("{}"), testSecretID, testSecretKey, "ecm", h.Clock.Now()) // body mismatch
	if errCode(h.Send(r)) != "AuthFailure.SignatureFailure" {
		t.Fatal("expected a signature failure")
	}
	h.Call("NoSuchThing", nil)
	got := h.S.CallCounts()
	if got["ecm.CreateVpc"] != 3 || got["ecm.NoSuchThing"] != 1 {
		t.Fatalf("counts %v", got)
	}
	code, body := h.Control(http.MethodGet, "/_sandbox/calls", "")
	var viaHTTP map[string]int
	if code != 200 || json.Unmarshal([]byte(body), &viaHTTP) != nil || viaHTTP["ecm.CreateVpc"] != 3 {
		t.Fatalf("GET /_sandbox/calls: %d %s", code, body)
	}
}

func TestControlEndpoints(t *testing.T) {
	h := newHarness(t, Options{})
	if code, _ := h.Control(http.MethodGet, "/_sandbox/health", ""); code != 200 {
		t.Fatalf("health %d", code)
	}
	h.CreateVpc("10.0.0.0/16")

	code, body := h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"DescribeVpcs","error_code":"InternalError","count":1,"latency":"1ms"}`)
	if code != 200 {
		t.Fatalf("add fault: %d %s", code, body)
	}
	if _, listed := h.Control(http.MethodGet, "/_sandbox/faults", ""); !strings.Contains(listed, `"latency": "1ms"`) {
		t.Fatalf("fault list %s", listed)
	}
	h.Fails("DescribeVpcs", nil, "InternalError")
	h.Ok("DescribeVpcs", nil)

	h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"DescribeVpcs","error_code":"InternalError"}`)
	if code, _ := h.Control(http.MethodDelete, "/_sandbox/faults", ""); code != 200 {
		t.Fatal("delete faults")
	}
	h.Ok("DescribeVpcs", nil)

	for _, bad := range []string{`{"action":"X","latency":"soon"}`, `{"action":"X","colour":"red"}`, `{"action":"X"}`, `{"action":"X","task_result":"MAYBE"}`, `{"action":"X","error_code":"E","probability":2}`} {
		if code, _ := h.Control(http.MethodPost, "/_sandbox/faults", bad); code != 400 {
			t.Errorf("fault %s accepted (%d)", bad, code)
		}
	}

	if code, body := h.Control(http.MethodPost, "/_sandbox/ratelimit", `{"action":"DescribeVpcs","per_second":1}`); code != 200 {
		t.Fatalf("ratelimit %d %s", code, body)
	}
	h.Ok("DescribeVpcs", nil)
	h.Fails("DescribeVpcs", nil, "RequestLimitExceeded")
	if code, _ := h.Control(http.MethodPost, "/_sandbox/ratelimit", `{"per_second":1}`); code != 400 {
		t.Fatal("ratelimit without action accepted")
	}

	if code, _ := h.Control(http.MethodPost, "/_sandbox/reset", ""); code != 200 {
		t.Fatal("reset")
	}
	if n := h.Ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 0 {
		t.Fatalf("reset kept %v VPCs", n)
	}
	if got := h.S.CallCounts(); got["ecm.DescribeVpcs"] != 1 {
		t.Fatalf("reset kept counts %v", got)
	}
	if code, _ := h.Control(http.MethodGet, "/_sandbox/reset", ""); code != 405 {
		t.Fatalf("GET reset: %d", code)
	}
	if code, _ := h.Control(http.MethodGet, "/_sandbox/nope", ""); code != 404 {
		t.Fatalf("unknown endpoint: %d", code)
	}
}
