package ecmbase

import (
	"context"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// RegionPattern is what an ECM region looks like: ap-hangzhou-ecm, ap-shenzhen-ecm-ct2.
var RegionPattern = regexp.MustCompile(`^[a-z]{2}-[a-z]+-ecm(-[a-z0-9]+)*$`)

// RegionValidator checks the ECM region format, wherever an ecm_region is configured.
func RegionValidator() validator.String {
	return stringvalidator.RegexMatches(RegionPattern, "must be an ECM region such as ap-hangzhou-ecm")
}

// RegionAttribute is the ecm_region attribute of every ECM resource: optional, defaulting to the
// provider's ecm_region, and a change moves the resource, so it forces replacement.
func RegionAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: "ECM region the object lives in, e.g. `ap-hangzhou-ecm`. Defaults to the provider's `ecm_region`. Changing it forces a new resource.",
		Optional:            true,
		Computed:            true,
		Validators:          []validator.String{RegionValidator()},
		// UseStateForUnknown first: otherwise an unrelated in-place change would mark this computed
		// value unknown and RequiresReplace would turn the update into a replacement.
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
	}
}

// PlanRegion fills an unset ecm_region in the plan with the provider default, so that the plan
// shows the region that will be used and a changed provider default is visible as a replacement.
// Call it from ModifyPlan.
func PlanRegion(ctx context.Context, c *conn.Conn, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if c == nil || req.Plan.Raw.IsNull() {
		return
	}
	var configured types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("ecm_region"), &configured)...)
	if !configured.IsNull() {
		return
	}
	if c.ECMRegion == "" {
		resp.Diagnostics.AddAttributeError(path.Root("ecm_region"), "Missing ECM region",
			"Set ecm_region on this resource, or ecm_region in the provider block (or the EDGECLOUD_ECM_REGION environment variable).")
		return
	}
	var state types.String
	if !req.State.Raw.IsNull() {
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("ecm_region"), &state)...)
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("ecm_region"), c.ECMRegion)...)
	if !state.IsNull() && state.ValueString() != c.ECMRegion {
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root("ecm_region"))
	}
}

// ResolveRegion is the region a data source searches: its own setting or the provider default.
// With neither, it adds an error pointing at ecm_region and returns "".
func ResolveRegion(c *conn.Conn, v types.String, diags *diag.Diagnostics) string {
	if !v.IsNull() && !v.IsUnknown() && v.ValueString() != "" {
		return v.ValueString()
	}
	if c == nil || c.ECMRegion == "" {
		diags.AddAttributeError(path.Root("ecm_region"), "Missing ECM region",
			"Set ecm_region on this data source, or ecm_region in the provider block (or the EDGECLOUD_ECM_REGION environment variable).")
		return ""
	}
	return c.ECMRegion
}

// ImportRegional sets id and ecm_region from "<id>" (the provider's ecm_region) or
// "<ecm_region>/<id>". A malformed ID is an error here, never a later "not found" that would drop the
// imported resource.
func ImportRegional(ctx context.Context, c *conn.Conn, typeName, prefix string, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	var region, id string
	switch parts := strings.Split(req.ID, tfutil.ImportIDSeparator); len(parts) {
	case 1:
		id = parts[0]
	case 2:
		region, id = parts[0], parts[1]
	}
	if !ValidID(prefix, id) || (region != "" && !RegionPattern.MatchString(region)) {
		resp.Diagnostics.AddError("Invalid import ID",
			"Expected \"<id>\" or \"<ecm_region>/<id>\" for "+typeName+", with the ID "+IDShape(prefix)+
				", e.g. \"ap-hangzhou-ecm/"+prefix+"abc12345\"; got \""+req.ID+"\".")
		return
	}
	if region == "" && c != nil {
		region = c.ECMRegion
	}
	if region == "" {
		resp.Diagnostics.AddError("Missing ECM region", "Import as \"<ecm_region>/"+id+"\", or set ecm_region in the provider block.")
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), id)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ecm_region"), region)...)
}
