// Package securitygroupattachment is the edgecloud_ecm_security_group_attachment resource: one
// security group bound to one instance.
package securitygroupattachment

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_ecm_security_group_attachment"
	kind           = "ECM security group attachment"
	defaultTimeout = 5 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*sgAttachmentResource)(nil)
	_ resource.ResourceWithImportState = (*sgAttachmentResource)(nil)
)

// NewResource is the edgecloud_ecm_security_group_attachment constructor.
func NewResource() resource.Resource {
	return &sgAttachmentResource{Resource: ecmbase.NewResource(ResourceType, "ein-")}
}

type sgAttachmentResource struct {
	ecmbase.Resource
}

type resourceModel struct {
	ID              types.String   `tfsdk:"id"`
	InstanceID      types.String   `tfsdk:"instance_id"`
	SecurityGroupID types.String   `tfsdk:"security_group_id"`
	Timeouts        timeouts.Value `tfsdk:"timeouts"`
}

func (r *sgAttachmentResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Binds one ECM security group to one instance (AssociateSecurityGroups, DisassociateSecurityGroups; " +
			"global, no `ecm_region`). A new group goes last in the instance's list (lowest priority).\n\n" +
			"**Conflicts with `edgecloud_ecm_instance.security_group_ids`.** That argument is authoritative for the instance's " +
			"whole list: set it and Terraform will remove the groups attached here (and this resource will attach them again), " +
			"forever. Either list every group in the instance's `security_group_ids`, or leave it unset and attach groups with " +
			"this resource. A group attached outside Terraform is not touched; one detached outside Terraform is attached again " +
			"by the next apply.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<instance-id>/<security-group-id>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "The instance (`ein-…`). Changing it forces a new attachment.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("ein-")},
				PlanModifiers:       replace,
			},
			"security_group_id": schema.StringAttribute{
				MarkdownDescription: "The security group (`esg-…`). Changing it forces a new attachment.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("esg-")},
				PlanModifiers:       replace,
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true}),
		},
	}
}

func request(m *resourceModel) ecm.SecurityGroupsInstancesRequest {
	return ecm.SecurityGroupsInstancesRequest{SecurityGroupIds: []string{m.SecurityGroupID.ValueString()}, InstanceIds: []string{m.InstanceID.ValueString()}}
}

func (r *sgAttachmentResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	if err := r.Conn().ECM.AssociateSecurityGroups(ctx, request(&plan)); err != nil {
		tfutil.AddError(&resp.Diagnostics, "binding "+plan.SecurityGroupID.ValueString()+" to "+plan.InstanceID.ValueString(), err)
		return
	}
	plan.ID = types.StringValue(tfutil.JoinImportID(plan.InstanceID.ValueString(), plan.SecurityGroupID.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	_, err := tencent.ReadAfterWrite(ctx, wait.Options{Description: kind + " " + plan.ID.ValueString(), Timeout: timeout},
		func(ctx context.Context) (*ecm.Instance, error) {
			return r.Conn().ECM.FindInstanceByID(ctx, plan.InstanceID.ValueString())
		},
		func(i *ecm.Instance) bool { return hasGroup(i, plan.SecurityGroupID.ValueString()) })
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+plan.ID.ValueString(), err)
	}
}

func hasGroup(i *ecm.Instance, sg string) bool {
	for _, g := range i.SecurityGroupIds {
		if g == sg {
			return true
		}
	}
	return false
}

func (r *sgAttachmentResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	i, err := r.Conn().ECM.FindInstanceByID(ctx, state.InstanceID.ValueString())
	gone := tencent.IsNotFound(err) || (err == nil && !hasGroup(i, state.SecurityGroupID.ValueString()))
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), gone, err) {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update only changes timeouts.
func (r *sgAttachmentResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *sgAttachmentResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := detach(ctx, r.Conn(), &state); err != nil {
		tfutil.AddError(&resp.Diagnostics, "unbinding "+state.SecurityGroupID.ValueString()+" from "+state.InstanceID.ValueString(), err)
	}
}

// detach unbinds the group; an instance that is gone is success.
func detach(ctx context.Context, c *conn.Conn, m *resourceModel) error {
	if _, err := c.ECM.FindInstanceByID(ctx, m.InstanceID.ValueString()); tencent.IsNotFound(err) {
		return nil
	}
	return c.ECM.DisassociateSecurityGroups(ctx, request(m))
}

// ImportState accepts "<instance-id>/<security-group-id>".
func (r *sgAttachmentResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts, err := tfutil.SplitImportID(req.ID, 2, "<instance-id>/<security-group-id>")
	if err == nil && (!ecmbase.ValidID("ein-", parts[0]) || !ecmbase.ValidID("esg-", parts[1])) {
		resp.Diagnostics.AddError("Invalid import ID", "Expected \"<instance-id>/<security-group-id>\", e.g. \"ein-2zvpghhc/esg-9id3l839\"; got \""+req.ID+"\".")
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("instance_id"), parts[0])...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("security_group_id"), parts[1])...)
}

// FindByState reports the attachment gone unless the instance lists the group.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	i, err := c.ECM.FindInstanceByID(ctx, attrs["instance_id"])
	if err == nil && !hasGroup(i, attrs["security_group_id"]) {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState unbinds the group, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DisassociateSecurityGroups(ctx, ecm.SecurityGroupsInstancesRequest{SecurityGroupIds: []string{attrs["security_group_id"]}, InstanceIds: []string{attrs["instance_id"]}})
}
