package vpc

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestLockNetworkInterface_OneTurnPerENI(t *testing.T) {
	c := New(nil)
	ctx := context.Background()
	unlock, err := c.LockNetworkInterface(ctx, "ap-guangzhou", "eni-1")
	if err != nil {
		t.Fatal(err)
	}
	// Another ENI, or the same ID in another region, is not held.
	for _, k := range [][2]string{{"ap-guangzhou", "eni-2"}, {"ap-shanghai", "eni-1"}} {
		u, err := c.LockNetworkInterface(ctx, k[0], k[1])
		if err != nil {
			t.Fatal(err)
		}
		u()
	}
	// The same ENI waits, until the context ends ...
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := c.LockNetworkInterface(short, "ap-guangzhou", "eni-1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v; want the context's deadline", err)
	}
	// ... or until the turn is given back.
	got := make(chan error, 1)
	go func() {
		u, err := c.LockNetworkInterface(ctx, "ap-guangzhou", "eni-1")
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
