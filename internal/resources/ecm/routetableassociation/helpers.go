package routetableassociation

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// associate points the subnet at the planned table, then reads the subnet back until it shows it.
func (r *associationResource) associate(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics, verb string) {
	region, subnet, table := m.EcmRegion.ValueString(), m.SubnetID.ValueString(), m.RouteTableID.ValueString()
	if err := r.Conn().ECM.ReplaceRouteTableAssociation(ctx, ecm.ReplaceRouteTableAssociationRequest{
		SubnetId: subnet, RouteTableId: table, EcmRegion: region,
	}); err != nil {
		tfutil.AddError(diags, verb+" "+kind+" of subnet "+subnet+" with "+table, err)
		return
	}
	m.ID = types.StringValue(subnet)
	opts := wait.Options{Description: "ECM subnet " + subnet + " showing route table " + table, Timeout: readBackTimeout}
	if _, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Subnet, error) {
		return r.Conn().ECM.FindSubnetByID(ctx, region, subnet)
	}, func(s *ecm.Subnet) bool { return s.RouteTableId == table }); err != nil {
		diags.Append(state.Set(ctx, m)...) // associated: tracked even if the read-back failed
		tfutil.AddError(diags, "reading ECM subnet "+subnet+" after associating it", err)
		return
	}
	diags.Append(state.Set(ctx, m)...)
}

// backToMain associates the subnet with its VPC's main route table again (the API has no
// disassociate action). A subnet already gone, or already on its main table, is success.
func backToMain(ctx context.Context, c *conn.Conn, region, subnetID string) error {
	s, err := c.ECM.FindSubnetByID(ctx, region, subnetID)
	if tencent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	main, err := c.ECM.FindMainRouteTable(ctx, region, s.VpcId)
	if err != nil {
		return err
	}
	if s.RouteTableId == main.RouteTableId {
		return nil
	}
	err = c.ECM.ReplaceRouteTableAssociation(ctx, ecm.ReplaceRouteTableAssociationRequest{SubnetId: subnetID, RouteTableId: main.RouteTableId, EcmRegion: region})
	if err != nil && !tencent.IsNotFound(err) {
		return err
	}
	return nil
}

// FindByState reports the association gone when the subnet is gone or uses its VPC's main table
// again (what destroying it leaves).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	s, err := c.ECM.FindSubnetByID(ctx, attrs["ecm_region"], attrs["id"])
	if err != nil {
		return err
	}
	main, err := c.ECM.FindMainRouteTable(ctx, attrs["ecm_region"], s.VpcId)
	if err != nil {
		return err
	}
	if s.RouteTableId == main.RouteTableId && attrs["route_table_id"] != main.RouteTableId {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return nil
}

// DeleteByState removes the association outside Terraform (the subnet goes back to its main table).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return backToMain(ctx, c, attrs["ecm_region"], attrs["id"])
}
