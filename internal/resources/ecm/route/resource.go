// Package route is the edgecloud_ecm_route resource: one routing policy of a route table.
package route

import (
	"context"
	"net/netip"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType  = "edgecloud_ecm_route"
	idPrefix      = "rtb-"
	itemPrefix    = "rti-"
	kind          = "ECM route"
	importFormat  = "<route_table_id>/<route_item_id>"
	deleteTimeout = 5 * time.Minute
	// readBackTimeout bounds how long a change may take to show in DescribeRouteTables.
	readBackTimeout = 5 * time.Minute

	gatewayNormalCVM = "NORMAL_CVM"
	gatewayEIP       = "EIP"
)

var (
	_ resource.ResourceWithConfigure      = (*routeResource)(nil)
	_ resource.ResourceWithImportState    = (*routeResource)(nil)
	_ resource.ResourceWithValidateConfig = (*routeResource)(nil)
)

// NewResource is the edgecloud_ecm_route constructor.
func NewResource() resource.Resource {
	return &routeResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

// routeResource: the route actions (CreateRoutes, ReplaceRoutes, EnableRoutes, DisableRoutes,
// DeleteRoutes) take no EcmRegion, so it embeds the global base and is read from
// DescribeRouteTables without a region (every region).
type routeResource struct {
	ecmbase.Resource
}

func (r *routeResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "One route (routing policy) of an ECM route table (CreateRoutes, DescribeRouteTables, ReplaceRoutes, " +
			"EnableRoutes/DisableRoutes, DeleteRoutes). The next hop and description change in place (ReplaceRoutes), `enabled` " +
			"too (EnableRoutes/DisableRoutes); a new destination is a new route. A table holds one route per destination: " +
			"creating a second one fails with `InvalidParameterValue.Duplicate`, and the error names the existing route so that " +
			"it can be imported. The ID is `<route_table_id>/<route_item_id>`: the API's examples identify routes by " +
			"`RouteItemId` (`rti-…`) while its write actions take the Integer `RouteId`, exposed as `route_id`.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<route_table_id>/<route_item_id>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"route_table_id": schema.StringAttribute{
				MarkdownDescription: "ID of the route table (a custom table or a VPC's main table). Changing it forces a new route.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator(idPrefix)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"destination_cidr_block": schema.StringAttribute{
				MarkdownDescription: "Destination IPv4 CIDR block, in canonical form (`0.0.0.0/0` for a default route). It must not lie inside the VPC's own CIDR (`InvalidParameterValue.VpcCidrConflict`). Changing it forces a new route.",
				Required:            true,
				Validators:          []validator.String{validate.IPv4CIDR(validate.CIDROptions{MinPrefix: 0, MaxPrefix: 32})},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"gateway_type": schema.StringAttribute{
				MarkdownDescription: "Next-hop type: `NORMAL_CVM` (an instance's private IP in the VPC) or `EIP` (the public network; `gateway_id` is then `0`). Changed in place.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf(gatewayNormalCVM, gatewayEIP)},
			},
			"gateway_id": schema.StringAttribute{
				MarkdownDescription: "Next hop: for `NORMAL_CVM` an IPv4 address inside the VPC's CIDR, for `EIP` the fixed value `0`. Changed in place.",
				Required:            true,
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Route description. Changed in place.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"enabled": schema.BoolAttribute{
				MarkdownDescription: "Whether the route is enabled (default true). Changed in place with EnableRoutes/DisableRoutes.",
				Optional:            true,
				Computed:            true,
				Default:             booldefault.StaticBool(true),
			},
			"route_item_id": schema.StringAttribute{
				MarkdownDescription: "The route's unique ID (`rti-…`).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"route_id": schema.Int64Attribute{
				MarkdownDescription: "The route's Integer ID, what the API's write actions take.",
				Computed:            true,
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"route_type": schema.StringAttribute{
				MarkdownDescription: "`USER` for a route made here (`NETD` and `CCN` routes are the system's and cannot be managed).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

// ValidateConfig checks the next hop against its type at plan time.
func (r *routeResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m resourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.GatewayType.IsUnknown() || m.GatewayID.IsUnknown() || m.GatewayType.IsNull() || m.GatewayID.IsNull() {
		return
	}
	gw := m.GatewayID.ValueString()
	switch m.GatewayType.ValueString() {
	case gatewayEIP:
		if gw != "0" {
			resp.Diagnostics.AddAttributeError(path.Root("gateway_id"), "Invalid next hop", `When gateway_type is "EIP", gateway_id is fixed at "0"; got "`+gw+`".`)
		}
	case gatewayNormalCVM:
		if a, err := netip.ParseAddr(gw); err != nil || !a.Is4() {
			resp.Diagnostics.AddAttributeError(path.Root("gateway_id"), "Invalid next hop", `When gateway_type is "NORMAL_CVM", gateway_id is the IPv4 address of an instance in the VPC; got "`+gw+`".`)
		}
	}
}

// ImportState accepts "<route_table_id>/<route_item_id>".
func (r *routeResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts, err := tfutil.SplitImportID(req.ID, 2, importFormat)
	if err == nil && (!ecmbase.ValidID(idPrefix, parts[0]) || !ecmbase.ValidID(itemPrefix, parts[1])) {
		err = errInvalidParts
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID", "Expected "+importFormat+" ("+ecmbase.IDShape(idPrefix)+" and "+ecmbase.IDShape(itemPrefix)+`); got "`+req.ID+`".`)
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("route_table_id"), parts[0])...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("route_item_id"), parts[1])...)
}

func (r *routeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.create(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *routeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	_, rt, err := r.Conn().ECM.FindRouteByItemID(ctx, "", state.RouteTableID.ValueString(), state.RouteItemID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(state.RouteTableID.ValueString(), rt)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *routeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.update(ctx, &plan, &state, &resp.State, &resp.Diagnostics)
}

func (r *routeResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteRoute(ctx, r.Conn(), state.RouteTableID.ValueString(), state.RouteItemID.ValueString(), state.RouteID.ValueInt64()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
