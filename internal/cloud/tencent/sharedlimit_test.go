package tencent

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func TestNextSlot(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	rec := func(next, at time.Time) sharedRecord { return sharedRecord{Next: next, Written: at} }
	for _, tt := range []struct {
		name      string
		stored    sharedRecord
		now, slot time.Time
	}{
		{"fresh file", sharedRecord{}, t0, t0},
		{"idle timeline", rec(t0.Add(-time.Hour), t0.Add(-time.Hour)), t0, t0},
		{"queued behind others", rec(t0.Add(ms(250)), t0.Add(-ms(10))), t0, t0.Add(ms(250))},
		{"queued far behind others", rec(t0.Add(time.Hour), t0), t0, t0.Add(time.Hour)},
		{"clock went back", rec(t0.Add(time.Hour), t0.Add(time.Hour-ms(100))), t0, t0},
	} {
		slot, next := nextSlot(tt.stored, tt.now, ms(100))
		if !slot.Equal(tt.slot) || next != rec(tt.slot.Add(ms(100)), tt.now) {
			t.Errorf("%s: slot %v, record %+v; want slot %v", tt.name, slot, next, tt.slot)
		}
	}
}

func TestSharedRecord_RoundTripAndRejects(t *testing.T) {
	r := sharedRecord{Next: time.Unix(1_732_370_000, 123456789), Written: time.Unix(1_732_369_999, 987654321)}
	b := r.format()
	if len(b) != sharedRecordLen || string(b) != "edgecloud-ratelimit v1 next=01732370000123456789 at=01732369999987654321\n" {
		t.Fatalf("record %q", b)
	}
	if got, err := parseRecord(b); err != nil || !got.Next.Equal(r.Next) || !got.Written.Equal(r.Written) {
		t.Fatalf("parse = %+v, %v", got, err)
	}
	for _, bad := range []string{"garbage", strings.Replace(string(b), "v1", "v2", 1), string(b[:40]), string(b) + "x",
		"edgecloud-ratelimit v1 next=01732370000123456789\n", "edgecloud-ratelimit v1 next=99999999999999999999 at=01732369999987654321\n"} {
		if _, err := parseRecord([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// The file name carries the endpoint and the account only as hashes.
func TestSharedFileName(t *testing.T) {
	a := sharedFileName("https://ecm.tencentcloudapi.com/", "AKIDsecretid", "ecm", "DescribeVpcs")
	if strings.Contains(a, "AKID") || strings.Contains(a, "tencentcloudapi") || !strings.HasSuffix(a, "-ecm-DescribeVpcs") {
		t.Fatalf("name %q", a)
	}
	for _, other := range []string{
		sharedFileName("http://127.0.0.1:8787/", "AKIDsecretid", "ecm", "DescribeVpcs"),
		sharedFileName("http://127.0.0.1:8788/", "AKIDsecretid", "ecm", "DescribeVpcs"),
		sharedFileName("https://ecm.tencentcloudapi.com/", "AKIDother", "ecm", "DescribeVpcs"),
		sharedFileName("https://ecm.tencentcloudapi.com/", "AKIDsecretid", "ecm", "CreateVpc"),
	} {
		if other == a {
			t.Fatalf("%q shared by different keys", a)
		}
	}
	if n := sharedFileName("e", "s", "../x", "A/B"); strings.ContainsAny(n, "./") {
		t.Fatalf("unsafe name %q", n)
	}
}

// simulate runs two callers that send back to back for ten seconds of fake time, each on its own
// store (as two processes would), and counts the slots granted per one-second window.
func simulate(t *testing.T, stores [2]*sharedStore, names [2]string, interval time.Duration) (perWindow []int, perCaller [2]int) {
	t.Helper()
	clock := newFakeClock()
	t0 := clock.Now()
	ready := [2]time.Time{t0, t0}
	noPause := func(context.Context, time.Duration) error { t.Fatal("the lock is free: no pause expected"); return nil }
	perWindow = make([]int, 10)
	for {
		i := 0
		if ready[1].Before(ready[0]) {
			i = 1
		}
		clock.Set(ready[i])
		delay, ok, err := stores[i].reserve(context.Background(), names[i], clock.Now, interval, 0, noPause)
		if err != nil || !ok {
			t.Fatalf("reserve: ok=%v err=%v", ok, err)
		}
		slot := ready[i].Add(delay)
		w := int(slot.Sub(t0) / time.Second)
		if w >= len(perWindow) {
			return perWindow, perCaller
		}
		perWindow[w]++
		perCaller[i]++
		ready[i] = slot
	}
}

func TestSharedStore_TwoProcessesShareOneBudget(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock on this platform")
	}
	dir := t.TempDir()
	name := sharedFileName("http://127.0.0.1:1/", "AKIDtest", "ecm", "DescribeVpcs")
	perWindow, perCaller := simulate(t, [2]*sharedStore{newSharedStore(dir), newSharedStore(dir)}, [2]string{name, name}, 100*time.Millisecond)
	for w, n := range perWindow {
		if n != 10 {
			t.Fatalf("window %d granted %d calls, want 10 (10/s shared by both): %v", w, n, perWindow)
		}
	}
	if perCaller[0]+perCaller[1] != 100 || perCaller[0] < 49 || perCaller[1] < 49 {
		t.Fatalf("calls per process = %v, want 100 shared about evenly", perCaller)
	}
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || len(b) != sharedRecordLen {
		t.Fatalf("state file %q, %v", b, err)
	}
	if fi, _ := os.Stat(filepath.Join(dir, name)); fi.Mode().Perm() != 0o600 {
		t.Fatalf("state file mode %v", fi.Mode())
	}

	// Other directories, or another endpoint in the same directory: separate budgets, so each gets 10/s.
	other := sharedFileName("http://127.0.0.1:2/", "AKIDtest", "ecm", "DescribeVpcs")
	for _, c := range []struct {
		stores [2]*sharedStore
		names  [2]string
	}{
		{[2]*sharedStore{newSharedStore(t.TempDir()), newSharedStore(t.TempDir())}, [2]string{name, name}},
		{[2]*sharedStore{newSharedStore(dir), newSharedStore(dir)}, [2]string{other, name + "x"}},
	} {
		perWindow, _ = simulate(t, c.stores, c.names, 100*time.Millisecond)
		if perWindow[3] != 20 {
			t.Fatalf("separate budgets: window 3 granted %d, want 20", perWindow[3])
		}
	}
}

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
	if !flockSupported {
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
				clients[i].shared = newSharedStore(dir) // a store of its own: another process
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
	c.shared = newSharedStore(dir)
	endpoint, _, err := c.endpoint("ecm")
	if err != nil {
		t.Fatal(err)
	}
	return c, filepath.Join(dir, sharedFileName(endpoint, c.cfg.SecretID, "ecm", "DescribeVpcs"))
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
	if !flockSupported {
		t.Skip("no flock on this platform")
	}
	c, file := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, t.TempDir())
	ctx, logs := newLoggingCtx()
	callTwice(t, ctx, c)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := parseRecord(b)
	if want := c.clock().Add(100 * time.Millisecond); err != nil || !rec.Next.Equal(want) || !rec.Written.Equal(c.clock().Add(-100*time.Millisecond)) {
		t.Fatalf("record %+v (%v), want next free slot %v, written when the second call reserved: two calls 100 ms apart", rec, err, want)
	}
	if strings.Contains(logs.String(), `"@level":"warn"`) {
		t.Fatalf("unexpected warning:\n%s", logs)
	}
}

func TestSharedStore_LockHeldElsewhereDegradesWithOneWarning(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock on this platform")
	}
	c, file := sharedTestClient(t, &fakeAPI{answers: []string{okBody}}, t.TempDir())
	f, err := openShared(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := tryLock(f); err != nil {
		t.Fatal(err)
	}
	ctx, logs := newLoggingCtx()
	callTwice(t, ctx, c)
	if n := countWarnings(logs, "stays locked"); n != 1 {
		t.Fatalf("%d lock warnings, want 1:\n%s", n, logs)
	}
	// The lock comes free: sharing resumes.
	unlock(f)
	callTwice(t, ctx, c)
	if b, _ := os.ReadFile(file); len(b) != sharedRecordLen {
		t.Fatalf("shared state not written after the lock came free: %q", b)
	}
}

func TestSharedStore_CorruptFileDegradesWithOneWarning(t *testing.T) {
	if !flockSupported {
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
	if !flockSupported {
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

// The shared wait is cut short by the context like any other.
func TestSharedStore_WaitBeyondDeadlineFailsWithoutReserving(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock on this platform")
	}
	s := newSharedStore(t.TempDir())
	clock := newFakeClock()
	name := sharedFileName("e", "s", "ecm", "X")
	for range 3 {
		if _, ok, err := s.reserve(context.Background(), name, clock.Now, time.Minute, 0, clock.Pause); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	before, _ := os.ReadFile(filepath.Join(s.dir, name))
	_, _, err := s.reserve(context.Background(), name, clock.Now, time.Minute, time.Minute, clock.Pause)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(s.dir, name)); !bytes.Equal(before, after) {
		t.Fatal("a refused wait must not take a slot")
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
	if !flockSupported {
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

	// Another caller of this process holds the turn at the file.
	name := sharedFileName("e", "s", "ecm", "X")
	s := newSharedStore(dir)
	sf := s.file(name)
	sf.turn <- struct{}{}
	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	if _, _, err := s.reserve(cctx, name, time.Now, time.Second, 0, wait.Pause); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}
