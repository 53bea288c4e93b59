package ecm_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// securityGroupProvocations is TestErrorCodeConformance's part for the
// security group and key pair actions (global: no EcmRegion).
func securityGroupProvocations(t *testing.T, mustFail, probe func(action string, params any)) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{})
	many := func(prefix string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("%s-%08x", prefix, i+1)
		}
		return out
	}
	fail := func(action string, params any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	_ = mustFail
	_ = probe
	g := sgCreate(h, "g")
	other := sgCreate(h, "other")
	ps := func(id string, set map[string]any) map[string]any {
		return map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set}
	}
	eg := func(p ...map[string]any) map[string]any { return map[string]any{"Egress": p} }
	r := rule

	// CreateSecurityGroup.
	fail("CreateSecurityGroup", map[string]any{"GroupDescription": "d"})
	fail("CreateSecurityGroup", map[string]any{"GroupName": "n"})
	fail("CreateSecurityGroup", map[string]any{"GroupName": strings.Repeat("n", 61), "GroupDescription": "d"})
	fail("CreateSecurityGroup", map[string]any{"GroupName": "n", "GroupDescription": strings.Repeat("d", 101)})
	fail("CreateSecurityGroup", map[string]any{"GroupName": "n", "GroupDescription": "d", "Tags": make([]tag, 51)})
	fail("CreateSecurityGroup", map[string]any{"GroupName": "n", "GroupDescription": "d", "Tags": []tag{{"k", strings.Repeat("v", 256)}}})
	fail("CreateSecurityGroup", map[string]any{"GroupName": 1, "GroupDescription": "d"})
	fail("CreateSecurityGroup", map[string]any{"GroupName": " ", "GroupDescription": "d"})

	// DescribeSecurityGroups.
	fail("DescribeSecurityGroups", map[string]any{"SecurityGroupIds": []string{g}, "Filters": []filter{{"security-group-id", []string{g}}}})
	fail("DescribeSecurityGroups", map[string]any{"SecurityGroupIds": many("esg", 101)})
	fail("DescribeSecurityGroups", map[string]any{"SecurityGroupIds": []string{"sg-1dd51d"}})
	fail("DescribeSecurityGroups", map[string]any{"Filters": []filter{{"no-such-filter", []string{"x"}}}})
	fail("DescribeSecurityGroups", map[string]any{"Filters": []filter{{"security-group-id", many("esg", 101)}}})
	fail("DescribeSecurityGroups", map[string]any{"Limit": 101})
	fail("DescribeSecurityGroups", map[string]any{"Offset": -1})
	probe("DescribeSecurityGroups", map[string]any{"SecurityGroupIds": []string{"esg-zzzzzzzz"}})
	probe("DescribeSecurityGroups", map[string]any{"Filters": []filter{{"tag:city", []string{"x"}}}})

	// ModifySecurityGroupAttribute.
	fail("ModifySecurityGroupAttribute", map[string]any{"GroupName": "x"})
	fail("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": "sg-f9ekbxeq", "GroupName": "x"})
	fail("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": "esg-00000000", "GroupName": "x"})
	fail("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": g, "GroupName": strings.Repeat("n", 61)})
	fail("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": g, "GroupName": ""})
	fail("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": g, "GroupDescription": 5})

	// DeleteSecurityGroup.
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": "sg-1dd51d"})
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": "esg-00000000"})
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": "esg-default0"})
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": []string{g}})

	// DescribeSecurityGroupPolicies.
	fail("DescribeSecurityGroupPolicies", map[string]any{"SecurityGroupId": "sg-1dd51d"})
	fail("DescribeSecurityGroupPolicies", map[string]any{"SecurityGroupId": "esg-00000000"})
	fail("DescribeSecurityGroupPolicies", map[string]any{"SecurityGroupId": 1})

	// CreateSecurityGroupPolicies: then a reference, a policy limit of 1.
	h.Ok("CreateSecurityGroupPolicies", ps(g, eg(r("tcp", "80", "10.0.0.0/16", ""))))
	h.Ok("CreateSecurityGroupPolicies", ps(other, map[string]any{"Ingress": []any{map[string]any{"Protocol": "all", "SecurityGroupId": g, "Action": "accept"}}}))
	for _, bad := range []map[string]any{
		{"SecurityGroupId": g}, // no set
		ps("sg-1dd51d", eg(r("tcp", "1", "1.1.1.1", ""))),
		ps("esg-00000000", eg(r("tcp", "1", "1.1.1.1", ""))),
		ps(g, map[string]any{}),
		ps(g, map[string]any{"Egress": []any{r("tcp", "1", "1.1.1.1", "")}, "Ingress": []any{r("tcp", "1", "1.1.1.1", "")}}),
		ps(g, map[string]any{"Version": "99", "Egress": []any{r("tcp", "1", "1.1.1.1", "")}}),
		ps(g, eg(r("tcp", "80", "10.0.0.0/16", ""))), // duplicate
		ps(g, eg(r("tcp", "1", "1.1.1.1", ""), r("tcp", "1", "1.1.1.1", ""))),
		ps(g, eg(r("tcp", "1", "300.1.1.1", ""))),
		ps(g, eg(r("bogus", "1", "1.1.1.1", ""))),
		ps(g, eg(r("icmp", "1", "1.1.1.1", ""))),
		ps(g, eg(map[string]any{"Protocol": "tcp", "CidrBlock": "1.1.1.1"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "Action": "accept"})),
		ps(g, eg(map[string]any{"CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "CidrBlock": "1.1.1.1", "SecurityGroupId": g, "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "ServiceTemplate": map[string]any{"ServiceId": "eppm-f5n1f8da"}, "CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"ServiceTemplate": map[string]any{"ServiceId": "bad"}, "CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "SecurityGroupId": "esg-00000000", "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "SecurityGroupId": "sg-1dd51d", "Action": "accept"})),
		ps(g, eg(map[string]any{"PolicyIndex": 5, "Protocol": "tcp", "CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"PolicyIndex": "0", "Protocol": "tcp", "CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "CidrBlock": "1.1.1.1", "Action": "accept", "Bogus": 1})),
	} {
		fail("CreateSecurityGroupPolicies", bad)
	}

	long := r("tcp", "7", "1.1.1.1", strings.Repeat("d", 101))
	fail("CreateSecurityGroupPolicies", ps(g, eg(long)))
	fail("CreateSecurityGroupPolicies", ps(g, eg(map[string]any{"PolicyIndex": 0, "Protocol": "tcp", "Port": "8", "CidrBlock": "1.1.1.1", "Action": "accept"},
		map[string]any{"PolicyIndex": 1, "Protocol": "tcp", "Port": "9", "CidrBlock": "1.1.1.1", "Action": "accept"})))
	fail("ModifySecurityGroupPolicies", ps(g, eg(long)))

	// ModifySecurityGroupPolicies.
	for _, bad := range []map[string]any{
		{"SecurityGroupId": g},
		ps("sg-1dd51d", eg()),
		ps("esg-00000000", eg()),
		ps(g, map[string]any{"Version": "99"}),
		ps(g, eg(r("tcp", "1", "1.1.1.1", ""), r("tcp", "1", "1.1.1.1", ""))),
		ps(g, eg(r("tcp", "1", "1.1.1.1/99", ""))),
		ps(g, eg(map[string]any{"PolicyIndex": 0, "Protocol": "tcp", "CidrBlock": "1.1.1.1", "Action": "accept"})),
		ps(g, eg(map[string]any{"Protocol": "tcp", "SecurityGroupId": "esg-00000000", "Action": "accept"})),
		ps(g, map[string]any{"Egress": "all"}),
	} {
		fail("ModifySecurityGroupPolicies", bad)
	}

	// ReplaceSecurityGroupPolicy.
	idx := func(i int, p map[string]any) map[string]any {
		p["PolicyIndex"] = i
		return p
	}
	for _, bad := range []map[string]any{
		{"SecurityGroupId": g},
		ps("sg-1dd51d", eg(idx(0, r("tcp", "1", "1.1.1.1", "")))),
		ps("esg-00000000", eg(idx(0, r("tcp", "1", "1.1.1.1", "")))),
		ps(g, eg(idx(9, r("tcp", "1", "1.1.1.1", "")))),
		ps(g, eg(r("tcp", "1", "1.1.1.1", ""))),
		ps(g, map[string]any{"Version": "99", "Egress": []any{idx(0, r("tcp", "1", "1.1.1.1", ""))}}),
		ps(g, eg(idx(0, r("tcp", "1", "1.1.1.1/40", "")))),
		ps(g, eg(idx(0, r("tcp", "1", "1.1.1.1", "")), idx(0, r("tcp", "2", "1.1.1.1", "")))),
		ps(g, map[string]any{"Egress": []any{idx(0, r("tcp", "1", "1.1.1.1", ""))}, "Ingress": []any{idx(0, r("tcp", "1", "1.1.1.1", ""))}}),
	} {
		fail("ReplaceSecurityGroupPolicy", bad)
	}

	// DeleteSecurityGroupPolicies.
	for _, bad := range []map[string]any{
		{"SecurityGroupId": g},
		ps("sg-1dd51d", eg(map[string]any{"PolicyIndex": 0})),
		ps("esg-00000000", eg(map[string]any{"PolicyIndex": 0})),
		ps(g, eg(map[string]any{"PolicyIndex": 9})),
		ps(g, eg(map[string]any{"PolicyIndex": 0, "Protocol": "tcp"})),
		ps(g, eg(map[string]any{"PolicyIndex": 0}, r("tcp", "80", "10.0.0.0/16", ""))),
		ps(g, map[string]any{"Version": "99", "Egress": []any{map[string]any{"PolicyIndex": 0}}}),
		ps(g, eg(r("tcp", "81", "10.0.0.0/16", ""))),
		ps(g, map[string]any{}),
		ps(g, map[string]any{"Egress": []any{map[string]any{"PolicyIndex": 0}}, "Ingress": []any{map[string]any{"PolicyIndex": 0}}}),
	} {
		fail("DeleteSecurityGroupPolicies", bad)
	}

	// DeleteSecurityGroup of a referenced group; statistics.
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": g})
	fail("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": many("esg", 101)})
	fail("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{"sg-1dd51d"}})
	fail("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{"esg-00000000"}})
	fail("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": "esg-00000000"})
	fail("DescribeSecurityGroupLimits", map[string]any{"Limit": 1})
	fail("DescribeSecurityGroupLimits", "[]")

	// Quotas through the named limits.
	_ = h.S.SetLimit("ecm.security_groups", 3)
	fail("CreateSecurityGroup", map[string]any{"GroupName": "q", "GroupDescription": "d"})
	_ = h.S.SetLimit("ecm.security_group_policies", 1)
	fail("CreateSecurityGroupPolicies", ps(g, eg(r("udp", "1", "1.1.1.1", ""))))
	fail("CreateSecurityGroupPolicies", ps(g, map[string]any{"Ingress": []any{r("udp", "1", "1.1.1.1", ""), r("udp", "2", "1.1.1.1", "")}}))
	fail("ModifySecurityGroupPolicies", ps(g, eg(r("udp", "1", "1.1.1.1", ""), r("udp", "2", "1.1.1.1", ""))))

	// CreateKeyPair.
	fail("CreateKeyPair", map[string]any{})
	fail("CreateKeyPair", map[string]any{"KeyName": "bad-name"})
	fail("CreateKeyPair", map[string]any{"KeyName": strings.Repeat("k", 26)})
	fail("CreateKeyPair", map[string]any{"KeyName": 7})
	h.Ok("CreateKeyPair", map[string]any{"KeyName": "dup"})
	fail("CreateKeyPair", map[string]any{"KeyName": "DUP"})
}
