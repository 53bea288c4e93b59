package sandbox

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestPersistenceRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "state.json")
	h := newHarness(t, Options{StateFile: file, TaskDuration: time.Minute})
	vpc := h.createVpc("10.0.0.0/16")
	subnet := h.createSubnet(vpc, "10.0.1.0/24")
	ids, task := h.allocate(1)

	// A second sandbox on the same file (and clock) sees everything,
	// including the running task with its absolute due time.
	again, err := New(Options{Credentials: map[string]string{testSecretID: testSecretKey}, StateFile: file, Now: h.clock.Now, TaskDuration: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	h2 := &harness{t: t, s: again, clock: h.clock}
	if n := h2.ok("DescribeSubnets", map[string]any{"SubnetIds": []string{subnet}})["TotalCount"].(float64); n != 1 {
		t.Fatal("subnet not persisted")
	}
	v := h2.ok("DescribeVpcs", map[string]any{"VpcIds": []string{vpc}})["VpcSet"].([]any)[0].(map[string]any)
	if v["SubnetCount"].(float64) != 1 {
		t.Fatalf("vpc %v", v)
	}
	if got := h2.taskResult(task); got != "RUNNING" {
		t.Fatalf("task %s", got)
	}
	h.clock.Advance(time.Minute)
	if got := h2.taskResult(task); got != "SUCCESS" || h2.address(ids[0])["AddressStatus"] != "UNBIND" {
		t.Fatalf("task after due: %s", got)
	}
	// ID counters survive: new IDs and tasks do not collide.
	_, task2 := h2.allocate(1)
	if task2 == task {
		t.Fatal("task ID reused after reload")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temp files left behind: %v", entries)
	}

	// Reset persists the empty state.
	h2.s.Reset()
	third, err := New(Options{Credentials: map[string]string{"a": "b"}, StateFile: file})
	if err != nil {
		t.Fatal(err)
	}
	if len(third.state.ECM.Regions) != 0 {
		t.Fatal("reset not persisted")
	}
}

func TestPersistenceErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "state.json")
	if err := os.WriteFile(file, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{Credentials: map[string]string{"a": "b"}, StateFile: file}); err == nil {
		t.Fatal("corrupt state file accepted")
	}
	if err := os.WriteFile(file, []byte(`{"format":99}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{Credentials: map[string]string{"a": "b"}, StateFile: file}); err == nil {
		t.Fatal("unknown state format accepted")
	}
	if _, err := New(Options{}); err == nil {
		t.Fatal("New without credentials accepted")
	}
}
