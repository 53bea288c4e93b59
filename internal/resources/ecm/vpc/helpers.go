package vpc

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

// refresh reads the VPC back after a change, until it shows the change (the API may be eventually
// consistent), and stores it.
func (r *vpcResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	region, id := m.EcmRegion.ValueString(), m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	v, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.VpcInfo, error) {
		return r.Conn().ECM.FindVpcByID(ctx, region, id)
	}, m.shows)
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString()+" after a change", err)
		return
	}
	m.fromAPI(v)
	diags.Append(state.Set(ctx, m)...)
}

// deleteVPC deletes the VPC and waits until DescribeVpcs no longer returns it. A VPC already gone
// is success.
func deleteVPC(ctx context.Context, c *conn.Conn, region, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.DeleteVpc(ctx, ecm.DeleteVpcRequest{VpcId: id, EcmRegion: region})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindVpcByID(ctx, region, id)
			return err
		})
}
