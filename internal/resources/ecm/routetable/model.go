package routetable

import (
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

type resourceModel struct {
	ID             types.String `tfsdk:"id"`
	EcmRegion      types.String `tfsdk:"ecm_region"`
	VpcID          types.String `tfsdk:"vpc_id"`
	RouteTableName types.String `tfsdk:"route_table_name"`
	Main           types.Bool   `tfsdk:"main"`
	CreatedTime    types.String `tfsdk:"created_time"`
}

// fromAPI fills everything but ecm_region (RouteTable carries no region; the lookup was made in it).
func (m *resourceModel) fromAPI(t *ecm.RouteTable) {
	m.ID = types.StringValue(t.RouteTableId)
	m.VpcID = types.StringValue(t.VpcId)
	m.RouteTableName = types.StringValue(t.RouteTableName)
	m.Main = types.BoolValue(t.Main)
	m.CreatedTime = types.StringValue(t.CreatedTime)
}

type dataSourceModel struct {
	EcmRegion      types.String     `tfsdk:"ecm_region"`
	IDs            types.List       `tfsdk:"ids"`
	VpcID          types.String     `tfsdk:"vpc_id"`
	RouteTableName types.String     `tfsdk:"route_table_name"`
	Main           types.Bool       `tfsdk:"main"`
	RouteTables    []tableItemModel `tfsdk:"route_tables"`
}

type tableItemModel struct {
	ID             types.String     `tfsdk:"id"`
	VpcID          types.String     `tfsdk:"vpc_id"`
	RouteTableName types.String     `tfsdk:"route_table_name"`
	Main           types.Bool       `tfsdk:"main"`
	CreatedTime    types.String     `tfsdk:"created_time"`
	SubnetIDs      []types.String   `tfsdk:"subnet_ids"`
	Routes         []routeItemModel `tfsdk:"routes"`
}

type routeItemModel struct {
	RouteItemID          types.String `tfsdk:"route_item_id"`
	RouteID              types.Int64  `tfsdk:"route_id"`
	DestinationCidrBlock types.String `tfsdk:"destination_cidr_block"`
	GatewayType          types.String `tfsdk:"gateway_type"`
	GatewayID            types.String `tfsdk:"gateway_id"`
	Description          types.String `tfsdk:"description"`
	Enabled              types.Bool   `tfsdk:"enabled"`
	RouteType            types.String `tfsdk:"route_type"`
}

func (m *tableItemModel) fromAPI(t *ecm.RouteTable) {
	m.ID = types.StringValue(t.RouteTableId)
	m.VpcID = types.StringValue(t.VpcId)
	m.RouteTableName = types.StringValue(t.RouteTableName)
	m.Main = types.BoolValue(t.Main)
	m.CreatedTime = types.StringValue(t.CreatedTime)
	m.SubnetIDs = make([]types.String, len(t.AssociationSet))
	for i, a := range t.AssociationSet {
		m.SubnetIDs[i] = types.StringValue(a.SubnetId)
	}
	m.Routes = make([]routeItemModel, len(t.RouteSet))
	for i, r := range t.RouteSet {
		m.Routes[i] = routeItemModel{
			RouteItemID:          types.StringValue(r.RouteItemId),
			RouteID:              types.Int64Value(r.RouteId),
			DestinationCidrBlock: types.StringValue(r.DestinationCidrBlock),
			GatewayType:          types.StringValue(r.GatewayType),
			GatewayID:            types.StringValue(r.GatewayId),
			Description:          types.StringValue(r.RouteDescription),
			// The document's examples omit Enabled; a route without it is taken as enabled.
			Enabled:   types.BoolValue(r.Enabled == nil || *r.Enabled),
			RouteType: types.StringValue(r.RouteType),
		}
	}
}
