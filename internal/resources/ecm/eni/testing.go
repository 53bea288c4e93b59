package eni

// What tests and sweepers need: find the ENI behind a state entry, delete it, sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the ENI behind a state entry (an ENI being deleted counts as gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	n, err := c.ECM.FindNetworkInterfaceByID(ctx, attrs["ecm_region"], attrs["id"])
	if err == nil && n.State == ecm.ENIStateDeleting {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState deletes the ENI behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteNetworkInterface(ctx, ecm.ENIRequest{EcmRegion: attrs["ecm_region"], NetworkInterfaceId: attrs["id"]})
}

// Sweep deletes every detached, non-primary ENI of the region whose name starts with prefix
// (attached ones are left for their attachment's or instance's sweeper), through the resource's
// own delete path, and returns how many it deleted.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	enis, err := c.ECM.ListNetworkInterfaces(ctx, ecm.DescribeNetworkInterfacesRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range enis {
		if e.Primary || e.AttachedTo() != "" || !strings.HasPrefix(e.NetworkInterfaceName, prefix) {
			continue
		}
		if err := deleteENI(ctx, c.ECM, region, e.NetworkInterfaceId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
