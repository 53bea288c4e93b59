package tencent

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// WaitNotFound polls find until it reports the object gone (IsNotFound), which is how every Delete
// confirms that a deletion really happened. find returns the object's current status for logs.
func WaitNotFound(ctx context.Context, opts wait.Options, find func(ctx context.Context) (status string, err error)) error {
	return wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		status, err := find(ctx)
		if IsNotFound(err) {
			return true, "deleted", nil
		}
		if status == "" {
			status = "present"
		}
		return false, status, err
	})
}
