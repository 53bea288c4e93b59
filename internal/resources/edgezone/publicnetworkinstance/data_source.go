package publicnetworkinstance

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*instancesDataSource)(nil)

// NewDataSource is the edgecloud_edgezone_public_network_instances constructor.
func NewDataSource() datasource.DataSource {
	return &instancesDataSource{DataSource: regionbase.NewDataSource(DataSourceType, regionbase.Tencent)}
}

type instancesDataSource struct {
	regionbase.DataSource
}

func dsSegments(what string) schema.ListNestedAttribute {
	return schema.ListNestedAttribute{
		MarkdownDescription: what,
		Computed:            true,
		NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
			"cidr":    schema.StringAttribute{Computed: true, MarkdownDescription: "The CIDR block."},
			"gateway": schema.StringAttribute{Computed: true, MarkdownDescription: "Its gateway address."},
		}},
	}
}

func (d *instancesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the Tencent EdgeZone public network instances of a region (DescribePublicNetworkInstances, every page), " +
			"optionally only those with the given IDs, name or zone. Every filter matches exactly.",
		Attributes: map[string]schema.Attribute{
			"region": regionbase.DataSourceAttribute(regionbase.Tencent),
			"ids": schema.ListAttribute{
				MarkdownDescription: "Only these instances (`epn-…`).",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.List{listvalidator.ValueStringsAre(IDValidator())},
			},
			"name": schema.StringAttribute{
				MarkdownDescription: "Only instances with exactly this name.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"zone_id": schema.StringAttribute{
				MarkdownDescription: "Only the instance of this zone (a zone holds at most one).",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(ZonePattern, "must be an EdgeZone zone such as ap-guangzhou-ez-1")},
			},
			"public_network_instances": schema.ListNestedAttribute{
				MarkdownDescription: "The matching instances, oldest first as the API lists them.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":           schema.StringAttribute{Computed: true, MarkdownDescription: "Instance ID."},
					"zone_id":      schema.StringAttribute{Computed: true, MarkdownDescription: "Availability zone."},
					"name":         schema.StringAttribute{Computed: true, MarkdownDescription: "Name."},
					"line":         schema.StringAttribute{Computed: true, MarkdownDescription: "Network line."},
					"route_mode":   schema.StringAttribute{Computed: true, MarkdownDescription: "`STATIC`, `BGP` or `OSPF` (always upper case)."},
					"bandwidth":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Bandwidth in Mbps."},
					"ipv4_cidrs":   dsSegments("IPv4 CIDR blocks (BGP/OSPF)."),
					"ipv6_cidrs":   dsSegments("IPv6 CIDR blocks (BGP/OSPF)."),
					"server_count": schema.Int64Attribute{Computed: true, MarkdownDescription: "Physical servers using it."},
					"ipv4_count":   schema.Int64Attribute{Computed: true, MarkdownDescription: "IPv4 addresses applied for."},
					"ipv6_count":   schema.Int64Attribute{Computed: true, MarkdownDescription: "IPv6 addresses applied for."},
					"created_at":   schema.StringAttribute{Computed: true, MarkdownDescription: "Creation time."},
					"updated_at":   schema.StringAttribute{Computed: true, MarkdownDescription: "Last change."},
				}},
			},
		},
	}
}

func (d *instancesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region := d.Region(data.Region, &resp.Diagnostics)
	var ids []string
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &ids, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := edgezone.DescribePublicNetworkInstancesRequest{NetworkInstanceName: data.Name.ValueString(), ZoneId: data.ZoneID.ValueString()}
	if len(ids) == 1 {
		request.NetworkInstanceId = ids[0] // the API filters by one ID; several are matched below
	}
	found, err := d.Conn().EdgeZone.ListPublicNetworkInstances(ctx, region, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing EdgeZone public network instances in "+region, err)
		return
	}
	data.Region = types.StringValue(region)
	data.Instances = []instanceModel{}
	for i := range found {
		if !data.IDs.IsNull() && !slices.Contains(ids, found[i].NetworkInstanceId) {
			continue
		}
		var m instanceModel
		m.fromAPI(&found[i])
		data.Instances = append(data.Instances, m)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
