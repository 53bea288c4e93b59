package securitygroup

// Helpers behind the CRUD methods: read-back after a change, and the delete path that Delete and
// the sweeper share.

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// refresh reads the security group back after a change, until it shows the change, and stores it.
func (r *securityGroupResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	id := m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	g, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.SecurityGroup, error) {
		return r.Conn().ECM.FindSecurityGroupByID(ctx, id)
	}, m.shows)
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id+" after a change", err)
		return
	}
	m.fromAPI(g)
	diags.Append(state.Set(ctx, m)...)
}

// deleteSecurityGroup deletes the group and waits until DescribeSecurityGroups no longer returns
// it. A group already gone is success.
func deleteSecurityGroup(ctx context.Context, c *conn.Conn, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.DeleteSecurityGroup(ctx, ecm.DeleteSecurityGroupRequest{SecurityGroupId: id})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindSecurityGroupByID(ctx, id)
			return err
		})
}
