package publicnetworkinstance

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the instance behind a state entry's attributes (nil, or an error for which
// tencent.IsNotFound holds when it is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.EdgeZone.FindPublicNetworkInstanceByID(ctx, attrs["region"], attrs["id"])
	return err
}

// DeleteByState deletes the instance behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.EdgeZone.DeletePublicNetworkInstance(ctx, attrs["region"], attrs["id"])
}

// Swept lists the instances of the region whose name starts with prefix: what Sweep deletes, and
// whose addresses the public IP sweeper releases first.
func Swept(ctx context.Context, c *conn.Conn, region, prefix string) ([]edgezone.PublicNetworkInstanceInfo, error) {
	all, err := c.EdgeZone.ListPublicNetworkInstances(ctx, region, edgezone.DescribePublicNetworkInstancesRequest{})
	if err != nil {
		return nil, err
	}
	var out []edgezone.PublicNetworkInstanceInfo
	for _, i := range all {
		if strings.HasPrefix(i.NetworkInstanceName, prefix) {
			out = append(out, i)
		}
	}
	return out, nil
}

// Sweep deletes, through the resource's own delete path, every instance of the region whose name
// starts with prefix, and returns how many it deleted. Their addresses must be gone first (the
// public IP sweeper runs before it).
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	instances, err := Swept(ctx, c, region, prefix)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, i := range instances {
		if err := deleteInstance(ctx, c, region, i.NetworkInstanceId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
