package ecmbase

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// DataSourceRegionAttribute is ecm_region on a list data source: the region searched, defaulting
// to the provider's, and reported back.
func DataSourceRegionAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: "ECM region to search, e.g. `ap-hangzhou-ecm`. Defaults to the provider's `ecm_region`.",
		Optional:            true,
		Computed:            true,
		Validators:          []validator.String{RegionValidator()},
	}
}

// IDsAttribute is the ids argument of a list data source. The ECM Describe* actions refuse IDs
// together with Filters (InvalidParameter.Coexist), so ids conflicts with every filter argument.
func IDsAttribute(what, idPrefix string, filterArguments ...string) schema.ListAttribute {
	conflicts := make([]path.Expression, len(filterArguments))
	for i, a := range filterArguments {
		conflicts[i] = path.MatchRoot(a)
	}
	return schema.ListAttribute{
		MarkdownDescription: what + " IDs to look up (at most 100). Cannot be combined with the filter arguments.",
		ElementType:         types.StringType,
		Optional:            true,
		Validators: []validator.List{
			listvalidator.SizeBetween(1, 100),
			listvalidator.ConflictsWith(conflicts...),
			listvalidator.ValueStringsAre(IDValidator(idPrefix)),
		},
	}
}

// Filters builds Describe* filters from optional string arguments, in the order given, skipping null
// ones, then one "tag:<key>" filter per entry of tags.
func Filters(ctx context.Context, args []FilterArg, tags types.Map, diags *diag.Diagnostics) []tencent.Filter {
	f := StringFilters(args)
	for _, t := range tfutil.TagsToAPI(ctx, tags, diags) {
		f = append(f, tencent.Filter{Name: "tag:" + t.Key, Values: []string{t.Value}})
	}
	return f
}

// FilterArg pairs an API filter name with the data source argument that sets it.
type FilterArg struct {
	Name  string
	Value types.String
}

// StringFilters builds Describe* filters from optional string arguments, in the order given,
// skipping null and unknown ones.
func StringFilters(args []FilterArg) []tencent.Filter {
	var f []tencent.Filter
	for _, a := range args {
		if !a.Value.IsNull() && !a.Value.IsUnknown() {
			f = append(f, tencent.Filter{Name: a.Name, Values: []string{a.Value.ValueString()}})
		}
	}
	return f
}
