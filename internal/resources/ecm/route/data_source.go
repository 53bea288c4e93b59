package route

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ConflictsDataSourceType is the Terraform type name of the route conflicts data source.
const ConflictsDataSourceType = "edgecloud_ecm_route_conflicts"

var _ datasource.DataSourceWithConfigure = (*conflictsDataSource)(nil)

// NewConflictsDataSource is the edgecloud_ecm_route_conflicts constructor.
func NewConflictsDataSource() datasource.DataSource {
	return &conflictsDataSource{DataSource: ecmbase.NewDataSource(ConflictsDataSourceType)}
}

type conflictsDataSource struct {
	ecmbase.DataSource
}

type conflictsModel struct {
	RouteTableID          types.String    `tfsdk:"route_table_id"`
	DestinationCidrBlocks []types.String  `tfsdk:"destination_cidr_blocks"`
	Conflicts             []conflictModel `tfsdk:"conflicts"`
}

type conflictModel struct {
	DestinationCidrBlock types.String `tfsdk:"destination_cidr_block"`
	RouteItemIDs         []string     `tfsdk:"route_item_ids"`
	RouteIDs             []int64      `tfsdk:"route_ids"`
}

func (d *conflictsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The routes of a route table that conflict with the given destinations (DescribeRouteConflicts): use it " +
			"in a precondition before adding routes. Only destinations with a conflict are listed.",
		Attributes: map[string]schema.Attribute{
			"route_table_id": schema.StringAttribute{
				MarkdownDescription: "ID of the route table.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator(idPrefix)},
			},
			"destination_cidr_blocks": schema.ListAttribute{
				MarkdownDescription: "Destinations (IPv4 CIDR blocks) to check.",
				Required:            true,
				ElementType:         types.StringType,
				Validators: []validator.List{listvalidator.SizeAtLeast(1), listvalidator.ValueStringsAre(
					validate.IPv4CIDR(validate.CIDROptions{MinPrefix: 0, MaxPrefix: 32}))},
			},
			"conflicts": schema.ListNestedAttribute{
				MarkdownDescription: "One entry per destination that conflicts.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"destination_cidr_block": schema.StringAttribute{Computed: true, MarkdownDescription: "The destination checked."},
					"route_item_ids":         schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "The conflicting routes (`rti-…`)."},
					"route_ids":              schema.ListAttribute{Computed: true, ElementType: types.Int64Type, MarkdownDescription: "Their Integer route IDs."},
				}},
			},
		},
	}
}

func (d *conflictsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data conflictsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeRouteConflictsRequest{RouteTableId: data.RouteTableID.ValueString()}
	for _, c := range data.DestinationCidrBlocks {
		request.DestinationCidrBlocks = append(request.DestinationCidrBlocks, c.ValueString())
	}
	out, err := d.Conn().ECM.DescribeRouteConflicts(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the route conflicts of "+request.RouteTableId, err)
		return
	}
	data.Conflicts = make([]conflictModel, 0, len(out.RouteConflictSet))
	for _, c := range out.RouteConflictSet {
		m := conflictModel{DestinationCidrBlock: types.StringValue(c.DestinationCidrBlock), RouteItemIDs: []string{}, RouteIDs: []int64{}}
		for _, r := range c.ConflictSet {
			m.RouteItemIDs = append(m.RouteItemIDs, r.RouteItemId)
			m.RouteIDs = append(m.RouteIDs, r.RouteId)
		}
		data.Conflicts = append(data.Conflicts, m)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
