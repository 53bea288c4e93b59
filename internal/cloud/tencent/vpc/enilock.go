package vpc

import (
	"context"
	"sync"
)

// The VPC API runs one task per ENI at a time: an Assign or Unassign call while another is running
// is refused (UnsupportedOperation.MutexOperationTaskRunning) and retried with backoff. Resources of
// one provider instance that share an ENI take turns here instead, from the call to the end of its
// task, so they neither spend calls on refusals nor wait out backoff; other processes are still
// handled by the retry.

type eniLocks struct {
	mu    sync.Mutex
	locks map[string]chan struct{} // region/eni -> a one-slot semaphore
}

// LockNetworkInterface waits for this client's turn on an ENI (or for ctx to end) and returns the
// function that gives it back. Hold it from an Assign/Unassign call to the end of its task.
func (c *Client) LockNetworkInterface(ctx context.Context, region, eni string) (unlock func(), err error) {
	c.eniLocks.mu.Lock()
	if c.eniLocks.locks == nil {
		c.eniLocks.locks = map[string]chan struct{}{}
	}
	key := region + "/" + eni
	sem, ok := c.eniLocks.locks[key]
	if !ok {
		sem = make(chan struct{}, 1)
		c.eniLocks.locks[key] = sem
	}
	c.eniLocks.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
