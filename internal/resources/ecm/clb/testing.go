package clb

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the load balancer behind a state entry's attributes (nil, or an error for
// which tencent.IsNotFound holds when it is gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindLoadBalancer(ctx, attrs["id"])
	return err
}

// DeleteByState deletes the load balancer behind a state entry, as someone using the console would
// (without waiting for the task).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.DeleteLoadBalancer(ctx, ecm.DeleteLoadBalancerRequest{LoadBalancerIds: []string{attrs["id"]}})
	return err
}

// Sweep deletes, through the resource's own delete path, every load balancer of the region whose
// name starts with prefix (their listeners and targets go with them), and returns how many.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	lbs, err := c.ECM.ListLoadBalancers(ctx, ecm.DescribeLoadBalancersRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, b := range lbs {
		if !strings.HasPrefix(b.LoadBalancerName, prefix) {
			continue
		}
		if _, err := deleteLoadBalancer(ctx, c, b.LoadBalancerId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
