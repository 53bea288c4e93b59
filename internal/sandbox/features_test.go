package sandbox_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// A fault without service and action, and without count, applies to every
// call of every action; Options.Latency adds to every call and survives Reset.
func TestLatencyOnEveryCall(t *testing.T) {
	h := newHarness(t, Options{Latency: 5 * time.Millisecond})
	if code, body := h.Control(http.MethodPost, "/_sandbox/faults", `{"latency":"50ms"}`); code != 200 {
		t.Fatalf("fault: %d %s", code, body)
	}
	for i, act := range []string{"DescribeVpcs", "CreateVpc", "AllocateAddresses", "DescribeVpcs", "ReleaseAddresses"} {
		if fx := sandbox.TakeFaults(h.S, "ecm", act); fx.Latency != 55*time.Millisecond {
			t.Fatalf("call %d (%s): latency %s, want 55ms", i, act, fx.Latency)
		}
	}
	if fx := sandbox.TakeFaults(h.S, "vpc", "DescribeVpcs"); fx.Latency != 55*time.Millisecond {
		t.Fatalf("another service: %s", fx.Latency)
	}
	h.S.Reset()
	if fx := sandbox.TakeFaults(h.S, "ecm", "DescribeVpcs"); fx.Latency != 5*time.Millisecond {
		t.Fatalf("after Reset: %s, want Options.Latency only", fx.Latency)
	}
}

func TestReadLagFault(t *testing.T) {
	h := newHarness(t, Options{})
	if code, body := h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"CreateVpc","read_lag":3,"count":1}`); code != 200 || !strings.Contains(body, `"read_lag": 3`) {
		t.Fatalf("fault: %d %s", code, body)
	}
	if code, _ := h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"CreateVpc","read_lag":-1}`); code != 400 {
		t.Fatalf("negative read_lag: %d", code)
	}
	if code, _ := h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"CreateVpc","read_lag":"x"}`); code != 400 {
		t.Fatalf("read_lag as a string: %d", code)
	}
	h.S.AddFault(Fault{Action: "CreateVpc", ReadLag: 2})
	if fx := sandbox.TakeFaults(h.S, "ecm", "DescribeVpcs"); fx.ReadLag != 0 {
		t.Fatalf("another action got read lag %d", fx.ReadLag)
	}
	fx := sandbox.TakeFaults(h.S, "ecm", "CreateVpc")
	if fx.ReadLag != 3 {
		t.Fatalf("effects read lag %d, want the largest, 3", fx.ReadLag)
	}
	if call := sandbox.ExecCall(h.S, fx); call.ReadLag != 3 {
		t.Fatalf("host.Call.ReadLag %d", call.ReadLag)
	}
	if fx := sandbox.TakeFaults(h.S, "ecm", "CreateVpc"); fx.ReadLag != 2 {
		t.Fatalf("after the counted rule ran out: %d", fx.ReadLag)
	}
	if call := sandbox.ExecCall(h.S, host.Effects{}); call.ReadLag != 0 {
		t.Fatalf("no fault: read lag %d", call.ReadLag)
	}
}

func TestRefusedCounts(t *testing.T) {
	h := newHarness(t, Options{RateLimit: 1})
	h.Ok("DescribeAddresses", map[string]any{"EcmRegion": testRegion})
	for i := 0; i < 3; i++ {
		h.Fails("DescribeAddresses", map[string]any{"EcmRegion": testRegion}, "RequestLimitExceeded")
	}
	h.S.AddFault(Fault{Action: "DescribeVpcs", ErrorCode: "RequestLimitExceeded"})
	h.Fails("DescribeVpcs", nil, "RequestLimitExceeded") // injected: not a refusal
	r := h.Request("DescribeSubnets", nil)
	testSign(r, []byte("{}"), testSecretID, "wrong", "ecm", h.Clock.Now())
	if code := errCode(h.Send(r)); code != "AuthFailure.SignatureFailure" {
		t.Fatal(code)
	}
	if got := h.S.RefusedCalls(); len(got) != 1 || got["ecm.DescribeAddresses"] != 3 {
		t.Fatalf("RefusedCalls %v", got)
	}
	if got := h.S.AuthRefusedCalls(); len(got) != 1 || got["ecm.DescribeSubnets"] != 1 {
		t.Fatalf("AuthRefusedCalls %v", got)
	}
	var m map[string]int
	code, body := h.Control(http.MethodGet, "/_sandbox/refused", "")
	if err := json.Unmarshal([]byte(body), &m); code != 200 || err != nil || m["ecm.DescribeAddresses"] != 3 || len(m) != 1 {
		t.Fatalf("GET refused: %d %s", code, body)
	}
	code, body = h.Control(http.MethodGet, "/_sandbox/refused?reason=auth", "")
	if err := json.Unmarshal([]byte(body), &m); code != 200 || err != nil || m["ecm.DescribeSubnets"] != 1 {
		t.Fatalf("GET refused auth: %d %s", code, body)
	}
	if code, _ := h.Control(http.MethodGet, "/_sandbox/refused?reason=bored", ""); code != 400 {
		t.Fatalf("unknown reason: %d", code)
	}
	// /_sandbox/calls keeps its shape and still counts refused calls.
	code, body = h.Control(http.MethodGet, "/_sandbox/calls", "")
	if err := json.Unmarshal([]byte(body), &m); code != 200 || err != nil || m["ecm.DescribeAddresses"] != 4 {
		t.Fatalf("calls: %d %s", code, body)
	}
	h.S.Reset()
	if len(h.S.RefusedCalls())+len(h.S.AuthRefusedCalls()) != 0 {
		t.Fatal("Reset kept refusal counts")
	}
}

func TestTemporaryCredentials(t *testing.T) {
	h := newHarness(t, Options{})
	code, body := h.Control(http.MethodPost, "/_sandbox/credentials", `{"ttl":"1h"}`)
	var tc sandbox.TemporaryCredentials
	if err := json.Unmarshal([]byte(body), &tc); code != 200 || err != nil || tc.SecretID == "" || tc.SecretKey == "" || tc.Token == "" {
		t.Fatalf("mint: %d %s %v", code, body, err)
	}
	if !tc.ExpiresAt.Equal(h.Clock.Now().Add(time.Hour)) {
		t.Fatalf("expires_at %s, want the sandbox clock + 1h", tc.ExpiresAt)
	}
	for _, raw := range []string{"secret_id", "secret_key", "token", "expires_at"} {
		if !strings.Contains(body, `"`+raw+`"`) {
			t.Fatalf("answer lacks %s: %s", raw, body)
		}
	}
	call := func(id, key, token string) string {
		t.Helper()
		return errCode(h.Send(h.RequestAs("DescribeVpcs", nil, id, key, token)))
	}
	if got := call(tc.SecretID, tc.SecretKey, tc.Token); got != "" {
		t.Fatalf("temporary key with its token: %s", got)
	}
	if got := call(tc.SecretID, tc.SecretKey, ""); got != "AuthFailure.TokenFailure" {
		t.Fatalf("temporary key without token: %s", got)
	}
	if got := call(tc.SecretID, tc.SecretKey, tc.Token+"x"); got != "AuthFailure.TokenFailure" {
		t.Fatalf("wrong token: %s", got)
	}
	if got := call(testSecretID, testSecretKey, tc.Token); got != "AuthFailure.TokenFailure" {
		t.Fatalf("token with a long-term key: %s", got)
	}
	if got := call(tc.SecretID, "wrong", tc.Token); got != "AuthFailure.SignatureFailure" {
		t.Fatalf("temporary id, wrong key: %s", got)
	}
	other, err := h.S.MintTemporaryCredentials(2 * time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got := call(tc.SecretID, tc.SecretKey, other.Token); got != "AuthFailure.TokenFailure" {
		t.Fatalf("another credential's token: %s", got)
	}
	h.S.Reset() // credentials survive Reset
	h.Clock.Advance(time.Hour - time.Second)
	if got := call(tc.SecretID, tc.SecretKey, tc.Token); got != "" {
		t.Fatalf("a second before expiry: %s", got)
	}
	h.Clock.Advance(time.Second)
	resp := h.Send(h.RequestAs("DescribeVpcs", nil, tc.SecretID, tc.SecretKey, tc.Token))
	if got := errCode(resp); got != "AuthFailure.TokenFailure" || !strings.Contains(resp["Error"].(map[string]any)["Message"].(string), "expired") {
		t.Fatalf("expired: %v", resp)
	}
	if got := call(other.SecretID, other.SecretKey, other.Token); got != "" {
		t.Fatalf("the other, unexpired: %s", got)
	}
	if _, err := h.S.MintTemporaryCredentials(0); err == nil {
		t.Fatal("ttl 0 accepted")
	}
	for _, bad := range []string{`{"ttl":"-1h"}`, `{}`, `{"ttl":"soon"}`, `{"ttl":"1h","x":1}`} {
		if code, _ := h.Control(http.MethodPost, "/_sandbox/credentials", bad); code != 400 {
			t.Fatalf("%s: %d", bad, code)
		}
	}
	if got := h.S.AuthRefusedCalls()["ecm.DescribeVpcs"]; got != 1 {
		t.Fatalf("auth refusals after Reset: %d", got)
	}
}
