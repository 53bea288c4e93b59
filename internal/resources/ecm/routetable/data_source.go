package routetable

import (
	"context"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*routeTablesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_route_tables constructor.
func NewDataSource() datasource.DataSource {
	return &routeTablesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type routeTablesDataSource struct {
	ecmbase.DataSource
}

func (d *routeTablesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM route tables, with their routes and associated subnets, by ID or by filters (DescribeRouteTables). " +
			"`ids` cannot be combined with the filters, as the API requires. `main = true` with `vpc_id` finds a VPC's main route table.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":       ecmbase.DataSourceRegionAttribute(),
			"ids":              ecmbase.IDsAttribute("route table", idPrefix, "vpc_id", "route_table_name", "main"),
			"vpc_id":           schema.StringAttribute{MarkdownDescription: "Match the tables of this VPC.", Optional: true, Validators: []validator.String{ecmbase.IDValidator("vpc-")}},
			"route_table_name": schema.StringAttribute{MarkdownDescription: "Match tables whose name contains this value (the API's fuzzy match).", Optional: true},
			"main":             schema.BoolAttribute{MarkdownDescription: "Match only main tables (true) or only custom tables (false).", Optional: true},
			"route_tables": schema.ListNestedAttribute{
				MarkdownDescription: "The matching route tables.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":               computed("Route table ID."),
					"vpc_id":           computed("VPC ID."),
					"route_table_name": computed("Name."),
					"main":             schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is the VPC's main route table."},
					"created_time":     computed("Creation time."),
					"subnet_ids":       schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Subnets associated with the table."},
					"routes": schema.ListNestedAttribute{
						Computed:            true,
						MarkdownDescription: "The table's routes.",
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"route_item_id":          computed("Unique route ID (`rti-…`)."),
							"route_id":               schema.Int64Attribute{Computed: true, MarkdownDescription: "Integer route ID, what EnableRoutes, DisableRoutes, ReplaceRoutes and DeleteRoutes take."},
							"destination_cidr_block": computed("Destination IPv4 CIDR block."),
							"gateway_type":           computed("Next-hop type (`NORMAL_CVM` or `EIP`)."),
							"gateway_id":             computed("Next hop."),
							"description":            computed("Description."),
							"enabled":                schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the route is enabled."},
							"route_type":             computed("`USER`, `NETD` or `CCN`."),
						}},
					},
				}},
			},
		},
	}
}

func (d *routeTablesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeRouteTablesRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.RouteTableIds, false)...)
	request.Filters = ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "vpc-id", Value: data.VpcID}, {Name: "route-table-name", Value: data.RouteTableName}})
	if !data.Main.IsNull() && !data.Main.IsUnknown() {
		request.Filters = append(request.Filters, tencent.Filter{Name: "association.main", Values: []string{strconv.FormatBool(data.Main.ValueBool())}})
	}
	if resp.Diagnostics.HasError() {
		return
	}
	tables, err := d.Conn().ECM.ListRouteTables(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM route tables", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.RouteTables = make([]tableItemModel, len(tables))
	for i := range tables {
		data.RouteTables[i].fromAPI(&tables[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
