// Package havip is the edgecloud_ecm_havip resource and the edgecloud_ecm_havips data source.
package havip

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_havip"
	DataSourceType = "edgecloud_ecm_havips"
	idPrefix       = "havip-"
	kind           = "ECM HAVIP"
	deleteTimeout  = 5 * time.Minute
	// readBackTimeout bounds how long a change may take to show in DescribeHaVips.
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*haVipResource)(nil)
	_ resource.ResourceWithImportState = (*haVipResource)(nil)
)

// NewResource is the edgecloud_ecm_havip constructor.
func NewResource() resource.Resource {
	return &haVipResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

// haVipResource: CreateHaVip, ModifyHaVipAttribute and DeleteHaVip take no EcmRegion (an HAVIP lives
// in its VPC's region), so it embeds the global base and reads DescribeHaVips across regions.
type haVipResource struct {
	ecmbase.Resource
}

func (r *haVipResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM HAVIP (high-availability virtual IP): a private address of a subnet that instances can take over " +
			"(CreateHaVip, DescribeHaVips, ModifyHaVipAttribute, DeleteHaVip). The name changes in place; VPC, subnet and address " +
			"force a new HAVIP. ECM has no action to bind an HAVIP: its binding (state, ENI, instance, EIP) is reported by the " +
			"`edgecloud_ecm_havips` data source. The HAVIP holds its address, so its subnet cannot be deleted before it.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "HAVIP ID, e.g. `havip-kekyk044`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "ID of the VPC. Changing it forces a new HAVIP.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "ID of the subnet (in the VPC) the address comes from. Changing it forces a new HAVIP.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("subnet-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"havip_name": schema.StringAttribute{
				MarkdownDescription: "HAVIP name, up to 60 characters. Changed in place (ModifyHaVipAttribute).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60)},
			},
			"vip": schema.StringAttribute{
				MarkdownDescription: "The virtual IP: a free address of the subnet. Assigned by the cloud when unset. Changing it forces a new HAVIP.",
				Optional:            true,
				Computed:            true,
				Validators:          []validator.String{ipv4Address{}},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplaceIfConfigured()},
			},
			"created_time": schema.StringAttribute{
				MarkdownDescription: "Creation time as the API reports it (`YYYY-MM-DD hh:mm:ss`).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

type resourceModel struct {
	ID          types.String `tfsdk:"id"`
	VpcID       types.String `tfsdk:"vpc_id"`
	SubnetID    types.String `tfsdk:"subnet_id"`
	HaVipName   types.String `tfsdk:"havip_name"`
	Vip         types.String `tfsdk:"vip"`
	CreatedTime types.String `tfsdk:"created_time"`
}

func (m *resourceModel) fromAPI(h *ecm.HaVip) {
	m.ID = types.StringValue(h.HaVipId)
	m.VpcID = types.StringValue(h.VpcId)
	m.SubnetID = types.StringValue(h.SubnetId)
	m.HaVipName = types.StringValue(h.HaVipName)
	m.Vip = types.StringValue(h.Vip)
	m.CreatedTime = types.StringValue(h.CreatedTime)
}

func (r *haVipResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.CreateHaVipRequest{VpcId: plan.VpcID.ValueString(), SubnetId: plan.SubnetID.ValueString(), HaVipName: plan.HaVipName.ValueString()}
	if !plan.Vip.IsUnknown() && !plan.Vip.IsNull() {
		request.Vip = plan.Vip.ValueStringPointer()
	}
	out, err := r.Conn().ECM.CreateHaVip(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	plan.fromAPI(&out.HaVip)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *haVipResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	h, err := r.Conn().ECM.FindHaVipByID(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(h)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *haVipResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	if err := r.Conn().ECM.ModifyHaVipAttribute(ctx, ecm.ModifyHaVipAttributeRequest{HaVipId: id, HaVipName: plan.HaVipName.ValueString()}); err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+id, err)
		return
	}
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	h, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.HaVip, error) {
		return r.Conn().ECM.FindHaVipByID(ctx, id)
	}, func(h *ecm.HaVip) bool { return h.HaVipName == plan.HaVipName.ValueString() })
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+id+" after a change", err)
		return
	}
	plan.fromAPI(h)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *haVipResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteHaVip(ctx, r.Conn(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
