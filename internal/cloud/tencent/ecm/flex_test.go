package ecm

import (
	"encoding/json"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

func TestFlexString_DecodesStringNumberAndNull(t *testing.T) {
	for in, want := range map[string]FlexString{`{"TaskId":"123"}`: "123", `{"TaskId":1528600}`: "1528600", `{"TaskId":null}`: ""} {
		var v struct{ TaskId FlexString }
		if err := json.Unmarshal([]byte(in), &v); err != nil || v.TaskId != want {
			t.Errorf("%s -> %q, %v; want %q", in, v.TaskId, err, want)
		}
	}
	var v struct{ TaskId FlexString }
	if err := json.Unmarshal([]byte(`{"TaskId":true}`), &v); err == nil {
		t.Error("a boolean task id must not decode")
	}
}

func TestModifyRequests_EmptyTagsClearButNilLeaves(t *testing.T) {
	empty := []tencent.Tag{}
	b, _ := json.Marshal(ModifyVpcAttributeRequest{VpcId: "vpc-1", EcmRegion: "r", Tags: &empty})
	if string(b) != `{"VpcId":"vpc-1","EcmRegion":"r","Tags":[]}` {
		t.Fatalf("empty tags: %s", b)
	}
	b, _ = json.Marshal(ModifySubnetAttributeRequest{SubnetId: "subnet-1", EcmRegion: "r"})
	if string(b) != `{"SubnetId":"subnet-1","EcmRegion":"r"}` {
		t.Fatalf("nil tags: %s", b)
	}
}

func TestFlexBool_DecodesBooleansAndTheirStrings(t *testing.T) {
	for in, want := range map[string]FlexBool{`true`: true, `false`: false, `"true"`: true, `"TRUE"`: true, `"false"`: false, `null`: false, `"1"`: true, `0`: false, `1`: true} {
		var v struct{ IsDefault FlexBool }
		if err := json.Unmarshal([]byte(`{"IsDefault":`+in+`}`), &v); err != nil || v.IsDefault != want {
			t.Errorf("%s -> %v, %v; want %v", in, v.IsDefault, err, want)
		}
	}
	var v struct{ IsDefault FlexBool }
	if err := json.Unmarshal([]byte(`{"IsDefault":"maybe"}`), &v); err == nil {
		t.Error(`"maybe" decoded as a boolean`)
	}
}
