// Package eipassociation is the edgecloud_taurusdb_eip_association resource: an EIP bound to a
// Huawei Cloud TaurusDB instance. Bind and unbind are jobs (UpdateGaussMySqlInstanceEip,
// CancelGaussMySqlInstanceEip, polled with ShowGaussMySqlJobInfo; other-apis.md §5); the binding is
// read with ShowInstanceEip (seed 004).
//
// Choices where the documents are silent: the ID is the instance ID, since an instance has at most
// one EIP; every argument forces a new binding (no API changes one in place); a refresh that finds
// no EIP, or another EIP, on the instance drops the resource with a warning (the next apply binds
// again), and Delete then unbinds nothing, so an EIP bound by someone else is never unbound.
package eipassociation

import (
	"context"
	"net/netip"
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/huaweibase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_taurusdb_eip_association"
	kind           = "TaurusDB EIP association"
	defaultTimeout = 30 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*associationResource)(nil)
	_ resource.ResourceWithImportState = (*associationResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*associationResource)(nil)
)

// NewResource is the edgecloud_taurusdb_eip_association constructor.
func NewResource() resource.Resource {
	r := &associationResource{RegionalResource: regionbase.NewRegionalResource(ResourceType, regionbase.Huawei,
		taurusdb.InstanceIDPattern.MatchString, "of a TaurusDB instance (32 lower-case letters or digits followed by in07)")}
	r.AlsoModifyPlan(r.planProject)
	return r
}

type associationResource struct {
	regionbase.RegionalResource
}

// eipIDPattern is an EIP ID: a UUID, as Huawei's EIPs have (the seed's example 45a0ed37-cfa7-4403-8aeb-d720b4e831cf).
var eipIDPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func (r *associationResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Binds an EIP to a Huawei Cloud TaurusDB instance. Binding and unbinding are jobs that the provider waits for " +
			"(ShowGaussMySqlJobInfo), bounded by the `timeouts` block; a bound EIP is read with ShowInstanceEip. An instance has at most one EIP, " +
			"so the instance ID is the resource's ID. If the EIP is unbound, or another EIP bound, outside Terraform, the next refresh drops " +
			"the resource with a warning and the next apply binds this EIP again (after the other is unbound); destroying never unbinds an EIP " +
			"this resource did not bind. An instance being operated (`DBS.200019` and its kin) is waited out.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The instance ID.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "TaurusDB instance ID: 32 lower-case letters or digits followed by `in07`, e.g. `12a49c2dc32648df8dd25e2976f70180in07`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{validate.TaurusDBInstanceID()},
				PlanModifiers:       replace,
			},
			"public_ip": schema.StringAttribute{
				MarkdownDescription: "The EIP's address, e.g. `10.83.35.151`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ipAddress{}},
				PlanModifiers:       replace,
			},
			"public_ip_id": schema.StringAttribute{
				MarkdownDescription: "The EIP's ID, a UUID such as `45a0ed37-cfa7-4403-8aeb-d720b4e831cf`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(eipIDPattern, "must be an EIP ID (a UUID such as 45a0ed37-cfa7-4403-8aeb-d720b4e831cf)")},
				PlanModifiers:       replace,
			},
			"region":     regionbase.ResourceAttribute(regionbase.Huawei),
			"project_id": huaweibase.ResourceProjectAttribute(),
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Delete: true}),
		},
	}
}

func (r *associationResource) planProject(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	huaweibase.PlanProject(ctx, r.Conn(), req, resp)
}

// ipAddress checks an IP address at plan time.
type ipAddress struct{}

func (ipAddress) Description(context.Context) string { return "an IP address such as 10.83.35.151" }

func (v ipAddress) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipAddress) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if _, err := netip.ParseAddr(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IP address", "\""+req.ConfigValue.ValueString()+"\" is not an IP address such as 10.83.35.151.")
	}
}
