package ecm_test

import (
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"
)

// Seed replays of the security group and key pair actions (TestSeedReplay
// runs them). The examples name groups that do not exist, so each setup
// makes the group (and the policies the example acts on) and substitutes its
// ID and current Version.

// sgCreate makes a security group and returns its ID.
func sgCreate(h *harness, name string) string {
	resp := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": name, "GroupDescription": "test-group-desc"})
	return resp["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
}

// sgPolicies sets a group's policies (ModifySecurityGroupPolicies) and returns the new Version.
func sgPolicies(h *harness, id string, egress, ingress []map[string]any) string {
	h.Ok("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": id,
		"SecurityGroupPolicySet": map[string]any{"Egress": egress, "Ingress": ingress}})
	return sgVersion(h, id)
}

func sgVersion(h *harness, id string) string {
	resp := h.Ok("DescribeSecurityGroupPolicies", map[string]any{"SecurityGroupId": id})
	return resp["SecurityGroupPolicySet"].(map[string]any)["Version"].(string)
}

func rule(proto, port, cidr, desc string) map[string]any {
	return map[string]any{"Protocol": proto, "Port": port, "CidrBlock": cidr, "Action": "accept", "PolicyDescription": desc}
}

func sgSeedCases() []seedCase {
	withGroup := func(exampleID string, egress, ingress []map[string]any, exampleVersion string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) {
			id := sgCreate(h, "TestGroup")
			from, to := []string{exampleID}, []string{id}
			if egress != nil || ingress != nil {
				v := sgPolicies(h, id, egress, ingress)
				if exampleVersion != "" {
					from, to = append(from, "Version="+exampleVersion), append(to, "Version="+v)
				}
			}
			return from, to
		}
	}
	ints := []string{"PolicyIndex"}
	return []seedCase{
		{name: "CreateSecurityGroup", action: "CreateSecurityGroup", in: seedCreateSecurityGroupIn, out: seedCreateSecurityGroupOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				g := resp["SecurityGroup"].(map[string]any)
				if g["IsDefault"] != false || !strings.HasPrefix(g["SecurityGroupId"].(string), "esg-") || len(g["SecurityGroupId"].(string)) != 12 {
					t.Fatalf("group %v", g)
				}
			}},
		{name: "DescribeSecurityGroups", action: "DescribeSecurityGroups", in: seedDescribeSecurityGroupsIn,
			// IsDefault: a boolean, as typed (the example's "true" is a string).
			out:   strings.Replace(seedDescribeSecurityGroupsOut, `"IsDefault":"true"`, `"IsDefault":true`, 1),
			ints:  []string{"Limit"},
			setup: withGroup("esg-05bb4upy", nil, nil, ""),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if resp["TotalCount"].(float64) != 1 {
					t.Fatalf("%v", resp)
				}
			}},
		{name: "ModifySecurityGroupAttribute", action: "ModifySecurityGroupAttribute", in: seedModifySecurityGroupAttributeIn,
			out: seedModifySecurityGroupAttributeOut, setup: withGroup("esg-33ocnj9n", nil, nil, "")},
		{name: "DeleteSecurityGroup", action: "DeleteSecurityGroup", in: seedDeleteSecurityGroupIn,
			out: seedDeleteSecurityGroupOut, setup: withGroup("esg-kxxx1gb1", nil, nil, "")},
		{name: "DescribeSecurityGroupPolicies", action: "DescribeSecurityGroupPolicies", in: seedDescribeSecurityGroupPoliciesIn,
			out: seedDescribeSecurityGroupPoliciesOut,
			setup: withGroup("esg-ohuuioma", []map[string]any{rule("TCP", "80", "20.0.0.0/16", "test1")},
				[]map[string]any{rule("tcp", "8080", "10.0.0.0/16", "test-2")}, ""),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				set := resp["SecurityGroupPolicySet"].(map[string]any)
				eg := set["Egress"].([]any)[0].(map[string]any)
				if set["Version"] != "1" || eg["PolicyIndex"].(float64) != 0 || eg["Protocol"] != "tcp" || eg["Action"] != "ACCEPT" || eg["Port"] != "80" {
					t.Fatalf("%v", set)
				}
			}},
		{name: "CreateSecurityGroupPolicies", action: "CreateSecurityGroupPolicies", in: seedCreateSecurityGroupPoliciesIn,
			out: seedCreateSecurityGroupPoliciesOut, ints: ints,
			// PolicyIndex=1: the group needs one egress policy already (Version then 1, as the example's).
			setup: withGroup("esg-ohuuioma", []map[string]any{rule("UDP", "53", "10.0.0.0/16", "dns")}, nil, "1"),
			check: func(t *testing.T, h *harness, resp map[string]any) {}},
		{name: "ModifySecurityGroupPolicies", action: "ModifySecurityGroupPolicies", in: seedModifySecurityGroupPoliciesIn,
			out: seedModifySecurityGroupPoliciesOut, setup: withGroup("esg-ohuuioma", nil, nil, "")},
		{name: "ReplaceSecurityGroupPolicy", action: "ReplaceSecurityGroupPolicy", in: seedReplaceSecurityGroupPolicyIn,
			out: seedReplaceSecurityGroupPolicyOut, ints: ints,
			setup: withGroup("esg-ohuuioma", []map[string]any{rule("tcp", "22", "10.0.0.0/16", "a"), rule("tcp", "443", "10.0.0.0/16", "b")}, nil, "20")},
		{name: "DeleteSecurityGroupPolicies/1", action: "DeleteSecurityGroupPolicies", in: seedDeleteSecurityGroupPolicies1In,
			out:   seedDeleteSecurityGroupPoliciesOut,
			setup: withGroup("esg-ohuuioma", nil, []map[string]any{rule("tcp", "80", "10.0.0.0/16", "")}, "37")},
		{name: "DeleteSecurityGroupPolicies/2", action: "DeleteSecurityGroupPolicies", in: seedDeleteSecurityGroupPolicies2In,
			out: seedDeleteSecurityGroupPoliciesOut,
			// 10.9.89.9/25 is stored as its network, 10.9.89.0/25, and matches so.
			setup: withGroup("esg-ohuuioma", []map[string]any{rule("tcp", "80", "10.9.89.9/25", "")}, nil, "38")},
		{name: "DeleteSecurityGroupPolicies/3", action: "DeleteSecurityGroupPolicies", in: seedDeleteSecurityGroupPolicies3In,
			out: seedDeleteSecurityGroupPoliciesOut, ints: ints,
			setup: withGroup("esg-ohuuioma", nil, []map[string]any{rule("tcp", "80", "10.0.0.0/16", ""), rule("udp", "53", "10.0.0.0/16", "")}, "39")},
		{name: "DeleteSecurityGroupPolicies/4", action: "DeleteSecurityGroupPolicies", in: seedDeleteSecurityGroupPolicies4In,
			out: seedDeleteSecurityGroupPoliciesOut, ints: ints,
			setup: withGroup("esg-ohuuioma", []map[string]any{rule("tcp", "80", "10.0.0.0/16", ""), rule("udp", "53", "10.0.0.0/16", "")}, nil, "40")},
		{name: "DescribeSecurityGroupLimits", action: "DescribeSecurityGroupLimits", in: seedDescribeSecurityGroupLimitsIn,
			out: seedDescribeSecurityGroupLimitsOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				l := resp["SecurityGroupLimitSet"].(map[string]any)
				if l["SecurityGroupLimit"].(float64) != 50 || l["SecurityGroupPolicyLimit"].(float64) != 100 {
					t.Fatalf("%v", l)
				}
			}},
		{name: "DescribeSecurityGroupAssociationStatistics", action: "DescribeSecurityGroupAssociationStatistics",
			in: seedDescribeSecurityGroupAssociationStatisticsIn, out: seedDescribeSecurityGroupAssociationStatisticsOut,
			// Each of the two groups is referenced by one other group, as the example's SG counts.
			setup: func(h *harness) ([]string, []string) {
				a, b, c := sgCreate(h, "a"), sgCreate(h, "b"), sgCreate(h, "c")
				sgPolicies(h, c, []map[string]any{{"Protocol": "ALL", "SecurityGroupId": a, "Action": "ACCEPT"}},
					[]map[string]any{{"Protocol": "ALL", "SecurityGroupId": b, "Action": "ACCEPT"}})
				return []string{"esg-ohuuioma", "esg-2quou3gv"}, []string{a, b}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				for _, x := range resp["SecurityGroupAssociationStatisticsSet"].([]any) {
					if x.(map[string]any)["SG"].(float64) != 1 {
						t.Fatalf("%v", resp)
					}
				}
			}},
		{name: "CreateKeyPair", action: "CreateKeyPair", in: seedCreateKeyPairIn, out: seedCreateKeyPairOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				k := resp["KeyPair"].(map[string]any)
				block, _ := pem.Decode([]byte(k["PrivateKey"].(string)))
				if block == nil || block.Type != "RSA PRIVATE KEY" {
					t.Fatalf("private key %q", k["PrivateKey"])
				}
				if _, err := x509.ParsePKCS1PrivateKey(block.Bytes); err != nil {
					t.Fatal(err)
				}
				if k["KeyName"] != "tencent" || !strings.HasPrefix(k["PublicKey"].(string), "ssh-rsa AAAAB3NzaC1yc2E") ||
					!strings.HasSuffix(k["CreatedTime"].(string), "+00:00") {
					t.Fatalf("%v", k)
				}
			}},
	}
}

// Examples that fail against the group they name as the document writes
// them (its ID substituted, nothing else): their Version is not the group's.
func TestSGSeedExamplesExpectedToFail(t *testing.T) {
	for _, tc := range []struct {
		name, action, in, why string
		policies              bool
	}{
		{"CreateSecurityGroupPolicies", "CreateSecurityGroupPolicies", seedCreateSecurityGroupPoliciesIn,
			"Version=1 on a new group (Version 0); its PolicyIndex=1 is also past the end of an empty list", false},
		{"ReplaceSecurityGroupPolicy", "ReplaceSecurityGroupPolicy", seedReplaceSecurityGroupPolicyIn, "Version=20 is not the group's", true},
		{"DeleteSecurityGroupPolicies/1", "DeleteSecurityGroupPolicies", seedDeleteSecurityGroupPolicies1In, "Version=37 is not the group's", true},
		{"DeleteSecurityGroupPolicies/3", "DeleteSecurityGroupPolicies", seedDeleteSecurityGroupPolicies3In, "Version=39 is not the group's", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			t.Log(tc.why)
			id := sgCreate(h, "TestGroup")
			if tc.policies {
				two := []map[string]any{rule("tcp", "80", "10.0.0.0/16", ""), rule("udp", "53", "10.0.0.0/16", "")}
				sgPolicies(h, id, two, two)
			}
			in := strings.ReplaceAll(tc.in, "esg-ohuuioma", id)
			h.Fails(tc.action, queryToJSON(t, in, "PolicyIndex"), "UnsupportedOperation.VersionMismatch")
		})
	}
}

// The read_lag fault reaches the security group actions through the core:
// a lagged policy change is seen late by DescribeSecurityGroupPolicies, a
// lagged create by DescribeSecurityGroups.
func TestSecurityGroupReadLagFault(t *testing.T) {
	h := newHarness(t, Options{})
	id := sgCreate(h, "g")
	h.S.AddFault(Fault{Action: "CreateSecurityGroupPolicies", ReadLag: 1, Count: 1})
	h.Ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Egress": []any{rule("tcp", "80", "10.0.0.0/16", "")}}})
	if v := sgVersion(h, id); v != "0" {
		t.Fatalf("first describe after a lagged change: version %s", v)
	}
	if v := sgVersion(h, id); v != "1" {
		t.Fatalf("second describe: version %s", v)
	}
	h.S.AddFault(Fault{Action: "CreateSecurityGroup", ReadLag: 1, Count: 1})
	late := sgCreate(h, "late")
	ids := func() int {
		return len(h.Ok("DescribeSecurityGroups", map[string]any{"Filters": []filter{{"security-group-id", []string{late}}}})["SecurityGroupSet"].([]any))
	}
	if n := ids(); n != 0 {
		t.Fatal("a lagged create was seen at once")
	}
	if n := ids(); n != 1 {
		t.Fatal("a lagged create was not seen after the lag")
	}
}
