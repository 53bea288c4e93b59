package subnet

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*subnetsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_subnets constructor.
func NewDataSource() datasource.DataSource {
	return &subnetsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type subnetsDataSource struct {
	ecmbase.DataSource
}

func (d *subnetsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM subnets by ID or by filters (DescribeSubnets). `ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":  ecmbase.DataSourceRegionAttribute(),
			"ids":         ecmbase.IDsAttribute("Subnet", idPrefix, "vpc_id", "subnet_name", "cidr_block", "zone", "tags"),
			"vpc_id":      schema.StringAttribute{MarkdownDescription: "Match subnets of this VPC.", Optional: true, Validators: []validator.String{ecmbase.IDValidator("vpc-")}},
			"subnet_name": schema.StringAttribute{MarkdownDescription: "Match subnets whose name contains this value (the API's fuzzy match).", Optional: true},
			"cidr_block":  schema.StringAttribute{MarkdownDescription: "Match subnets whose CIDR block contains this value (the API's fuzzy match).", Optional: true},
			"zone":        schema.StringAttribute{MarkdownDescription: "Match subnets in this availability zone.", Optional: true},
			"tags":        schema.MapAttribute{MarkdownDescription: "Match subnets carrying all these tags.", ElementType: types.StringType, Optional: true},
			"subnets": schema.ListNestedAttribute{
				MarkdownDescription: "The matching subnets.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                         tfutil.ComputedString("Subnet ID."),
					"vpc_id":                     tfutil.ComputedString("VPC ID."),
					"subnet_name":                tfutil.ComputedString("Subnet name."),
					"cidr_block":                 tfutil.ComputedString("IPv4 CIDR block."),
					"zone":                       tfutil.ComputedString("Availability zone."),
					"is_default":                 schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is the zone's default subnet."},
					"enable_broadcast":           schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether broadcast is enabled."},
					"route_table_id":             tfutil.ComputedString("Associated route table ID."),
					"available_ip_address_count": schema.Int64Attribute{Computed: true, MarkdownDescription: "Number of free IP addresses."},
					"created_time":               tfutil.ComputedString("Creation time."),
					"tags":                       schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Tags."},
				}},
			},
		},
	}
}

func (d *subnetsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeSubnetsRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.SubnetIds, false)...)
	request.Filters = data.filters(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	subnets, err := d.Conn().ECM.ListSubnets(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM subnets", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.Subnets = make([]subnetItemModel, len(subnets))
	for i := range subnets {
		data.Subnets[i].fromAPI(&subnets[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
