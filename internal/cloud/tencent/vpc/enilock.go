package vpc

import "context"

// The VPC API runs one task per ENI at a time: an Assign or Unassign call while another is running
// is refused (UnsupportedOperation.MutexOperationTaskRunning) and retried with backoff. Resources of
// one provider instance that share an ENI take turns here instead (keylock), from the call to the
// end of its task, so they neither spend calls on refusals nor wait out backoff; other processes
// are still handled by the retry.

// LockNetworkInterface waits for this client's turn on an ENI (or for ctx to end) and returns the
// function that gives it back. Hold it from an Assign/Unassign call to the end of its task.
func (c *Client) LockNetworkInterface(ctx context.Context, region, eni string) (unlock func(), err error) {
	return c.eniLocks.Lock(ctx, region+"/"+eni)
}
