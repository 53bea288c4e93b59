package huawei

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/netfail"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func TestRetryDecision(t *testing.T) {
	refused := &url.Error{Op: "Put", URL: "http://127.0.0.1:1/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}}
	noHost := &url.Error{Op: "Put", URL: "https://gaussdb.invalid/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "gaussdb.invalid", IsNotFound: true}}}
	reset := &url.Error{Op: "Put", URL: "http://127.0.0.1:1/", Err: &net.OpError{Op: "read", Net: "tcp", Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}}
	eof := &url.Error{Op: "Put", URL: "http://127.0.0.1:1/", Err: io.EOF}
	transport := func(err error) *TransportError { return &TransportError{Err: err, NotSent: netfail.NotSent(err)} }
	api := func(status int, code string) *APIError { return &APIError{Status: status, Code: code} }
	for _, tt := range []struct {
		name        string
		err         error
		read, write retryKind
	}{
		{"429", api(429, ""), retryCounted, retryCounted},
		{"gateway throttling code", api(429, "APIGW.0308"), retryCounted, retryCounted},
		{"busy instance", api(409, "DBS.200019"), retryBusy, retryBusy},
		{"busy instance, another code", api(409, "DBS.05000084"), retryBusy, retryBusy},
		{"other conflict", api(409, "DBS.280343"), retryNever, retryNever},
		{"500", api(500, "DBS.200001"), retryCounted, retryNever},
		{"503 without a code", api(503, ""), retryCounted, retryNever},
		{"bad request", api(400, "DBS.280001"), retryNever, retryNever},
		{"unauthorised", api(401, "APIGW.0301"), retryNever, retryNever},
		{"not found", api(404, "DBS.280238"), retryNever, retryNever},
		{"connection refused", transport(refused), retryUntilWindow, retryUntilWindow},
		{"host does not exist", transport(noHost), retryNever, retryNever},
		{"reset after sending", transport(reset), retryUntilWindow, retryNever},
		{"EOF after sending", transport(eof), retryUntilWindow, retryNever},
		{"decoding our side", errors.New("decoding response"), retryNever, retryNever},
	} {
		if got := retryDecision(tt.err, "GET"); got != tt.read {
			t.Errorf("%s on a GET: %d, want %d", tt.name, got, tt.read)
		}
		if got := retryDecision(tt.err, "PUT"); got != tt.write {
			t.Errorf("%s on a PUT: %d, want %d", tt.name, got, tt.write)
		}
	}
}

// downPort is a loopback port that refuses connections until open serves api on it.
type downPort struct {
	addr string
	srv  *httptest.Server
}

func newDownPort(t *testing.T, api *fakeAPI) *downPort {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &downPort{addr: l.Addr().String(), srv: httptest.NewUnstartedServer(api)}
	l.Close()
	t.Cleanup(func() {
		if d.srv.URL != "" {
			d.srv.Close()
		} else {
			d.srv.Listener.Close()
		}
	})
	return d
}

func (d *downPort) open(t *testing.T) {
	l, err := net.Listen("tcp", d.addr)
	if err != nil {
		t.Fatalf("reopening %s: %v", d.addr, err)
	}
	d.srv.Listener.Close()
	d.srv.Listener = l
	d.srv.Start()
}

// A refused connection proves the request never arrived: a write is retried through it, without
// spending max_retries.
func TestDo_WriteSurvivesRefusedConnections(t *testing.T) {
	api := &fakeAPI{answers: []answer{okAnswer}}
	d := newDownPort(t, api)
	c := newTestClient(t, api, func(cfg *Config) {
		cfg.Endpoints = map[string]string{ServiceTaurusDB: "http://" + d.addr}
		cfg.MaxRetries = 2
	})
	retries := 0
	c.pause = func(ctx context.Context, delay time.Duration) error {
		if delay <= 0 { // the limiter's turn, not a retry
			return ctx.Err()
		}
		if retries++; retries == 5 {
			d.open(t)
		}
		return wait.Pause(ctx, delay)
	}
	if err := c.Do(context.Background(), bindEip, nil); err != nil {
		t.Fatalf("write after 5 refused connections: %v", err)
	}
	if retries != 5 || api.calls.Load() != 1 || api.sigErr != nil {
		t.Fatalf("retries = %d, calls that arrived = %d (%v); want 5 and 1", retries, api.calls.Load(), api.sigErr)
	}
}

// Unanswered reads are retried for TransportRetryWindow (fake clock), then the last error is final.
func TestDo_ReadGivesUpAfterTheTransportWindow(t *testing.T) {
	d := newDownPort(t, &fakeAPI{answers: []answer{okAnswer}})
	c := newTestClient(t, &fakeAPI{}, func(cfg *Config) { cfg.Endpoints = map[string]string{ServiceTaurusDB: "http://" + d.addr} })
	clock := newFakeClock()
	c.clock, c.pause = clock.Now, clock.Pause
	c.backoff = wait.DefaultRetryBackoff
	start := clock.Now()
	err := c.Do(context.Background(), showEip, nil)
	elapsed := clock.Now().Sub(start)
	var te *TransportError
	if !errors.As(err, &te) || !te.NotSent || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("err = %v", err)
	}
	if elapsed < TransportRetryWindow-wait.DefaultRetryBackoff.Max || elapsed > TransportRetryWindow+wait.DefaultRetryBackoff.Max {
		t.Fatalf("gave up after %s, want about %s", elapsed, TransportRetryWindow)
	}
}
