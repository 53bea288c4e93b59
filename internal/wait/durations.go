package wait

import (
	"context"
	"sync"
	"time"
)

// Durations learns how long tasks of one kind take, so that every wait on that kind makes its first
// poll when such a task usually finishes instead of at once: a thousand EIP releases do not each
// poll at the first-poll rate, and most tasks need one poll. Safe for concurrent use.
//
// The estimate starts at DefaultPollBackoff.Initial. A task found finished at its first poll
// lowers it by a tenth (it may be shorter still); a task that needed more polls moves it a third of
// the way toward the time it took. It stays between 100 ms and 10 s.
type Durations struct {
	mu  sync.Mutex
	est time.Duration
}

const (
	minFirstPoll = 100 * time.Millisecond
	maxFirstPoll = 10 * time.Second
)

// FirstPoll is when a new wait should poll first.
func (d *Durations) FirstPoll() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.est == 0 {
		return DefaultPollBackoff.Initial
	}
	return d.est
}

// Observe records a finished wait: how long it took and how many polls it made.
func (d *Durations) Observe(elapsed time.Duration, polls int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.est == 0 {
		d.est = DefaultPollBackoff.Initial
	}
	if polls <= 1 {
		d.est -= d.est / 10
	} else {
		d.est += (elapsed - d.est) / 3
	}
	d.est = min(max(d.est, minFirstPoll), maxFirstPoll)
}

// TaskTimes is one Durations per kind of task (the action or operation that starts it), shared by
// every wait of one client. Its zero value is ready to use; safe for concurrent use.
type TaskTimes struct {
	mu sync.Mutex
	m  map[string]*Durations
}

// Of is the estimate for tasks started by kind.
func (t *TaskTimes) Of(kind string) *Durations {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[string]*Durations{}
	}
	d, ok := t.m[kind]
	if !ok {
		d = &Durations{}
		t.m[kind] = d
	}
	return d
}

// ForLearnedTask is ForTask with the first poll when tasks of kind have been finishing (capped at
// half the timeout), learning from this wait when it succeeds: a thousand waits on one kind need
// about one poll each.
func (t *TaskTimes) ForLearnedTask(ctx context.Context, opts Options, kind string, task Task) error {
	d := t.Of(kind)
	polls := 0
	opts.FirstPollAfter, opts.Polls = d.FirstPoll(), &polls
	if opts.Timeout > 0 {
		opts.FirstPollAfter = min(opts.FirstPollAfter, opts.Timeout/2)
	}
	start := time.Now()
	err := ForTask(ctx, opts, task)
	if err == nil {
		d.Observe(time.Since(start), polls)
	}
	return err
}
