package tfutil

import "github.com/hashicorp/terraform-plugin-framework/types"

// OptionalString maps the API's empty string to null, the value of an unset optional attribute, so
// that leaving an attribute out of the configuration shows no difference.
func OptionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}
