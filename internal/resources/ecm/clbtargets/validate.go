package clbtargets

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// uniqueBackends refuses two entries for one instance and port (differing only in weight).
type uniqueBackends struct{}

func (uniqueBackends) Description(context.Context) string {
	return "each instance and port appears once"
}

func (v uniqueBackends) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (uniqueBackends) ValidateSet(ctx context.Context, req validator.SetRequest, resp *validator.SetResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	var ts []targetModel
	if diags := req.ConfigValue.ElementsAs(ctx, &ts, false); diags.HasError() {
		return // unknown members: checked at apply
	}
	seen := map[targetKey]bool{}
	for _, t := range ts {
		if !known(t.InstanceID) || !known(t.Port) {
			continue
		}
		k := targetKey{t.InstanceID.ValueString(), t.Port.ValueInt64()}
		if seen[k] {
			resp.Diagnostics.AddAttributeError(req.Path, "Duplicate backend",
				fmt.Sprintf("Instance %s port %d appears more than once; a backend has one weight.", k.InstanceID, k.Port))
			return
		}
		seen[k] = true
	}
}

func known(v interface {
	IsNull() bool
	IsUnknown() bool
}) bool {
	return !v.IsNull() && !v.IsUnknown()
}
