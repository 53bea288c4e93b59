package vpc

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*vpcsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_vpcs constructor.
func NewDataSource() datasource.DataSource {
	return &vpcsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type vpcsDataSource struct {
	ecmbase.DataSource
}

func (d *vpcsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM VPCs by ID or by filters (DescribeVpcs). `ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ecm_region": ecmbase.DataSourceRegionAttribute(),
			"ids":        ecmbase.IDsAttribute("VPC", idPrefix, "vpc_name", "cidr_block", "tags"),
			"vpc_name":   schema.StringAttribute{MarkdownDescription: "Match VPCs whose name contains this value (the API's fuzzy match).", Optional: true},
			"cidr_block": schema.StringAttribute{MarkdownDescription: "Match VPCs whose CIDR block contains this value (the API's fuzzy match).", Optional: true},
			"tags":       schema.MapAttribute{MarkdownDescription: "Match VPCs carrying all these tags.", ElementType: types.StringType, Optional: true},
			"vpcs": schema.ListNestedAttribute{
				MarkdownDescription: "The matching VPCs.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":             schema.StringAttribute{Computed: true, MarkdownDescription: "VPC ID."},
					"vpc_name":       schema.StringAttribute{Computed: true, MarkdownDescription: "VPC name."},
					"cidr_block":     schema.StringAttribute{Computed: true, MarkdownDescription: "IPv4 CIDR block."},
					"description":    schema.StringAttribute{Computed: true, MarkdownDescription: "Description."},
					"is_default":     schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is the default VPC."},
					"created_time":   schema.StringAttribute{Computed: true, MarkdownDescription: "Creation time."},
					"region_name":    schema.StringAttribute{Computed: true, MarkdownDescription: "Human-readable region name."},
					"subnet_count":   schema.Int64Attribute{Computed: true, MarkdownDescription: "Number of subnets."},
					"instance_count": schema.Int64Attribute{Computed: true, MarkdownDescription: "Number of instances."},
					"tags":           schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Tags."},
				}},
			},
		},
	}
}

func (d *vpcsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeVpcsRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.VpcIds, false)...)
	request.Filters = data.filters(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	vpcs, err := d.Conn().ECM.ListVpcs(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM VPCs", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.Vpcs = make([]vpcItemModel, len(vpcs))
	for i := range vpcs {
		data.Vpcs[i].fromAPI(&vpcs[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
