package vpc

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the VPC behind a state entry's attributes (nil, or an error for which
// tencent.IsNotFound holds when it is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindVpcByID(ctx, attrs["ecm_region"], attrs["id"])
	return err
}

// DeleteByState deletes the VPC behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteVpc(ctx, ecm.DeleteVpcRequest{VpcId: attrs["id"], EcmRegion: attrs["ecm_region"]})
}

// Sweep deletes, through the resource's own delete path, every VPC of the region whose name starts
// with prefix, and returns how many it deleted.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	vpcs, err := c.ECM.ListVpcs(ctx, ecm.DescribeVpcsRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, v := range vpcs {
		if v.IsDefault || !strings.HasPrefix(v.VpcName, prefix) {
			continue
		}
		if err := deleteVPC(ctx, c, region, v.VpcId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
