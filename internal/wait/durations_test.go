package wait

import (
	"context"
	"testing"
	"time"
)

func TestDurations_LearnsWhenTasksFinish(t *testing.T) {
	var d Durations
	if got := d.FirstPoll(); got != DefaultPollBackoff.Initial {
		t.Fatalf("before any task: %s", got)
	}
	// Tasks take 2 s: waits that needed several polls pull the estimate up toward 2 s.
	for range 10 {
		d.Observe(2*time.Second, 3)
	}
	if got := d.FirstPoll(); got < 1800*time.Millisecond || got > 2*time.Second {
		t.Fatalf("after 2 s tasks: first poll at %s", got)
	}
	// Tasks become quick: found finished at the first poll, the estimate comes down.
	for range 30 {
		d.Observe(d.FirstPoll(), 1)
	}
	if got := d.FirstPoll(); got > 200*time.Millisecond {
		t.Fatalf("after quick tasks: first poll at %s", got)
	}
	for range 100 {
		d.Observe(time.Hour, 5)
	}
	if got := d.FirstPoll(); got != maxFirstPoll {
		t.Fatalf("capped at %s, got %s", maxFirstPoll, got)
	}
}

func TestTaskTimes_OneEstimatePerKindLearnedFromWaits(t *testing.T) {
	var tt TaskTimes
	a1, a2, b := tt.Of("A"), tt.Of("A"), tt.Of("B")
	if a1 != a2 || a1 == b {
		t.Fatal("want one Durations per kind")
	}
	done := &fakeTask{states: []TaskState{TaskSucceeded}}
	opts := Options{Backoff: fast, Timeout: 2 * time.Second}
	if err := tt.ForLearnedTask(context.Background(), opts, "A", done); err != nil {
		t.Fatal(err)
	}
	if got := tt.Of("A").FirstPoll(); got >= DefaultPollBackoff.Initial {
		t.Fatalf("a task done at its first poll should bring the next first poll forward: %s", got)
	}
	if got := tt.Of("B").FirstPoll(); got != DefaultPollBackoff.Initial {
		t.Fatalf("another kind learned from A's wait: %s", got)
	}
}
