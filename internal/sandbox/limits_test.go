package sandbox_test

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// quotaSection is a product state that declares limits.
type quotaSection struct{}

func (quotaSection) Settle(time.Time) bool { return false }
func (quotaSection) Reset()                {}
func (quotaSection) Save() ([]byte, error) { return []byte("{}"), nil }
func (quotaSection) Load([]byte) error     { return nil }
func (quotaSection) DefaultLimits() map[string]int {
	return map[string]int{"quota.things_per_region": 5, "quota.names": 2}
}

func newQuotaSandbox(t *testing.T, limits map[string]int) *sandbox.Sandbox {
	t.Helper()
	s, err := sandbox.NewWithSection(sandbox.Options{
		Credentials: map[string]string{testSecretID: testSecretKey}, Limits: limits,
	}, "quota", quotaSection{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

func control(t *testing.T, s *sandbox.Sandbox, method, path, body string) (int, map[string]any) {
	t.Helper()
	h := &sandboxtest.Harness{T: t, S: s}
	code, text := h.Control(method, path, body)
	var m map[string]any
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		t.Fatalf("%s %s: %v in %s", method, path, err, text)
	}
	return code, m
}

func TestLimitsLayers(t *testing.T) {
	s := newQuotaSandbox(t, map[string]int{"quota.names": 7})
	if got := s.Limits(); got["quota.things_per_region"] != 5 || got["quota.names"] != 7 {
		t.Fatalf("defaults then Options.Limits: %v", got)
	}
	if err := s.SetLimit("quota.things_per_region", 10000); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLimit("quota.nope", 1); err == nil {
		t.Fatal("an undeclared name of a declaring product was accepted")
	}
	if err := s.SetLimit("nope.x", 1); err == nil {
		t.Fatal("a name of no product was accepted")
	}
	if err := s.SetLimit("quota.names", -1); err == nil {
		t.Fatal("a negative value was accepted")
	}
	// ECM declares its own limits.
	if err := s.SetLimit("ecm.vpcs_per_region", 3); err != nil {
		t.Fatalf("an ECM limit: %v", err)
	}
	if err := s.SetLimit("ecm.anything", 3); err == nil {
		t.Fatal("an undeclared ECM name was accepted")
	}
	call := sandbox.ExecCall(s, host.Effects{})
	if call.Limits["quota.things_per_region"] != 10000 || call.Limits["quota.names"] != 7 || call.Limits["ecm.vpcs_per_region"] != 3 {
		t.Fatalf("host.Call.Limits %v", call.Limits)
	}
	// Built on change, not per call: two calls see the same map.
	if again := sandbox.ExecCall(s, host.Effects{}); reflect.ValueOf(again.Limits).Pointer() != reflect.ValueOf(call.Limits).Pointer() {
		t.Fatalf("second call %v", again.Limits)
	}
	s.Reset()
	if got := s.Limits(); got["quota.things_per_region"] != 5 || got["quota.names"] != 7 || got["ecm.vpcs_per_region"] != 20 {
		t.Fatalf("after Reset (Options.Limits stay, overrides go): %v", got)
	}
	if _, err := sandbox.NewWithSection(sandbox.Options{
		Credentials: map[string]string{testSecretID: testSecretKey}, Limits: map[string]int{"quota.typo": 1},
	}, "quota", quotaSection{}); err == nil || !strings.Contains(err.Error(), "quota.typo") {
		t.Fatalf("Options.Limits with an unknown name: %v", err)
	}
}

func TestLimitsControlSurface(t *testing.T) {
	s := newQuotaSandbox(t, nil)
	if code, m := control(t, s, http.MethodPost, "/_sandbox/limits", `{"quota.things_per_region": 10000}`); code != 200 || m["quota.things_per_region"] != 10000.0 {
		t.Fatalf("POST: %d %v", code, m)
	}
	if code, m := control(t, s, http.MethodGet, "/_sandbox/limits", ""); code != 200 || m["quota.things_per_region"] != 10000.0 || m["quota.names"] != 2.0 {
		t.Fatalf("GET: %d %v", code, m)
	}
	if code, m := control(t, s, http.MethodPost, "/_sandbox/limits", `{"quota.things_per_region": 1, "quota.typo": 1}`); code != 400 || !strings.Contains(m["error"].(string), "quota.typo") {
		t.Fatalf("unknown name: %d %v", code, m)
	}
	if s.Limits()["quota.things_per_region"] != 10000 {
		t.Fatal("a refused POST changed a limit")
	}
	if code, _ := control(t, s, http.MethodPost, "/_sandbox/limits", `{"quota.names": "many"}`); code != 400 {
		t.Fatalf("non-integer value: %d", code)
	}
	if code, m := control(t, s, http.MethodDelete, "/_sandbox/limits", ""); code != 200 || m["quota.things_per_region"] != 5.0 {
		t.Fatalf("DELETE: %d %v", code, m)
	}
	if err := s.SetLimit("quota.names", 9); err != nil {
		t.Fatal(err)
	}
	control(t, s, http.MethodPost, "/_sandbox/reset", "")
	if s.Limits()["quota.names"] != 2 {
		t.Fatal("reset kept an override")
	}
}
