package wait

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// Options shape one wait. Zero values get sensible defaults.
type Options struct {
	// Description names what is awaited in logs and errors, e.g. "ECM task 1528600 (AllocateAddresses)".
	Description string
	// Timeout bounds the wait (in addition to the context's own deadline). Zero means the context alone.
	Timeout time.Duration
	// Backoff between polls: the first poll comes after Backoff.Initial, then it grows to Backoff.Max.
	Backoff Backoff
	// ProgressEvery is how often an INFO line reports that the wait goes on.
	ProgressEvery time.Duration
	// FirstPollAfter delays the first poll (0: poll at once). Task waits set it from Durations.
	FirstPollAfter time.Duration
	// Polls, when set, receives the number of polls the wait made.
	Polls *int
}

// DefaultPollBackoff polls quickly at first (most tasks finish in seconds) and settles at 10 s.
var DefaultPollBackoff = Backoff{Initial: 500 * time.Millisecond, Max: 10 * time.Second, Multiplier: 1.5, Jitter: 0.2}

// CheckFunc reports whether the awaited condition holds, and a short state for logs ("RUNNING").
// An error stops the wait and is returned as is.
type CheckFunc func(ctx context.Context) (done bool, state string, err error)

// TimeoutError is returned when Options.Timeout or the context deadline passes before the condition holds.
type TimeoutError struct {
	Description string
	Timeout     time.Duration
	LastState   string
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("timed out after %s waiting for %s (last state: %s)", e.Timeout, e.Description, e.LastState)
}

// Until polls check until it reports done, returns an error, or time runs out.
func Until(ctx context.Context, opts Options, check CheckFunc) error {
	if opts.Backoff.Initial <= 0 {
		opts.Backoff = DefaultPollBackoff
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = 30 * time.Second
	}
	start := time.Now()
	waitCtx := ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		waitCtx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	budget := opts.Timeout
	if dl, ok := waitCtx.Deadline(); ok && (budget == 0 || time.Until(dl) < budget) {
		budget = time.Until(dl)
	}

	state := "unknown"
	nextProgress := start.Add(opts.ProgressEvery)
	if opts.FirstPollAfter > 0 {
		if err := Pause(waitCtx, opts.FirstPollAfter); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("waiting for %s: %w", opts.Description, ctx.Err())
			}
			return &TimeoutError{Description: opts.Description, Timeout: budget.Round(time.Millisecond), LastState: state}
		}
	}
	for attempt := 0; ; attempt++ {
		if opts.Polls != nil {
			*opts.Polls = attempt + 1
		}
		done, s, err := check(markPolling(waitCtx))
		if s != "" {
			state = s
		}
		if err != nil {
			if waitCtx.Err() != nil && ctx.Err() == nil {
				return &TimeoutError{Description: opts.Description, Timeout: budget.Round(time.Millisecond), LastState: state}
			}
			return err
		}
		if done {
			tflog.Debug(ctx, "wait finished", map[string]any{"what": opts.Description, "state": state, "elapsed": time.Since(start).String(), "polls": attempt + 1})
			return nil
		}
		if now := time.Now(); now.After(nextProgress) {
			tflog.Info(ctx, fmt.Sprintf("still waiting for %s (state %s) after %s", opts.Description, state, now.Sub(start).Round(time.Second)))
			nextProgress = now.Add(opts.ProgressEvery)
		}
		if err := Pause(waitCtx, opts.Backoff.Delay(attempt)); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("waiting for %s: %w", opts.Description, ctx.Err())
			}
			return &TimeoutError{Description: opts.Description, Timeout: budget.Round(time.Millisecond), LastState: state}
		}
	}
}

// TaskState is the normalised state of an asynchronous task, whatever API reports it.
type TaskState int

const (
	TaskRunning TaskState = iota
	TaskSucceeded
	TaskFailed
)

// Task is an adapter over one task-status API (ECM DescribeTaskResult, DescribeTaskStatus,
// DescribeLoadBalanceTaskStatus, VPC DescribeVpcTaskResult, TaurusDB jobs...).
type Task interface {
	// Poll asks the API once. raw is the API's own word for the state, for logs and errors.
	Poll(ctx context.Context) (state TaskState, raw string, err error)
	// String names the task for logs and errors.
	String() string
}

// TaskFailedError is returned by ForTask when the API reports the task failed.
type TaskFailedError struct {
	Task   string
	Status string
}

func (e *TaskFailedError) Error() string {
	return fmt.Sprintf("%s finished with status %s", e.Task, e.Status)
}

// IsTaskFailed reports whether err is, or wraps, a TaskFailedError.
func IsTaskFailed(err error) bool {
	var tf *TaskFailedError
	return errors.As(err, &tf)
}

// ForTask waits until task succeeds, fails (TaskFailedError) or time runs out (TimeoutError).
func ForTask(ctx context.Context, opts Options, task Task) error {
	if opts.Description == "" {
		opts.Description = task.String()
	}
	return Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		state, raw, err := task.Poll(ctx)
		if err != nil {
			return false, raw, err
		}
		switch state {
		case TaskSucceeded:
			return true, raw, nil
		case TaskFailed:
			return false, raw, &TaskFailedError{Task: task.String(), Status: raw}
		default:
			return false, raw, nil
		}
	})
}

type pollingKey struct{}

func markPolling(ctx context.Context) context.Context {
	return context.WithValue(ctx, pollingKey{}, true)
}

// IsPolling reports whether ctx belongs to a poll of Until: a wait for something to change. Reads
// made for a wait must see the object as it is now, so batched readers never answer them from a
// listing made earlier.
func IsPolling(ctx context.Context) bool {
	v, _ := ctx.Value(pollingKey{}).(bool)
	return v
}
