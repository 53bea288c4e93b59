package securitygrouppolicies

import (
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// The seed's DescribeSecurityGroupPolicies output example, decoded through the client types.
const seedPolicies = `{"SecurityGroupPolicySet":{"Version":"1","Egress":[{"PolicyIndex":1,"Protocol":"tcp","Port":"80","ServiceTemplate":{"ServiceId":"","ServiceGroupId":""},"SecurityGroupId":"","CidrBlock":"20.0.0.0/16","Action":"ACCEPT","PolicyDescription":"test1","AddressTemplate":{"AddressId":"","AddressGroupId":""}}],"Ingress":[{"PolicyIndex":2,"Protocol":"tcp","Port":"8080","ServiceTemplate":{"ServiceId":"","ServiceGroupId":""},"SecurityGroupId":"","CidrBlock":"10.0.0.0/16","Action":"ACCEPT","PolicyDescription":"test-2","AddressTemplate":{"AddressId":"","AddressGroupId":""}}]}}`

func TestFromAPI_SeedExampleInCanonicalSpelling(t *testing.T) {
	var out ecm.DescribeSecurityGroupPoliciesResponse
	if err := json.Unmarshal([]byte(seedPolicies), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.SecurityGroupPolicySet)
	if m.Version.ValueString() != "1" || len(m.Ingress) != 1 || len(m.Egress) != 1 {
		t.Fatalf("model %+v", m)
	}
	in := m.Ingress[0]
	if in.Protocol.ValueString() != "TCP" || in.Port.ValueString() != "8080" || in.Action.ValueString() != "ACCEPT" ||
		in.CidrBlock.ValueString() != "10.0.0.0/16" || !in.SecurityGroupID.IsNull() || in.Description.ValueString() != "test-2" {
		t.Fatalf("ingress rule %+v", in)
	}
}

func TestPolicySet_BothDirectionsAlwaysSentNormalised(t *testing.T) {
	m := resourceModel{Ingress: []ruleModel{{
		Protocol: tfutil.NewCaseInsensitiveString("udp"), Port: tfutil.NewCaseInsensitiveString("ALL"),
		CidrBlock: types.StringValue("10.0.0.0/8"), SecurityGroupID: types.StringNull(),
		Action: tfutil.NewCaseInsensitiveString("accept"), Description: types.StringNull(),
	}}}
	b, err := json.Marshal(m.policySet())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"Egress":[],"Ingress":[{"Protocol":"UDP","Port":"all","CidrBlock":"10.0.0.0/8","Action":"ACCEPT"}]}`
	if string(b) != want {
		t.Fatalf("request\n got %s\nwant %s", b, want)
	}
}

func TestVersionDelta(t *testing.T) {
	if d, ok := versionDelta("4", "5"); !ok || d != 1 {
		t.Fatalf("4 -> 5: %d %v", d, ok)
	}
	if d, ok := versionDelta("4", "7"); !ok || d != 3 {
		t.Fatalf("4 -> 7: %d %v", d, ok)
	}
	if _, ok := versionDelta("", "1"); ok {
		t.Fatal("an empty version compared")
	}
}
