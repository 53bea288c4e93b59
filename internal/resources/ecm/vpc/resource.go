// Package vpc is the edgecloud_ecm_vpc resource and the edgecloud_ecm_vpcs data source.
package vpc

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const kind = "ECM VPC"

var (
	_ resource.ResourceWithConfigure   = (*vpcResource)(nil)
	_ resource.ResourceWithImportState = (*vpcResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*vpcResource)(nil)
)

// NewResource is the edgecloud_ecm_vpc constructor.
func NewResource() resource.Resource { return &vpcResource{} }

type vpcResource struct {
	conn *conn.Conn
}

func (r *vpcResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_ecm_vpc"
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
			"ecm_region": tfutil.ECMRegionAttribute(),
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
				PlanModifiers:       useStateBool,
			},
			"created_time": schema.StringAttribute{
				MarkdownDescription: "Creation time as the API reports it (`YYYY-MM-DD hh:mm:ss`).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

func (r *vpcResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.conn = tfutil.ConnFrom(req.ProviderData, &resp.Diagnostics)
}

func (r *vpcResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	tfutil.PlanECMRegion(ctx, r.conn, req, resp)
}

func (r *vpcResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.conn.ECM.CreateVpc(ctx, plan.createRequest(ctx, &resp.Diagnostics))
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
	v, err := r.conn.ECM.FindVpcByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if tencent.IsNotFound(err) {
		tfutil.AddRemovedWarning(&resp.Diagnostics, kind, state.ID.ValueString())
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+state.ID.ValueString(), err)
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
	if err := r.conn.ECM.ModifyVpcAttribute(ctx, plan.modifyRequest(ctx, &resp.Diagnostics)); err != nil {
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
	region, id := state.EcmRegion.ValueString(), state.ID.ValueString()
	err := r.conn.ECM.DeleteVpc(ctx, ecm.DeleteVpcRequest{VpcId: id, EcmRegion: region})
	if err != nil && !tencent.IsNotFound(err) {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+id, err)
		return
	}
	if err := r.waitGone(ctx, region, id); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+id+" to be deleted", err)
	}
}

func (r *vpcResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	tfutil.ImportECMState(ctx, r.conn, "vpc-", req, resp)
}

// refresh reads the VPC back after a change and stores it.
func (r *vpcResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	v, err := r.conn.ECM.FindVpcByID(ctx, m.EcmRegion.ValueString(), m.ID.ValueString())
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString()+" after update", err)
		return
	}
	m.fromAPI(v)
	diags.Append(state.Set(ctx, m)...)
}

// waitGone polls until DescribeVpcs no longer returns the VPC.
func (r *vpcResource) waitGone(ctx context.Context, region, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: 5 * time.Minute}
	return tencent.WaitNotFound(ctx, opts, func(ctx context.Context) (string, error) {
		_, err := r.conn.ECM.FindVpcByID(ctx, region, id)
		return "", err
	})
}
