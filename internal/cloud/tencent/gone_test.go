package tencent

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

var fastPoll = wait.Options{Backoff: wait.Backoff{Initial: time.Millisecond, Max: time.Millisecond, Multiplier: 1}, Timeout: 5 * time.Second}

type version struct{ n int }

func TestReadAfterWrite_PollsPastNotFoundAndStaleAnswers(t *testing.T) {
	answers := []func() (*version, error){
		func() (*version, error) { return nil, &NotFoundError{Kind: "thing", ID: "t-1"} }, // not visible yet after a create
		func() (*version, error) { return &version{1}, nil },                              // the old object
		func() (*version, error) { return &version{2}, nil },                              // the write shows
	}
	calls := 0
	got, err := ReadAfterWrite(context.Background(), fastPoll, func(context.Context) (*version, error) {
		a := answers[min(calls, len(answers)-1)]
		calls++
		return a()
	}, func(v *version) bool { return v.n == 2 })
	if err != nil || got.n != 2 || calls != 3 {
		t.Fatalf("got %+v, %v after %d reads; want version 2 after 3", got, err, calls)
	}
}

func TestReadAfterWrite_OtherErrorsStopAtOnce(t *testing.T) {
	boom := &APIError{Code: "InvalidParameterValue.Malformed"}
	calls := 0
	_, err := ReadAfterWrite(context.Background(), fastPoll, func(context.Context) (*version, error) {
		calls++
		return nil, boom
	}, nil)
	if !errors.Is(err, boom) || calls != 1 {
		t.Fatalf("err %v after %d reads; want the API error after 1", err, calls)
	}
}

func TestReadAfterWrite_NeverShowingTimesOut(t *testing.T) {
	opts := fastPoll
	opts.Timeout = 30 * time.Millisecond
	_, err := ReadAfterWrite(context.Background(), opts, func(context.Context) (*version, error) {
		return nil, &NotFoundError{Kind: "thing", ID: "t-1"}
	}, nil)
	var te *wait.TimeoutError
	if !errors.As(err, &te) || IsNotFound(err) {
		t.Fatalf("err = %v; want a timeout, never a not-found that would drop the resource", err)
	}
}
