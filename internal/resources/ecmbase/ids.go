package ecmbase

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// ValidID reports whether id is prefix followed by lowercase letters and digits (ecm.ValidID).
// Checking the shape before a call matters: the API answers a malformed ID with a Malformed error
// or, for some actions, an empty list, and an empty list would read as "deleted" and silently drop
// the resource from state.
func ValidID(prefix, id string) bool { return ecm.ValidID(prefix, id) }

// IDShape describes a valid ID for error messages.
func IDShape(prefix string) string {
	return fmt.Sprintf("%q followed by lowercase letters and digits", prefix)
}

// IDValidator checks a string attribute holding an ID with the given prefix.
func IDValidator(prefix string) validator.String { return idValidator{prefix: prefix} }

type idValidator struct{ prefix string }

func (v idValidator) Description(context.Context) string {
	return "must be an ID of the form " + IDShape(v.prefix)
}

func (v idValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v idValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if id := req.ConfigValue.ValueString(); !ValidID(v.prefix, id) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid ID",
			fmt.Sprintf("%q is not a valid ID here: expected %s, e.g. %sabc12345.", id, IDShape(v.prefix), v.prefix))
	}
}
