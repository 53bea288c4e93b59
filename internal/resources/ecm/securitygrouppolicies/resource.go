// Package securitygrouppolicies is the edgecloud_ecm_security_group_policies resource: the whole,
// authoritative rule set of one security group.
package securitygrouppolicies

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType = "edgecloud_ecm_security_group_policies"
	idPrefix     = "esg-"
	kind         = "ECM security group rules"
)

var (
	_ resource.ResourceWithConfigure        = (*policiesResource)(nil)
	_ resource.ResourceWithImportState      = (*policiesResource)(nil)
	_ resource.ResourceWithConfigValidators = (*policiesResource)(nil)
)

// NewResource is the edgecloud_ecm_security_group_policies constructor. Its ID is the security
// group's; security groups are global, so it has no ecm_region.
func NewResource() resource.Resource {
	return &policiesResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type policiesResource struct {
	ecmbase.Resource
}

var portPattern = regexp.MustCompile(`^(?i:all)$|^([1-9][0-9]{0,4})(-[1-9][0-9]{0,4})?$`)

func ruleAttributes(peer string) map[string]schema.Attribute {
	ci := tfutil.CaseInsensitiveStringType{}
	return map[string]schema.Attribute{
		"protocol": schema.StringAttribute{
			MarkdownDescription: "`TCP`, `UDP`, `ICMP`, `GRE` or `ALL` (any case).",
			CustomType:          ci,
			Required:            true,
			Validators:          []validator.String{stringvalidator.OneOfCaseInsensitive("TCP", "UDP", "ICMP", "GRE", "ALL")},
		},
		"port": schema.StringAttribute{
			MarkdownDescription: "`all`, a port (`80`) or a range (`8000-8010`); only with `TCP` or `UDP`. Unset means all ports.",
			CustomType:          ci,
			Optional:            true,
			Validators:          []validator.String{stringvalidator.RegexMatches(portPattern, "must be all, a port such as 80 or a range such as 8000-8010")},
		},
		"cidr_block": schema.StringAttribute{
			MarkdownDescription: "The " + peer + " as an IPv4 address or CIDR block, e.g. `10.0.0.0/16`. Exactly one of `cidr_block` and `security_group_id`.",
			Optional:            true,
		},
		"security_group_id": schema.StringAttribute{
			MarkdownDescription: "The " + peer + " as another security group (its members). Exactly one of `cidr_block` and `security_group_id`.",
			Optional:            true,
			Validators:          []validator.String{ecmbase.IDValidator(idPrefix)},
		},
		"action": schema.StringAttribute{
			MarkdownDescription: "`ACCEPT` or `DROP` (any case).",
			CustomType:          ci,
			Required:            true,
			Validators:          []validator.String{stringvalidator.OneOfCaseInsensitive("ACCEPT", "DROP")},
		},
		"description": schema.StringAttribute{MarkdownDescription: "Description of the rule.", Optional: true},
	}
}

func (r *policiesResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The whole rule set of one ECM security group, ingress and egress, as one authoritative resource " +
			"(ModifySecurityGroupPolicies, read back with DescribeSecurityGroupPolicies). Rules are evaluated in order. Rules added " +
			"outside Terraform show as a difference and are removed on the next apply; destroying this resource removes every rule. " +
			"Protocol, port and action compare without regard to case. If another client changes the rules while Terraform applies " +
			"them (the set's `version` moved by more than one), the apply warns and the state records what exists.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The security group's ID.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"security_group_id": schema.StringAttribute{
				MarkdownDescription: "ID of the security group whose rules this is. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator(idPrefix)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"ingress": schema.ListNestedAttribute{
				MarkdownDescription: "Inbound rules, in order. Unset: none.",
				Optional:            true,
				NestedObject:        schema.NestedAttributeObject{Attributes: ruleAttributes("source")},
			},
			"egress": schema.ListNestedAttribute{
				MarkdownDescription: "Outbound rules, in order. Unset: none.",
				Optional:            true,
				NestedObject:        schema.NestedAttributeObject{Attributes: ruleAttributes("destination")},
			},
			"version": schema.StringAttribute{
				MarkdownDescription: "The rule set's version: the API adds one on every change.",
				Computed:            true,
			},
		},
	}
}

// ConfigValidators checks each rule's combinations at plan time.
func (r *policiesResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{ruleValidator{}}
}

func (r *policiesResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	plan.ID = plan.SecurityGroupID
	r.apply(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *policiesResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if state.SecurityGroupID.IsNull() { // after an import, only the ID is known
		state.SecurityGroupID = state.ID
	}
	set, err := r.describe(ctx, state.ID.ValueString())
	if tencent.IsNotFound(err) {
		tfutil.AddRemovedWarning(&resp.Diagnostics, "ECM security group", state.ID.ValueString())
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" of "+state.ID.ValueString(), err)
		return
	}
	state.fromAPI(set)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *policiesResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.apply(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *policiesResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := clearRules(ctx, r.Conn(), state.ID.ValueString()); err != nil && !tencent.IsNotFound(err) {
		tfutil.AddError(&resp.Diagnostics, "removing the "+kind+" of "+state.ID.ValueString(), err)
	}
}

// ImportState takes the security group's ID.
func (r *policiesResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	r.Resource.ImportState(ctx, req, resp)
	if !resp.Diagnostics.HasError() {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("security_group_id"), req.ID)...)
	}
}
