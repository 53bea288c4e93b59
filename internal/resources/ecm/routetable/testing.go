package routetable

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the route table behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindRouteTableByID(ctx, attrs["ecm_region"], attrs["id"])
	return err
}

// DeleteByState deletes the route table behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteRouteTable(ctx, ecm.DeleteRouteTableRequest{RouteTableId: attrs["id"]})
}

// Sweep deletes every custom route table of the region whose name starts with prefix (its routes go
// with it), first moving the subnets associated with it back to their VPC's main table, and returns
// how many it deleted.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	tables, err := c.ECM.ListRouteTables(ctx, ecm.DescribeRouteTablesRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, t := range tables {
		if t.Main || !strings.HasPrefix(t.RouteTableName, prefix) {
			continue
		}
		if len(t.AssociationSet) > 0 {
			main, err := c.ECM.FindMainRouteTable(ctx, region, t.VpcId)
			if err != nil {
				return n, err
			}
			for _, a := range t.AssociationSet {
				if err := c.ECM.ReplaceRouteTableAssociation(ctx, ecm.ReplaceRouteTableAssociationRequest{
					SubnetId: a.SubnetId, RouteTableId: main.RouteTableId, EcmRegion: region,
				}); err != nil {
					return n, err
				}
			}
		}
		if err := deleteRouteTable(ctx, c, region, t.RouteTableId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
