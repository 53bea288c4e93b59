package tfutil

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// OptionalString maps the API's empty string to null, the value of an unset optional attribute, so
// that leaving an attribute out of the configuration shows no difference.
func OptionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

// StringList converts a list of strings to a types.List (never null, possibly empty).
func StringList(items []string) types.List {
	elems := make([]types.String, len(items))
	for i, s := range items {
		elems[i] = types.StringValue(s)
	}
	v, _ := types.ListValueFrom(context.Background(), types.StringType, elems)
	return v
}
