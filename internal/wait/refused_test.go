package wait

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

var errBusy = errors.New("busy: another task holds it")

func TestWhileRefused(t *testing.T) {
	isBusy := func(err error) bool { return errors.Is(err, errBusy) }
	opts := Options{Backoff: fast, Timeout: time.Second}

	calls := 0
	if err := WhileRefused(context.Background(), opts, isBusy, func(context.Context) error {
		calls++
		if calls < 3 {
			return errBusy
		}
		return nil
	}); err != nil || calls != 3 {
		t.Fatalf("err %v after %d calls; want success at the third", err, calls)
	}

	final := errors.New("quota exceeded")
	calls = 0
	if err := WhileRefused(context.Background(), opts, isBusy, func(context.Context) error { calls++; return final }); !errors.Is(err, final) || calls != 1 {
		t.Fatalf("err %v after %d calls; want the final error at once", err, calls)
	}

	opts.Timeout = 20 * time.Millisecond
	err := WhileRefused(context.Background(), opts, isBusy, func(context.Context) error { return errBusy })
	if !errors.Is(err, errBusy) || !strings.Contains(err.Error(), "still refused after retrying") {
		t.Fatalf("err %v; want the last refusal, saying it was retried", err)
	}
}
