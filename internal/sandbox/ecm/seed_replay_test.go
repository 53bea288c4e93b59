package ecm_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// Seed replay: every implemented action's documented Input Example is sent
// (after creating what makes it meaningful and substituting the IDs), and the
// answer must have every field of the documented Output Example with the same
// JSON type class (recursively; a documented null matches anything, and a
// field the structure documents as nullable may come back null).

type seedCase struct {
	name   string
	action string
	in     string
	out    string
	ints   []string                             // parameters to send as JSON numbers
	bools  []string                             // top-level parameters to send as JSON booleans
	setup  func(h *harness) (from, to []string) // prerequisites; ID substitutions
	check  func(t *testing.T, h *harness, resp map[string]any)
}

// nullableFields are documented "may return null" and may differ in kind
// from the example when the sandbox has nothing to show.
var nullableFields = map[string]bool{"InstanceId": true}

func seedCases() []seedCase {
	vpc := func(cidr string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) { return nil, []string{h.CreateVpc(cidr)} }
	}
	settledEIP := func(h *harness) string {
		ids, _ := h.Allocate(1)
		h.Clock.Advance(time.Second)
		return ids[0]
	}
	return append([]seedCase{
		{name: "CreateVpc", action: "CreateVpc", in: seedCreateVpcIn, out: seedCreateVpcOut},
		{name: "DescribeVpcs", action: "DescribeVpcs", in: seedDescribeVpcsIn, out: seedDescribeVpcsOut,
			// The example's VPC is the region's default VPC, with its default subnet.
			setup: func(h *harness) ([]string, []string) {
				id := h.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion})["VpcSet"].([]any)[0].(map[string]any)["VpcId"].(string)
				return []string{"vpc-07kqm4uj"}, []string{id}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				vpc := resp["VpcSet"].([]any)[0].(map[string]any)
				if resp["TotalCount"].(float64) != 1 || vpc["SubnetCount"].(float64) != 1 || vpc["VpcName"] != "Default-VPC" ||
					vpc["CidrBlock"] != "172.16.0.0/16" || vpc["IsDefault"] != true {
					t.Fatalf("default VPC: %v", resp)
				}
			}},
		{name: "ModifyVpcAttribute", action: "ModifyVpcAttribute", in: seedModifyVpcAttributeIn, out: seedModifyVpcAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				_, id := vpc("10.0.0.0/16")(h)
				return []string{"vpc-vpc-q6cke2sv"}, id
			}},
		{name: "DeleteVpc", action: "DeleteVpc", in: seedDeleteVpcIn, out: seedDeleteVpcOut,
			setup: func(h *harness) ([]string, []string) {
				_, id := vpc("10.0.0.0/16")(h)
				return []string{"vpc-ila64qtl"}, id
			}},
		{name: "CreateSubnet", action: "CreateSubnet", in: seedCreateSubnetIn, out: seedCreateSubnetOut,
			setup: func(h *harness) ([]string, []string) {
				_, id := vpc("10.0.0.0/16")(h)
				return []string{"vpc-ila64qtl"}, id
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				s := resp["Subnet"].(map[string]any)
				if s["AvailableIpAddressCount"].(float64) != 253 || s["VpcCidrBlock"] != "10.0.0.0/16" || s["ZoneName"] != "Hangzhou Zone 1" {
					t.Fatalf("subnet: %v", s)
				}
			}},
		{name: "DescribeSubnets", action: "DescribeSubnets", in: seedDescribeSubnetsIn, out: seedDescribeSubnetsOut,
			setup: func(h *harness) ([]string, []string) {
				id := h.CreateVpc("192.168.0.0/18")
				resp := h.Ok("CreateSubnet", map[string]any{"VpcId": id, "SubnetName": "subnet_test", "CidrBlock": "192.168.1.0/24",
					"Zone": testZone, "EcmRegion": testRegion, "Tags": []tag{{"city", "hangzhou"}}})
				return []string{"subnet-ae71tjp6"}, []string{resp["Subnet"].(map[string]any)["SubnetId"].(string)}
			}},
		{name: "ModifySubnetAttribute", action: "ModifySubnetAttribute", in: seedModifySubnetAttributeIn, out: seedModifySubnetAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"subnet-ae71tjp6"}, []string{h.CreateSubnet(h.CreateVpc("192.168.0.0/18"), "192.168.1.0/24")}
			}},
		{name: "DeleteSubnet", action: "DeleteSubnet", in: seedDeleteSubnetIn, out: seedDeleteSubnetOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"subnet-jxa0xg1o"}, []string{h.CreateSubnet(h.CreateVpc("10.0.0.0/16"), "10.0.1.0/24")}
			}},
		{name: "AllocateAddresses", action: "AllocateAddresses", in: seedAllocateAddressesIn, out: seedAllocateAddressesOut, ints: []string{"AddressCount"}},
		{name: "DescribeAddresses", action: "DescribeAddresses", in: seedDescribeAddressesIn, out: seedDescribeAddressesOut,
			setup: func(h *harness) ([]string, []string) {
				id := settledEIP(h)
				h.Ok("ModifyAddressAttribute", map[string]any{"EcmRegion": testRegion, "AddressId": id, "AddressName": "test"})
				return []string{"eip-11221122"}, []string{id}
			}},
		{name: "ModifyAddressAttribute/1", action: "ModifyAddressAttribute", in: seedModifyAddressAttributeIn, out: seedModifyAddressAttributeOut,
			setup: func(h *harness) ([]string, []string) { return []string{"eip-11112222"}, []string{settledEIP(h)} }},
		{name: "ModifyAddressAttribute/2", action: "ModifyAddressAttribute", in: seedModifyAddressAttribute2In, out: seedModifyAddressAttribute2Out,
			setup: func(h *harness) ([]string, []string) { return []string{"eip-11112222"}, []string{settledEIP(h)} }},
		{name: "ModifyAddressesBandwidth", action: "ModifyAddressesBandwidth", in: seedModifyAddressesBandwidthIn, out: seedModifyAddressesBandwidthOut,
			ints:  []string{"InternetMaxBandwidthOut"},
			setup: func(h *harness) ([]string, []string) { return []string{"eip-11112222"}, []string{settledEIP(h)} }},
		{name: "ReleaseAddresses", action: "ReleaseAddresses", in: seedReleaseAddressesIn, out: seedReleaseAddressesOut,
			setup: func(h *harness) ([]string, []string) { return []string{"eip-11112222"}, []string{settledEIP(h)} }},
		{name: "DescribeTaskResult/string", action: "DescribeTaskResult", in: seedDescribeTaskResultIn, out: seedDescribeTaskResultOut,
			setup: func(h *harness) ([]string, []string) {
				_, task := h.Allocate(1)
				return []string{"1528600"}, []string{task}
			}},
		{name: "DescribeTaskResult/number", action: "DescribeTaskResult", in: seedDescribeTaskResultIn, out: seedDescribeTaskResultOut,
			ints: []string{"TaskId"},
			setup: func(h *harness) ([]string, []string) {
				_, task := h.Allocate(1)
				return []string{"1528600"}, []string{task}
			}},
		{name: "DescribeAddressQuota", action: "DescribeAddressQuota", in: seedDescribeAddressQuotaIn, out: seedDescribeAddressQuotaOut},
		{name: "DescribeNode", action: "DescribeNode", in: seedDescribeNodeIn, out: seedDescribeNodeOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				first := resp["NodeSet"].([]any)[0].(map[string]any)
				if z := first["ZoneInfo"].(map[string]any); z["Zone"] != "ap-hangzhou-ecm-1" || z["ZoneName"] != "Hangzhou Zone 1" || z["ZoneId"].(float64) != 10110001 {
					t.Fatalf("first node %v", first)
				}
			}},
		{name: "DescribeDefaultSubnet", action: "DescribeDefaultSubnet", in: seedDescribeDefaultSubnetIn, out: seedDescribeDefaultSubnetOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				s := resp["Subnet"].(map[string]any)
				if s["SubnetName"] != "Default-Subnet" || s["CidrBlock"] != "172.16.0.0/20" || s["IsDefault"] != true || s["VpcCidrBlock"] != "172.16.0.0/16" {
					t.Fatalf("default subnet %v", s)
				}
			}},
	}, append(append(append(append(append(append(append(append(sgSeedCases(), catalogSeedCases()...), moduleSeedCases()...), instanceSeedCases()...), miscSeedCases()...), imageSeedCases()...), routingSeedCases()...), eniSeedCases()...), clbSeedCases()...)...)
}

// Examples the document gets wrong: sent verbatim (no ID substitution, with
// what they name created where possible), they must fail, with this code.
var seedExpectedFailures = []struct {
	name, action, in string
	ints             []string
	want             string
	why              string
}{
	{"ModifyVpcAttribute", "ModifyVpcAttribute", seedModifyVpcAttributeIn, nil, "InvalidParameterValue",
		"VpcId=vpc-vpc-q6cke2sv has a doubled prefix (catalog §5.7 item 53): malformed; the table has no Malformed code"},
	{"DescribeAddresses/BINDED", "DescribeAddresses", "Filters.0.Name=address-status&Filters.0.Values.0=BINDED&EcmRegion=ap-hangzhou-ecm", nil, "InvalidParameterValue",
		"the example's AddressStatus BINDED is not a documented status (§5.5 item 31), so it is no filter value either"},
	{"AttachNetworkInterface", "AttachNetworkInterface", seedAttachNetworkInterfaceIn, nil, "InvalidParameterValue.Malformed",
		"InstanceId=ins-ins-11221122: ECM instances are ein- (catalog §5.7 items 53, 57)"},
	{"ModifyPrivateIpAddressesAttribute", "ModifyPrivateIpAddressesAttribute", seedModifyPrivateIpAddressesAttributeIn, nil, "InvalidParameterValue.InvalidRegion",
		`EcmRegion="ap-guangzhou-ecm" keeps the notation's quotes: no such region`},
	{"RunInstances", "RunInstances", strings.Replace(seedRunInstancesIn, "&EnhancedService.SecurityService.Enabled=false&EnhancedService.MonitorService.Enabled=false", "", 1), []string{"InstanceCount", "InternetMaxBandwidthOut", "InstanceChargeType"}, "InvalidParameterValue.InvalidModuleID",
		"the example's module em-0vag13d1 does not exist; with one, its zones ap-zhengzhou-1/ap-qingdao-1 are not catalog zones (InvalidZone) and its HostName oldhen_4986 breaks the HostName rule (InvaildHostName); EnhancedService's Booleans are left out (the replay types top-level Booleans only)"},
}

func TestSeedExamplesExpectedToFail(t *testing.T) {
	for _, tc := range seedExpectedFailures {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			t.Log(tc.why)
			h.Fails(tc.action, queryToJSON(t, tc.in, tc.ints...), tc.want)
		})
	}
}

func TestSeedReplay(t *testing.T) {
	for _, sc := range seedCases() {
		t.Run(sc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			in := sc.in
			if sc.setup != nil {
				old, repl := sc.setup(h)
				for i := range old {
					in = strings.ReplaceAll(in, old[i], repl[i])
				}
			}
			params := queryToJSON(t, in, sc.ints...)
			for _, name := range sc.bools {
				if v, ok := params[name].(string); ok {
					params[name] = v == "true"
				}
			}
			resp := h.Ok(sc.action, params)
			var doc struct{ Response map[string]any }
			if err := json.Unmarshal([]byte(sc.out), &doc); err != nil {
				t.Fatalf("seed output constant is not JSON: %v", err)
			}
			if doc.Response == nil { // {"Response":{}} (several security group examples) is an answer
				t.Fatal("seed output has no Response")
			}
			for key, want := range doc.Response {
				got, ok := resp[key]
				if !ok {
					t.Fatalf("response lacks %s: %v", key, resp)
				}
				if err := sandboxtest.SameShape(key, want, got, func(f string) bool { return nullableFields[f] }); err != nil {
					t.Fatal(err)
				}
			}
			if sc.check != nil {
				sc.check(t, h, resp)
			}
		})
	}
}

// Every ECM action the sandbox serves is replayed at least once.
func TestSeedReplayCoversEveryAction(t *testing.T) {
	covered := map[string]bool{}
	for _, sc := range seedCases() {
		covered[sc.action] = true
	}
	for name := range ecm.New().Service().Actions {
		if !covered[name] {
			t.Errorf("no seed replay for ecm.%s", name)
		}
	}
}
