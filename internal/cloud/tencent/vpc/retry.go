package vpc

import (
	"context"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// retryableWriteCodes are the VPC answers to a write that mean "not done, try again later"
// (other-apis.md §3, the codes of seed 001's table whose text says so):
//
//   - UnsupportedOperation.MutexOperationTaskRunning: another task holds the ENI; it will end;
//   - UnsupportedOperation.IdempotentProcessing: the first request with this ClientToken is still
//     being processed (only a write with a ClientToken gets it; repeating it with the same token is
//     how its result is learnt);
//   - LimitExceeded.ActionLimited: "Too often API invocations", a rate refusal (plain LimitExceeded,
//     the quota, is final and does not match: tencent.HasCode matches the full code or its
//     dotted extensions);
//   - FailedOperation.NetDetectTimeOut: "Network probe timed out. Please retry later."
//
// The request path already retries throttling (RequestLimitExceeded*) and, for calls marked
// Idempotent, lost answers; these codes are the VPC service's own and are retried here, with the
// shared backoff, until the caller's context (the resource's timeout) ends.
var retryableWriteCodes = []string{
	"UnsupportedOperation.MutexOperationTaskRunning",
	"UnsupportedOperation.IdempotentProcessing",
	"LimitExceeded.ActionLimited",
	"FailedOperation.NetDetectTimeOut",
}

// IsRetryableRefusal reports a VPC answer that asks for the write to be sent again later.
func IsRetryableRefusal(err error) bool { return tencent.HasCode(err, retryableWriteCodes...) }

// refusalWindow bounds the retries of a caller whose context has no deadline (resources always set
// one: their timeouts).
const refusalWindow = 10 * time.Minute

// refusalBackoff spaces the retries: another task on the ENI usually ends within seconds.
var refusalBackoff = wait.DefaultRetryBackoff

// retryRefusals runs send until it succeeds, fails with anything but a retryable refusal, or time
// runs out (the caller's deadline, or refusalWindow without one); then the last refusal is
// returned, wrapped with how long it was retried (wait.WhileRefused).
func retryRefusals(ctx context.Context, action string, send func(context.Context) error) error {
	opts := wait.Options{Description: "VPC " + action + " to be accepted", Backoff: refusalBackoff}
	if _, ok := ctx.Deadline(); !ok {
		opts.Timeout = refusalWindow
	}
	return wait.WhileRefused(ctx, opts, IsRetryableRefusal, send)
}
