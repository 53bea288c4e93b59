package instance

// When a change replaces the instance and when it is done in place.

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// unlessReinstall replaces the instance for a new image unless reinstall_on_image_change is set.
func unlessReinstall(ctx context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
	var reinstall types.Bool
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("reinstall_on_image_change"), &reinstall)...)
	resp.RequiresReplace = !reinstall.ValueBool()
}

// unlessOnlyRemoved replaces the instance when a key is added: keys can be removed in place, not added.
func unlessOnlyRemoved(ctx context.Context, req planmodifier.SetRequest, resp *setplanmodifier.RequiresReplaceIfFuncResponse) {
	if req.PlanValue.IsUnknown() {
		resp.RequiresReplace = true
		return
	}
	var before, after []string
	resp.Diagnostics.Append(req.StateValue.ElementsAs(ctx, &before, false)...)
	resp.Diagnostics.Append(req.PlanValue.ElementsAs(ctx, &after, false)...)
	had := map[string]bool{}
	for _, k := range before {
		had[k] = true
	}
	for _, k := range after {
		if !had[k] {
			resp.RequiresReplace = true
			return
		}
	}
}
