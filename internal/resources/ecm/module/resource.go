// Package module is the edgecloud_ecm_module resource and the edgecloud_ecm_modules data source.
package module

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType    = "edgecloud_ecm_module"
	DataSourceType  = "edgecloud_ecm_modules"
	idPrefix        = "em-"
	kind            = "ECM module"
	deleteTimeout   = 5 * time.Minute
	readBackTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*moduleResource)(nil)
	_ resource.ResourceWithImportState = (*moduleResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*moduleResource)(nil)
)

// NewResource is the edgecloud_ecm_module constructor. Modules are global (no action of theirs
// takes EcmRegion), so the resource has no ecm_region.
func NewResource() resource.Resource {
	return &moduleResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type moduleResource struct {
	ecmbase.Resource
}

func (r *moduleResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	size := func(what string) schema.Int64Attribute {
		return schema.Int64Attribute{
			MarkdownDescription: what + " in GB, within the account's range (`edgecloud_ecm_config`). Changed in place (ModifyModuleConfig) " +
				"only while the module has no instances.",
			Required:   true,
			Validators: []validator.Int64{int64validator.AtLeast(1)},
		}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM module: the template instances are launched from — default image, instance type, disks, bandwidth and " +
			"security groups (CreateModule, DescribeModule, the ModifyModule* actions, DeleteModule). Modules are global. Every setting " +
			"changes in place, but the instance type and disk sizes only while the module has no instances: the plan says so when it " +
			"has. A module with instances cannot be deleted.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{MarkdownDescription: "Module ID, e.g. `em-r8nkc81r`.", Computed: true, PlanModifiers: useState},
			"module_name": schema.StringAttribute{
				MarkdownDescription: "Name, unique in the account, up to 60 characters, not starting with a space.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60), stringvalidator.RegexMatches(noLeadingSpace, "must not start with a space")},
			},
			"default_image_id": schema.StringAttribute{
				MarkdownDescription: "Default image of the module's instances (`edgecloud_ecm_images`). Changed in place.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("img-")},
			},
			"instance_type": schema.StringAttribute{
				MarkdownDescription: "Instance type, e.g. `SN3ne.2XLARGE16` (`edgecloud_ecm_instance_types`). Changed in place only while the module has no instances.",
				Required:            true,
			},
			"default_system_disk_size": size("System disk size"),
			"default_data_disk_size":   size("Data disk size"),
			"default_bandwidth": schema.Int64Attribute{
				MarkdownDescription: "Default outbound bandwidth cap, Mbps, within the account's range (`edgecloud_ecm_config`). Changed in place.",
				Required:            true,
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
			},
			"close_ip_direct": schema.BoolAttribute{
				MarkdownDescription: "Disable IP direct access (Windows images do not support it). Changed in place. Defaults to `false`.",
				Optional:            true,
				Computed:            true,
				Default:             booldefault.StaticBool(false),
			},
			"disable_wan_ip": schema.BoolAttribute{
				MarkdownDescription: "Give the module's instances no public IP. Changed in place. Defaults to `false`. The API does not return it, " +
					"so a change made outside Terraform is not seen, and an imported module starts from `false`.",
				Optional:      true,
				Computed:      true,
				Default:       booldefault.StaticBool(false),
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"security_group_ids": schema.SetAttribute{
				MarkdownDescription: "Default security groups of the module's instances (up to 5). Changed in place.",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.Set{setvalidator.SizeBetween(1, 5), setvalidator.ValueStringsAre(ecmbase.IDValidator("esg-"))},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at creation. No API changes a module's tags, so changing them forces a new module.",
				ElementType:         types.StringType,
				Optional:            true,
				PlanModifiers:       []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"module_state": schema.StringAttribute{MarkdownDescription: "`NORMAL`, `DELETING` or `DELETEFAILED`.", Computed: true, PlanModifiers: useState},
			"created_time": schema.StringAttribute{MarkdownDescription: "Creation time.", Computed: true, PlanModifiers: useState},
		},
	}
}

func (r *moduleResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateModule(ctx, plan.createRequest(ctx, &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	plan.ID = types.StringValue(out.ModuleId)
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *moduleResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	m, err := r.Conn().ECM.FindModuleByID(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(&m.Module)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *moduleResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	for _, m := range plan.modifications(ctx, &state, &resp.Diagnostics) {
		err := r.Conn().ECM.ModifyModule(ctx, m.action, plan.ID.ValueString(), m.request)
		if tencent.HasCode(err, "InvalidParameterValue.ModuleNotAllowChange") {
			resp.Diagnostics.AddError("Changing the instance type or disks of "+kind+" "+plan.ID.ValueString(),
				"The module has instances, and the API refuses to change its instance type or disk sizes while it has any. "+
					"Terminate its instances first, or create a new module with the new configuration and move the instances to it.\n\n"+tfutil.Detail(err))
			return
		}
		if err != nil {
			tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString()+" ("+m.action+")", err)
			return
		}
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *moduleResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	err := deleteModule(ctx, r.Conn(), id)
	if tencent.HasCode(err, "FailedOperation.InstanceInModule") {
		resp.Diagnostics.AddError("Deleting "+kind+" "+id+": it still has instances",
			"The API refuses to delete a module with instances. Terminate them first (in Terraform, make the instances depend on this "+
				"module so they are destroyed before it).\n\n"+tfutil.Detail(err))
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+id, err)
	}
}
