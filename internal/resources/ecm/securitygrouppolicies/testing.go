package securitygrouppolicies

// What tests of any package need to know about this resource type.

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState succeeds while the group behind a state entry still has rules; a group without rules
// (or without the group) counts as gone.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	out, err := c.ECM.DescribeSecurityGroupPolicies(ctx, ecm.DescribeSecurityGroupPoliciesRequest{SecurityGroupId: attrs["id"]})
	if err != nil {
		return err
	}
	if set := out.SecurityGroupPolicySet; len(set.Ingress)+len(set.Egress) == 0 {
		return &tencent.NotFoundError{Kind: "rules of ECM security group", ID: attrs["id"]}
	}
	return nil
}

// DeleteByState removes every rule of the group behind a state entry, as someone using the console
// would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return clearRules(ctx, c, attrs["id"])
}
