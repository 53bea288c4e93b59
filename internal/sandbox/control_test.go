package sandbox

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func (h *harness) control(method, path, body string) (int, string) {
	h.t.Helper()
	r := httptest.NewRequest(method, "http://127.0.0.1"+path, strings.NewReader(body))
	w := httptest.NewRecorder()
	h.s.ServeHTTP(w, r)
	return w.Code, w.Body.String()
}

func TestRateLimitDefault(t *testing.T) {
	h := newHarness(t, Options{RateLimit: DefaultRateLimit})
	for i := 0; i < DefaultRateLimit; i++ {
		h.ok("DescribeVpcs", nil)
	}
	h.fails("DescribeVpcs", nil, "RequestLimitExceeded")
	h.ok("DescribeSubnets", nil) // buckets are per action
	h.clock.Advance(100 * time.Millisecond)
	h.ok("DescribeVpcs", nil) // 2 tokens refilled
	h.ok("DescribeVpcs", nil)
	h.fails("DescribeVpcs", nil, "RequestLimitExceeded")
	if n := h.s.CallCounts()["ecm.DescribeVpcs"]; n != DefaultRateLimit+4 {
		t.Fatalf("CallCounts must include rejected calls: %d", n)
	}
}

func TestDefaultRateLimitOption(t *testing.T) {
	s, err := New(Options{Credentials: map[string]string{"a": "b"}})
	if err != nil || s.defaultRate != DefaultRateLimit {
		t.Fatalf("default rate %v %v", s.defaultRate, err)
	}
}

func TestSetRateLimit(t *testing.T) {
	h := newHarness(t, Options{})
	h.s.SetRateLimit("DescribeVpcs", 1)
	h.ok("DescribeVpcs", nil)
	h.fails("DescribeVpcs", nil, "RequestLimitExceeded")
	h.ok("DescribeSubnets", nil)
	h.clock.Advance(time.Second)
	h.ok("DescribeVpcs", nil)
	h.s.SetRateLimit("DescribeVpcs", 0) // back to the default
	for i := 0; i < 5; i++ {
		h.ok("DescribeVpcs", nil)
	}
	h.s.SetRateLimit("ecm.DescribeSubnets", 1)
	h.ok("DescribeSubnets", nil)
	h.fails("DescribeSubnets", nil, "RequestLimitExceeded")
	h.s.Reset() // clears overrides
	h.ok("DescribeSubnets", nil)
}

func TestCallCounts(t *testing.T) {
	h := newHarness(t, Options{})
	h.ok("CreateVpc", vpcParams("10.0.0.0/16"))
	h.fails("CreateVpc", vpcParams("10.0.0.0/8"), "InvalidParameterValue")
	r := h.request("CreateVpc", vpcParams("10.1.0.0/16"))
	testSign(r, []byte("{}"), testSecretID, testSecretKey, "ecm", h.clock.Now()) // body mismatch
	if errCode(h.send(r)) != "AuthFailure.SignatureFailure" {
		t.Fatal("expected a signature failure")
	}
	h.call("NoSuchThing", nil)
	got := h.s.CallCounts()
	if got["ecm.CreateVpc"] != 3 || got["ecm.NoSuchThing"] != 1 {
		t.Fatalf("counts %v", got)
	}
	code, body := h.control(http.MethodGet, "/_sandbox/calls", "")
	var viaHTTP map[string]int
	if code != 200 || json.Unmarshal([]byte(body), &viaHTTP) != nil || viaHTTP["ecm.CreateVpc"] != 3 {
		t.Fatalf("GET /_sandbox/calls: %d %s", code, body)
	}
}

func TestControlEndpoints(t *testing.T) {
	h := newHarness(t, Options{})
	if code, _ := h.control(http.MethodGet, "/_sandbox/health", ""); code != 200 {
		t.Fatalf("health %d", code)
	}
	h.createVpc("10.0.0.0/16")

	code, body := h.control(http.MethodPost, "/_sandbox/faults", `{"action":"DescribeVpcs","error_code":"InternalError","count":1,"latency":"1ms"}`)
	if code != 200 {
		t.Fatalf("add fault: %d %s", code, body)
	}
	if _, listed := h.control(http.MethodGet, "/_sandbox/faults", ""); !strings.Contains(listed, `"latency": "1ms"`) {
		t.Fatalf("fault list %s", listed)
	}
	h.fails("DescribeVpcs", nil, "InternalError")
	h.ok("DescribeVpcs", nil)

	h.control(http.MethodPost, "/_sandbox/faults", `{"action":"DescribeVpcs","error_code":"InternalError"}`)
	if code, _ := h.control(http.MethodDelete, "/_sandbox/faults", ""); code != 200 {
		t.Fatal("delete faults")
	}
	h.ok("DescribeVpcs", nil)

	for _, bad := range []string{`{"action":"X","latency":"soon"}`, `{"action":"X","colour":"red"}`, `{"action":"X"}`, `{"action":"X","task_result":"MAYBE"}`, `{"action":"X","error_code":"E","probability":2}`} {
		if code, _ := h.control(http.MethodPost, "/_sandbox/faults", bad); code != 400 {
			t.Errorf("fault %s accepted (%d)", bad, code)
		}
	}

	if code, body := h.control(http.MethodPost, "/_sandbox/ratelimit", `{"action":"DescribeVpcs","per_second":1}`); code != 200 {
		t.Fatalf("ratelimit %d %s", code, body)
	}
	h.ok("DescribeVpcs", nil)
	h.fails("DescribeVpcs", nil, "RequestLimitExceeded")
	if code, _ := h.control(http.MethodPost, "/_sandbox/ratelimit", `{"per_second":1}`); code != 400 {
		t.Fatal("ratelimit without action accepted")
	}

	if code, _ := h.control(http.MethodPost, "/_sandbox/reset", ""); code != 200 {
		t.Fatal("reset")
	}
	if n := h.ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 0 {
		t.Fatalf("reset kept %v VPCs", n)
	}
	if got := h.s.CallCounts(); got["ecm.DescribeVpcs"] != 1 {
		t.Fatalf("reset kept counts %v", got)
	}
	if code, _ := h.control(http.MethodGet, "/_sandbox/reset", ""); code != 405 {
		t.Fatalf("GET reset: %d", code)
	}
	if code, _ := h.control(http.MethodGet, "/_sandbox/nope", ""); code != 404 {
		t.Fatalf("unknown endpoint: %d", code)
	}
}
