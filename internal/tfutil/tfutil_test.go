package tfutil

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func TestTags_RoundTripSortedAndEmptyIsNull(t *testing.T) {
	var diags diag.Diagnostics
	m, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"b": "2", "a": "1"})
	got := TagsToAPI(context.Background(), m, &diags)
	if diags.HasError() || len(got) != 2 || got[0] != (ecm.Tag{Key: "a", Value: "1"}) {
		t.Fatalf("TagsToAPI = %v %v", got, diags)
	}
	if !TagsFromAPI(got).Equal(m) {
		t.Fatal("round trip changed the tags")
	}
	if !TagsFromAPI(nil).IsNull() {
		t.Fatal("no tags must be a null map")
	}
}

func TestImportID(t *testing.T) {
	for in, want := range map[string][2]string{"vpc-1": {"", "vpc-1"}, "ap-hangzhou-ecm/vpc-1": {"ap-hangzhou-ecm", "vpc-1"}} {
		r, id := ImportID(in)
		if r != want[0] || id != want[1] {
			t.Errorf("ImportID(%q) = %q, %q", in, r, id)
		}
	}
}

func TestDetail_CarriesWhatSupportNeeds(t *testing.T) {
	api := &tencent.APIError{Service: "ecm", Action: "CreateVpc", Code: "LimitExceeded", Message: "quota", RequestID: "r-1"}
	tests := map[string]struct {
		err  error
		want []string
	}{
		"api error":   {api, []string{"LimitExceeded", "quota", "r-1", "ecm:CreateVpc"}},
		"wrapped api": {errors.Join(errors.New("ctx"), api), []string{"r-1"}},
		"task failed": {&wait.TaskFailedError{Task: "ECM task 7 (AllocateAddresses)", Status: "FAILED"}, []string{"ECM task 7", "FAILED"}},
		"timeout":     {&wait.TimeoutError{Description: "ECM task 8", LastState: "RUNNING"}, []string{"ECM task 8", "RUNNING", "timeouts"}},
	}
	for name, tt := range tests {
		d := Detail(tt.err)
		for _, w := range tt.want {
			if !strings.Contains(d, w) {
				t.Errorf("%s: %q lacks %q", name, d, w)
			}
		}
	}
}

func TestFilters_OrderedSkipsNullAddsTags(t *testing.T) {
	var diags diag.Diagnostics
	tags, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"team": "edge"})
	got := Filters(context.Background(), []FilterArg{
		{Name: "b-name", Value: types.StringValue("x")}, {Name: "skipped", Value: types.StringNull()}, {Name: "a-name", Value: types.StringValue("y")},
	}, tags, &diags)
	want := []ecm.Filter{{Name: "b-name", Values: []string{"x"}}, {Name: "a-name", Values: []string{"y"}}, {Name: "tag:team", Values: []string{"edge"}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Filters = %v, want %v", got, want)
	}
}
