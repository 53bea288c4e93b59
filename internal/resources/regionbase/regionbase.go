// Package regionbase is the base of the resources and data sources of services whose actions are
// regional through the request itself (Tencent VPC and EdgeZone: X-TC-Region; Huawei: the endpoint
// and project): a region attribute that defaults to the provider's region for that cloud, planned
// so that the plan shows the region used and a changed default shows as a replacement, and the
// "<region>/<id>" import form. It is ecmbase's region guarantee for another attribute and default
// (ECM names its region in a request parameter, EcmRegion, and keeps its own base).
package regionbase

import (
	"context"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
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
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// Attribute is the name of the region attribute of every resource built on this base.
const Attribute = "region"

// Pattern is what a region of Tencent Cloud (ap-guangzhou, na-siliconvalley) or Huawei Cloud
// (cn-north-4, ap-southeast-1) looks like. An object ID (eni-…, epn-…) never matches: its prefix has
// three letters.
var Pattern = regexp.MustCompile(`^[a-z]{2}-[a-z]+(-[a-z0-9]+)*$`)

// Spec says which cloud's region a resource lives in.
type Spec struct {
	Cloud   string                  // "Tencent Cloud", for messages
	Example string                  // "ap-guangzhou"
	Setting string                  // where the provider default comes from, for messages
	Default func(*conn.Conn) string // the provider's default ("" when unset)
}

// Tencent is the region of the Tencent VPC and EdgeZone resources: the provider's region.
var Tencent = Spec{
	Cloud:   "Tencent Cloud",
	Example: "ap-guangzhou",
	Setting: "region in the provider block (or the TENCENTCLOUD_REGION environment variable)",
	Default: func(c *conn.Conn) string { return c.Region },
}

// Huawei is the region of the Huawei Cloud (TaurusDB) resources: the provider's huawei_region.
var Huawei = Spec{
	Cloud:   "Huawei Cloud",
	Example: "cn-north-4",
	Setting: "huawei_region in the provider block (or the HW_REGION_NAME environment variable)",
	Default: func(c *conn.Conn) string { return c.HuaweiRegion },
}

// ResourceAttribute is the region attribute of a resource: optional, defaulting to the provider's
// region, and a change moves the object, so it forces replacement.
func ResourceAttribute(spec Spec) schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: spec.Cloud + " region the object lives in, e.g. `" + spec.Example + "`. Defaults to the provider's " +
			spec.Setting + ". Changing it forces a new resource.",
		Optional:   true,
		Computed:   true,
		Validators: []validator.String{Validator()},
		// UseStateForUnknown first: otherwise an unrelated in-place change would mark this computed
		// value unknown and RequiresReplace would turn the update into a replacement.
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
	}
}

// DataSourceAttribute is the region attribute of a data source: optional, defaulting to the
// provider's region, and reported back.
func DataSourceAttribute(spec Spec) dsschema.StringAttribute {
	return dsschema.StringAttribute{
		MarkdownDescription: spec.Cloud + " region to search, e.g. `" + spec.Example + "`. Defaults to the provider's " + spec.Setting + ".",
		Optional:            true,
		Computed:            true,
		Validators:          []validator.String{Validator()},
	}
}

// Validator checks a region's shape where one is configured.
func Validator() validator.String {
	return stringvalidator.RegexMatches(Pattern, "must be a region such as ap-guangzhou or cn-north-4")
}

// RegionalResource is the base of a resource built on a Spec. A resource that embeds it has
// ResourceAttribute(spec) as its "region" and must not declare its own ModifyPlan (extra plan logic
// goes in through AlsoModifyPlan), exactly like ecmbase.RegionalResource.
type RegionalResource struct {
	tfutil.ResourceBase
	spec       Spec
	validID    func(string) bool
	idShape    string
	modifyPlan func(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)
}

// NewRegionalResource is the base of typeName; validID checks an imported ID (after the optional
// region), idShape describes it for the error message ("eni-… followed by /<ip>,<ip>…").
func NewRegionalResource(typeName string, spec Spec, validID func(string) bool, idShape string) RegionalResource {
	return RegionalResource{ResourceBase: tfutil.NewResourceBase(typeName), spec: spec, validID: validID, idShape: idShape}
}

// RegionSpec says which cloud's region the resource plans (the provider's shape test uses it).
func (r *RegionalResource) RegionSpec() Spec { return r.spec }

// AlsoModifyPlan adds plan logic that runs after the region has been planned.
func (r *RegionalResource) AlsoModifyPlan(fn func(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)) {
	r.modifyPlan = fn
}

// ModifyPlan plans the region, then runs the resource's own plan logic, if any.
func (r *RegionalResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	PlanRegion(ctx, r.Conn(), r.spec, req, resp)
	if r.modifyPlan != nil && !resp.Diagnostics.HasError() {
		r.modifyPlan(ctx, req, resp)
	}
}

// ImportState accepts "<id>" (in the provider's region) or "<region>/<id>"; the ID itself may
// contain "/" (a compound ID): only a first part that looks like a region is taken as one.
func (r *RegionalResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	region, id := SplitRegion(req.ID)
	if !r.validID(id) {
		resp.Diagnostics.AddError("Invalid import ID", "Expected \"<id>\" or \"<region>/<id>\" for "+r.TypeName()+
			", with the ID "+r.idShape+"; got \""+req.ID+"\".")
		return
	}
	if region == "" && r.Conn() != nil {
		region = r.spec.Default(r.Conn())
	}
	if region == "" {
		resp.Diagnostics.AddError("Missing region", "Import as \"<region>/"+id+"\", or set "+r.spec.Setting+".")
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), id)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(Attribute), region)...)
}

// SplitRegion splits "<region>/<rest>" when the first part is a region, else returns ("", raw).
func SplitRegion(raw string) (region, rest string) {
	if first, after, ok := strings.Cut(raw, tfutil.ImportIDSeparator); ok && Pattern.MatchString(first) {
		return first, after
	}
	return "", raw
}

// PlanRegion fills an unset region in the plan with the provider default.
func PlanRegion(ctx context.Context, c *conn.Conn, spec Spec, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if c == nil || req.Plan.Raw.IsNull() {
		return
	}
	var configured types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(Attribute), &configured)...)
	if !configured.IsNull() {
		return
	}
	def := spec.Default(c)
	if def == "" {
		resp.Diagnostics.AddAttributeError(path.Root(Attribute), "Missing region",
			"Set region on this resource, or "+spec.Setting+".")
		return
	}
	var state types.String
	if !req.State.Raw.IsNull() {
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(Attribute), &state)...)
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(Attribute), def)...)
	if !state.IsNull() && state.ValueString() != def {
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root(Attribute))
	}
}

// ResolveRegion is the region a data source searches: its own setting or the provider default.
// With neither, it adds an error pointing at region and returns "".
func ResolveRegion(c *conn.Conn, spec Spec, v types.String, diags *diag.Diagnostics) string {
	if !v.IsNull() && !v.IsUnknown() && v.ValueString() != "" {
		return v.ValueString()
	}
	if c == nil || spec.Default(c) == "" {
		diags.AddAttributeError(path.Root(Attribute), "Missing region", "Set region on this data source, or "+spec.Setting+".")
		return ""
	}
	return spec.Default(c)
}

// DataSource is the base of a data source built on a Spec.
type DataSource struct {
	tfutil.DataSourceBase
	spec Spec
}

// NewDataSource is the base of the data source typeName.
func NewDataSource(typeName string, spec Spec) DataSource {
	return DataSource{DataSourceBase: tfutil.NewDataSourceBase(typeName), spec: spec}
}

// Region resolves the data source's region attribute (see ResolveRegion).
func (d *DataSource) Region(v types.String, diags *diag.Diagnostics) string {
	return ResolveRegion(d.Conn(), d.spec, v, diags)
}
