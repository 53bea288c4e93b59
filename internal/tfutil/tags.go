package tfutil

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// TagsToAPI converts a tags map to the API's tag list, sorted by key so requests are deterministic.
func TagsToAPI(ctx context.Context, m types.Map, diags *diag.Diagnostics) []tencent.Tag {
	if m.IsNull() || m.IsUnknown() {
		return nil
	}
	var kv map[string]string
	diags.Append(m.ElementsAs(ctx, &kv, false)...)
	tags := make([]tencent.Tag, 0, len(kv))
	for k, v := range kv {
		tags = append(tags, tencent.Tag{Key: k, Value: v})
	}
	sort.Slice(tags, func(i, j int) bool { return tags[i].Key < tags[j].Key })
	return tags
}

// TagsFromAPI converts the API's tag list to a tags map. No tags is a null map, so that a
// configuration without tags shows no difference.
func TagsFromAPI(tags []tencent.Tag) types.Map {
	if len(tags) == 0 {
		return types.MapNull(types.StringType)
	}
	elems := make(map[string]string, len(tags))
	for _, t := range tags {
		elems[t.Key] = t.Value
	}
	v, _ := types.MapValueFrom(context.Background(), types.StringType, elems)
	return v
}
