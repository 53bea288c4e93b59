package tencent

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"golang.org/x/time/rate"
)

// limiterSet holds one bucket per (account, service, action). Tencent enforces its limits per
// account and action, so every client in the process that uses the same key shares the bucket.
type limiterSet struct {
	mu sync.Mutex
	m  map[string]*bucket
}

var sharedLimiters = &limiterSet{m: map[string]*bucket{}}

// bucket is the process's budget for one key: the adaptive rate and the local token bucket that
// applies it (burst: one second's worth). When the machine-wide limiter is on, the local bucket is
// only the fallback; the adaptive rate is used either way.
type bucket struct {
	mu    sync.Mutex
	aimd  *aimd
	local *rate.Limiter
}

func (s *limiterSet) get(secretID, service, action string, perSecond float64) *bucket {
	key := secretID + "/" + service + "/" + action
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[key]
	if !ok {
		a := newAIMD(perSecond)
		b = &bucket{aimd: a, local: rate.NewLimiter(rate.Limit(a.Rate()), burstFor(a.Rate()))}
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
func (b *bucket) applyLocked(now time.Time) {
	r := b.aimd.Rate()
	b.local.SetLimitAt(now, rate.Limit(r))
	b.local.SetBurstAt(now, burstFor(r))
}

// rate is the current adaptive rate.
func (b *bucket) rate() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.aimd.Rate()
}

// observe feeds one attempt's outcome to the adaptive rate and logs a change at DEBUG.
func (b *bucket) observe(ctx context.Context, now time.Time, throttled bool) {
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
		tflog.Debug(ctx, "Tencent API rate lowered after throttling", map[string]any{
			"rate_from": before, "rate_to": after, "rate_limit": ceiling})
	case rateRaised:
		tflog.Debug(ctx, "Tencent API rate raised after successful calls", map[string]any{
			"rate_from": before, "rate_to": after, "rate_limit": ceiling})
	}
}

// waitLocal takes a token from the process-local bucket at now, pausing until it is due. A wait that
// would outlast the context's deadline fails at once.
func (b *bucket) waitLocal(ctx context.Context, now time.Time, pause func(context.Context, time.Duration) error) error {
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
