// Package node is the edgecloud_ecm_nodes data source: the ECM edge zones (DescribeNode).
package node

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// DataSourceType is the Terraform type name of this package.
const DataSourceType = "edgecloud_ecm_nodes"

var _ datasource.DataSourceWithConfigure = (*nodesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_nodes constructor.
func NewDataSource() datasource.DataSource {
	return &nodesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type nodesDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	EcmRegion      types.String `tfsdk:"ecm_region"`
	InstanceFamily types.String `tfsdk:"instance_family"`
	Nodes          []nodeModel  `tfsdk:"nodes"`
}

type nodeModel struct {
	Zone         types.String `tfsdk:"zone"`
	ZoneID       types.Int64  `tfsdk:"zone_id"`
	ZoneName     types.String `tfsdk:"zone_name"`
	EcmRegion    types.String `tfsdk:"ecm_region"`
	RegionID     types.Int64  `tfsdk:"region_id"`
	RegionName   types.String `tfsdk:"region_name"`
	CountryName  types.String `tfsdk:"country_name"`
	AreaName     types.String `tfsdk:"area_name"`
	ProvinceName types.String `tfsdk:"province_name"`
	CityName     types.String `tfsdk:"city_name"`
	ISPs         types.List   `tfsdk:"isps"`
}

func (d *nodesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the ECM edge zones (nodes) with their region, place and carriers (DescribeNode): where subnets, " +
			"modules and instances can be created, and which `internet_service_provider` each zone offers.",
		Attributes: map[string]schema.Attribute{
			"ecm_region": schema.StringAttribute{
				MarkdownDescription: "Only the zones of this ECM region, e.g. `ap-hangzhou-ecm` (filtered here: the API lists every node).",
				Optional:            true,
				Validators:          []validator.String{ecmbase.RegionValidator()},
			},
			"instance_family": schema.StringAttribute{MarkdownDescription: "Only the zones that offer this instance family, e.g. `SN3ne`.", Optional: true},
			"nodes": schema.ListNestedAttribute{
				MarkdownDescription: "The matching zones.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"zone":          tfutil.ComputedString("Zone, e.g. `ap-hangzhou-ecm-1`."),
					"zone_id":       schema.Int64Attribute{Computed: true, MarkdownDescription: "Numeric zone ID."},
					"zone_name":     tfutil.ComputedString("Readable zone name."),
					"ecm_region":    tfutil.ComputedString("ECM region of the zone."),
					"region_id":     schema.Int64Attribute{Computed: true, MarkdownDescription: "Numeric region ID."},
					"region_name":   tfutil.ComputedString("Readable region name."),
					"country_name":  tfutil.ComputedString("Country."),
					"area_name":     tfutil.ComputedString("Area, e.g. `East China`."),
					"province_name": tfutil.ComputedString("Province."),
					"city_name":     tfutil.ComputedString("City."),
					"isps":          schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Carriers offered (`CMCC`, `CUCC`, `CTCC`), without the document's `Non-BGP` combination entry."},
				}},
			},
		},
	}
}

func (d *nodesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var request ecm.DescribeNodeRequest
	if !data.InstanceFamily.IsNull() {
		request.Filters = []tencent.Filter{{Name: "InstanceFamily", Values: []string{data.InstanceFamily.ValueString()}}}
	}
	out, err := d.Conn().ECM.DescribeNode(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM nodes", err)
		return
	}
	data.Nodes = []nodeModel{}
	for _, n := range out.NodeSet {
		if !data.EcmRegion.IsNull() && n.RegionInfo.Region != data.EcmRegion.ValueString() {
			continue
		}
		var isps []string
		for _, isp := range n.ISPSet {
			if !strings.Contains(isp.ISPId, ";") { // "CTCC;CUCC;CMCC" is the Non-BGP combination, not a carrier
				isps = append(isps, isp.ISPId)
			}
		}
		list, diags := types.ListValueFrom(ctx, types.StringType, isps)
		resp.Diagnostics.Append(diags...)
		data.Nodes = append(data.Nodes, nodeModel{
			Zone: types.StringValue(n.ZoneInfo.Zone), ZoneID: types.Int64Value(n.ZoneInfo.ZoneId), ZoneName: types.StringValue(n.ZoneInfo.ZoneName),
			EcmRegion: types.StringValue(n.RegionInfo.Region), RegionID: types.Int64Value(n.RegionInfo.RegionId), RegionName: types.StringValue(n.RegionInfo.RegionName),
			CountryName: types.StringValue(n.Country.CountryName), AreaName: types.StringValue(n.Area.AreaName),
			ProvinceName: types.StringValue(n.Province.ProvinceName), CityName: types.StringValue(n.City.CityName), ISPs: list,
		})
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
