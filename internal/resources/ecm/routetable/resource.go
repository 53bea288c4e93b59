// Package routetable is the edgecloud_ecm_route_table resource and the edgecloud_ecm_route_tables
// data source.
package routetable

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_route_table"
	DataSourceType = "edgecloud_ecm_route_tables"
	idPrefix       = "rtb-"
	kind           = "ECM route table"
	deleteTimeout  = 5 * time.Minute
	// readBackTimeout bounds how long a change may take to show in DescribeRouteTables.
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*routeTableResource)(nil)
	_ resource.ResourceWithImportState = (*routeTableResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*routeTableResource)(nil)
)

// NewResource is the edgecloud_ecm_route_table constructor.
func NewResource() resource.Resource {
	return &routeTableResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

// routeTableResource is a custom route table. CreateRouteTable and DescribeRouteTables take
// EcmRegion, so it is regional; the other route-table actions name the table alone.
type routeTableResource struct {
	ecmbase.RegionalResource
}

func (r *routeTableResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A custom ECM route table in a VPC (CreateRouteTable, DescribeRouteTables, ModifyRouteTableAttribute, " +
			"DeleteRouteTable). Every VPC also has a main route table that the cloud creates with it and that cannot be deleted; " +
			"subnets use the main table until an `edgecloud_ecm_route_table_association` names another. A table that subnets are " +
			"associated with cannot be deleted (`UnsupportedOperation.DelRouteWithSubnet`): Terraform destroys the associations " +
			"first when they refer to the table. Routes are `edgecloud_ecm_route` resources.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "Route table ID, e.g. `rtb-dqbbc9zc`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "ID of the VPC the table belongs to. Changing it forces a new table.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"route_table_name": schema.StringAttribute{
				MarkdownDescription: "Route table name, up to 60 bytes. Changed in place (ModifyRouteTableAttribute).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1), validate.MaxBytes(60)},
			},
			"main": schema.BoolAttribute{
				MarkdownDescription: "Whether this is the VPC's main route table (always false for a table this resource creates; true after importing a main table, which then cannot be destroyed).",
				Computed:            true,
				PlanModifiers:       []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"created_time": schema.StringAttribute{
				MarkdownDescription: "Creation time as DescribeRouteTables reports it (`YYYY-MM-DD hh:mm:ss`).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

func (r *routeTableResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateRouteTable(ctx, ecm.CreateRouteTableRequest{
		VpcId: plan.VpcID.ValueString(), RouteTableName: plan.RouteTableName.ValueString(), EcmRegion: plan.EcmRegion.ValueString(),
	})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	// The ID first: an interrupted read-back leaves a tracked (tainted) table, never an orphan.
	// CreateRouteTable answers a zero CreatedTime (its example does too): the read-back fills it.
	plan.ID = types.StringValue(out.RouteTable.RouteTableId)
	plan.Main = types.BoolValue(out.RouteTable.Main)
	plan.CreatedTime = types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *routeTableResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	t, err := r.Conn().ECM.FindRouteTableByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(t)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *routeTableResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.Conn().ECM.ModifyRouteTableAttribute(ctx, ecm.ModifyRouteTableAttributeRequest{
		RouteTableId: plan.ID.ValueString(), RouteTableName: plan.RouteTableName.ValueString(),
	}); err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *routeTableResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteRouteTable(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
