package eniprivateip

// The steps behind Create, Update and Delete: assign and unassign, 10 addresses (or a count of 10)
// per call, each call's task waited before the next, and the owned set recorded after every
// change, so that whatever stops an apply, the state says exactly which addresses are this
// resource's. Each call and its task hold the client's turn on the ENI (LockNetworkInterface): the
// API runs one task per ENI, so resources sharing one take turns rather than being refused.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// operation is one apply's work on one ENI.
type operation struct {
	c           *vpc.Client
	region, eni string
	qos         string   // QoS level for new addresses ("" lets the API choose)
	owned       []string // the owned addresses, kept current
	// record saves owned in the state; called after every change to it.
	record func(owned []string)
}

// stepError names the step that failed, for the diagnostic's summary.
type stepError struct {
	step string
	err  error
}

func (e *stepError) Error() string { return e.step + ": " + e.err.Error() }
func (e *stepError) Unwrap() error { return e.err }

// stepOf splits an error of the steps into its summary and cause.
func stepOf(err error, fallback string) (string, error) {
	var se *stepError
	if errors.As(err, &se) {
		return se.step, se.err
	}
	return fallback, err
}

// assignAddresses assigns the given addresses, 10 per call.
func (o *operation) assignAddresses(ctx context.Context, addresses []string) error {
	for chunk := range slices.Chunk(tfutil.SortAddresses(addresses), vpc.PrivateIpsPerCall) {
		req := vpc.AssignPrivateIpAddressesRequest{PrivateIpAddresses: vpc.Addresses(chunk, o.qos)}
		if err := o.assignOnce(ctx, req, chunk); err != nil {
			return err
		}
	}
	return nil
}

// assignCount assigns n addresses of the cloud's choice, at most 10 per call.
func (o *operation) assignCount(ctx context.Context, n int) error {
	for n > 0 {
		k := int64(min(n, vpc.PrivateIpsPerCall))
		if err := o.assignOnce(ctx, vpc.AssignPrivateIpAddressesRequest{SecondaryPrivateIpAddressCount: &k, QosLevel: o.qos}, nil); err != nil {
			return err
		}
		n -= int(k)
	}
	return nil
}

// assignOnce is one AssignPrivateIpAddresses with its own ClientToken (one logical assignment: the
// client repeats it, with that token, after a lost answer or a "try later" refusal), the new
// addresses recorded before its task is waited for. When the task fails, the addresses it did not
// leave on the ENI are dropped from the owned set again.
func (o *operation) assignOnce(ctx context.Context, req vpc.AssignPrivateIpAddressesRequest, requested []string) error {
	req.NetworkInterfaceId, req.ClientToken = o.eni, vpc.NewClientToken()
	step := "assigning private IPs to " + vpc.KindNetworkInterface + " " + o.eni
	unlock, err := o.c.LockNetworkInterface(ctx, o.region, o.eni)
	if err != nil {
		return &stepError{step, err}
	}
	defer unlock()
	resp, err := o.c.AssignPrivateIpAddresses(ctx, o.region, req)
	if err != nil {
		return &stepError{step, err}
	}
	issued := time.Now()
	added := resp.Addresses()
	if len(added) == 0 {
		added = requested
	}
	if len(added) == 0 {
		return &stepError{step,
			fmt.Errorf("AssignPrivateIpAddresses (RequestId %s) answered no addresses, so which ones were assigned is unknown", resp.RequestId)}
	}
	o.owned = tfutil.SortAddresses(append(o.owned, added...))
	o.record(o.owned)
	if err := o.c.WaitTask(ctx, wait.Options{}, o.region, resp.RequestId, "AssignPrivateIpAddresses", issued); err != nil {
		if wait.IsTaskFailed(err) {
			o.reconcile(ctx)
		}
		return &stepError{"waiting for " + strings.Join(added, ", ") + " to be assigned to " + vpc.KindNetworkInterface + " " + o.eni, err}
	}
	return nil
}

// unassign returns the given owned addresses, 10 per call, and waits until the ENI no longer shows
// them. Addresses already gone (or an ENI already gone, when eniGoneOK) are fine: they are simply no
// longer owned.
func (o *operation) unassign(ctx context.Context, addresses []string, eniGoneOK bool) error {
	if len(addresses) == 0 {
		return nil
	}
	step := "unassigning " + strings.Join(addresses, ", ") + " from " + vpc.KindNetworkInterface + " " + o.eni
	eni, err := o.c.FindNetworkInterfaceByID(ctx, o.region, o.eni)
	if tencent.IsNotFound(err) && eniGoneOK {
		o.drop(addresses)
		return nil
	}
	if err != nil {
		return &stepError{step, err}
	}
	present := presentOn(eni, addresses)
	o.drop(tfutil.Minus(addresses, present))
	for chunk := range slices.Chunk(present, vpc.PrivateIpsPerCall) {
		if err := o.unassignOnce(ctx, chunk, step, eniGoneOK); err != nil {
			return err
		}
	}
	if err := o.waitAbsent(ctx, present); err != nil {
		return &stepError{"waiting for " + vpc.KindNetworkInterface + " " + o.eni + " to stop showing " + strings.Join(present, ", "), err}
	}
	return nil
}

// unassignOnce is one UnassignPrivateIpAddresses (at most 10 addresses) and its task, on this
// client's turn on the ENI.
func (o *operation) unassignOnce(ctx context.Context, chunk []string, step string, eniGoneOK bool) error {
	unlock, err := o.c.LockNetworkInterface(ctx, o.region, o.eni)
	if err != nil {
		return &stepError{step, err}
	}
	defer unlock()
	resp, err := o.c.UnassignPrivateIpAddresses(ctx, o.region, vpc.UnassignPrivateIpAddressesRequest{
		NetworkInterfaceId: o.eni, PrivateIpAddresses: vpc.Addresses(chunk, ""),
	})
	if err != nil {
		// Whatever the code: if the addresses are gone meanwhile (or the ENI, when that is fine),
		// the step is done.
		if o.goneFrom(ctx, chunk, eniGoneOK) {
			o.drop(chunk)
			return nil
		}
		return &stepError{step, err}
	}
	issued := time.Now()
	if err := o.c.WaitTask(ctx, wait.Options{}, o.region, resp.RequestId, "UnassignPrivateIpAddresses", issued); err != nil {
		if wait.IsTaskFailed(err) {
			o.reconcile(ctx)
		}
		return &stepError{"waiting for " + strings.Join(chunk, ", ") + " to be unassigned from " + vpc.KindNetworkInterface + " " + o.eni, err}
	}
	o.drop(chunk)
	return nil
}

// drop removes addresses from the owned set and records it.
func (o *operation) drop(addresses []string) {
	if len(addresses) == 0 {
		return
	}
	o.owned = tfutil.Minus(o.owned, addresses)
	o.record(o.owned)
}

// goneFrom reports whether the ENI no longer shows any of addresses (or is gone, when eniGoneOK).
func (o *operation) goneFrom(ctx context.Context, addresses []string, eniGoneOK bool) bool {
	eni, err := o.c.FindNetworkInterfaceByID(ctx, o.region, o.eni)
	if tencent.IsNotFound(err) {
		return eniGoneOK
	}
	return err == nil && len(presentOn(eni, addresses)) == 0
}

// reconcile keeps in the owned set only what the ENI shows (after a failed task); on a read error
// the set stays as it is, erring towards unassigning on the next destroy rather than leaking.
func (o *operation) reconcile(ctx context.Context) {
	eni, err := o.c.FindNetworkInterfaceByID(ctx, o.region, o.eni)
	switch {
	case tencent.IsNotFound(err):
		o.owned = nil
	case err != nil:
		return
	default:
		o.owned = presentOn(eni, o.owned)
	}
	o.record(o.owned)
}

// waitAbsent polls until the ENI shows none of addresses (or is gone).
func (o *operation) waitAbsent(ctx context.Context, addresses []string) error {
	if len(addresses) == 0 {
		return nil
	}
	opts := wait.Options{Description: vpc.KindNetworkInterface + " " + o.eni + " without " + strings.Join(addresses, ", ")}
	return wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		eni, err := o.c.FindNetworkInterfaceByID(ctx, o.region, o.eni)
		if tencent.IsNotFound(err) {
			return true, "ENI gone", nil
		}
		if err != nil {
			return false, "", err
		}
		left := presentOn(eni, addresses)
		return len(left) == 0, fmt.Sprintf("%d still shown", len(left)), nil
	})
}

// confirmAvailable reads the ENI back until every owned address is on it and AVAILABLE (the API may
// be eventually consistent, and a task's end is not the address's), and returns it.
func (o *operation) confirmAvailable(ctx context.Context) (*vpc.NetworkInterface, error) {
	opts := wait.Options{Description: "the private IPs of " + vpc.KindNetworkInterface + " " + o.eni + " to be AVAILABLE"}
	eni, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*vpc.NetworkInterface, error) {
		return o.c.FindNetworkInterfaceByID(ctx, o.region, o.eni)
	}, func(eni *vpc.NetworkInterface) bool {
		sec := eni.SecondaryAddresses()
		for _, a := range o.owned {
			if sec[a].State != vpc.PrivateIpStateAvailable {
				return false
			}
		}
		return true
	})
	if err != nil {
		return nil, &stepError{"reading back the private IPs of " + vpc.KindNetworkInterface + " " + o.eni, err}
	}
	return eni, nil
}
