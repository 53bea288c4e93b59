package subnet

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

// refresh reads the subnet back after a change, until it shows the change (the API may be
// eventually consistent), and stores it.
func (r *subnetResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	region, id := m.EcmRegion.ValueString(), m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	s, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Subnet, error) {
		return r.Conn().ECM.FindSubnetByID(ctx, region, id)
	}, m.shows)
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString()+" after a change", err)
		return
	}
	m.fromAPI(s)
	diags.Append(state.Set(ctx, m)...)
}

// deleteSubnet deletes the subnet and waits until DescribeSubnets no longer returns it. A subnet
// already gone is success.
func deleteSubnet(ctx context.Context, c *conn.Conn, region, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.DeleteSubnet(ctx, ecm.DeleteSubnetRequest{SubnetId: id, EcmRegion: region})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindSubnetByID(ctx, region, id)
			return err
		})
}
