package ecm_test

import (
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

// The rules that let a provider bug pass when they are missing: malformed IDs,
// regions and zones from the catalog, default VPC and subnets, tags and
// filter values. Every code answered here must be one the document allows
// the action (its table or the common codes).

type ruleCase struct {
	name, action string
	params       map[string]any
	want         string
}

func checkRules(t *testing.T, h *harness, cases []ruleCase) {
	t.Helper()
	table := ecm.LoadErrorTable(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h.T = t
			h.Fails(tc.action, tc.params, tc.want)
			if !table.Documented(tc.action, tc.want) {
				t.Errorf("%s answers %s, which its table does not list", tc.action, tc.want)
			}
		})
	}
}

func TestMalformedIDsAreNotNotFound(t *testing.T) {
	h := newHarness(t, Options{})
	r := testRegion
	ids := func(v ...string) []string { return v }
	checkRules(t, h, []ruleCase{
		{"DescribeVpcs", "DescribeVpcs", map[string]any{"VpcIds": ids("vpc-Upper")}, "InvalidParameterValue.Malformed"},
		{"DescribeVpcs/prefix", "DescribeVpcs", map[string]any{"VpcIds": ids("subnet-abc123")}, "InvalidParameterValue.Malformed"},
		{"ModifyVpcAttribute (no Malformed in its table)", "ModifyVpcAttribute", map[string]any{"VpcId": "vpc-vpc-q6cke2sv", "EcmRegion": r, "VpcName": "x"}, "InvalidParameterValue"},
		{"DeleteVpc", "DeleteVpc", map[string]any{"VpcId": "vpc_abc", "EcmRegion": r}, "InvalidParameterValue.Malformed"},
		{"CreateSubnet", "CreateSubnet", map[string]any{"VpcId": "vpc-", "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": testZone, "EcmRegion": r}, "InvalidParameterValue.Malformed"},
		{"DescribeSubnets", "DescribeSubnets", map[string]any{"SubnetIds": ids("subnet-ok12", "subnet-x y")}, "InvalidParameterValue.Malformed"},
		{"ModifySubnetAttribute", "ModifySubnetAttribute", map[string]any{"SubnetId": "sub-abc", "EcmRegion": r, "SubnetName": "x"}, "InvalidParameterValue.Malformed"},
		{"DeleteSubnet", "DeleteSubnet", map[string]any{"SubnetId": "subnet-ABC", "EcmRegion": r}, "InvalidParameterValue.Malformed"},
		{"DescribeAddresses", "DescribeAddresses", map[string]any{"EcmRegion": r, "AddressIds": ids("eip-1.2")}, "UnsupportedOperation.Malformed"},
		{"ModifyAddressAttribute", "ModifyAddressAttribute", map[string]any{"EcmRegion": r, "AddressId": "203.0.113.1", "AddressName": "x"}, "UnsupportedOperation.Malformed"},
		{"ModifyAddressesBandwidth (no Malformed in its table)", "ModifyAddressesBandwidth", map[string]any{"EcmRegion": r, "AddressIds": ids("eip-"), "InternetMaxBandwidthOut": 2}, "InvalidParameterValue"},
		{"ReleaseAddresses", "ReleaseAddresses", map[string]any{"EcmRegion": r, "AddressIds": ids("ein-abc")}, "UnsupportedOperation.Malformed"},
		{"DescribeTaskResult (no Malformed; not found is InvalidParameterValue)", "DescribeTaskResult", map[string]any{"EcmRegion": r, "TaskId": "task-1"}, "InvalidParameter"},
	})
	// Well-formed IDs that do not exist are still "not found", as before.
	h.T = t
	if n := h.Ok("DescribeVpcs", map[string]any{"VpcIds": ids("vpc-nothere")})["TotalCount"].(float64); n != 0 {
		t.Fatal(n)
	}
	h.Fails("DeleteVpc", map[string]any{"VpcId": "vpc-nothere", "EcmRegion": r}, "ResourceNotFound")
	h.Fails("ReleaseAddresses", map[string]any{"EcmRegion": r, "AddressIds": ids("eip-nothere")}, "UnsupportedOperation.AddressIdNotFound")
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": r, "TaskId": "424242"}, "InvalidParameterValue")
}

func TestRegionsAndZonesComeFromTheCatalog(t *testing.T) {
	h := newHarness(t, Options{})
	typo, zone99 := "ap-hangzhuo-ecm", "ap-hangzhou-ecm-99"
	vpc := h.CreateVpc("10.0.0.0/16")
	checkRules(t, h, []ruleCase{
		{"CreateVpc", "CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeVpcs", "DescribeVpcs", map[string]any{"EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeSubnets", "DescribeSubnets", map[string]any{"EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"CreateSubnet/zone", "CreateSubnet", map[string]any{"VpcId": vpc, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": zone99, "EcmRegion": testRegion}, "InvalidParameterValue.InvalidZone"},
		{"CreateSubnet/zone of another region", "CreateSubnet", map[string]any{"VpcId": vpc, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": "ap-xian-ecm-1", "EcmRegion": testRegion}, "InvalidParameterValue.InvalidZone"},
		{"AllocateAddresses", "AllocateAddresses", map[string]any{"EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeAddresses", "DescribeAddresses", map[string]any{"EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"ReleaseAddresses (no InvalidRegion in its table)", "ReleaseAddresses", map[string]any{"EcmRegion": typo, "AddressIds": []string{"eip-abc"}}, "InvalidParameterValue"},
		{"ModifyAddressesBandwidth (no InvalidRegion in its table)", "ModifyAddressesBandwidth", map[string]any{"EcmRegion": typo, "AddressIds": []string{"eip-abc"}, "InternetMaxBandwidthOut": 2}, "InvalidParameterValue"},
		{"DescribeTaskResult", "DescribeTaskResult", map[string]any{"EcmRegion": typo, "TaskId": "1"}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeAddressQuota", "DescribeAddressQuota", map[string]any{"EcmRegion": typo}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeDefaultSubnet/region", "DescribeDefaultSubnet", map[string]any{"EcmRegion": typo, "Zone": testZone}, "InvalidParameterValue.InvalidRegion"},
		{"DescribeDefaultSubnet/zone", "DescribeDefaultSubnet", map[string]any{"EcmRegion": testRegion, "Zone": zone99}, "InvalidParameterValue.InvalidZone"},
		{"DescribeNode/filter", "DescribeNode", map[string]any{"Filters": []filter{{"Zone", []string{"x"}}}}, "InvalidParameterValue"},
		{"DescribeNode/empty filter", "DescribeNode", map[string]any{"Filters": []filter{{"InstanceFamily", []string{}}}}, "MissingParameter.MissingNodeParameter"},
		// The region offers CTCC only.
		{"AllocateAddresses/ISP", "AllocateAddresses", map[string]any{"EcmRegion": "ap-shenzhen-ecm-ct2", "InternetServiceProvider": "CMCC"}, "InvalidParameterValue"},
	})
	h.T = t
	// Every region and zone the document's examples use is served, with readable names.
	nodes := h.Ok("DescribeNode", nil)
	zones := map[string]map[string]any{}
	for _, n := range nodes["NodeSet"].([]any) {
		node := n.(map[string]any)
		zones[node["ZoneInfo"].(map[string]any)["Zone"].(string)] = node
	}
	for _, z := range []string{"ap-hangzhou-ecm-1", "ap-xian-ecm-1", "ap-beijing-ecm-cm3-1", "ap-beijing-ecm-cu3-1", "ap-shenzhen-ecm-ct2",
		"ap-bhmini-ecm-1", "ap-guangzhou-ecm-cu2", "ap-nanjing-ecm-1", "ap-qingdao-ecm-1"} {
		node, ok := zones[z]
		if !ok {
			t.Errorf("zone %s missing from DescribeNode", z)
			continue
		}
		ri := node["RegionInfo"].(map[string]any)
		if ri["RegionName"] == "" || strings.Contains(ri["RegionName"].(string), "-") || node["ZoneInfo"].(map[string]any)["ZoneName"] == "" {
			t.Errorf("zone %s: unreadable names %v", z, node)
		}
		// Each zone's region is usable.
		h.Ok("DescribeAddressQuota", map[string]any{"EcmRegion": ri["Region"]})
	}
	if int(nodes["TotalCount"].(float64)) != len(nodes["NodeSet"].([]any)) {
		t.Errorf("TotalCount %v", nodes["TotalCount"])
	}
	// A single-ISP region allocates from its ISP by default.
	h.Ok("AllocateAddresses", map[string]any{"EcmRegion": "ap-guangzhou-ecm-cu2"})
	if a := h.Ok("DescribeAddresses", map[string]any{"EcmRegion": "ap-guangzhou-ecm-cu2"})["AddressSet"].([]any)[0].(map[string]any); a["InternetServiceProvider"] != "CUCC" {
		t.Errorf("ISP %v", a["InternetServiceProvider"])
	}
}

func TestDefaultVpcAndSubnets(t *testing.T) {
	h := newHarness(t, Options{})
	// Any call naming the region makes its defaults.
	h.Ok("DescribeAddressQuota", map[string]any{"EcmRegion": testRegion})
	set := h.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion})["VpcSet"].([]any)
	if len(set) != 1 {
		t.Fatalf("VPCs %v", set)
	}
	def := set[0].(map[string]any)
	if def["VpcName"] != "Default-VPC" || def["CidrBlock"] != "172.16.0.0/16" || def["IsDefault"] != true || def["SubnetCount"].(float64) != 1 || def["RegionName"] != "Hangzhou" {
		t.Fatalf("default VPC %v", def)
	}
	defaultSubnet := func() map[string]any {
		s, _ := h.Ok("DescribeDefaultSubnet", map[string]any{"EcmRegion": testRegion, "Zone": testZone})["Subnet"].(map[string]any)
		return s
	}
	sys := defaultSubnet()
	if sys["SubnetName"] != "Default-Subnet" || sys["CidrBlock"] != "172.16.0.0/20" || sys["VpcId"] != def["VpcId"] || !strings.HasPrefix(sys["RouteTableId"].(string), "rtb-") {
		t.Fatalf("default subnet %v", sys)
	}
	// The same IDs in another sandbox: derived from the region, not random.
	h2 := newHarness(t, Options{})
	if id := h2.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion})["VpcSet"].([]any)[0].(map[string]any)["VpcId"]; id != def["VpcId"] {
		t.Errorf("default VPC IDs differ: %v %v", id, def["VpcId"])
	}
	// Beijing has three zones, each with its default subnet in its own /20.
	bj := h.Ok("DescribeSubnets", map[string]any{"EcmRegion": "ap-beijing-ecm"})["SubnetSet"].([]any)
	if len(bj) != 3 || bj[2].(map[string]any)["CidrBlock"] != "172.16.32.0/20" {
		t.Errorf("Beijing subnets %v", bj)
	}

	// A new subnet becomes its zone's default; deleting it restores the system's.
	vpc := h.CreateVpc("10.0.0.0/16")
	a := h.CreateSubnet(vpc, "10.0.1.0/24")
	b := h.CreateSubnet(vpc, "10.0.2.0/24")
	if got := defaultSubnet(); got["SubnetId"] != b {
		t.Fatalf("default after two creates: %v", got["SubnetId"])
	}
	isDefault := func(id string) any {
		return h.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{id}})["SubnetSet"].([]any)[0].(map[string]any)["IsDefault"]
	}
	if isDefault(a) != false || isDefault(b) != true || isDefault(sys["SubnetId"].(string)) != false {
		t.Fatal("IsDefault flags")
	}
	h.Ok("DeleteSubnet", map[string]any{"SubnetId": b, "EcmRegion": testRegion})
	if got := defaultSubnet(); got["SubnetId"] != sys["SubnetId"] {
		t.Fatalf("default after deleting it: %v, want the system's %v", got["SubnetId"], sys["SubnetId"])
	}
	// Subnets show their VPC's main route table.
	rtb := h.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{a}})["SubnetSet"].([]any)[0].(map[string]any)["RouteTableId"]
	if rtb == "" || rtb == sys["RouteTableId"] {
		t.Errorf("route table %v (default VPC's %v)", rtb, sys["RouteTableId"])
	}
	// The default VPC counts toward the quota and can be deleted once empty; it does not come back.
	h.Fails("DeleteVpc", map[string]any{"VpcId": def["VpcId"], "EcmRegion": testRegion}, "ResourceInUse")
	h.Ok("DeleteSubnet", map[string]any{"SubnetId": sys["SubnetId"], "EcmRegion": testRegion})
	if got := defaultSubnet(); got != nil {
		t.Fatalf("no system subnet left, yet default %v", got)
	}
	h.Ok("DeleteVpc", map[string]any{"VpcId": def["VpcId"], "EcmRegion": testRegion})
	if n := h.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion})["TotalCount"].(float64); n != 1 {
		t.Fatalf("VPCs after deleting the default: %v", n)
	}
}

func TestTagsAndFilterValues(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.0.0.0/16")
	many := make([]tag, 51)
	for i := range many {
		many[i] = tag{Key: "k" + strings.Repeat("x", i), Value: "v"}
	}
	vpcWith := func(tags []tag) map[string]any {
		return map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": testRegion, "Tags": tags}
	}
	checkRules(t, h, []ruleCase{
		{"value required", "CreateVpc", vpcWith([]tag{{"k", ""}}), "InvalidParameterValue"},
		{"key required", "CreateVpc", vpcWith([]tag{{"", "v"}}), "InvalidParameterValue"},
		{"too many", "CreateVpc", vpcWith(many), "InvalidParameterValue.LimitExceeded"},
		{"key too long", "CreateVpc", vpcWith([]tag{{strings.Repeat("k", 128), "v"}}), "InvalidParameterValue.TooLong"},
		{"value too long", "ModifyVpcAttribute", map[string]any{"VpcId": vpc, "EcmRegion": testRegion, "Tags": []tag{{"k", strings.Repeat("v", 256)}}}, "InvalidParameterValue.TooLong"},
		{"subnet: too many", "CreateSubnet", map[string]any{"VpcId": vpc, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": testZone, "EcmRegion": testRegion, "Tags": many}, "InvalidParameterValue"},
		{"subnet: name too long (no TooLong in CreateSubnet's table)", "CreateSubnet", map[string]any{"VpcId": vpc, "SubnetName": strings.Repeat("s", 61), "CidrBlock": "10.0.1.0/24", "Zone": testZone, "EcmRegion": testRegion}, "InvalidParameterValue"},
		{"subnet: name too long (modify)", "ModifySubnetAttribute", map[string]any{"SubnetId": "subnet-nothere", "EcmRegion": testRegion, "SubnetName": strings.Repeat("s", 61)}, "InvalidParameterValue.TooLong"},
		{"eip: too many", "AllocateAddresses", map[string]any{"EcmRegion": testRegion, "Tags": many}, "InvalidParameterValue.ParameterValueTooLarge"},
		{"eip: value required", "AllocateAddresses", map[string]any{"EcmRegion": testRegion, "Tags": []tag{{"k", ""}}}, "InvalidParameterValue"},
		{"address-status", "DescribeAddresses", map[string]any{"EcmRegion": testRegion, "Filters": []filter{{"address-status", []string{"UNBIND", "unbind"}}}}, "InvalidParameterValue"},
		{"is-arrears", "DescribeAddresses", map[string]any{"EcmRegion": testRegion, "Filters": []filter{{"is-arrears", []string{"yes"}}}}, "InvalidParameterValue"},
		{"unknown filter", "DescribeAddresses", map[string]any{"EcmRegion": testRegion, "Filters": []filter{{"colour", []string{"x"}}}}, "InvalidParameterValue"},
		{"ids and filters", "DescribeAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": []string{"eip-abc"}, "Filters": []filter{{"address-id", []string{"eip-abc"}}}}, "InvalidParameter"},
	})
	h.T = t
	h.Ok("CreateVpc", vpcWith([]tag{{strings.Repeat("k", 127), strings.Repeat("v", 255)}}))
	h.Ok("DescribeAddresses", map[string]any{"EcmRegion": testRegion, "Filters": []filter{{"is-arrears", []string{"false", "TRUE"}}, {"address-status", []string{"UNBIND", "BIND_ENI"}}}})
}

// The daily allocation quota is enforced with the documented defaults:
// 20 EIPs at a time, 40 allocations a day.
func TestDailyAllocationQuota(t *testing.T) {
	h := newHarness(t, Options{})
	for round := 0; round < 2; round++ {
		ids, _ := h.Allocate(20)
		h.Clock.Advance(time.Second)
		h.Ok("DescribeAddresses", map[string]any{"EcmRegion": testRegion}) // settle
		h.Ok("ReleaseAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": ids})
		h.Clock.Advance(time.Second)
	}
	h.Fails("AllocateAddresses", map[string]any{"EcmRegion": testRegion}, "LimitExceeded.AddressQuotaLimitExceededDailyAllocate")
	h.Clock.Advance(24 * time.Hour)
	h.Allocate(1)
}
