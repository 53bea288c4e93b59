package subnet

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the subnet behind a state entry's attributes (nil, or an error for which
// tencent.IsNotFound holds when it is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindSubnetByID(ctx, attrs["ecm_region"], attrs["id"])
	return err
}

// DeleteByState deletes the subnet behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteSubnet(ctx, ecm.DeleteSubnetRequest{SubnetId: attrs["id"], EcmRegion: attrs["ecm_region"]})
}

// Sweep deletes, through the resource's own delete path, every subnet of the region whose name starts
// with prefix, and returns how many it deleted.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	subnets, err := c.ECM.ListSubnets(ctx, ecm.DescribeSubnetsRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, v := range subnets {
		if !strings.HasPrefix(v.SubnetName, prefix) {
			continue
		}
		if err := deleteSubnet(ctx, c, region, v.SubnetId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
