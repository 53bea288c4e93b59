package tencent

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
	refused := &url.Error{Op: "Post", URL: "http://127.0.0.1:1/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}}
	noHost := &url.Error{Op: "Post", URL: "https://ecm.invalid/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "ecm.invalid", IsNotFound: true}}}
	reset := &url.Error{Op: "Post", URL: "http://127.0.0.1:1/", Err: &net.OpError{Op: "read", Net: "tcp", Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}}
	eof := &url.Error{Op: "Post", URL: "http://127.0.0.1:1/", Err: io.EOF}
	transport := func(err error) *TransportError {
		return &TransportError{Service: "ecm", Action: "X", Err: err, NotSent: netfail.NotSent(err)}
	}
	api := func(code string) *APIError { return &APIError{Code: code} }
	for _, tt := range []struct {
		name        string
		err         error
		read, write retryKind
	}{
		{"throttled", api("RequestLimitExceeded"), retryCounted, retryCounted},
		{"throttled, sub-code", api("RequestLimitExceeded.UinLimitExceeded"), retryCounted, retryCounted},
		{"expired signature", api("AuthFailure.SignatureExpire"), retryResign, retryResign},
		{"internal error", api("InternalError"), retryCounted, retryNever},
		{"service unavailable", api("ServiceUnavailable"), retryCounted, retryNever},
		{"connection refused", transport(refused), retryUntilWindow, retryUntilWindow},
		{"host does not exist", transport(noHost), retryNever, retryNever},
		{"bare DNS error", transport(&net.DNSError{Err: "timeout", IsTimeout: true}), retryUntilWindow, retryUntilWindow},
		{"reset after sending", transport(reset), retryUntilWindow, retryNever},
		{"EOF after sending", transport(eof), retryUntilWindow, retryNever},
		{"non-envelope answer", &TransportError{StatusCode: 502, Err: errors.New("not an API 3.0 response")}, retryUntilWindow, retryNever},
		{"quota", api("LimitExceeded"), retryNever, retryNever},
		{"bad parameter", api("InvalidParameter"), retryNever, retryNever},
		{"auth", api("AuthFailure.SecretIdNotFound"), retryNever, retryNever},
		{"decoding our side", errors.New("decoding response"), retryNever, retryNever},
	} {
		if got := retryDecision(tt.err, true); got != tt.read {
			t.Errorf("%s on a read: %d, want %d", tt.name, got, tt.read)
		}
		if got := retryDecision(tt.err, false); got != tt.write {
			t.Errorf("%s on a write: %d, want %d", tt.name, got, tt.write)
		}
	}
}

// outage is a loopback API endpoint that is down (its port closed, so connections are refused)
// until reopen is called, then serves api on the same port.
type outage struct {
	addr string
	srv  *httptest.Server
}

func newOutage(t *testing.T, api *fakeAPI) *outage {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	o := &outage{addr: l.Addr().String(), srv: httptest.NewUnstartedServer(api)}
	l.Close()
	t.Cleanup(func() {
		if o.srv.URL != "" {
			o.srv.Close()
		} else {
			o.srv.Listener.Close()
		}
	})
	return o
}

func (o *outage) reopen(t *testing.T) {
	l, err := net.Listen("tcp", o.addr)
	if err != nil {
		t.Fatalf("reopening %s: %v", o.addr, err)
	}
	o.srv.Listener.Close()
	o.srv.Listener = l
	o.srv.Start()
}

// A refused connection proves the request never arrived: a write is retried through it, and those
// retries do not spend max_retries.
func TestDo_WriteSurvivesRefusedConnections(t *testing.T) {
	api := &fakeAPI{answers: []string{okBody}}
	o := newOutage(t, api)
	c := New(Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": "http://" + o.addr},
		RateLimit: 1000, MaxRetries: 2})
	c.backoff = wait.Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Multiplier: 2}
	retries := 0
	c.pause = func(ctx context.Context, d time.Duration) error {
		if d <= 0 { // the limiter's turn, not a retry
			return ctx.Err()
		}
		if retries++; retries == 5 {
			o.reopen(t)
		}
		return wait.Pause(ctx, d)
	}
	if err := c.Do(context.Background(), Call{Service: testService, Action: "CreateVpc"}, nil); err != nil {
		t.Fatalf("write after 5 refused connections: %v", err)
	}
	if retries != 5 || api.calls.Load() != 1 {
		t.Fatalf("retries = %d, calls that arrived = %d; want 5 and 1", retries, api.calls.Load())
	}
}

// A write whose connection is reset after the request was sent may have been acted on: final.
func TestDo_WriteResetAfterSendingIsNotRetried(t *testing.T) {
	api := &fakeAPI{answers: []string{"RESET", okBody}}
	c := newTestClient(t, api)
	err := c.Do(context.Background(), Call{Service: testService, Action: "CreateVpc"}, nil)
	var te *TransportError
	if !errors.As(err, &te) || te.NotSent {
		t.Fatalf("err = %#v, want a transport error of a request that was sent", err)
	}
	if n := api.calls.Load(); n != 1 {
		t.Fatalf("calls = %d, want 1: no retry", n)
	}
}

// Read retries are bounded by time, not by max_retries: they ride out a 40 s outage (fake clock,
// the default backoff), and give up TransportRetryWindow after the first refused attempt.
func TestDo_ReadOutlastsAnOutageThenGivesUp(t *testing.T) {
	for _, tt := range []struct {
		name     string
		downFor  time.Duration
		wantErr  bool
		minTries int
	}{
		{"40 s outage", 40 * time.Second, false, 0},
		{"endless outage", 0, true, 12},
	} {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeAPI{answers: []string{okBody}}
			o := newOutage(t, api)
			c := New(Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": "http://" + o.addr},
				RateLimit: 1000, MaxRetries: 3})
			clock := newFakeClock()
			useFakeClock(c, clock, true)
			start, tries, up := clock.Now(), 0, false
			c.pause = func(ctx context.Context, d time.Duration) error {
				if d > 0 {
					tries++
				}
				_ = clock.Pause(ctx, d)
				if tt.downFor > 0 && !up && clock.Now().Sub(start) >= tt.downFor {
					o.reopen(t)
					up = true
				}
				return nil
			}
			err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil)
			elapsed := clock.Now().Sub(start)
			if !tt.wantErr {
				if err != nil || api.calls.Load() != 1 || elapsed < tt.downFor {
					t.Fatalf("err = %v, calls = %d after %s", err, api.calls.Load(), elapsed)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "connection refused") {
				t.Fatalf("err = %v, want the refused connection", err)
			}
			if elapsed < TransportRetryWindow-wait.DefaultRetryBackoff.Max || elapsed > TransportRetryWindow+wait.DefaultRetryBackoff.Max || tries < tt.minTries {
				t.Fatalf("gave up after %s and %d retries, want about %s", elapsed, tries, TransportRetryWindow)
			}
		})
	}
}

// The context deadline (a resource's timeouts) ends transport retries before the window.
func TestDo_TransportRetriesStopAtContextDeadline(t *testing.T) {
	o := newOutage(t, &fakeAPI{answers: []string{okBody}})
	c := New(Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": "http://" + o.addr},
		RateLimit: 1000, MaxRetries: 3})
	c.backoff = wait.Backoff{Initial: time.Millisecond, Max: time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	tries := 0
	c.pause = func(ctx context.Context, d time.Duration) error {
		if d > 0 {
			if tries++; tries == 3 {
				cancel()
			}
		}
		return wait.Pause(ctx, d)
	}
	err := c.Do(ctx, Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("err = %v, want the cancellation and the last error", err)
	}
}
