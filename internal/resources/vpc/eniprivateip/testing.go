package eniprivateip

// What tests of any package need to know about this resource type: how to find the addresses behind
// a state entry and how to unassign them behind Terraform's back. There is no sweeper: the resource
// has no name to recognise test leftovers by, and its parents (VPCs, subnets, ENIs) are fixtures
// that no API of ours creates or deletes; a sweep could not tell a test's addresses from anyone
// else's on a shared ENI.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// OwnedFromState returns the owned addresses of a state entry's attributes
// (assigned_private_ip_addresses), in address order.
func OwnedFromState(attrs map[string]string) []string {
	var out []string
	for k, v := range attrs {
		if rest, ok := strings.CutPrefix(k, "assigned_private_ip_addresses."); ok && rest != "#" && rest != "%" {
			out = append(out, v)
		}
	}
	return tfutil.SortAddresses(out)
}

// FindByState reports whether any owned address of a state entry is still on its ENI: nil when one
// is, an error for which tencent.IsNotFound holds when none is (or the ENI is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	eni, err := c.VPC.FindNetworkInterfaceByID(ctx, attrs["region"], attrs["network_interface_id"])
	if err != nil {
		return err
	}
	if len(presentOn(eni, OwnedFromState(attrs))) == 0 {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return nil
}

// DeleteByState unassigns every owned address of a state entry with the API, as someone using the
// console would (one call per 10 addresses, without waiting for the tasks).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return UnassignOutside(ctx, c, attrs["region"], attrs["network_interface_id"], OwnedFromState(attrs))
}

// UnassignOutside unassigns addresses from an ENI with the API, without waiting for the tasks.
func UnassignOutside(ctx context.Context, c *conn.Conn, region, eni string, addresses []string) error {
	for i := 0; i < len(addresses); i += vpc.PrivateIpsPerCall {
		chunk := addresses[i:min(i+vpc.PrivateIpsPerCall, len(addresses))]
		if _, err := c.VPC.UnassignPrivateIpAddresses(ctx, region, vpc.UnassignPrivateIpAddressesRequest{
			NetworkInterfaceId: eni, PrivateIpAddresses: vpc.Addresses(chunk, ""),
		}); err != nil {
			return err
		}
	}
	return nil
}
