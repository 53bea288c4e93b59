package sandbox

import (
	"math"
	"time"
)

// bucket is a token bucket: it holds up to burst tokens and refills at rate
// tokens per second; each request takes one token.
type bucket struct {
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func newBucket(rate float64, now time.Time) *bucket {
	burst := math.Max(1, math.Ceil(rate))
	return &bucket{rate: rate, burst: burst, tokens: burst, last: now}
}

func (b *bucket) allow(now time.Time) bool {
	if elapsed := now.Sub(b.last); elapsed > 0 {
		b.tokens = math.Min(b.burst, b.tokens+elapsed.Seconds()*b.rate)
		b.last = now
	}
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// limiter keeps one bucket per "service.action" and the per-action overrides.
type limiter struct {
	overrides map[string]float64 // key: "Action" or "service.Action"
	buckets   map[string]*bucket
}

func newLimiter() *limiter {
	return &limiter{overrides: map[string]float64{}, buckets: map[string]*bucket{}}
}

func (l *limiter) setOverride(action string, perSecond float64) {
	if perSecond == 0 {
		delete(l.overrides, action)
	} else {
		l.overrides[action] = perSecond
	}
}

// rateFor returns the effective rate: "service.Action" override, then
// "Action" override, then def. A negative rate means unlimited.
func (l *limiter) rateFor(svc, act string, def float64) float64 {
	if r, ok := l.overrides[svc+"."+act]; ok {
		return r
	}
	if r, ok := l.overrides[act]; ok {
		return r
	}
	return def
}

// allow reports whether the call fits the (service, action) bucket.
func (s *Sandbox) allow(svc, act string) bool {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	rate := s.limiter.rateFor(svc, act, s.defaultRate)
	if rate < 0 {
		return true
	}
	now := s.now()
	key := svc + "." + act
	b, ok := s.limiter.buckets[key]
	if !ok || b.rate != rate {
		b = newBucket(rate, now)
		s.limiter.buckets[key] = b
	}
	return b.allow(now)
}
