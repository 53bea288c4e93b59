package ratelimit

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const (
	childDirEnv   = "EDGECLOUD_TEST_SHARED_CHILD_DIR"
	childSlots    = 300
	childInterval = time.Millisecond
)

var childNow = time.Unix(1_700_000_000, 0)

// TestSharedStoreChild is not a test on its own: TestSharedStore_RealProcesses runs this test
// binary again with childDirEnv set, and each such child takes childSlots slots of one key at the
// same fixed time and prints their offsets.
func TestSharedStoreChild(t *testing.T) {
	dir := os.Getenv(childDirEnv)
	if dir == "" {
		t.Skip("only run as a child of TestSharedStore_RealProcesses")
	}
	s := NewStore(dir)
	name := FileName("http://127.0.0.1:1/", "AKIDchild", "ecm", "DescribeVpcs")
	var out strings.Builder
	for range childSlots {
		d, ok, err := s.Reserve(context.Background(), name, func() time.Time { return childNow }, childInterval, 0, wait.Pause)
		if !ok || err != nil {
			t.Fatalf("reserve: ok=%v err=%v", ok, err)
		}
		fmt.Fprintln(&out, int64(d/childInterval))
	}
	fmt.Print("SLOTS\n" + out.String())
}

// Real processes on one directory: with the lock, every slot is granted exactly once, so the
// processes' slots together are 0, 1, ..., n-1 intervals after the common start. Without it they
// would overlap. No timing is involved: every child uses the same fixed clock.
func TestSharedStore_RealProcesses(t *testing.T) {
	if !FlockSupported {
		t.Skip("no flock on this platform")
	}
	if os.Getenv(childDirEnv) != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	const children = 3
	outputs := make([]string, children)
	var wg sync.WaitGroup
	for i := range children {
		wg.Go(func() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestSharedStoreChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), childDirEnv+"="+dir)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("child %d: %v\n%s", i, err, out)
			}
			outputs[i] = string(out)
		})
	}
	wg.Wait()
	var all []int
	for i, out := range outputs {
		_, slots, ok := strings.Cut(out, "SLOTS\n")
		if !ok {
			t.Fatalf("child %d printed no slots:\n%s", i, out)
		}
		for _, line := range strings.Fields(slots) {
			if n, err := strconv.Atoi(line); err == nil {
				all = append(all, n)
			}
		}
	}
	sort.Ints(all)
	if len(all) != children*childSlots {
		t.Fatalf("%d slots, want %d", len(all), children*childSlots)
	}
	for i, n := range all {
		if n != i {
			t.Fatalf("slot %d granted as %d: the processes did not share one timeline (first slots %v)", i, n, all[:min(len(all), 20)])
		}
	}
}
