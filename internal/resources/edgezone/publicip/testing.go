package publicip

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the address behind a state entry's attributes (nil, or an error for which
// tencent.IsNotFound holds when it is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	instanceID, ip, err := splitID(attrs["id"])
	if err != nil {
		return err
	}
	_, err = c.EdgeZone.FindPublicIP(ctx, attrs["region"], instanceID, ip)
	return err
}

// DeleteByState releases the address behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	instanceID, ip, err := splitID(attrs["id"])
	if err != nil {
		return err
	}
	return c.EdgeZone.ReleasePublicIp(ctx, attrs["region"], edgezone.ReleasePublicIpRequest{NetworkInstanceId: instanceID, Type: typeOf(ip), IpList: []string{ip}})
}

// Sweep releases, through the resource's own release path, every address of the region's STATIC
// instances whose name starts with prefix (addresses have no name of their own; they go with the
// instance the instance sweeper deletes next), and returns how many it released. An address bound to
// a server stops it: servers are not Terraform's to terminate.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	instances, err := c.EdgeZone.ListPublicNetworkInstances(ctx, region, edgezone.DescribePublicNetworkInstancesRequest{})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, i := range instances {
		if !strings.HasPrefix(i.NetworkInstanceName, prefix) || !edgezone.IsStatic(i.RouteMode) {
			continue
		}
		ips, err := c.EdgeZone.ListInstancePublicIPs(ctx, region, i.NetworkInstanceId, "")
		if err != nil {
			return n, err
		}
		for _, ip := range ips {
			if err := releaseIP(ctx, c, region, i.NetworkInstanceId, ip.Type, ip.Ip); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}
