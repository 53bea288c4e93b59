package eniprivateip

// The API calls behind CRUD: assign, remove and describe, in chunks of at most 10, each waiting
// out an ENI that is busy (being created, or in a state the API refuses for address changes).

import (
	"context"
	"slices"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// busy reports the answers that mean "the ENI is in the middle of something; try again".
func busy(err error) bool {
	return tencent.HasCode(err, "UnsupportedOperation.InvalidState") || tencent.HasCode(err, "UnsupportedOperation.MutexOperationTaskRunning")
}

// retryBusy runs call until it answers anything but "busy" (PENDING ENIs included), within timeout.
func retryBusy(ctx context.Context, what string, timeout time.Duration, call func(ctx context.Context) error) error {
	return wait.WhileRefused(ctx, wait.Options{Description: what, Timeout: timeout}, busy, call)
}

// assignCount assigns n addresses chosen by the subnet, in calls of at most 10, reporting each
// call's addresses to got (so that they are in state even if a later call fails).
func assignCount(ctx context.Context, c *ecm.Client, region, eni string, n int64, description *string, timeout time.Duration, got func([]string)) error {
	for n > 0 {
		k := min(n, maxPerCall)
		var out *ecm.AssignPrivateIpAddressesResponse
		err := retryBusy(ctx, "assigning private IPs to ECM ENI "+eni, timeout, func(ctx context.Context) error {
			var err error
			out, err = c.AssignPrivateIpAddresses(ctx, ecm.AssignPrivateIpAddressesRequest{EcmRegion: region, NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: &k})
			return err
		})
		if err != nil {
			return err
		}
		ips := make([]string, 0, len(out.PrivateIpAddressSet))
		for _, ip := range out.PrivateIpAddressSet {
			ips = append(ips, ip.PrivateIpAddress)
		}
		got(ips)
		if description != nil {
			if err := modify(ctx, c, region, eni, ips, description, timeout); err != nil {
				return err
			}
		}
		n -= k
	}
	return nil
}

// assignList assigns the given addresses, at most 10 per call.
func assignList(ctx context.Context, c *ecm.Client, region, eni string, ips []string, description *string, timeout time.Duration, got func([]string)) error {
	for part := range slices.Chunk(ips, maxPerCall) {
		err := retryBusy(ctx, "assigning private IPs to ECM ENI "+eni, timeout, func(ctx context.Context) error {
			_, err := c.AssignPrivateIpAddresses(ctx, ecm.AssignPrivateIpAddressesRequest{EcmRegion: region, NetworkInterfaceId: eni, PrivateIpAddresses: specs(part, description)})
			return err
		})
		if err != nil {
			return err
		}
		got(part)
	}
	return nil
}

// remove removes the addresses the ENI still has, at most 10 per call.
func remove(ctx context.Context, c *ecm.Client, region, eni string, ips []string, timeout time.Duration) error {
	for part := range slices.Chunk(ips, maxPerCall) {
		err := retryBusy(ctx, "removing private IPs of ECM ENI "+eni, timeout, func(ctx context.Context) error {
			return c.RemovePrivateIpAddresses(ctx, ecm.PrivateIPsRequest{EcmRegion: region, NetworkInterfaceId: eni, PrivateIpAddresses: specs(part, nil)})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// modify sets the description of the addresses ("" clears it), at most 10 per call.
func modify(ctx context.Context, c *ecm.Client, region, eni string, ips []string, description *string, timeout time.Duration) error {
	d := ""
	if description != nil {
		d = *description
	}
	for part := range slices.Chunk(ips, maxPerCall) {
		err := retryBusy(ctx, "describing private IPs of ECM ENI "+eni, timeout, func(ctx context.Context) error {
			return c.ModifyPrivateIpAddressesAttribute(ctx, ecm.PrivateIPsRequest{EcmRegion: region, NetworkInterfaceId: eni, PrivateIpAddresses: specs(part, &d)})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// removeOwned removes the resource's addresses that the ENI still has. A gone ENI is success.
func removeOwned(ctx context.Context, c *ecm.Client, region, eni string, mine []string, timeout time.Duration) error {
	n, err := c.FindNetworkInterfaceByID(ctx, region, eni)
	if tencent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	left, _ := owned(n, mine)
	err = remove(ctx, c, region, eni, left, timeout)
	if tencent.IsNotFound(err) {
		return nil
	}
	return err
}
