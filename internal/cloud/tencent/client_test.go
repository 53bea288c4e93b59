package tencent

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

var testService = Service{Name: "ecm", Version: "2019-07-19"}

// fakeAPI answers each request with the next canned body (the last one repeats) and records requests.
type fakeAPI struct {
	answers []string
	calls   atomic.Int32
	last    *http.Request
	body    []byte
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := int(f.calls.Add(1)) - 1
	f.last = r
	f.body, _ = io.ReadAll(r.Body)
	a := f.answers[min(n, len(f.answers)-1)]
	switch a {
	case "HANG-UP": // close after reading the request: the client sees EOF
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		conn.Close()
		return
	case "RESET": // reset after reading the request: the client sees ECONNRESET
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		if tcp, ok := conn.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0)
		}
		conn.Close()
		return
	}
	_, _ = io.WriteString(w, a)
}

func newTestClient(t testing.TB, api *fakeAPI, mut ...func(*Config)) *Client {
	t.Helper()
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	cfg := Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": srv.URL}, MaxRetries: 3, RateLimit: 1000}
	for _, m := range mut {
		m(&cfg)
	}
	c := New(cfg)
	c.backoff = wait.Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Multiplier: 2}
	return c
}

const (
	okBody        = `{"Response":{"TaskId":"42","RequestId":"req-ok"}}`
	throttledBody = `{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"req-thr"}}`
	internalBody  = `{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"req-int"}}`
	expiredBody   = `{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"req-exp"}}`
	quotaBody     = `{"Response":{"Error":{"Code":"LimitExceeded","Message":"quota"},"RequestId":"req-quota"}}`
)

func TestDo_SendsSignedAPI3Request(t *testing.T) {
	api := &fakeAPI{answers: []string{okBody}}
	c := newTestClient(t, api)
	var out struct{ TaskId string }
	if err := c.Do(context.Background(), Call{Service: testService, Action: "AllocateAddresses", Params: map[string]any{"EcmRegion": "ap-hangzhou-ecm"}}, &out); err != nil {
		t.Fatal(err)
	}
	if out.TaskId != "42" {
		t.Fatalf("TaskId = %q", out.TaskId)
	}
	h := api.last.Header
	if h.Get("X-TC-Action") != "AllocateAddresses" || h.Get("X-TC-Version") != "2019-07-19" || h.Get("X-TC-Timestamp") == "" {
		t.Fatalf("missing API 3.0 headers: %v", h)
	}
	if !strings.HasPrefix(h.Get("Authorization"), "TC3-HMAC-SHA256 Credential=AKIDtest-") || !strings.Contains(h.Get("Authorization"), "/ecm/tc3_request, SignedHeaders=content-type;host, Signature=") {
		t.Fatalf("authorization = %q", h.Get("Authorization"))
	}
	var body map[string]any
	if err := json.Unmarshal(api.body, &body); err != nil || body["EcmRegion"] != "ap-hangzhou-ecm" {
		t.Fatalf("body = %s", api.body)
	}
}

func TestDo_APIErrorCarriesCodeMessageRequestID(t *testing.T) {
	c := newTestClient(t, &fakeAPI{answers: []string{quotaBody}})
	err := c.Do(context.Background(), Call{Service: testService, Action: "CreateVpc"}, nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "LimitExceeded" || apiErr.RequestID != "req-quota" || apiErr.Action != "CreateVpc" {
		t.Fatalf("err = %#v", err)
	}
	for _, want := range []string{"Code: LimitExceeded", "Message: quota", "RequestId: req-quota"} {
		if !strings.Contains(DiagnosticDetail(err), want) {
			t.Errorf("detail %q lacks %q", DiagnosticDetail(err), want)
		}
	}
}

func TestDo_RetryPolicy(t *testing.T) {
	tests := []struct {
		name       string
		answers    []string
		idempotent bool
		wantErr    string
		wantCalls  int32
	}{
		{"throttled write is retried", []string{throttledBody, throttledBody, okBody}, false, "", 3},
		{"throttling beyond max retries fails", []string{throttledBody}, true, "RequestLimitExceeded", 4},
		{"internal error on read is retried", []string{internalBody, okBody}, true, "", 2},
		{"internal error on write is final", []string{internalBody, okBody}, false, "InternalError", 1},
		{"dropped connection on read is retried", []string{"HANG-UP", okBody}, true, "", 2},
		{"dropped connection on write is final", []string{"HANG-UP", okBody}, false, "EOF", 1},
		{"reset after sending a read is retried", []string{"RESET", okBody}, true, "", 2},
		{"reset after sending a write is final", []string{"RESET", okBody}, false, "reset", 1},
		{"non-envelope answer on write is final", []string{"<html>bad gateway</html>", okBody}, false, "not an API 3.0 response", 1},
		{"max_retries 0 retries nothing", []string{throttledBody, okBody}, true, "RequestLimitExceeded", 1},
		{"expired signature is re-signed once", []string{expiredBody, okBody}, false, "", 2},
		{"expired signature twice is final", []string{expiredBody}, false, "SignatureExpire", 2},
		{"quota is final", []string{quotaBody, okBody}, true, "LimitExceeded", 1},
		{"non-envelope answer on read is retried", []string{"<html>bad gateway</html>", okBody}, true, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeAPI{answers: tt.answers}
			c := newTestClient(t, api, func(cfg *Config) {
				if strings.HasPrefix(tt.name, "max_retries 0") {
					cfg.MaxRetries = 0
				}
			})
			err := c.Do(context.Background(), Call{Service: testService, Action: "X", Idempotent: tt.idempotent}, nil)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
			if got := api.calls.Load(); got != tt.wantCalls {
				t.Fatalf("calls = %d, want %d", got, tt.wantCalls)
			}
		})
	}
}

func TestDo_RetriesStopAtContextDeadline(t *testing.T) {
	api := &fakeAPI{answers: []string{throttledBody}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.MaxRetries = 1000 })
	c.backoff = wait.Backoff{Initial: 20 * time.Millisecond, Max: 20 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := c.Do(ctx, Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context deadline", err)
	}
	if n := api.calls.Load(); n < 2 || n > 10 {
		t.Fatalf("calls = %d", n)
	}
}

func TestDo_EachAttemptIsSignedAfresh(t *testing.T) {
	api := &fakeAPI{answers: []string{expiredBody, okBody}}
	var tick atomic.Int64
	tick.Store(1700000000)
	c := newTestClient(t, api, func(cfg *Config) {
		cfg.Now = func() time.Time { return time.Unix(tick.Add(100), 0) }
	})
	if err := c.Do(context.Background(), Call{Service: testService, Action: "X"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := api.last.Header.Get("X-TC-Timestamp"); got != "1700000200" {
		t.Fatalf("second attempt timestamp = %s, want a fresh one (1700000200)", got)
	}
}

func TestDo_MissingCredentialsNameTheSettings(t *testing.T) {
	c := New(Config{})
	err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs"}, nil)
	if !IsConfigError(err) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"secret_id", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not mention %s", err, want)
		}
	}
}

func TestDo_BadEndpointIsConfigError(t *testing.T) {
	c := New(Config{SecretID: "a", SecretKey: "b", Endpoints: map[string]string{"ecm": "127.0.0.1:8787"}})
	if err := c.Do(context.Background(), Call{Service: testService, Action: "X"}, nil); !IsConfigError(err) || !strings.Contains(err.Error(), "not an http(s) URL") {
		t.Fatalf("err = %v", err)
	}
}

func TestRedactJSON_HidesSecretsAtAnyDepth(t *testing.T) {
	got, secrets := inspectBody([]byte(`{"LoginSettings":{"Password":"hunter2"},"Items":[{"UserData":"c2VjcmV0"}],"VpcName":"ok"}`))
	if strings.Contains(got, "hunter2") || strings.Contains(got, "c2VjcmV0") || !strings.Contains(got, `"VpcName":"ok"`) {
		t.Fatalf("redacted = %s", got)
	}
	if len(secrets) != 2 {
		t.Fatalf("secret values found = %q, want the password and the user data", secrets)
	}
}

func TestHasCode_MatchesPrefixBeforeDot(t *testing.T) {
	err := &APIError{Code: "RequestLimitExceeded.UinLimitExceeded"}
	if !IsThrottled(err) || HasCode(err, "RequestLimit") || !HasCode(err, "RequestLimitExceeded.UinLimitExceeded") {
		t.Fatal("prefix matching is wrong")
	}
	if !IsNotFound(&NotFoundError{Kind: "ECM VPC", ID: "vpc-1"}) || !IsNotFound(&APIError{Code: "ResourceNotFound"}) || IsNotFound(errors.New("x")) {
		t.Fatal("IsNotFound is wrong")
	}
}

// A regional service (VPC, EdgeZone) names the resource's region on the call; the provider's region
// is only the fallback.
func TestDo_CallRegionOverridesConfigRegion(t *testing.T) {
	api := &fakeAPI{answers: []string{okBody}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.Region = "ap-guangzhou" })
	if err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := api.last.Header.Get("X-TC-Region"); got != "ap-guangzhou" {
		t.Fatalf("X-TC-Region %q, want the provider's ap-guangzhou", got)
	}
	if err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs", Region: "ap-shanghai"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := api.last.Header.Get("X-TC-Region"); got != "ap-shanghai" {
		t.Fatalf("X-TC-Region %q, want the call's ap-shanghai", got)
	}
}

// A proxy's HTML error page is not the API: the error names the status and shows one short line
// of what answered, never the whole page.
func TestDo_HTMLErrorPageIsAShortOneLineExcerpt(t *testing.T) {
	page := "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n" + strings.Repeat("<p>upstream went away</p>\n", 40) + "</body>\n</html>\n"
	api := &fakeAPI{answers: []string{page}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.MaxRetries = 0 })
	c.transportWindow = 0
	err := c.Do(context.Background(), Call{Service: testService, Action: "CreateVpc"}, nil)
	var te *TransportError
	if !errors.As(err, &te) {
		t.Fatalf("err = %v; want a TransportError", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || len(msg) > 300 || !strings.Contains(msg, "502 Bad Gateway") {
		t.Fatalf("message (%d bytes) is not a short single line naming the page: %q", len(msg), msg)
	}
}
