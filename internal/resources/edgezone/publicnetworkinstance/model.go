package publicnetworkinstance

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID          types.String `tfsdk:"id"`
	Region      types.String `tfsdk:"region"`
	ZoneID      types.String `tfsdk:"zone_id"`
	Name        types.String `tfsdk:"name"`
	Line        types.String `tfsdk:"line"`
	RouteMode   types.String `tfsdk:"route_mode"`
	Bandwidth   types.Int64  `tfsdk:"bandwidth"`
	Ipv4Cidrs   types.List   `tfsdk:"ipv4_cidrs"`
	Ipv6Cidrs   types.List   `tfsdk:"ipv6_cidrs"`
	ServerCount types.Int64  `tfsdk:"server_count"`
	Ipv4Count   types.Int64  `tfsdk:"ipv4_count"`
	Ipv6Count   types.Int64  `tfsdk:"ipv6_count"`
	CreatedAt   types.String `tfsdk:"created_at"`
}

func (m *resourceModel) createRequest() edgezone.CreatePublicNetworkInstanceRequest {
	return edgezone.CreatePublicNetworkInstanceRequest{
		ZoneId:              m.ZoneID.ValueString(),
		NetworkInstanceName: m.Name.ValueString(),
		Line:                m.Line.ValueString(),
		RouteMode:           m.RouteMode.ValueString(),
		Bandwidth:           m.Bandwidth.ValueInt64(),
	}
}

// fromAPI stores what the API reports. The route mode is stored in its canonical (upper-case)
// spelling, except that a write keeps the planned spelling of the same mode (afterWrite), as
// Terraform requires; the next refresh stores the canonical one, and KeepStateSpelling keeps that
// plan empty.
func (m *resourceModel) fromAPI(i *edgezone.PublicNetworkInstanceInfo, afterWrite bool) {
	m.ID = types.StringValue(i.NetworkInstanceId)
	m.ZoneID = types.StringValue(i.ZoneId)
	m.Name = types.StringValue(i.NetworkInstanceName)
	m.Line = types.StringValue(i.Line)
	if afterWrite {
		m.RouteMode = tfutil.SpellingOf(m.RouteMode, edgezone.CanonicalRouteMode(i.RouteMode))
	} else {
		m.RouteMode = types.StringValue(edgezone.CanonicalRouteMode(i.RouteMode))
	}
	m.Bandwidth = types.Int64Value(i.Bandwidth)
	m.Ipv4Cidrs = segmentsFromAPI(i.Ipv4CidrSet)
	m.Ipv6Cidrs = segmentsFromAPI(i.Ipv6CidrSet)
	m.ServerCount = types.Int64Value(i.ServerCount)
	m.Ipv4Count = types.Int64Value(i.Ipv4Count)
	m.Ipv6Count = types.Int64Value(i.Ipv6Count)
	m.CreatedAt = types.StringValue(i.CreatedAt)
}

// nullUnknowns replaces the values still unknown after the create call with nulls, so that the ID
// can be saved before the read-back (an interrupted read-back leaves a tainted instance, not an orphan).
func (m *resourceModel) nullUnknowns() {
	if m.Ipv4Cidrs.IsUnknown() {
		m.Ipv4Cidrs = types.ListNull(segmentType)
	}
	if m.Ipv6Cidrs.IsUnknown() {
		m.Ipv6Cidrs = types.ListNull(segmentType)
	}
	for _, v := range []*types.Int64{&m.ServerCount, &m.Ipv4Count, &m.Ipv6Count} {
		if v.IsUnknown() {
			*v = types.Int64Null()
		}
	}
	if m.CreatedAt.IsUnknown() {
		m.CreatedAt = types.StringNull()
	}
}

// segmentsFromAPI is a CIDR set as a list (empty, not null, when the API has none or answers null).
func segmentsFromAPI(set []edgezone.PublicNetworkSegment) types.List {
	elems := make([]attr.Value, len(set))
	for i, s := range set {
		elems[i] = types.ObjectValueMust(segmentType.AttrTypes, map[string]attr.Value{
			"cidr": types.StringValue(s.Cidr), "gateway": types.StringValue(s.Gateway),
		})
	}
	return types.ListValueMust(segmentType, elems)
}

type dataSourceModel struct {
	Region    types.String    `tfsdk:"region"`
	IDs       types.List      `tfsdk:"ids"`
	Name      types.String    `tfsdk:"name"`
	ZoneID    types.String    `tfsdk:"zone_id"`
	Instances []instanceModel `tfsdk:"public_network_instances"`
}

type instanceModel struct {
	ID          types.String `tfsdk:"id"`
	ZoneID      types.String `tfsdk:"zone_id"`
	Name        types.String `tfsdk:"name"`
	Line        types.String `tfsdk:"line"`
	RouteMode   types.String `tfsdk:"route_mode"`
	Bandwidth   types.Int64  `tfsdk:"bandwidth"`
	Ipv4Cidrs   types.List   `tfsdk:"ipv4_cidrs"`
	Ipv6Cidrs   types.List   `tfsdk:"ipv6_cidrs"`
	ServerCount types.Int64  `tfsdk:"server_count"`
	Ipv4Count   types.Int64  `tfsdk:"ipv4_count"`
	Ipv6Count   types.Int64  `tfsdk:"ipv6_count"`
	CreatedAt   types.String `tfsdk:"created_at"`
	UpdatedAt   types.String `tfsdk:"updated_at"`
}

func (m *instanceModel) fromAPI(i *edgezone.PublicNetworkInstanceInfo) {
	var r resourceModel
	r.fromAPI(i, false)
	*m = instanceModel{
		ID: r.ID, ZoneID: r.ZoneID, Name: r.Name, Line: r.Line, RouteMode: r.RouteMode, Bandwidth: r.Bandwidth,
		Ipv4Cidrs: r.Ipv4Cidrs, Ipv6Cidrs: r.Ipv6Cidrs, ServerCount: r.ServerCount, Ipv4Count: r.Ipv4Count, Ipv6Count: r.Ipv6Count,
		CreatedAt: r.CreatedAt, UpdatedAt: types.StringValue(i.UpdatedAt),
	}
}
