package eniipv6addresses

// The API calls behind CRUD, at most 10 addresses per call.

import (
	"context"
	"slices"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func busy(err error) bool { return tencent.HasCode(err, "UnsupportedOperation.InvalidState") }

// retryBusy runs call until it answers anything but "busy", within timeout.
func retryBusy(ctx context.Context, what string, timeout time.Duration, call func(ctx context.Context) error) error {
	return wait.WhileRefused(ctx, wait.Options{Description: what, Timeout: timeout}, busy, call)
}

// assign assigns n chosen addresses (list nil) or the listed ones, reporting each call's to got.
func assign(ctx context.Context, c *ecm.Client, region, eni, isp string, n int64, list []string, description *string, timeout time.Duration, got func([]string)) error {
	for n > 0 || len(list) > 0 {
		req := ecm.AssignIpv6AddressesRequest{EcmRegion: region, NetworkInterfaceId: eni, Ipv6ISP: isp}
		if len(list) > 0 {
			part := list[:min(len(list), maxPerCall)]
			list = list[len(part):]
			req.Ipv6Addresses = specs(part, description)
		} else {
			k := min(n, maxPerCall)
			n -= k
			req.Ipv6AddressCount = &k
		}
		var out *ecm.AssignIpv6AddressesResponse
		err := retryBusy(ctx, "assigning IPv6 addresses to ECM ENI "+eni, timeout, func(ctx context.Context) error {
			var err error
			out, err = c.AssignIpv6Addresses(ctx, req)
			return err
		})
		if err != nil {
			return err
		}
		ips := make([]string, 0, len(out.Ipv6AddressSet))
		for _, a := range out.Ipv6AddressSet {
			ips = append(ips, canonical(a.Address))
		}
		got(ips)
		if description != nil && req.Ipv6AddressCount != nil {
			if err := modify(ctx, c, region, eni, ips, description); err != nil {
				return err
			}
		}
	}
	return nil
}

// release releases the addresses, waiting for each call's task.
func release(ctx context.Context, c *ecm.Client, region, eni string, ips []string, timeout time.Duration) error {
	for part := range slices.Chunk(ips, maxPerCall) {
		out, err := c.ReleaseIpv6Addresses(ctx, ecm.Ipv6AddressesRequest{EcmRegion: region, NetworkInterfaceId: eni, Ipv6Addresses: specs(part, nil)})
		if err != nil {
			return err
		}
		if err := c.WaitTask(ctx, wait.Options{Timeout: timeout}, region, out.TaskId, "ReleaseIpv6Addresses"); err != nil {
			return err
		}
	}
	return nil
}

func modify(ctx context.Context, c *ecm.Client, region, eni string, ips []string, description *string) error {
	d := ""
	if description != nil {
		d = *description
	}
	for part := range slices.Chunk(ips, maxPerCall) {
		if err := c.ModifyIpv6AddressesAttribute(ctx, ecm.Ipv6AddressesRequest{EcmRegion: region, NetworkInterfaceId: eni, Ipv6Addresses: specs(part, &d)}); err != nil {
			return err
		}
	}
	return nil
}

// waitAvailable polls until every address of mine is on the ENI and AVAILABLE, and returns the ENI.
func waitAvailable(ctx context.Context, c *ecm.Client, region, eni string, mine []string, timeout time.Duration) (*ecm.NetworkInterface, error) {
	var last *ecm.NetworkInterface
	err := wait.Until(ctx, wait.Options{Description: "IPv6 addresses of ECM ENI " + eni + " becoming AVAILABLE", Timeout: timeout}, func(ctx context.Context) (bool, string, error) {
		n, err := c.FindNetworkInterfaceByID(ctx, region, eni)
		if err != nil {
			return false, "", err
		}
		last = n
		ips, _, state := owned(n, mine)
		if len(ips) != len(mine) {
			return false, "missing", nil
		}
		for _, ip := range ips {
			if state[ip] != ecm.ENIStateAvailable {
				return false, state[ip], nil
			}
		}
		return true, ecm.ENIStateAvailable, nil
	})
	return last, err
}
