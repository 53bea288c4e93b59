package ecm_test

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// sandboxChoices is the committed allowlist of the conformance check in
// main_test.go (TestMain).
//
// The front door's own answers before an action runs (UnsupportedProtocol,
// InvalidRequest, RequestSizeLimitExceeded, AuthFailure.*, NoSuchProduct,
// NoSuchVersion, MissingParameter, InvalidAction, UnknownParameter,
// RequestLimitExceeded) are all common codes of the document, so no entry is
// needed for them.
var sandboxChoices = []sandboxtest.AllowedCode{
	// Empty: every code the emulated actions answer is in their own table or a common code. A
	// choice the sandbox must make where the document is silent goes here, with its reason.
}

// TestErrorCodeConformance provokes errors in every emulated action — bad,
// missing, unknown and mistyped parameters, unknown regions, malformed and
// unknown IDs, paging and filter abuse, state conflicts and quota exhaustion —
// so that TestMain's figure of documented codes produced means something.
// Each case only has to fail; which code it answers is judged by TestMain
// against the document. Deterministic: a fake clock, fixed inputs.
func TestErrorCodeConformance(t *testing.T) {
	h := sandboxtest.New(t, sandbox.Options{TaskDuration: 0})
	const region, zone = sandboxtest.Region, sandboxtest.Zone
	vpc := h.CreateVpc("10.0.0.0/16")
	subnet := h.CreateSubnet(vpc, "10.0.1.0/24")
	eips, task := h.Allocate(1)
	h.TaskResult(task) // completes the allocation
	eip := eips[0]

	mustFail := func(action string, params any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	// probe records what the sandbox answers without requiring a failure:
	// cases where the document does not say the call must fail (an unknown
	// but well-formed ID is an empty list, lengths the document does not
	// bound), kept so their codes are judged whatever they are.
	probe := func(action string, params any) { _, _ = h.Call(action, params) }
	r := func(kv ...any) map[string]any {
		m := map[string]any{"EcmRegion": region}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	many := func(prefix string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("%s-%08x", prefix, i+1)
		}
		return out
	}

	// Every action: a body that is not an object, an unknown parameter, a
	// region of the wrong type, an unknown and a malformed region, nothing.
	actions := make([]string, 0)
	for a := range ecm.New().Service().Actions {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	for _, a := range actions {
		mustFail(a, "[]")
		mustFail(a, "{")
		mustFail(a, r("Bogus", 1))
		mustFail(a, map[string]any{"EcmRegion": 1})
		mustFail(a, map[string]any{"EcmRegion": "xx-nowhere-ecm"}) // not in the region catalog
		mustFail(a, map[string]any{"EcmRegion": "not a region!"})
		if a != "DescribeVpcs" && a != "DescribeSubnets" && a != "DescribeAddresses" && a != "DescribeNode" &&
			a != "DescribeSnapshots" && a != "DescribePackingQuotaGroup" && // every filter optional (snapshots.go, packingquota.go)
			a != "DescribeSecurityGroups" && a != "DescribeSecurityGroupLimits" && // global lists: {} is a valid call
			a != "DescribeInstanceTypeConfig" && a != "DescribeConfig" && a != "DescribeImage" && a != "DescribeModule" && a != "DescribeInstances" &&
			a != "DescribeRouteTables" && a != "DescribeHaVips" && a != "DescribeNetworkInterfaces" && // every parameter optional (routetable.go, havip.go, eni.go)
			a != "DescribeLoadBalancers" { // every parameter optional (clb_lb.go)
			mustFail(a, map[string]any{})
		} else {
			probe(a, map[string]any{}) // may list every region (DescribeNode: every node)
		}
	}

	// Describe*: IDs and filters together, too many IDs, malformed IDs,
	// paging out of range, unknown filters, too many filter values, bad sort.
	for _, d := range []struct{ action, ids, prefix string }{
		{"DescribeVpcs", "VpcIds", "vpc"}, {"DescribeSubnets", "SubnetIds", "subnet"}, {"DescribeAddresses", "AddressIds", "eip"},
	} {
		mustFail(d.action, r(d.ids, []string{d.prefix + "-00000001"}, "Filters", []map[string]any{{"Name": "x", "Values": []string{"y"}}}))
		mustFail(d.action, r(d.ids, many(d.prefix, 101)))
		mustFail(d.action, r("Filters", []map[string]any{{"Name": "no-such-filter", "Values": []string{"y"}}}))
		mustFail(d.action, r("Filters", []map[string]any{{"Name": "x", "Values": "y"}}))
		mustFail(d.action, r("Offset", -1))
		mustFail(d.action, r("Limit", 1000))
		mustFail(d.action, r("Limit", "many"))
		mustFail(d.action, r(d.ids, "not-a-list"))
		mustFail(d.action, r(d.ids, []string{"!!malformed!!"}))
		probe(d.action, r(d.ids, []string{d.prefix + "-zzzzzzzz"}))
		probe(d.action, r("Sort", "sideways"))
		probe(d.action, r("Filters", []map[string]any{{"Name": "vpc-id", "Values": many("vpc", 101)}}))
	}

	// VPCs.
	mustFail("CreateVpc", r("VpcName", "v", "CidrBlock", "10.0.0.0/33"))
	mustFail("CreateVpc", r("VpcName", "v", "CidrBlock", "8.8.0.0/16"))
	mustFail("CreateVpc", r("VpcName", strings.Repeat("n", 61), "CidrBlock", "10.0.0.0/16"))
	mustFail("CreateVpc", r("VpcName", "v"))
	mustFail("CreateVpc", r("CidrBlock", "10.0.0.0/16"))
	mustFail("CreateVpc", r("VpcName", "v", "CidrBlock", "10.0.0.0/16", "DnsServers", []string{"1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.5"}))
	mustFail("CreateVpc", r("VpcName", "v", "CidrBlock", "10.0.0.0/16", "DnsServers", []string{"dns"}))
	probe("CreateVpc", r("VpcName", "v", "CidrBlock", "10.0.0.0/16", "Description", strings.Repeat("d", 101)))
	mustFail("CreateVpc", r("VpcName", "v", "CidrBlock", "10.0.0.0/16", "Tags", []map[string]any{{"Key": "", "Value": "v"}}))
	mustFail("ModifyVpcAttribute", r("VpcId", "vpc-00000000", "VpcName", "x"))
	mustFail("ModifyVpcAttribute", r("VpcId", "!!", "VpcName", "x"))
	mustFail("ModifyVpcAttribute", r("VpcId", vpc, "VpcName", strings.Repeat("n", 61)))
	mustFail("ModifyVpcAttribute", r("VpcId", vpc, "VpcName", 5))
	mustFail("DeleteVpc", r("VpcId", "vpc-00000000"))
	mustFail("DeleteVpc", r("VpcId", "!!"))
	mustFail("DeleteVpc", r("VpcId", subnet))
	mustFail("DeleteVpc", r("VpcId", vpc)) // it has a subnet

	// An unknown region with otherwise complete parameters: the region check itself.
	nowhere := func(kv ...any) map[string]any {
		m := r(kv...)
		m["EcmRegion"] = "xx-nowhere-ecm"
		return m
	}
	mustFail("CreateVpc", nowhere("VpcName", "v", "CidrBlock", "10.9.0.0/16"))
	mustFail("ModifyVpcAttribute", nowhere("VpcId", vpc, "VpcName", "x"))
	mustFail("DeleteVpc", nowhere("VpcId", vpc))
	mustFail("CreateSubnet", nowhere("VpcId", vpc, "SubnetName", "s", "CidrBlock", "10.0.9.0/24", "Zone", zone))
	mustFail("ModifySubnetAttribute", nowhere("SubnetId", subnet, "SubnetName", "x"))
	mustFail("DeleteSubnet", nowhere("SubnetId", subnet))
	mustFail("DescribeDefaultSubnet", r("Zone", region+"-99"))

	// Subnets.
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "10.0.1.0/24", "Zone", zone))    // conflict
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "192.168.0.0/24", "Zone", zone)) // outside the VPC
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "10.0.2.0/30", "Zone", zone))    // too small
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "10.0.2.0/24", "Zone", "xx-1"))  // unknown zone
	mustFail("CreateSubnet", r("VpcId", "vpc-00000000", "SubnetName", "s", "CidrBlock", "10.0.2.0/24", "Zone", zone))
	mustFail("CreateSubnet", r("VpcId", "!!", "SubnetName", "s", "CidrBlock", "10.0.2.0/24", "Zone", zone))
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", strings.Repeat("n", 61), "CidrBlock", "10.0.2.0/24", "Zone", zone))
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "10.0.2.0/24"))
	mustFail("CreateSubnet", r("VpcId", vpc, "SubnetName", "s", "CidrBlock", "banana", "Zone", zone))
	mustFail("ModifySubnetAttribute", r("SubnetId", "subnet-00000000", "SubnetName", "x"))
	mustFail("ModifySubnetAttribute", r("SubnetId", "!!", "SubnetName", "x"))
	mustFail("ModifySubnetAttribute", r("SubnetId", subnet, "SubnetName", strings.Repeat("n", 61)))
	mustFail("ModifySubnetAttribute", r("SubnetId", subnet, "EnableBroadcast", "maybe"))
	mustFail("DeleteSubnet", r("SubnetId", "subnet-00000000"))
	mustFail("DeleteSubnet", r("SubnetId", "!!"))
	mustFail("DeleteSubnet", r("SubnetId", vpc))

	// EIPs.
	mustFail("AllocateAddresses", r("AddressCount", 0))
	mustFail("AllocateAddresses", r("AddressCount", 1000))
	mustFail("AllocateAddresses", r("AddressCount", "one"))
	mustFail("AllocateAddresses", r("InternetMaxBandwidthOut", 0))
	mustFail("AllocateAddresses", r("InternetMaxBandwidthOut", 1000000))
	mustFail("AllocateAddresses", r("InternetServiceProvider", "ACME"))
	mustFail("AllocateAddresses", r("InstanceId", "ein-00000000"))
	mustFail("AllocateAddresses", r("NetworkInterfaceId", "eni-00000000"))
	mustFail("AllocateAddresses", r("PrivateIpAddress", "10.0.1.5"))
	mustFail("ModifyAddressAttribute", r("AddressId", "eip-00000000", "AddressName", "x"))
	mustFail("ModifyAddressAttribute", r("AddressId", "!!", "AddressName", "x"))
	mustFail("ModifyAddressAttribute", r("AddressId", eip, "AddressName", strings.Repeat("n", 200)))
	mustFail("ModifyAddressAttribute", r("AddressId", eip, "EipDirectConnection", "MAYBE"))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", []string{eip}, "InternetMaxBandwidthOut", 0))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", []string{eip}, "InternetMaxBandwidthOut", 1000000))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", []string{eip}))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", []string{"eip-00000000"}, "InternetMaxBandwidthOut", 10))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", []string{"!!"}, "InternetMaxBandwidthOut", 10))
	mustFail("ModifyAddressesBandwidth", r("AddressIds", many("eip", 101), "InternetMaxBandwidthOut", 10))
	mustFail("ReleaseAddresses", r("AddressIds", []string{"eip-00000000"}))
	mustFail("ReleaseAddresses", r("AddressIds", []string{"!!"}))
	mustFail("ReleaseAddresses", r("AddressIds", []string{}))
	mustFail("ReleaseAddresses", r("AddressIds", many("eip", 101)))
	mustFail("DescribeTaskResult", r("TaskId", "0"))
	mustFail("DescribeTaskResult", r("TaskId", "not-a-task"))
	mustFail("DescribeTaskResult", r("TaskId", []string{"1"}))

	// State conflicts: a bandwidth change or a release while a task runs.
	slow := sandboxtest.New(t, sandbox.Options{TaskDuration: 1 << 40})
	ids, _ := slow.Allocate(1)
	if _, code := slow.Call("ModifyAddressesBandwidth", r("AddressIds", ids, "InternetMaxBandwidthOut", 10)); code == "" {
		t.Error("a bandwidth change of an EIP still being allocated succeeded")
	}
	if _, code := slow.Call("ReleaseAddresses", r("AddressIds", ids)); code == "" {
		t.Error("releasing an EIP still being allocated succeeded")
	}

	// Quotas: lowered through the named limits where ECM declares them,
	// else exhausted at their defaults (bounded).
	exhaust := func(limit, what string, create func(i int) string) {
		t.Helper()
		_ = h.S.SetLimit(limit, 1) // ignored when ECM does not know the name
		for i := 0; i < 60; i++ {
			if code := create(i); code != "" {
				return
			}
		}
		t.Logf("quota of %s not reached after 60 creations (limit %s)", what, limit)
	}
	exhaust("ecm.vpcs_per_region", "VPCs", func(i int) string {
		_, code := h.Call("CreateVpc", r("VpcName", "q", "CidrBlock", fmt.Sprintf("10.%d.0.0/16", 100+i)))
		return code
	})
	exhaust("ecm.subnets_per_vpc", "subnets", func(i int) string {
		_, code := h.Call("CreateSubnet", r("VpcId", vpc, "SubnetName", "q", "CidrBlock", fmt.Sprintf("10.0.%d.0/28", 10+i), "Zone", zone))
		return code
	})
	exhaust("ecm.eips_per_region", "EIPs", func(int) string {
		_, code := h.Call("AllocateAddresses", r("AddressCount", 1))
		return code
	})
	daily := sandboxtest.New(t, sandbox.Options{})
	_ = daily.S.SetLimit("ecm.eip_daily_allocations", 1) // not enforced before ECM declares it
	for i := 0; i < 2; i++ {
		if _, code := daily.Call("AllocateAddresses", r("AddressCount", 1)); code != "" {
			break
		}
	}

	securityGroupProvocations(t, mustFail, probe)
	catalogProvocations(t)
	moduleProvocations(t)
	instanceOpsProvocations(t)
	routingProvocations(t)
	eniProvocations(t)
	clbProvocations(t)

	// Modifying an EIP still being allocated.
	if _, code := slow.Call("ModifyAddressAttribute", r("AddressId", ids[0], "AddressName", "x")); code == "" {
		t.Log("renaming an EIP still being allocated succeeded")
	}
}

// The checker itself: an undocumented code fails, with the action and code
// named; injected codes, other services, unknown actions and successes do not.
func TestConformanceCheckerCatches(t *testing.T) {
	l := newConformance()
	l.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeVpcs", Code: "Made.Up"})
	l.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeVpcs", Code: "Injected.Code", Injected: true})
	l.Add(tencentapi.Answer{Service: "cvm", Action: "DescribeVpcs", Code: "Other.Service"})
	l.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeUniverse", Code: "InvalidAction"})
	l.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeVpcs", Code: "InvalidParameterValue.InvalidFilter"})
	l.Add(tencentapi.Answer{Service: "ecm", Action: "DescribeVpcs"})
	var out bytes.Buffer
	if l.Check(&out) {
		t.Fatalf("an undocumented code passed:\n%s", out.String())
	}
	text := out.String()
	if !strings.Contains(text, "DescribeVpcs answered Made.Up") || strings.Count(text, " answered ") != 1 {
		t.Fatalf("report:\n%s", text)
	}
	if !regexp.MustCompile(`(?m)^ +DescribeVpcs +1/11 `).MatchString(text) {
		t.Fatalf("coverage line of DescribeVpcs:\n%s", text)
	}
}
