// Package securitygroup is the edgecloud_ecm_security_group resource and the
// edgecloud_ecm_security_groups and edgecloud_ecm_security_group_limits data sources.
package securitygroup

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType and the data source types are the Terraform type names of this package.
const (
	ResourceType         = "edgecloud_ecm_security_group"
	DataSourceType       = "edgecloud_ecm_security_groups"
	LimitsDataSourceType = "edgecloud_ecm_security_group_limits"
	idPrefix             = "esg-"
	kind                 = "ECM security group"
	deleteTimeout        = 5 * time.Minute
	readBackTimeout      = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*securityGroupResource)(nil)
	_ resource.ResourceWithImportState = (*securityGroupResource)(nil)
)

// NewResource is the edgecloud_ecm_security_group constructor. Security groups are global (no
// action of theirs takes EcmRegion), so the resource has no ecm_region.
func NewResource() resource.Resource {
	return &securityGroupResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type securityGroupResource struct {
	ecmbase.Resource
}

func (r *securityGroupResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM security group (CreateSecurityGroup, DescribeSecurityGroups, ModifySecurityGroupAttribute, DeleteSecurityGroup). " +
			"Security groups are global: they belong to the account, not to an ECM region. Manage its rules with " +
			"`edgecloud_ecm_security_group_policies`.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{MarkdownDescription: "Security group ID, e.g. `esg-3g7ftkp3`.", Computed: true, PlanModifiers: useState},
			"security_group_name": schema.StringAttribute{
				MarkdownDescription: "Name, up to 60 characters. Changed in place.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60)},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description, up to 100 characters (the API requires one). Changed in place.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 100)},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at creation. No API changes a security group's tags, so changing them forces a new group.",
				ElementType:         types.StringType,
				Optional:            true,
				PlanModifiers:       []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"is_default":   schema.BoolAttribute{MarkdownDescription: "Whether this is the account's default security group (never true for a group created here).", Computed: true},
			"created_time": schema.StringAttribute{MarkdownDescription: "Creation time as the API reports it (may be empty).", Computed: true, PlanModifiers: useState},
		},
	}
}

func (r *securityGroupResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateSecurityGroup(ctx, plan.createRequest(ctx, &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	plan.fromAPI(&out.SecurityGroup)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *securityGroupResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	g, err := r.Conn().ECM.FindSecurityGroupByID(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(g)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *securityGroupResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.Conn().ECM.ModifySecurityGroupAttribute(ctx, plan.modifyRequest()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *securityGroupResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	err := deleteSecurityGroup(ctx, r.Conn(), id)
	if tencent.HasCode(err, "ResourceInUse") {
		resp.Diagnostics.AddError("Deleting "+kind+" "+id+": still in use",
			"The security group is still bound to instances, modules, ENIs or load balancers, or another security group's "+
				"rule refers to it. Remove those bindings and rules first (in Terraform, make them depend on this group so they "+
				"are changed before it is destroyed).\n\n"+tfutil.Detail(err))
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+id, err)
	}
}
