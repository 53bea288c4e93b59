package tencentapi_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// bareCore is the least a front door needs from the core: a fixed clock, no limits, no faults.
type bareCore struct{ now time.Time }

func (c bareCore) Now() time.Time                       { return c.now }
func (bareCore) CountCall(string)                       {}
func (bareCore) CountRefused(string, string)            {}
func (bareCore) Allow(string, string) bool              { return true }
func (bareCore) TakeFaults(string, string) host.Effects { return host.Effects{} }
func (bareCore) Logf(string, ...any)                    {}
func (c bareCore) Exec(_ host.Effects, fn func(host.Call) bool) {
	fn(host.Call{Now: c.now})
}

// A handler knows the RequestId its call is answered with (an async VPC action keys its task by
// it), on success and on error alike, and every call gets its own.
func TestHandlerSeesItsRequestID(t *testing.T) {
	now := time.Date(2024, 5, 17, 10, 30, 0, 0, time.UTC)
	door := tencentapi.NewFrontDoor(bareCore{now}, map[string]string{sandboxtest.SecretID: sandboxtest.SecretKey})
	var seen []string
	type req struct {
		Fail bool `json:"Fail"`
	}
	door.Register(&tencentapi.Service{Name: "vpc", Version: "2017-03-12", Actions: map[string]tencentapi.Action{
		"Echo": {Run: tencentapi.Handle(func(c *tencentapi.Call, r *req) (any, *tencentapi.Error) {
			seen = append(seen, c.RequestID)
			if r.Fail {
				return nil, tencentapi.Errf("ResourceNotFound", "asked to fail")
			}
			return map[string]string{"Seen": c.RequestID}, nil
		})},
	}})
	call := func(body string) map[string]any {
		t.Helper()
		r := httptest.NewRequest(http.MethodPost, "http://vpc.tencentcloudapi.com/", bytes.NewReader([]byte(body)))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("X-TC-Action", "Echo")
		r.Header.Set("X-TC-Version", "2017-03-12")
		sandboxtest.Sign(r, []byte(body), sandboxtest.SecretID, sandboxtest.SecretKey, "vpc", now)
		w := httptest.NewRecorder()
		door.ServeHTTP(w, r)
		var env struct{ Response map[string]any }
		if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil {
			t.Fatalf("%s: %v", w.Body.String(), err)
		}
		return env.Response
	}
	first := call(`{}`)
	if first["Seen"] == nil || first["Seen"] != first["RequestId"] {
		t.Fatalf("the handler saw %v, the answer carries RequestId %v", first["Seen"], first["RequestId"])
	}
	second := call(`{}`)
	if second["Seen"] == first["Seen"] {
		t.Fatalf("two calls share the RequestId %v", first["Seen"])
	}
	failed := call(`{"Fail": true}`)
	if len(seen) != 3 || failed["RequestId"] != seen[2] || failed["Error"] == nil {
		t.Fatalf("an error answer's RequestId %v is not the one its handler saw (%v)", failed["RequestId"], seen)
	}
}
