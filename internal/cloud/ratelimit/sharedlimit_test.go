package ratelimit

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	a := FileName("https://ecm.tencentcloudapi.com/", "AKIDsecretid", "ecm", "DescribeVpcs")
	if strings.Contains(a, "AKID") || strings.Contains(a, "tencentcloudapi") || !strings.HasSuffix(a, "-ecm-DescribeVpcs") {
		t.Fatalf("name %q", a)
	}
	for _, other := range []string{
		FileName("http://127.0.0.1:8787/", "AKIDsecretid", "ecm", "DescribeVpcs"),
		FileName("http://127.0.0.1:8788/", "AKIDsecretid", "ecm", "DescribeVpcs"),
		FileName("https://ecm.tencentcloudapi.com/", "AKIDother", "ecm", "DescribeVpcs"),
		FileName("https://ecm.tencentcloudapi.com/", "AKIDsecretid", "ecm", "CreateVpc"),
	} {
		if other == a {
			t.Fatalf("%q shared by different keys", a)
		}
	}
	if n := FileName("e", "s", "../x", "A/B"); strings.ContainsAny(n, "./") {
		t.Fatalf("unsafe name %q", n)
	}
}

// simulate runs two callers that send back to back for ten seconds of fake time, each on its own
// store (as two processes would), and counts the slots granted per one-second window.
func simulate(t *testing.T, stores [2]*Store, names [2]string, interval time.Duration) (perWindow []int, perCaller [2]int) {
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
		delay, ok, err := stores[i].Reserve(context.Background(), names[i], clock.Now, interval, 0, noPause)
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
	if !FlockSupported {
		t.Skip("no flock on this platform")
	}
	dir := t.TempDir()
	name := FileName("http://127.0.0.1:1/", "AKIDtest", "ecm", "DescribeVpcs")
	perWindow, perCaller := simulate(t, [2]*Store{NewStore(dir), NewStore(dir)}, [2]string{name, name}, 100*time.Millisecond)
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
	other := FileName("http://127.0.0.1:2/", "AKIDtest", "ecm", "DescribeVpcs")
	for _, c := range []struct {
		stores [2]*Store
		names  [2]string
	}{
		{[2]*Store{NewStore(t.TempDir()), NewStore(t.TempDir())}, [2]string{name, name}},
		{[2]*Store{NewStore(dir), NewStore(dir)}, [2]string{other, name + "x"}},
	} {
		perWindow, _ = simulate(t, c.stores, c.names, 100*time.Millisecond)
		if perWindow[3] != 20 {
			t.Fatalf("separate budgets: window 3 granted %d, want 20", perWindow[3])
		}
	}
}

func newLoggingCtx() (context.Context, *bytes.Buffer) {
	var logs bytes.Buffer
	return tflogtest.RootLogger(context.Background(), &logs), &logs
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

func TestSharedStore_LockHeldElsewhereDegradesWithOneWarning(t *testing.T) {
	if !FlockSupported {
		t.Skip("no flock on this platform")
	}
	s := NewStore(t.TempDir())
	name := FileName("http://127.0.0.1:1/", "AKIDtest", "ecm", "DescribeVpcs")
	f, err := openShared(filepath.Join(s.dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := tryLock(f); err != nil {
		t.Fatal(err)
	}
	ctx, logs := newLoggingCtx()
	clock := newFakeClock()
	for range 2 {
		if _, ok, err := s.Reserve(ctx, name, clock.Now, time.Second, 0, clock.Pause); ok || err != nil {
			t.Fatalf("a held lock must send the call to the local bucket: ok=%v err=%v", ok, err)
		}
	}
	if n := countWarnings(logs, "stays locked"); n != 1 {
		t.Fatalf("%d lock warnings, want 1:\n%s", n, logs)
	}
	// The lock comes free: sharing resumes.
	unlock(f)
	if _, ok, err := s.Reserve(ctx, name, clock.Now, time.Second, 0, clock.Pause); !ok || err != nil {
		t.Fatalf("after the lock came free: ok=%v err=%v", ok, err)
	}
	if b, _ := os.ReadFile(filepath.Join(s.dir, name)); len(b) != sharedRecordLen {
		t.Fatalf("shared state not written after the lock came free: %q", b)
	}
}

// Waiting for this process's turn at a key's file ends with the context.
func TestSharedStore_TurnWaitEndsWithTheContext(t *testing.T) {
	if !FlockSupported {
		t.Skip("no flock on this platform")
	}
	name := FileName("e", "s", "ecm", "X")
	s := NewStore(t.TempDir())
	sf := s.file(name)
	sf.turn <- struct{}{} // another caller of this process holds the turn
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.Reserve(ctx, name, time.Now, time.Second, 0, wait.Pause); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// The shared wait is cut short by the context like any other.
func TestSharedStore_WaitBeyondDeadlineFailsWithoutReserving(t *testing.T) {
	if !FlockSupported {
		t.Skip("no flock on this platform")
	}
	s := NewStore(t.TempDir())
	clock := newFakeClock()
	name := FileName("e", "s", "ecm", "X")
	for range 3 {
		if _, ok, err := s.Reserve(context.Background(), name, clock.Now, time.Minute, 0, clock.Pause); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	before, _ := os.ReadFile(filepath.Join(s.dir, name))
	_, _, err := s.Reserve(context.Background(), name, clock.Now, time.Minute, time.Minute, clock.Pause)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(s.dir, name)); !bytes.Equal(before, after) {
		t.Fatal("a refused wait must not take a slot")
	}
}
