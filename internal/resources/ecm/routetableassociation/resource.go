// Package routetableassociation is the edgecloud_ecm_route_table_association resource: which route
// table a subnet uses.
package routetableassociation

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType = "edgecloud_ecm_route_table_association"
	idPrefix     = "subnet-"
	kind         = "ECM route table association"
	// readBackTimeout bounds how long a change may take to show in DescribeSubnets.
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*associationResource)(nil)
	_ resource.ResourceWithImportState = (*associationResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*associationResource)(nil)
)

// NewResource is the edgecloud_ecm_route_table_association constructor.
func NewResource() resource.Resource {
	return &associationResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

// associationResource: ReplaceRouteTableAssociation takes EcmRegion, so it is regional. Its ID is
// the subnet's (a subnet has exactly one table).
type associationResource struct {
	ecmbase.RegionalResource
}

func (r *associationResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Associates an ECM subnet with a route table of its VPC (ReplaceRouteTableAssociation; read from " +
			"DescribeSubnets' `RouteTableId`). A subnet always has exactly one route table, its VPC's main table unless told " +
			"otherwise. The API has no disassociate action: **destroying this resource associates the subnet with its VPC's main " +
			"route table again**. Changing `route_table_id` moves the subnet in place. Manage one subnet's association with one " +
			"resource only. Import with the subnet ID (`<subnet-id>` or `<ecm_region>/<subnet-id>`).",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The subnet ID.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "ID of the subnet. Changing it forces a new association (the old subnet goes back to its main table).",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("subnet-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"route_table_id": schema.StringAttribute{
				MarkdownDescription: "ID of the route table, in the subnet's VPC (another VPC's table is refused with `UnsupportedOperation.VpcMismatch`).",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("rtb-")},
			},
		},
	}
}

type resourceModel struct {
	ID           types.String `tfsdk:"id"`
	EcmRegion    types.String `tfsdk:"ecm_region"`
	SubnetID     types.String `tfsdk:"subnet_id"`
	RouteTableID types.String `tfsdk:"route_table_id"`
}

func (r *associationResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.associate(ctx, &plan, &resp.State, &resp.Diagnostics, "creating")
}

func (r *associationResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	s, err := r.Conn().ECM.FindSubnetByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.SubnetID = types.StringValue(s.SubnetId)
	state.RouteTableID = types.StringValue(s.RouteTableId)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *associationResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.associate(ctx, &plan, &resp.State, &resp.Diagnostics, "updating")
}

func (r *associationResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := backToMain(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" of subnet "+state.ID.ValueString()+" (associating it with its VPC's main route table)", err)
	}
}
