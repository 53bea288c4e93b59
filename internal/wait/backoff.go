// Package wait is the provider's one place that waits: the retry backoff of the request paths and the
// poller behind every asynchronous operation. Nothing else in the provider sleeps.
package wait

import (
	"context"
	"math"
	"math/rand/v2"
	"time"
)

// Backoff computes exponential delays with jitter: attempt n waits about Initial*Multiplier^n,
// capped at Max, with a random share (Jitter, 0..1) taken off so that concurrent callers spread out.
type Backoff struct {
	Initial    time.Duration
	Max        time.Duration
	Multiplier float64
	Jitter     float64
}

// DefaultRetryBackoff is the request paths' backoff between attempts of one API call.
var DefaultRetryBackoff = Backoff{Initial: 250 * time.Millisecond, Max: 8 * time.Second, Multiplier: 2, Jitter: 0.5}

// Delay returns the wait before retry number attempt (0-based).
func (b Backoff) Delay(attempt int) time.Duration {
	mult := b.Multiplier
	if mult < 1 {
		mult = 2
	}
	d := float64(b.Initial) * math.Pow(mult, float64(attempt))
	if b.Max > 0 && d > float64(b.Max) {
		d = float64(b.Max)
	}
	if b.Jitter > 0 {
		d -= d * b.Jitter * rand.Float64()
	}
	return time.Duration(d)
}

// Pause waits for d or until ctx ends, whichever is first, and returns ctx's error in the latter case.
func Pause(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
