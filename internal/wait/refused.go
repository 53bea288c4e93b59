package wait

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// WhileRefused sends call until it is not refused: until it succeeds, fails with an error refused
// does not recognise ("busy", "another task holds it": answers that mean "not done, try again
// later"), or time runs out (opts.Timeout or the caller's deadline). When time runs out after a
// refusal, the error is that refusal (its code, message and RequestId are what the user needs),
// wrapped with how long it was retried. Services name their own refusal codes; this is the one
// loop that waits them out.
func WhileRefused(ctx context.Context, opts Options, refused func(error) bool, call func(context.Context) error) error {
	var last error
	start := time.Now()
	err := Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		err := call(ctx)
		switch {
		case err == nil:
			return true, "accepted", nil
		case refused(err):
			last = err
			return false, "refused", nil
		default:
			return false, "", err
		}
	})
	var timeout *TimeoutError
	if last != nil && err != nil && (errors.As(err, &timeout) || errors.Is(ctx.Err(), context.DeadlineExceeded)) {
		return fmt.Errorf("still refused after retrying for %s: %w", time.Since(start).Round(time.Second), last)
	}
	return err
}
