// Package subnet is the edgecloud_ecm_subnet resource and the edgecloud_ecm_subnets data source.
package subnet

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
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_subnet"
	DataSourceType = "edgecloud_ecm_subnets"
	idPrefix       = "subnet-"
	kind           = "ECM subnet"
	deleteTimeout  = 5 * time.Minute
	// readBackTimeout bounds how long a change may take to show in DescribeSubnets.
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*subnetResource)(nil)
	_ resource.ResourceWithImportState = (*subnetResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*subnetResource)(nil)
)

// NewResource is the edgecloud_ecm_subnet constructor.
func NewResource() resource.Resource {
	return &subnetResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

type subnetResource struct {
	ecmbase.RegionalResource
}

func (r *subnetResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM subnet: an IPv4 range of a VPC in one availability zone (CreateSubnet, DescribeSubnets, ModifySubnetAttribute, DeleteSubnet).",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "Subnet ID, e.g. `subnet-heaa1hzo`.", Computed: true, PlanModifiers: useState},
			"ecm_region": ecmbase.RegionAttribute(),
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "ID of the VPC the subnet belongs to. Changing it forces a new subnet.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
				PlanModifiers:       replace,
			},
			"subnet_name": schema.StringAttribute{
				MarkdownDescription: "Subnet name, up to 60 bytes.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1), validate.MaxBytes(60)},
			},
			"cidr_block": schema.StringAttribute{
				MarkdownDescription: "IPv4 CIDR block inside the VPC's range, not overlapping the VPC's other subnets. Changing it forces a new subnet.",
				Required:            true,
				Validators:          []validator.String{validate.IPv4CIDR(validate.CIDROptions{MinPrefix: 16, MaxPrefix: 28, Private: true})},
				PlanModifiers:       replace,
			},
			"zone": schema.StringAttribute{
				MarkdownDescription: "Availability zone, e.g. `ap-hangzhou-ecm-1`. Changing it forces a new subnet.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers:       replace,
			},
			"enable_broadcast": schema.BoolAttribute{
				MarkdownDescription: "Whether broadcast is enabled in the subnet.",
				Optional:            true,
				Computed:            true,
				PlanModifiers:       []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"tags":           schema.MapAttribute{MarkdownDescription: "Tags of the subnet.", ElementType: types.StringType, Optional: true},
			"route_table_id": schema.StringAttribute{MarkdownDescription: "ID of the route table associated with the subnet.", Computed: true, PlanModifiers: useState},
			"vpc_cidr_block": schema.StringAttribute{MarkdownDescription: "CIDR block of the VPC.", Computed: true, PlanModifiers: useState},
			"created_time":   schema.StringAttribute{MarkdownDescription: "Creation time as the API reports it.", Computed: true, PlanModifiers: useState},
		},
	}
}

func (r *subnetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateSubnet(ctx, plan.createRequest(ctx, &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	wantBroadcast := plan.EnableBroadcast
	plan.fromAPI(&out.Subnet)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if wantBroadcast.IsUnknown() || wantBroadcast.IsNull() || wantBroadcast.Equal(plan.EnableBroadcast) {
		return
	}
	// CreateSubnet has no broadcast parameter. The subnet is already in state, so a failure here
	// leaves it tainted rather than lost.
	plan.EnableBroadcast = wantBroadcast
	if err := r.Conn().ECM.ModifySubnetAttribute(ctx, plan.modifyRequest(ctx, &resp.Diagnostics)); err != nil {
		tfutil.AddError(&resp.Diagnostics, "setting enable_broadcast on "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *subnetResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	s, err := r.Conn().ECM.FindSubnetByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(s)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *subnetResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.Conn().ECM.ModifySubnetAttribute(ctx, plan.modifyRequest(ctx, &resp.Diagnostics)); err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *subnetResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteSubnet(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
