package eni

// The status waits other ENI resources share, and the delete path Delete and the sweeper share.

import (
	"context"
	"fmt"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// WaitAvailable polls until the ENI is AVAILABLE (no creation, attachment, detachment or
// migration in progress) and returns it. An ENI that is gone or DELETING is an error.
func WaitAvailable(ctx context.Context, c *ecm.Client, region, id string, timeout time.Duration) (*ecm.NetworkInterface, error) {
	return WaitFor(ctx, c, region, id, timeout, "AVAILABLE", func(n *ecm.NetworkInterface) bool { return n.State == ecm.ENIStateAvailable })
}

// WaitFor polls until done holds for the ENI and returns it.
func WaitFor(ctx context.Context, c *ecm.Client, region, id string, timeout time.Duration, what string, done func(*ecm.NetworkInterface) bool) (*ecm.NetworkInterface, error) {
	var last *ecm.NetworkInterface
	err := wait.Until(ctx, wait.Options{Description: kind + " " + id + " " + what, Timeout: timeout}, func(ctx context.Context) (bool, string, error) {
		n, err := c.FindNetworkInterfaceByID(ctx, region, id)
		if err != nil {
			return false, "", err
		}
		if n.State == ecm.ENIStateDeleting {
			return false, n.State, &tencent.NotFoundError{Kind: kind, ID: id}
		}
		last = n
		return done(n), n.State, nil
	})
	return last, err
}

// WaitSettledOn polls until the ENI is AVAILABLE and attached to instance ("" = detached) and
// returns it. An operation the cloud undid (a failed attach, detach or move leaves the ENI
// AVAILABLE where it was) is an error once it is clear: after the ENI was seen in a transitional
// state, or after three polls in a row found it AVAILABLE elsewhere (an operation that started and
// failed between two polls).
func WaitSettledOn(ctx context.Context, c *ecm.Client, region, id, instance string, timeout time.Duration) (*ecm.NetworkInterface, error) {
	what := "attached to " + instance
	if instance == "" {
		what = "detached"
	}
	var last *ecm.NetworkInterface
	busy, elsewhere := false, 0
	err := wait.Until(ctx, wait.Options{Description: kind + " " + id + " " + what, Timeout: timeout}, func(ctx context.Context) (bool, string, error) {
		n, err := c.FindNetworkInterfaceByID(ctx, region, id)
		if err != nil {
			return false, "", err
		}
		last = n
		switch {
		case n.State == ecm.ENIStateDeleting:
			return false, n.State, &tencent.NotFoundError{Kind: kind, ID: id}
		case n.State != ecm.ENIStateAvailable:
			busy = true
			return false, n.State, nil
		case n.AttachedTo() == instance:
			return true, n.State, nil
		}
		if elsewhere++; busy || elsewhere >= 3 {
			return false, n.State, fmt.Errorf("the operation did not take effect: %s is AVAILABLE and attached to %q, not %q", id, n.AttachedTo(), instance)
		}
		return false, n.State, nil
	})
	return last, err
}

// deleteENI waits for the ENI to settle, deletes it and waits until it is gone. An ENI already
// gone is success.
func deleteENI(ctx context.Context, c *ecm.Client, region, id string) error {
	if _, err := WaitFor(ctx, c, region, id, 0, "settling before deletion", func(n *ecm.NetworkInterface) bool {
		return n.State == ecm.ENIStateAvailable || n.State == ecm.ENIStateDeleting
	}); err != nil {
		if tencent.IsNotFound(err) {
			return nil
		}
		return err
	}
	return tencent.DeleteAndWait(ctx, wait.Options{Description: kind + " " + id + " deletion"},
		func(ctx context.Context) error {
			return c.DeleteNetworkInterface(ctx, ecm.ENIRequest{EcmRegion: region, NetworkInterfaceId: id})
		},
		func(ctx context.Context) error {
			_, err := c.FindNetworkInterfaceByID(ctx, region, id)
			return err
		})
}
