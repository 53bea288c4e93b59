package keylock

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestLock_OneTurnPerKey(t *testing.T) {
	var s Set
	ctx := context.Background()
	unlock, err := s.Lock(ctx, "ap-guangzhou/eni-1")
	if err != nil {
		t.Fatal(err)
	}
	// Another key is not held.
	u, err := s.Lock(ctx, "ap-shanghai/eni-1")
	if err != nil {
		t.Fatal(err)
	}
	u()
	// The same key waits, until the context ends ...
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := s.Lock(short, "ap-guangzhou/eni-1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v; want the context's deadline", err)
	}
	// ... or until the turn is given back.
	got := make(chan error, 1)
	go func() {
		u, err := s.Lock(ctx, "ap-guangzhou/eni-1")
		if err == nil {
			u()
		}
		got <- err
	}()
	unlock()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the waiter never got its turn")
	}
}
