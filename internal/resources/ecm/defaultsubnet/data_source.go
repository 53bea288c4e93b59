package defaultsubnet

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*defaultSubnetDataSource)(nil)

// NewDataSource is the edgecloud_ecm_default_subnet data source constructor.
func NewDataSource() datasource.DataSource {
	return &defaultSubnetDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type defaultSubnetDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	EcmRegion               types.String `tfsdk:"ecm_region"`
	Zone                    types.String `tfsdk:"zone"`
	SubnetID                types.String `tfsdk:"subnet_id"`
	VpcID                   types.String `tfsdk:"vpc_id"`
	SubnetName              types.String `tfsdk:"subnet_name"`
	CidrBlock               types.String `tfsdk:"cidr_block"`
	RouteTableID            types.String `tfsdk:"route_table_id"`
	AvailableIPAddressCount types.Int64  `tfsdk:"available_ip_address_count"`
}

func (d *defaultSubnetDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The default subnet of an ECM availability zone (DescribeDefaultSubnet). The subnet attributes are null when the zone has none.",
		Attributes: map[string]schema.Attribute{
			"ecm_region": ecmbase.DataSourceRegionAttribute(),
			"zone": schema.StringAttribute{
				MarkdownDescription: "Availability zone, e.g. `ap-hangzhou-ecm-1`.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(zonePattern, "must be an ECM zone name such as ap-hangzhou-ecm-1")},
			},
			"subnet_id":                  computed("ID of the zone's default subnet."),
			"vpc_id":                     computed("Its VPC."),
			"subnet_name":                computed("Its name."),
			"cidr_block":                 computed("Its CIDR block."),
			"route_table_id":             computed("The route table it is associated with."),
			"available_ip_address_count": schema.Int64Attribute{Computed: true, MarkdownDescription: "Free addresses in it."},
		},
	}
}

func (d *defaultSubnetDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region := ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	s, err := d.Conn().ECM.DescribeDefaultSubnet(ctx, ecm.DescribeDefaultSubnetRequest{EcmRegion: region, Zone: data.Zone.ValueString()})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the default subnet of "+data.Zone.ValueString(), err)
		return
	}
	data.EcmRegion = types.StringValue(region)
	data.SubnetID, data.VpcID, data.SubnetName, data.CidrBlock, data.RouteTableID = types.StringNull(), types.StringNull(), types.StringNull(), types.StringNull(), types.StringNull()
	data.AvailableIPAddressCount = types.Int64Null()
	if s != nil {
		data.SubnetID, data.VpcID, data.SubnetName = types.StringValue(s.SubnetId), types.StringValue(s.VpcId), types.StringValue(s.SubnetName)
		data.CidrBlock, data.RouteTableID = types.StringValue(s.CidrBlock), types.StringValue(s.RouteTableId)
		data.AvailableIPAddressCount = types.Int64Value(s.AvailableIpAddressCount)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
