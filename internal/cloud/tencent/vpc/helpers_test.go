package vpc

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// request is one call the fake API received.
type request struct {
	Action string
	Region string
	Body   map[string]any
}

// fakeAPI answers each call with answer(call number of that action, request) and records the calls.
type fakeAPI struct {
	mu     sync.Mutex
	calls  []request
	answer func(n int, r request) string
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	req := request{Action: r.Header.Get("X-TC-Action"), Region: r.Header.Get("X-TC-Region")}
	_ = json.Unmarshal(raw, &req.Body)
	f.mu.Lock()
	n := 0
	for _, c := range f.calls {
		if c.Action == req.Action {
			n++
		}
	}
	f.calls = append(f.calls, req)
	f.mu.Unlock()
	_, _ = io.WriteString(w, f.answer(n, req))
}

func (f *fakeAPI) called(action string) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, c := range f.calls {
		if c.Action == action {
			out = append(out, c)
		}
	}
	return out
}

// newTestClient is a VPC client against answer, with fast retries.
func newTestClient(t *testing.T, answer func(n int, r request) string) (*Client, *fakeAPI) {
	t.Helper()
	api := &fakeAPI{answer: answer}
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	c := New(tencent.New(tencent.Config{
		SecretID: "AKIDvpc-" + t.Name(), SecretKey: "the-secret-key", Region: "ap-provider-default",
		Endpoints: map[string]string{"vpc": srv.URL}, MaxRetries: 3, RateLimit: 1000,
		SharedRateLimit: tencent.SharedRateLimitOff,
	}))
	saved := refusalBackoff
	refusalBackoff = wait.Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Multiplier: 2}
	t.Cleanup(func() { refusalBackoff = saved })
	return c, api
}

func apiError(code string) string {
	return `{"Response":{"Error":{"Code":"` + code + `","Message":"test ` + code + `"},"RequestId":"req-` + code + `"}}`
}

// fastPolls is a wait that polls every few milliseconds.
var fastPolls = wait.Options{Backoff: wait.Backoff{Initial: time.Millisecond, Max: 5 * time.Millisecond, Multiplier: 2}}

func isNotFound(err error) bool { return tencent.IsNotFound(err) }
