// Package vpc is the edgecloud_ecm_vpc resource and the edgecloud_ecm_vpcs data source.
package vpc

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
	ResourceType   = "edgecloud_ecm_vpc"
	DataSourceType = "edgecloud_ecm_vpcs"
	idPrefix       = "vpc-"
	kind           = "ECM VPC"
	deleteTimeout  = 5 * time.Minute
	// readBackTimeout bounds how long a change may take to show in DescribeVpcs.
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*vpcResource)(nil)
	_ resource.ResourceWithImportState = (*vpcResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*vpcResource)(nil)
)

// NewResource is the edgecloud_ecm_vpc constructor.
func NewResource() resource.Resource {
	return &vpcResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

// vpcResource is the reference resource: a new resource copies its shape (ARCHITECTURE.md,
// "A new resource").
type vpcResource struct {
	ecmbase.RegionalResource
}

func (r *vpcResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM VPC: a private network in one ECM region (CreateVpc, DescribeVpcs, ModifyVpcAttribute, DeleteVpc).",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "VPC ID, e.g. `vpc-gynsaui3`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"vpc_name": schema.StringAttribute{
				MarkdownDescription: "VPC name, up to 60 bytes.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1), validate.MaxBytes(60)},
			},
			"cidr_block": schema.StringAttribute{
				MarkdownDescription: "IPv4 CIDR block, /16 to /28, inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Changing it forces a new VPC.",
				Required:            true,
				Validators:          []validator.String{validate.IPv4CIDR(validate.CIDROptions{MinPrefix: 16, MaxPrefix: 28, Private: true})},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description of the VPC.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 100)},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags of the VPC.",
				ElementType:         types.StringType,
				Optional:            true,
			},
			"is_default": schema.BoolAttribute{
				MarkdownDescription: "Whether this is the region's default VPC.",
				Computed:            true,
				PlanModifiers:       []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"created_time": schema.StringAttribute{
				MarkdownDescription: "Creation time as the API reports it (`YYYY-MM-DD hh:mm:ss`).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

func (r *vpcResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateVpc(ctx, plan.createRequest(ctx, &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	plan.fromAPI(&out.Vpc)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *vpcResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	v, err := r.Conn().ECM.FindVpcByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(v)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *vpcResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.Conn().ECM.ModifyVpcAttribute(ctx, plan.modifyRequest(ctx, &resp.Diagnostics)); err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *vpcResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteVPC(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
