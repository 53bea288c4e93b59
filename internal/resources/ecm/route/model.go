package route

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var errInvalidParts = errors.New("malformed route table or route item ID")

type resourceModel struct {
	ID                   types.String `tfsdk:"id"`
	RouteTableID         types.String `tfsdk:"route_table_id"`
	DestinationCidrBlock types.String `tfsdk:"destination_cidr_block"`
	GatewayType          types.String `tfsdk:"gateway_type"`
	GatewayID            types.String `tfsdk:"gateway_id"`
	Description          types.String `tfsdk:"description"`
	Enabled              types.Bool   `tfsdk:"enabled"`
	RouteItemID          types.String `tfsdk:"route_item_id"`
	RouteID              types.Int64  `tfsdk:"route_id"`
	RouteType            types.String `tfsdk:"route_type"`
}

// apiRoute is the route as CreateRoutes and ReplaceRoutes take it.
func (m *resourceModel) apiRoute() ecm.Route {
	return ecm.Route{
		DestinationCidrBlock: m.DestinationCidrBlock.ValueString(),
		GatewayType:          m.GatewayType.ValueString(),
		GatewayId:            m.GatewayID.ValueString(),
		RouteDescription:     m.Description.ValueString(),
	}
}

func (m *resourceModel) fromAPI(tableID string, r *ecm.Route) {
	m.ID = types.StringValue(tfutil.JoinImportID(tableID, r.RouteItemId))
	m.RouteTableID = types.StringValue(tableID)
	m.DestinationCidrBlock = types.StringValue(r.DestinationCidrBlock)
	m.GatewayType = types.StringValue(r.GatewayType)
	m.GatewayID = types.StringValue(r.GatewayId)
	m.Description = tfutil.OptionalString(r.RouteDescription)
	// The document's examples omit Enabled; a route without it is taken as enabled.
	m.Enabled = types.BoolValue(r.Enabled == nil || *r.Enabled)
	m.RouteItemID = types.StringValue(r.RouteItemId)
	m.RouteID = types.Int64Value(r.RouteId)
	m.RouteType = types.StringValue(r.RouteType)
}

// shows reports whether the API's route carries what this model would write.
func (m *resourceModel) shows(r *ecm.Route) bool {
	var got resourceModel
	got.fromAPI(m.RouteTableID.ValueString(), r)
	return got.GatewayType.Equal(m.GatewayType) && got.GatewayID.Equal(m.GatewayID) && got.Description.Equal(m.Description) && got.Enabled.Equal(m.Enabled)
}
