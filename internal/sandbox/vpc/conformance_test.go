package vpc_test

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// sandboxChoices is the committed allowlist of the conformance check in main_test.go (TestMain).
// The front door's own answers before an action runs are common codes, and every code the VPC
// handlers answer is in the action's table (seed or companion) or common, so it is empty.
var sandboxChoices = []sandboxtest.AllowedCode{}

// TestErrorCodeConformance provokes errors in every emulated action (bodies that are not objects,
// unknown and mistyped parameters, missing and unserved regions, malformed and unknown IDs, paging
// and filter abuse, state conflicts, quotas, exhaustion) so that TestMain's figure of documented
// codes produced means something. Each case only has to fail; which code it answers is judged by
// TestMain against the documents. Deterministic: a fake clock, fixed inputs.
func TestErrorCodeConformance(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, eni := h.network()
	busy := h.moreENI(subnetID)
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1, "ClientToken": "conf-1"})
	h.finish()
	h.assign(map[string]any{"NetworkInterfaceId": busy, "SecondaryPrivateIpAddressCount": 1}) // stays RUNNING below

	mustFail := func(action string, params any) {
		t.Helper()
		if resp, code := h.api.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	var actions []string
	for a := range vpc.New().Service().Actions {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	for _, a := range actions {
		mustFail(a, "[]")
		mustFail(a, "{")
		mustFail(a, map[string]any{"Bogus": 1})
		if _, code := h.api.InRegion("").Call(a, map[string]any{}); code == "" {
			t.Errorf("%s without a region succeeded", a)
		}
		if _, code := h.api.InRegion("xx-nowhere").Call(a, map[string]any{}); code == "" {
			t.Errorf("%s in an unserved region succeeded", a)
		}
		if a != "DescribeNetworkInterfaces" { // {} lists every ENI of the region
			mustFail(a, map[string]any{})
		}
	}

	// DescribeUsedIpAddress.
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-!"})
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.1.0.1"}})
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "IpAddresses": hosts(1, 0, 101)})
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "Limit": 1000})
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-zzzzzzzz"})
	mustFail("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "SubnetId": "subnet-zzzzzzzz"})

	// AssignPrivateIpAddresses.
	assign := func(params map[string]any) {
		t.Helper()
		if _, ok := params["NetworkInterfaceId"]; !ok {
			params["NetworkInterfaceId"] = eni
		}
		mustFail("AssignPrivateIpAddresses", params)
	}
	assign(map[string]any{"NetworkInterfaceId": "eni-!", "SecondaryPrivateIpAddressCount": 1})
	assign(map[string]any{"NetworkInterfaceId": "eni-zzzzzzzz", "SecondaryPrivateIpAddressCount": 1})
	assign(map[string]any{"NetworkInterfaceId": busy, "SecondaryPrivateIpAddressCount": 1})
	assign(map[string]any{"SecondaryPrivateIpAddressCount": 100})
	assign(map[string]any{"SecondaryPrivateIpAddressCount": -1})
	assign(map[string]any{"SecondaryPrivateIpAddressCount": 1, "QosLevel": "Gold"})
	assign(map[string]any{"SecondaryPrivateIpAddressCount": 2, "ClientToken": "conf-1"})
	assign(map[string]any{"SecondaryPrivateIpAddressCount": 1, "ClientToken": strings.Repeat("x", 65)})
	assign(map[string]any{"PrivateIpAddresses": specs(hosts(1, 10, 11)...)})
	assign(map[string]any{"PrivateIpAddresses": specs("10.0.1.9", "10.0.1.9")})
	assign(map[string]any{"PrivateIpAddresses": specs("10.0.1.1")})
	assign(map[string]any{"PrivateIpAddresses": specs("10.0.9.9")})
	assign(map[string]any{"PrivateIpAddresses": specs(got[0])})
	assign(map[string]any{"PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": "10.0.1.9", "Primary": true}}})
	small := newHarness(t, sandbox.Options{Limits: map[string]int{vpc.LimitPrivateIPsPerENI: 1000}})
	small.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-small001", Region: region, CidrBlock: "10.1.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-small001", VpcId: "vpc-small001", CidrBlock: "10.1.0.0/29", Zone: zone}},
		ENIs:    []fixtureENI{{NetworkInterfaceId: "eni-small001", SubnetId: "subnet-small001"}},
	})
	if _, code := small.api.Call("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-small001", "SecondaryPrivateIpAddressCount": 5}); code == "" {
		t.Error("5 addresses from a /29 holding one succeeded")
	}

	// UnassignPrivateIpAddresses.
	unassign := func(params map[string]any) {
		t.Helper()
		if _, ok := params["NetworkInterfaceId"]; !ok {
			params["NetworkInterfaceId"] = eni
		}
		mustFail("UnassignPrivateIpAddresses", params)
	}
	unassign(map[string]any{"NetworkInterfaceId": "eni-!", "PrivateIpAddresses": specs(got[0])})
	unassign(map[string]any{"NetworkInterfaceId": "eni-zzzzzzzz", "PrivateIpAddresses": specs(got[0])})
	unassign(map[string]any{"NetworkInterfaceId": busy, "PrivateIpAddresses": specs("10.0.1.3")})
	unassign(map[string]any{"PrivateIpAddresses": specs(hosts(1, 10, 11)...)})
	unassign(map[string]any{"PrivateIpAddresses": specs(got[0], got[0])})
	unassign(map[string]any{"PrivateIpAddresses": specs("10.0.1.2")})
	unassign(map[string]any{"PrivateIpAddresses": specs("10.0.1.99")})
	unassign(map[string]any{"PrivateIpAddresses": specs(got[0]), "InstanceId": "ins-00000001"})

	// DescribeNetworkInterfaces.
	mustFail("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": []string{eni}, "Filters": []filter{{Name: "vpc-id", Values: []string{vpcID}}}})
	mustFail("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": hosts(0, 0, 101)})
	mustFail("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": []string{"eni-!"}})
	mustFail("DescribeNetworkInterfaces", map[string]any{"Limit": 1000})
	mustFail("DescribeNetworkInterfaces", map[string]any{"Filters": []filter{{Name: "no-such", Values: []string{"x"}}}})
	mustFail("DescribeNetworkInterfaces", map[string]any{"Filters": []any{1}})
	mustFail("DescribeNetworkInterfaces", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id", "Values": 1}}})

	// DescribeVpcTaskResult.
	mustFail("DescribeVpcTaskResult", map[string]any{"TaskId": "not-a-request-id"})
	mustFail("DescribeVpcTaskResult", map[string]any{"TaskId": "00000000-0000-4000-8000-000000000000"})
}

// The checker itself: an undocumented code fails, with the action and code named; injected codes,
// other services and unknown actions do not.
func TestConformanceCheckerCatches(t *testing.T) {
	c := newConformance()
	c.Add(tencentapi.Answer{Service: "vpc", Action: "DescribeVpcTaskResult", Code: "InvalidParameterValue.Malformed"})
	c.Add(tencentapi.Answer{Service: "vpc", Action: "DescribeUsedIpAddress", Code: "Injected.Code", Injected: true})
	c.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeUsedIpAddress", Code: "Other.Service"})
	c.Add(tencentapi.Answer{Service: "vpc", Action: "DescribeUniverse", Code: "InvalidAction"})
	c.Add(tencentapi.Answer{Service: "vpc", Action: "UnassignPrivateIpAddresses", Code: "UnsupportedRegion"})
	c.Add(tencentapi.Answer{Service: "vpc", Action: "DescribeUsedIpAddress", Code: "InvalidParameterValue.ParameterMismatch"})
	var out bytes.Buffer
	if c.Check(&out) {
		t.Fatalf("an undocumented code passed:\n%s", out.String())
	}
	text := out.String()
	if !strings.Contains(text, "DescribeVpcTaskResult answered InvalidParameterValue.Malformed") || strings.Count(text, " answered ") != 1 {
		t.Fatalf("report:\n%s", text)
	}
	if !regexp.MustCompile(`(?m)^ +DescribeUsedIpAddress +1/ 2 `).MatchString(text) || !regexp.MustCompile(`(?m)^ +\*DescribeVpcTaskResult +0/ 5 `).MatchString(text) {
		t.Fatalf("coverage lines:\n%s", text)
	}
}
