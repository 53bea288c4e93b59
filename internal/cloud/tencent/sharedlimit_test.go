package tencent

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// testServer answers okBody, or throttledBody when more than limit calls arrive in one second of
// clock, and counts both; it simulates one API rate limit seen by several processes.
type windowServer struct {
	mu                sync.Mutex
	clock             *fakeClock
	limit             int
	window            map[int64]int
	accepted, refused int
}

func (s *windowServer) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sec := s.clock.Now().Unix()
	s.window[sec]++
	if s.window[sec] > s.limit {
		s.refused++
		_, _ = w.Write([]byte(throttledBody))
		return
	}
	s.accepted++
	_, _ = w.Write([]byte(okBody))
}

// Two clients standing for two processes on one machine, same key and endpoint, each at the
// configured 10/s, against an API that allows 11/s: with the shared limiter nothing is refused;
// without it (the control) they together exceed the limit.
func TestClient_TwoProcessesStayUnderTheLimitTogether(t *testing.T) {
	if !ratelimit.FlockSupported {
		t.Skip("no flock on this platform")
	}
	for _, shared := range []bool{true, false} {
		clock := newFakeClock()
		api := &windowServer{clock: clock, limit: 11, window: map[int64]int{}}
		srv := httptest.NewServer(api)
		dir := t.TempDir()
		var clients [2]*Client
		for i := range clients {
			mode := SharedRateLimitOn
			if !shared {
				mode = SharedRateLimitOff
			}
			clients[i] = New(Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": srv.URL},
				RateLimit: 10, MaxRetries: 10, SharedRateLimit: mode, RateLimitDir: dir})
			useFakeClock(clients[i], clock, true)
			if shared {
				clients[i].shared = ratelimit.NewStore(dir) // a store of its own: another process
			}
		}
		for i := range 100 {
			if err := clients[i%2].Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil); err != nil {
				t.Fatal(err)
			}
		}
		srv.Close()
		if shared && (api.refused != 0 || api.accepted != 100) {
			t.Fatalf("shared limiter: %d refused, %d accepted; want 0 and 100", api.refused, api.accepted)
		}
		if !shared && api.refused == 0 {
			t.Fatalf("control: two unshared buckets at 10/s each were never refused at 11/s")
		}
		t.Logf("shared=%v: %d accepted, %d refused over %s of fake time", shared, api.accepted, api.refused, clock.Now().Sub(time.Unix(1_700_000_000, 0)))
	}
}

func newLoggingCtx() (context.Context, *bytes.Buffer) {
	var logs bytes.Buffer
	return tflogtest.RootLogger(context.Background(), &logs), &logs
}

// sharedTestClient is a client with the shared limiter on, its own view of dir, and a fake clock.
func sharedTestClient(t *testing.T, api http.Handler, dir string) (*Client, string) {
	t.Helper()
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	c := New(Config{SecretID: "AKIDtest-" + t.Name(), SecretKey: "the-secret-key", Endpoints: map[string]string{"ecm": srv.URL},
		RateLimit: 10, MaxRetries: 3, SharedRateLimit: SharedRateLimitOn, RateLimitDir: dir})
	useFakeClock(c, newFakeClock(), true)
	c.shared = ratelimit.NewStore(dir)
	endpoint, _, err := c.endpoint("ecm")
	if err != nil {
		t.Fatal(err)
	}
	return c, filepath.Join(dir, ratelimit.FileName(endpoint, c.cfg.SecretID, "ecm", "DescribeVpcs"))
}

func callTwice(t *testing.T, ctx context.Context, c *Client) {
	t.Helper()
	for range 2 {
		if err := c.Do(ctx, Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil); err != nil {
			t.Fatalf("a broken shared limiter must not fail a call: %v", err)
		}
	}
}

func countWarnings(logs *bytes.Buffer, about string) int {
	n := 0
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, `"@level":"warn"`) && strings.Contains(line, about) {
			n++
		}
	}
	return n
}

func TestSharedStore_WorkingFileIsUsed(t *testing.T) {
	if !ratelimit.FlockSupported {
		t.Skip("no flock on this platform")
	}
	c, file := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, t.TempDir())
	ctx, logs := newLoggingCtx()
	callTwice(t, ctx, c)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var next, at int64
	_, err = fmt.Sscanf(string(b), "edgecloud-ratelimit v1 next=%d at=%d\n", &next, &at)
	if want := c.clock().Add(100 * time.Millisecond); err != nil || next != want.UnixNano() || at != c.clock().Add(-100*time.Millisecond).UnixNano() {
		t.Fatalf("record %q (%v), want next free slot %v, written when the second call reserved: two calls 100 ms apart", b, err, want)
	}
	if strings.Contains(logs.String(), `"@level":"warn"`) {
		t.Fatalf("unexpected warning:\n%s", logs)
	}
}

func TestSharedStore_CorruptFileDegradesWithOneWarning(t *testing.T) {
	if !ratelimit.FlockSupported {
		t.Skip("no flock on this platform")
	}
	dir := t.TempDir()
	c, file := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, dir)
	if err := os.WriteFile(file, []byte("not a record"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, logs := newLoggingCtx()
	callTwice(t, ctx, c)
	if n := countWarnings(logs, "damaged"); n != 1 || !strings.Contains(logs.String(), file) {
		t.Fatalf("%d warnings, want 1 naming the file:\n%s", n, logs)
	}
	if b, _ := os.ReadFile(file); string(b) != "not a record" {
		t.Fatalf("the file was overwritten: %q", b)
	}
}

func TestSharedStore_UnusableDirectoryDegradesWithOneWarning(t *testing.T) {
	if !ratelimit.FlockSupported {
		t.Skip("no flock on this platform")
	}
	notADir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notADir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	c, _ := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, filepath.Join(notADir, "ratelimit"))
	ctx, logs := newLoggingCtx()
	callTwice(t, ctx, c)
	if err := c.Do(ctx, Call{Service: testService, Action: "CreateVpc"}, nil); err != nil {
		t.Fatal(err)
	}
	if n := countWarnings(logs, "Machine-wide rate limit disabled"); n != 1 {
		t.Fatalf("%d warnings, want 1 for the whole process:\n%s", n, logs)
	}
}

func TestClient_SharedLimitDefaults(t *testing.T) {
	for _, tt := range []struct {
		mode     SharedRateLimit
		override string
		want     bool
	}{
		{SharedRateLimitAuto, "", true},
		{SharedRateLimitAuto, "http://127.0.0.1:8787", false},
		{SharedRateLimitOn, "http://127.0.0.1:8787", true},
		{SharedRateLimitOff, "", false},
	} {
		c := New(Config{SharedRateLimit: tt.mode, RateLimitDir: t.TempDir(), Endpoints: map[string]string{"ecm": tt.override}})
		if got := c.sharesLimit("ecm"); got != tt.want {
			t.Errorf("mode %d, override %q: shared = %v, want %v", tt.mode, tt.override, got, tt.want)
		}
	}
}

// Waiting for a shared slot, or for this process's turn at the file, ends with the context.
func TestSharedStore_WaitsEndWithTheContext(t *testing.T) {
	if !ratelimit.FlockSupported {
		t.Skip("no flock on this platform")
	}
	dir := t.TempDir()
	c, _ := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, dir)
	c.cfg.RateLimit = 0.01 // one call per 100 s
	ctx, cancel := context.WithCancel(context.Background())
	c.pause = func(ctx context.Context, d time.Duration) error {
		if d > time.Minute {
			cancel()
		}
		return wait.Pause(ctx, d)
	}
	call := Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}
	if err := c.Do(ctx, call, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, call, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("second call 100 s later: err = %v, want the cancellation", err)
	}

	// A deadline shorter than the wait fails at once.
	dctx, dcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer dcancel()
	if err := c.Do(dctx, call, nil); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "would exceed") {
		t.Fatalf("err = %v", err)
	}
}
