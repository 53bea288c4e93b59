// Package keylock gives the resources of one provider instance turns on one cloud object: an
// operation that the API runs one at a time per object (VPC tasks on an ENI), or whose outcome is
// judged by comparing the object before and after (a lost EdgeZone ApplyPublicIps answer), holds the
// object's key from its call to its end, so concurrent resources neither collide nor misread each
// other's changes. Other processes are not covered; the callers handle them (retries, refusing to
// guess).
package keylock

import (
	"context"
	"sync"
)

// Set is a set of keyed locks. Its zero value is ready to use.
type Set struct {
	mu    sync.Mutex
	locks map[string]chan struct{} // key -> a one-slot semaphore
}

// Lock waits for the turn on key (or for ctx to end) and returns the function that gives it back.
func (s *Set) Lock(ctx context.Context, key string) (unlock func(), err error) {
	s.mu.Lock()
	if s.locks == nil {
		s.locks = map[string]chan struct{}{}
	}
	sem, ok := s.locks[key]
	if !ok {
		sem = make(chan struct{}, 1)
		s.locks[key] = sem
	}
	s.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
