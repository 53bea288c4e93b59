package ecmbase

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

func TestValidID_PrefixAndCharacterSet(t *testing.T) {
	for id, want := range map[string]bool{
		"vpc-gynsaui3": true, "vpc-1": true,
		"vpc-": false, "vpc-GYNS": false, "vpc-vpc-q6cke2sv": false, "subnet-abc": false, "vpc-abc def": false, " vpc-abc": false,
	} {
		if got := ValidID("vpc-", id); got != want {
			t.Errorf("ValidID(vpc-, %q) = %v, want %v", id, got, want)
		}
	}
}

func TestFilters_OrderedSkipsNullAddsTags(t *testing.T) {
	var diags diag.Diagnostics
	tags, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"team": "edge"})
	got := Filters(context.Background(), []FilterArg{
		{Name: "b-name", Value: types.StringValue("x")}, {Name: "skipped", Value: types.StringNull()}, {Name: "a-name", Value: types.StringValue("y")},
	}, tags, &diags)
	want := []tencent.Filter{{Name: "b-name", Values: []string{"x"}}, {Name: "a-name", Values: []string{"y"}}, {Name: "tag:team", Values: []string{"edge"}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Filters = %v, want %v", got, want)
	}
}
