package image

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
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

// ResourceType is the Terraform type name of the image resource.
const (
	ResourceType   = "edgecloud_ecm_image"
	kind           = "ECM image"
	defaultTimeout = 30 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*imageResource)(nil)
	_ resource.ResourceWithImportState = (*imageResource)(nil)
)

// NewResource is the edgecloud_ecm_image constructor. Images are global.
func NewResource() resource.Resource {
	return &imageResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type imageResource struct {
	ecmbase.Resource
}

type resourceModel struct {
	ID            types.String   `tfsdk:"id"`
	InstanceID    types.String   `tfsdk:"instance_id"`
	ImageName     types.String   `tfsdk:"image_name"`
	Description   types.String   `tfsdk:"description"`
	ForcePoweroff types.Bool     `tfsdk:"force_poweroff"`
	ImageState    types.String   `tfsdk:"image_state"`
	OsType        types.String   `tfsdk:"os_type"`
	Architecture  types.String   `tfsdk:"architecture"`
	ImageSize     types.Int64    `tfsdk:"image_size"`
	CreatedTime   types.String   `tfsdk:"created_time"`
	Timeouts      timeouts.Value `tfsdk:"timeouts"`
}

func (r *imageResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	keep := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A private ECM image made from an instance's system disk (CreateImage, waited on with DescribeTaskStatus, " +
			"ModifyImageAttribute, DeleteImage). A running instance is only imaged with `force_poweroff`, which stops it. An image a " +
			"module or an instance uses cannot be deleted.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{MarkdownDescription: "Image ID, e.g. `img-060ov1xz`.", Computed: true, PlanModifiers: keep},
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "Instance whose system disk is imaged. Changing it forces a new image.",
				Required:            true, Validators: []validator.String{ecmbase.IDValidator("ein-")},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"image_name": schema.StringAttribute{
				MarkdownDescription: "Name, unique among the account's images, up to 20 characters. Changed in place.",
				Required:            true, Validators: []validator.String{stringvalidator.LengthBetween(1, 20)},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description, up to 60 characters. Changed in place.",
				Optional:            true, Validators: []validator.String{stringvalidator.LengthBetween(1, 60)},
			},
			"force_poweroff": schema.BoolAttribute{
				MarkdownDescription: "Stop a running instance to image it (otherwise imaging a running instance fails). Used at creation only. Defaults to `false`.",
				Optional:            true, Computed: true, Default: booldefault.StaticBool(false),
			},
			"image_state":  schema.StringAttribute{MarkdownDescription: "State, e.g. `NORMAL`.", Computed: true},
			"os_type":      schema.StringAttribute{MarkdownDescription: "Operating system type.", Computed: true, PlanModifiers: keep},
			"architecture": schema.StringAttribute{MarkdownDescription: "`x86_64` or `i386`.", Computed: true, PlanModifiers: keep},
			"image_size":   schema.Int64Attribute{MarkdownDescription: "Size in GB.", Computed: true},
			"created_time": schema.StringAttribute{MarkdownDescription: "Creation time.", Computed: true, PlanModifiers: keep},
			"timeouts":     timeouts.Attributes(ctx, timeouts.Opts{Create: true}),
		},
	}
}

func (r *imageResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	c, name := r.Conn(), plan.ImageName.ValueString()
	force := "FALSE"
	if plan.ForcePoweroff.ValueBool() {
		force = "TRUE"
	}
	out, err := c.ECM.CreateImage(ctx, ecm.CreateImageRequest{
		ImageName: name, InstanceId: plan.InstanceID.ValueString(), ImageDescription: plan.Description.ValueString(), ForcePoweroff: force,
	})
	if tencent.HasCode(err, "FailedOperation.InstanceNotAllStopped") {
		resp.Diagnostics.AddError("Creating "+kind+": the instance is running",
			"The API images only a stopped instance. Stop it (running = false on the instance), or set force_poweroff = true to let the imaging stop it.\n\n"+tfutil.Detail(err))
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	// CreateImage answers a task, not the image: find the image by its unique name and save its ID
	// before waiting, so an interrupted wait leaves a tainted resource, not an orphan.
	opts := wait.Options{Description: kind + " " + name + " appearing", Timeout: timeout}
	img, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Image, error) {
		return c.ECM.FindPrivateImageByName(ctx, name)
	}, nil)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "finding the new "+kind+" "+name, err)
		return
	}
	plan.fromAPI(img)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	task := ecm.TaskStatus{Client: c.ECM, Operation: "CreateImage", TaskID: string(out.TaskId)}
	if err := wait.ForTask(ctx, wait.Options{Timeout: timeout}, task); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+img.ImageId+" to be created", err)
		if wait.IsTaskFailed(err) {
			if _, findErr := c.ECM.FindImageByID(ctx, img.ImageId); tencent.IsNotFound(findErr) {
				resp.State.RemoveResource(ctx)
			}
		}
		return
	}
	r.read(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *imageResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	img, err := r.Conn().ECM.FindImageByID(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(img)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *imageResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	description := plan.Description.ValueString()
	err := r.Conn().ECM.ModifyImageAttribute(ctx, ecm.ModifyImageAttributeRequest{
		ImageId: plan.ID.ValueString(), ImageName: plan.ImageName.ValueStringPointer(), ImageDescription: &description,
	})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.read(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *imageResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	err := deleteImage(ctx, r.Conn().ECM, id)
	if tencent.HasCode(err, "FailedOperation.ImageInUse") {
		resp.Diagnostics.AddError("Deleting "+kind+" "+id+": still in use",
			"A module (as its default image) or an instance uses the image. Change or remove those first (in Terraform, make them depend on this image).\n\n"+tfutil.Detail(err))
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+id, err)
	}
}
