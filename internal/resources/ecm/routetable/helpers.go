package routetable

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

// refresh reads the table back after a change, until it shows the change, and stores it.
func (r *routeTableResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	region, id := m.EcmRegion.ValueString(), m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	t, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.RouteTable, error) {
		return r.Conn().ECM.FindRouteTableByID(ctx, region, id)
	}, func(t *ecm.RouteTable) bool { return t.RouteTableName == m.RouteTableName.ValueString() })
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id+" after a change", err)
		return
	}
	m.fromAPI(t)
	diags.Append(state.Set(ctx, m)...)
}

// deleteRouteTable deletes the table and waits until DescribeRouteTables no longer returns it. A
// table already gone is success.
func deleteRouteTable(ctx context.Context, c *conn.Conn, region, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.DeleteRouteTable(ctx, ecm.DeleteRouteTableRequest{RouteTableId: id})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindRouteTableByID(ctx, region, id)
			return err
		})
}
