package wait

import (
	"context"
	"errors"
	"testing"
	"time"
)

var fast = Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Multiplier: 2}

type fakeTask struct {
	states []TaskState
	polls  int
}

func (f *fakeTask) Poll(context.Context) (TaskState, string, error) {
	s := f.states[min(f.polls, len(f.states)-1)]
	f.polls++
	return s, [...]string{"RUNNING", "SUCCESS", "FAILED"}[s], nil
}
func (f *fakeTask) String() string { return "fake task 1" }

func TestForTask_SucceedsAfterRunning(t *testing.T) {
	task := &fakeTask{states: []TaskState{TaskRunning, TaskRunning, TaskSucceeded}}
	if err := ForTask(context.Background(), Options{Backoff: fast, Timeout: time.Second}, task); err != nil {
		t.Fatalf("ForTask: %v", err)
	}
	if task.polls != 3 {
		t.Fatalf("polls = %d, want 3", task.polls)
	}
}

func TestForTask_FailedIsTaskFailedError(t *testing.T) {
	err := ForTask(context.Background(), Options{Backoff: fast, Timeout: time.Second}, &fakeTask{states: []TaskState{TaskRunning, TaskFailed}})
	var tf *TaskFailedError
	if !errors.As(err, &tf) || tf.Task != "fake task 1" || tf.Status != "FAILED" {
		t.Fatalf("err = %#v, want TaskFailedError naming the task", err)
	}
}

func TestUntil_TimeoutNamesWhatAndLastState(t *testing.T) {
	err := ForTask(context.Background(), Options{Backoff: fast, Timeout: 20 * time.Millisecond}, &fakeTask{states: []TaskState{TaskRunning}})
	var te *TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("err = %v, want TimeoutError", err)
	}
	if te.Description != "fake task 1" || te.LastState != "RUNNING" {
		t.Fatalf("timeout error = %+v", te)
	}
}

func TestUntil_ParentCancelIsNotATimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Until(ctx, Options{Backoff: fast, Timeout: time.Second}, func(context.Context) (bool, string, error) { return false, "", nil })
	var te *TimeoutError
	if errors.As(err, &te) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestUntil_CheckErrorStops(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	err := Until(context.Background(), Options{Backoff: fast}, func(context.Context) (bool, string, error) { calls++; return false, "", boom })
	if !errors.Is(err, boom) || calls != 1 {
		t.Fatalf("err = %v after %d calls", err, calls)
	}
}

func TestBackoff_GrowsAndCaps(t *testing.T) {
	b := Backoff{Initial: 100 * time.Millisecond, Max: time.Second, Multiplier: 2}
	ms := time.Millisecond
	want := []time.Duration{100 * ms, 200 * ms, 400 * ms, 800 * ms, 1000 * ms, 1000 * ms}
	for i, w := range want {
		if got := b.Delay(i); got != w {
			t.Errorf("Delay(%d) = %v, want %v", i, got, w)
		}
	}
	j := Backoff{Initial: 100 * time.Millisecond, Max: time.Second, Multiplier: 2, Jitter: 0.5}
	for i := 0; i < 100; i++ {
		if d := j.Delay(1); d < 100*time.Millisecond || d > 200*time.Millisecond {
			t.Fatalf("jittered delay %v outside [100ms, 200ms]", d)
		}
	}
}

func TestPause_HonoursContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := Pause(ctx, time.Hour); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Pause err = %v", err)
	}
	if time.Since(start) > time.Second {
		t.Fatal("Pause ignored the context")
	}
}
