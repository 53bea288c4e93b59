package securitygroup

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the security group behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindSecurityGroupByID(ctx, attrs["id"])
	return err
}

// DeleteByState deletes the security group behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteSecurityGroup(ctx, ecm.DeleteSecurityGroupRequest{SecurityGroupId: attrs["id"]})
}

// Sweep deletes every security group whose name starts with prefix. Security groups are global:
// region is ignored (every region's sweep visits them; the second finds nothing left).
func Sweep(ctx context.Context, c *conn.Conn, _, prefix string) (int, error) {
	groups, err := c.ECM.ListSecurityGroups(ctx, ecm.DescribeSecurityGroupsRequest{})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, g := range groups {
		if bool(g.IsDefault) || !strings.HasPrefix(g.SecurityGroupName, prefix) {
			continue
		}
		if err := deleteSecurityGroup(ctx, c, g.SecurityGroupId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
