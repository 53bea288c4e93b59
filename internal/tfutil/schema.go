package tfutil

import "github.com/hashicorp/terraform-plugin-framework/datasource/schema"

// ComputedString is a read-only string attribute of a data source's result objects.
func ComputedString(description string) schema.StringAttribute {
	return schema.StringAttribute{Computed: true, MarkdownDescription: description}
}
