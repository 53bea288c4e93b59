// Package ratelimit is the rate limiting every request path shares (Tencent API 3.0, Huawei Cloud
// REST): a process-wide bucket per (account, service, action) whose rate adapts to throttling
// (AIMD), and a machine-wide timeline per key shared through small locked files, so that several
// processes on one machine using the same credentials stay under the API's limit together. It knows
// nothing of any cloud's wire format: a request path names its key, asks for its turn (WaitTurn) and
// reports each answer (Bucket.Observe).
package ratelimit

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"golang.org/x/time/rate"
)

// Sharing is the machine-wide limiter switch of a client.
type Sharing int

const (
	// SharingAuto shares the limit for a service's real endpoint and not for an overridden one (the
	// sandbox, tests), whose budget is nobody else's.
	SharingAuto Sharing = iota
	SharingOn
	SharingOff
)

// PauseFunc is how a client waits: wait.Pause, or a fake clock's in tests.
type PauseFunc func(context.Context, time.Duration) error

// Set holds one bucket per (account, service, action). Clouds enforce their limits per account and
// action, so every client in the process that uses the same key shares the bucket.
type Set struct {
	mu sync.Mutex
	m  map[string]*Bucket
}

// NewSet is an empty set: what another process would have (tests).
func NewSet() *Set { return &Set{m: map[string]*Bucket{}} }

// Process is the set every client of this process uses.
var Process = NewSet()

// Bucket is the process's budget for one key: the adaptive rate and the local token bucket that
// applies it (burst: one second's worth). When the machine-wide limiter is on, the local bucket is
// only the fallback; the adaptive rate is used either way.
type Bucket struct {
	mu    sync.Mutex
	aimd  *aimd
	local *rate.Limiter
}

// Get returns the bucket of (account, service, action), created at perSecond; for an existing bucket
// perSecond becomes its ceiling. account is the key's public half (SecretId, access key), never the secret.
func (s *Set) Get(account, service, action string, perSecond float64) *Bucket {
	key := account + "/" + service + "/" + action
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[key]
	if !ok {
		a := newAIMD(perSecond)
		b = &Bucket{aimd: a, local: rate.NewLimiter(rate.Limit(a.Rate()), burstFor(a.Rate()))}
		s.m[key] = b
		return b
	}
	b.mu.Lock()
	if b.aimd.setCeiling(perSecond) != rateSame {
		b.applyLocked(time.Now())
	}
	b.mu.Unlock()
	return b
}

func burstFor(perSecond float64) int { return max(1, int(perSecond)) }

// applyLocked moves the local bucket to the adaptive rate.
func (b *Bucket) applyLocked(now time.Time) {
	r := b.aimd.Rate()
	b.local.SetLimitAt(now, rate.Limit(r))
	b.local.SetBurstAt(now, burstFor(r))
}

// Rate is the current adaptive rate.
func (b *Bucket) Rate() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.aimd.Rate()
}

// Observe feeds one answered attempt's outcome (throttled or not) to the adaptive rate and logs a
// change at DEBUG. Attempts that got no answer are not observed.
func (b *Bucket) Observe(ctx context.Context, now time.Time, throttled bool) {
	b.mu.Lock()
	before := b.aimd.Rate()
	var change rateChange
	if throttled {
		change = b.aimd.Throttled(now)
	} else {
		change = b.aimd.Succeeded(now)
	}
	if change != rateSame {
		b.applyLocked(now)
	}
	after, ceiling := b.aimd.Rate(), b.aimd.ceiling
	b.mu.Unlock()
	switch change {
	case rateCut:
		tflog.Debug(ctx, "API rate lowered after throttling", map[string]any{
			"rate_from": before, "rate_to": after, "rate_limit": ceiling})
	case rateRaised:
		tflog.Debug(ctx, "API rate raised after successful calls", map[string]any{
			"rate_from": before, "rate_to": after, "rate_limit": ceiling})
	}
}

// WaitTurn waits until a call may be sent: on the machine-wide timeline of fileName (FileName) when
// store is set, fileName is not empty and the store works, on the process's own bucket otherwise.
// Both space calls by b's adaptive rate. A wait that would outlast the context's deadline fails at once.
func WaitTurn(ctx context.Context, b *Bucket, store *Store, fileName string, clock func() time.Time, pause PauseFunc) error {
	if store != nil && fileName != "" {
		var maxWait time.Duration
		if dl, ok := ctx.Deadline(); ok {
			maxWait = max(time.Until(dl), time.Nanosecond)
		}
		interval := time.Duration(float64(time.Second) / b.Rate())
		delay, ok, err := store.Reserve(ctx, fileName, clock, interval, maxWait, pause)
		if err != nil {
			return err
		}
		if ok {
			return pause(ctx, delay)
		}
	}
	return b.waitLocal(ctx, clock(), pause)
}

// waitLocal takes a token from the process-local bucket at now, pausing until it is due. A wait that
// would outlast the context's deadline fails at once.
func (b *Bucket) waitLocal(ctx context.Context, now time.Time, pause PauseFunc) error {
	r := b.local.ReserveN(now, 1)
	if !r.OK() {
		return fmt.Errorf("rate limiter refused the request")
	}
	d := r.DelayFrom(now)
	if dl, ok := ctx.Deadline(); ok && d > 0 && time.Until(dl) < d {
		r.CancelAt(now)
		return fmt.Errorf("waiting %s for the rate limit would exceed the context deadline: %w", d, context.DeadlineExceeded)
	}
	if err := pause(ctx, d); err != nil {
		r.CancelAt(now.Add(d))
		return err
	}
	return nil
}
