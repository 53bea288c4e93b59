package sandbox_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestPersistenceRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "state.json")
	h := newHarness(t, Options{StateFile: file, TaskDuration: time.Minute})
	vpc := h.CreateVpc("10.0.0.0/16")
	subnet := h.CreateSubnet(vpc, "10.0.1.0/24")
	ids, task := h.Allocate(1)

	// A second sandbox on the same file (and clock) sees everything,
	// including the running task with its absolute due time.
	again, err := New(Options{Credentials: map[string]string{testSecretID: testSecretKey}, StateFile: file, Now: h.Clock.Now, TaskDuration: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	h2 := &harness{T: t, S: again, Clock: h.Clock}
	if n := h2.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{subnet}})["TotalCount"].(float64); n != 1 {
		t.Fatal("subnet not persisted")
	}
	v := h2.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{vpc}})["VpcSet"].([]any)[0].(map[string]any)
	if v["SubnetCount"].(float64) != 1 {
		t.Fatalf("vpc %v", v)
	}
	if got := h2.TaskResult(task); got != "RUNNING" {
		t.Fatalf("task %s", got)
	}
	h.Clock.Advance(time.Minute)
	if got := h2.TaskResult(task); got != "SUCCESS" || h2.Address(ids[0])["AddressStatus"] != "UNBIND" {
		t.Fatalf("task after due: %s", got)
	}
	// ID counters survive: new IDs and tasks do not collide.
	_, task2 := h2.Allocate(1)
	if task2 == task {
		t.Fatal("task ID reused after reload")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temp files left behind: %v", entries)
	}
	// Each product has its own section.
	var saved struct {
		Format   int
		Products map[string]json.RawMessage
	}
	if b, err := os.ReadFile(file); err != nil || json.Unmarshal(b, &saved) != nil || saved.Format != 2 || len(saved.Products["ecm"]) == 0 {
		t.Fatalf("state file layout: format %d, sections %v (%v)", saved.Format, saved.Products, err)
	}

	// Reset persists the empty state.
	h2.S.Reset()
	third, err := New(Options{Credentials: map[string]string{testSecretID: testSecretKey}, StateFile: file, Now: h.Clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	h3 := &harness{T: t, S: third, Clock: h.Clock}
	if n := h3.Ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 0 {
		t.Fatal("reset not persisted")
	}
	if code := errCode(h3.Send(h3.Request("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": task}))); code != "InvalidParameterValue" {
		t.Fatalf("reset kept the task: %q", code)
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
	// The flat package's layout (format 1) is not read.
	if err := os.WriteFile(file, []byte(`{"format":1,"ecm":{"regions":{}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{Credentials: map[string]string{"a": "b"}, StateFile: file}); err == nil {
		t.Fatal("format 1 state file accepted")
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
