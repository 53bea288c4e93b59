package tencent

import (
	"sync"

	"golang.org/x/time/rate"
)

// limiterSet holds one token bucket per (account, service, action). Tencent enforces its limits per
// account and action, so every client in the process that uses the same key shares the bucket.
type limiterSet struct {
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

var sharedLimiters = &limiterSet{m: map[string]*rate.Limiter{}}

func (s *limiterSet) get(secretID, service, action string, perSecond float64) *rate.Limiter {
	key := secretID + "/" + service + "/" + action
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.m[key]
	if !ok {
		burst := max(1, int(perSecond))
		l = rate.NewLimiter(rate.Limit(perSecond), burst)
		s.m[key] = l
		return l
	}
	if l.Limit() != rate.Limit(perSecond) {
		l.SetLimit(rate.Limit(perSecond))
		l.SetBurst(max(1, int(perSecond)))
	}
	return l
}
