// Package huaweibase is what the Huawei Cloud resources and data sources share beyond their region
// (regionbase.Huawei): the project_id attribute, which every Huawei path names, defaulting to the
// provider's huawei_project_id and planned so that the plan shows the project used and a changed
// default shows as a replacement, exactly as regionbase plans the region.
package huaweibase

import (
	"context"

	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ProjectAttribute is the name of the project attribute.
const ProjectAttribute = "project_id"

const projectSetting = "huawei_project_id in the provider block (or the HW_PROJECT_ID environment variable)"

// ResourceProjectAttribute is a resource's project: optional, defaulting to the provider's, and a
// change moves the object to another project, so it forces replacement.
func ResourceProjectAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: "Huawei Cloud project ID (32 letters and digits) of the region the object lives in. Defaults to the provider's " +
			projectSetting + ". Changing it forces a new resource.",
		Optional:      true,
		Computed:      true,
		Validators:    []validator.String{validate.HuaweiProjectID()},
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
	}
}

// DataSourceProjectAttribute is a data source's project: optional, defaulting to the provider's,
// and reported back.
func DataSourceProjectAttribute() dsschema.StringAttribute {
	return dsschema.StringAttribute{
		MarkdownDescription: "Huawei Cloud project ID (32 letters and digits) to read in. Defaults to the provider's " + projectSetting + ".",
		Optional:            true,
		Computed:            true,
		Validators:          []validator.String{validate.HuaweiProjectID()},
	}
}

// PlanProject fills an unset project_id in the plan with the provider default; a state whose
// project differs from it then plans a replacement. Without a default it points at project_id.
func PlanProject(ctx context.Context, c *conn.Conn, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if c == nil || req.Plan.Raw.IsNull() {
		return
	}
	var configured types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(ProjectAttribute), &configured)...)
	if !configured.IsNull() {
		return
	}
	if c.HuaweiProjectID == "" {
		resp.Diagnostics.AddAttributeError(path.Root(ProjectAttribute), "Missing project ID",
			"Set project_id on this resource, or "+projectSetting+".")
		return
	}
	var state types.String
	if !req.State.Raw.IsNull() {
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(ProjectAttribute), &state)...)
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(ProjectAttribute), c.HuaweiProjectID)...)
	if !state.IsNull() && state.ValueString() != c.HuaweiProjectID {
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root(ProjectAttribute))
	}
}

// ResolveProject is the project a data source reads in (or an import adopts): v, or the provider
// default. With neither, it adds an error pointing at project_id and returns "".
func ResolveProject(c *conn.Conn, v types.String, diags *diag.Diagnostics) string {
	if !v.IsNull() && !v.IsUnknown() && v.ValueString() != "" {
		return v.ValueString()
	}
	if c == nil || c.HuaweiProjectID == "" {
		diags.AddAttributeError(path.Root(ProjectAttribute), "Missing project ID", "Set project_id, or "+projectSetting+".")
		return ""
	}
	return c.HuaweiProjectID
}
