package tfutil

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// KeepStateSpelling is the plan modifier of an enumeration that an API spells in more than one
// casing ("static" in requests, "STATIC" in answers): when the configuration and the state differ
// only in case, the plan keeps the state's value, so that the plan is empty and a RequiresReplace
// after it sees no change. Read stores the canonical spelling; Terraform requires Create to store
// the configured one, which the next refresh replaces with the canonical one without a diff.
// (CaseInsensitiveString keeps the configured spelling for good instead; this keeps one canonical
// spelling in state.)
func KeepStateSpelling() planmodifier.String { return keepStateSpelling{} }

type keepStateSpelling struct{}

func (keepStateSpelling) Description(context.Context) string {
	return "A change of case alone is not a change."
}

func (m keepStateSpelling) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (keepStateSpelling) PlanModifyString(_ context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	if req.StateValue.IsNull() || req.StateValue.IsUnknown() || req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if strings.EqualFold(req.StateValue.ValueString(), req.ConfigValue.ValueString()) {
		resp.PlanValue = types.StringValue(req.StateValue.ValueString())
	}
}

// SpellingOf returns the value to store for an enumeration read back after a write: the planned
// spelling when it names the same value (Terraform requires the applied value to be the planned
// one), else the API's value in canonical form.
func SpellingOf(planned types.String, canonical string) types.String {
	if !planned.IsNull() && !planned.IsUnknown() && strings.EqualFold(planned.ValueString(), canonical) {
		return planned
	}
	return types.StringValue(canonical)
}

// PlanStateWhenArgumentsUnchanged completes KeepStateSpelling at the resource level: the framework
// marks every computed attribute without a plan modifier unknown as soon as the configuration
// differs from the state, even when an attribute plan modifier then removes the difference (a
// change of case only), which would plan an update that changes nothing. When every argument (each
// attribute the configuration may set: required or optional, read from the schema so that an
// argument added later cannot be forgotten) plans exactly what the state holds, the plan becomes
// the state. Call it from ModifyPlan.
func PlanStateWhenArgumentsUnchanged(req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.State.Raw.IsNull() || resp.Plan.Raw.IsNull() {
		return
	}
	var planned, prior map[string]tftypes.Value
	if resp.Plan.Raw.As(&planned) != nil || req.State.Raw.As(&prior) != nil {
		return
	}
	for name, attr := range req.Plan.Schema.GetAttributes() {
		if !attr.IsRequired() && !attr.IsOptional() {
			continue
		}
		p, ok := planned[name]
		if !ok || !p.IsFullyKnown() || !p.Equal(prior[name]) {
			return
		}
	}
	resp.Plan.Raw = req.State.Raw.Copy()
}
