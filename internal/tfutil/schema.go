package tfutil

import "github.com/hashicorp/terraform-plugin-framework/datasource/schema"

// ComputedString is a read-only string attribute of a data source's result objects.
func ComputedString(description string) schema.StringAttribute {
	return schema.StringAttribute{Computed: true, MarkdownDescription: description}
}

// ComputedInt64 is a read-only number attribute of a data source.
func ComputedInt64(description string) schema.Int64Attribute {
	return schema.Int64Attribute{Computed: true, MarkdownDescription: description}
}
