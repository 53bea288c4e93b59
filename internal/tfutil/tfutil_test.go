package tfutil

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func TestTags_RoundTripSortedAndEmptyIsNull(t *testing.T) {
	var diags diag.Diagnostics
	m, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"b": "2", "a": "1"})
	got := TagsToAPI(context.Background(), m, &diags)
	if diags.HasError() || len(got) != 2 || got[0] != (tencent.Tag{Key: "a", Value: "1"}) {
		t.Fatalf("TagsToAPI = %v %v", got, diags)
	}
	if !TagsFromAPI(got).Equal(m) {
		t.Fatal("round trip changed the tags")
	}
	if !TagsFromAPI(nil).IsNull() {
		t.Fatal("no tags must be a null map")
	}
}

func TestSplitImportID_OneGrammar(t *testing.T) {
	parts, err := SplitImportID("lb-1/lbl-2", 2, "<lb-id>/<listener-id>")
	if err != nil || fmt.Sprint(parts) != "[lb-1 lbl-2]" {
		t.Fatalf("SplitImportID = %v, %v", parts, err)
	}
	for _, bad := range []string{"lb-1", "lb-1/", "/lbl-2", "a/b/c", "lb-1:lbl-2"} {
		if _, err := SplitImportID(bad, 2, "<lb-id>/<listener-id>"); err == nil || !strings.Contains(err.Error(), "<lb-id>/<listener-id>") {
			t.Errorf("SplitImportID(%q) = %v; want an error naming the form", bad, err)
		}
	}
	if got := JoinImportID("ap-hangzhou-ecm", "eni-1", "10.0.0.2,10.0.0.3"); got != "ap-hangzhou-ecm/eni-1/10.0.0.2,10.0.0.3" {
		t.Errorf("JoinImportID = %q", got)
	}
	if got := SplitImportIDList("fe80::1,10.0.0.3"); len(got) != 2 || got[0] != "fe80::1" {
		t.Errorf("SplitImportIDList = %q (IPv6 colons must survive)", got)
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
		"huawei api error": {&huawei.APIError{Status: 409, Code: "DBS.200019", Message: "busy", RequestID: "x-1", Service: "taurusdb",
			Operation: "UpdateGaussMySqlInstanceEip", Method: "PUT", Path: "/v3/p/instances/i/public-ips/bind"},
			[]string{"DBS.200019", "busy", "X-Request-Id: x-1", "409", "taurusdb:UpdateGaussMySqlInstanceEip", "PUT /v3/p/instances/i/public-ips/bind"}},
		"huawei configuration": {&huawei.ConfigError{Msg: "no Huawei Cloud credentials"}, []string{"Provider configuration: no Huawei Cloud credentials"}},
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

func TestSortAddressesAndMinus(t *testing.T) {
	got := SortAddresses([]string{"10.0.0.10", "x", "10.0.0.9", "2001:db8::1", "10.0.0.100"})
	if want := []string{"10.0.0.9", "10.0.0.10", "10.0.0.100", "2001:db8::1", "x"}; !slices.Equal(got, want) {
		t.Errorf("SortAddresses = %v, want %v (numeric, non-addresses last)", got, want)
	}
	if got := Minus([]string{"a", "b", "c", "b"}, []string{"b"}); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("Minus = %v", got)
	}
}
