package huawei

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const (
	testAK = "HWAKTESTACCESSKEY000"
	testSK = "the-huawei-secret-key"
)

// answer is one canned HTTP answer of fakeAPI.
type answer struct {
	status    int
	body      string
	requestID string
	special   string // "HANG-UP": close after reading the request; "RESET": reset it
}

var (
	okAnswer        = answer{200, `{"job_id":"job-1"}`, "req-ok", ""}
	throttledAnswer = answer{429, `{"error_msg":"The throttling threshold has been reached: policy user over ratelimit","error_code":"APIGW.0308","request_id":"req-thr"}`, "", ""}
	busyAnswer      = answer{409, `{"error_code":"DBS.200019","error_msg":"The instance is being operated."}`, "req-busy", ""}
	internalAnswer  = answer{500, `{"error_code":"DBS.200001","error_msg":"Internal error."}`, "req-500", ""}
	gatewayAnswer   = answer{502, "<html><body>502 Bad Gateway</body></html>", "", ""}
	badParamAnswer  = answer{400, `{"error_code":"DBS.280001","error_msg":"Invalid parameter."}`, "req-400", ""}
)

// fakeAPI answers each request with the next canned answer (the last one repeats), checks each
// request's signature with its own verifier, and records the requests.
type fakeAPI struct {
	answers []answer
	calls   atomic.Int32

	mu     sync.Mutex
	last   *http.Request
	body   []byte
	sigErr error // the first signature the verifier rejected
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := int(f.calls.Add(1)) - 1
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.last, f.body = r, body
	if err := verifySignature(r, body, testSK); err != nil && f.sigErr == nil {
		f.sigErr = err
	}
	f.mu.Unlock()
	a := f.answers[min(n, len(f.answers)-1)]
	switch a.special {
	case "HANG-UP":
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		conn.Close()
		return
	case "RESET":
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		if tcp, ok := conn.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0)
		}
		conn.Close()
		return
	}
	if a.requestID != "" {
		w.Header().Set("X-Request-Id", a.requestID)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(a.status)
	_, _ = io.WriteString(w, a.body)
}

func (f *fakeAPI) lastRequest() (*http.Request, []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last, f.body
}

// verifySignature recomputes an SDK-HMAC-SHA256 signature from the request as received, written
// from the signing guide independently of sign.go, and compares it with the Authorization header.
func verifySignature(r *http.Request, body []byte, secretKey string) error {
	auth := r.Header.Get("Authorization")
	const prefix = "SDK-HMAC-SHA256 Access="
	if !strings.HasPrefix(auth, prefix) {
		return fmt.Errorf("authorization %q", auth)
	}
	parts := strings.Split(strings.TrimPrefix(auth, prefix), ", ")
	if len(parts) != 3 || !strings.HasPrefix(parts[1], "SignedHeaders=") || !strings.HasPrefix(parts[2], "Signature=") {
		return fmt.Errorf("authorization %q", auth)
	}
	signed := strings.Split(strings.TrimPrefix(parts[1], "SignedHeaders="), ";")
	var canonHeaders string
	for _, h := range signed {
		v := r.Header.Get(h)
		if h == "host" {
			v = r.Host
		}
		canonHeaders += h + ":" + strings.TrimSpace(v) + "\n"
	}
	uri := r.URL.EscapedPath()
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	var query []string
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			query = append(query, escapeForTest(k)+"="+escapeForTest(v))
		}
	}
	sort.Strings(query)
	bodySum := sha256.Sum256(body)
	cr := strings.Join([]string{r.Method, uri, strings.Join(query, "&"), canonHeaders, strings.Join(signed, ";"), hex.EncodeToString(bodySum[:])}, "\n")
	crSum := sha256.Sum256([]byte(cr))
	mac := hmac.New(sha256.New, []byte(secretKey))
	mac.Write([]byte("SDK-HMAC-SHA256\n" + r.Header.Get("X-Sdk-Date") + "\n" + hex.EncodeToString(crSum[:])))
	if want := hex.EncodeToString(mac.Sum(nil)); parts[2] != "Signature="+want {
		return fmt.Errorf("signature mismatch: got %s, recomputed %s over\n%s", parts[2], want, cr)
	}
	return nil
}

// escapeForTest is the guide's encoding of a query name or value (letters, digits and -_.~ kept).
func escapeForTest(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func newTestClient(t testing.TB, api http.Handler, mut ...func(*Config)) *Client {
	t.Helper()
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	cfg := Config{AccessKey: testAK, SecretKey: testSK, Region: "cn-north-4", ProjectID: "0483b6b16e954cb88930a360d2c4e663",
		Endpoints: map[string]string{ServiceTaurusDB: srv.URL}, MaxRetries: 3, RateLimit: 1000}
	for _, m := range mut {
		m(&cfg)
	}
	c := New(cfg)
	c.limiters = ratelimit.NewSet() // each test its own buckets
	c.backoff = wait.Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Multiplier: 2}
	return c
}

var showEip = Call{Service: ServiceTaurusDB, Operation: "ShowInstanceEip", Method: http.MethodGet,
	Path: "/v3/{project_id}/instances/{instance_id}/eip", PathParams: map[string]string{"instance_id": "12a49c2dc32648df8dd25e2976f70180in07"}}

var bindEip = Call{Service: ServiceTaurusDB, Operation: "UpdateGaussMySqlInstanceEip", Method: http.MethodPut,
	Path: "/v3/{project_id}/instances/{instance_id}/public-ips/bind", PathParams: map[string]string{"instance_id": "12a49c2dc32648df8dd25e2976f70180in07"},
	Body: map[string]string{"public_ip": "10.83.35.151", "public_ip_id": "45a0ed37-cfa7-4403-8aeb-d720b4e831cf"}}

// fakeClock is the time of the limiters and retry windows: it moves only when the client pauses.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_700_000_000, 0)} }

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

func (f *fakeClock) Pause(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if d > 0 {
		f.t = f.t.Add(d)
	}
	return nil
}

// The test verifier is itself checked: a request signed with another key, or changed after
// signing, is rejected.
func TestVerifySignature_RejectsTampering(t *testing.T) {
	api := &fakeAPI{answers: []answer{okAnswer}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.SecretKey = "another-key" })
	if err := c.Do(context.Background(), showEip, nil); err != nil {
		t.Fatal(err)
	}
	if api.sigErr == nil {
		t.Fatal("a signature made with another key was accepted")
	}
	r, _ := api.lastRequest()
	r2 := r.Clone(context.Background())
	r2.Header.Set("X-Project-Id", "tampered")
	if verifySignature(r2, nil, "another-key") == nil {
		t.Fatal("a changed signed header was accepted")
	}
	if err := verifySignature(r, nil, "another-key"); err != nil {
		t.Fatalf("the untouched request: %v", err)
	}
}
