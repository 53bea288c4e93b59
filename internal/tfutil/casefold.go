package tfutil

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
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
