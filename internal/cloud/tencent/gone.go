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

// ReadAfterWrite is how a resource reads an object back after it wrote it, on an API that may be
// eventually consistent: it polls find until the object exists and shows the write (written reports
// whether it does). "Not found" right after a create is not a deletion: it is polled past, until
// opts.Timeout, and never removes the resource from state. Any other error stops at once.
func ReadAfterWrite[T any](ctx context.Context, opts wait.Options, find func(ctx context.Context) (*T, error), written func(*T) bool) (*T, error) {
	var last *T
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		obj, err := find(ctx)
		switch {
		case IsNotFound(err):
			return false, "not visible yet", nil
		case err != nil:
			return false, "", err
		}
		last = obj
		if written != nil && !written(obj) {
			return false, "not showing the change yet", nil
		}
		return true, "read back", nil
	})
	if err != nil {
		return nil, err
	}
	return last, nil
}

// DeleteAndWait is the delete path of an object the API deletes synchronously: call del (an object
// already gone counts as deleted), then poll find until the object is gone. Resources' Delete and
// their sweepers share it through one package function each.
func DeleteAndWait(ctx context.Context, opts wait.Options, del, find func(ctx context.Context) error) error {
	if err := del(ctx); err != nil && !IsNotFound(err) {
		return err
	}
	return WaitNotFound(ctx, opts, func(ctx context.Context) (string, error) { return "", find(ctx) })
}
