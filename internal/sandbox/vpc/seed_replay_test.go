package vpc_test

import (
	"encoding/json"
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// Seed replay: the Input Example of each seed is sent, after creating with fixtures the objects it
// names (with the example's own IDs), and the answer must have the documented Output Example's
// shape: every field, with the same JSON kind, recursively.

// Seed 000 (DescribeUsedIpAddress), "Example1 Querying the IP usage of a subnet".
const (
	seedDescribeUsedIpAddressIn = `{
    "VpcId": "vpc-bx0vq623",
    "SubnetId": "subnet-dl3wd0vq",
    "IpAddresses": [
        "10.0.0.1",
        "10.0.0.2"
    ]
}`
	seedDescribeUsedIpAddressOut = `{
    "Response": {
        "IpAddressStates": [
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.1",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff1"
            },
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.2",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff2"
            }
        ],
        "TotalCount": 2,
        "RequestId": "2aaa54f5-2809-4b95-b3a5-13ce72d05759"
    }
}`
)

// Seed 001 (AssignPrivateIpAddresses), "Example1 Applying for a private IP for an ENI".
const (
	seedAssignPrivateIpAddressesIn = `{
    "NetworkInterfaceId": "eni-afo43z61",
    "SecondaryPrivateIpAddressCount": "2"
}`
	seedAssignPrivateIpAddressesOut = `{
    "Response": {
        "PrivateIpAddressSet": [
            {
                "PrivateIpAddress": "172.16.32.237"
            },
            {
                "PrivateIpAddress": "172.16.32.84"
            }
        ],
        "RequestId": "f23d1450-ed00-4442-98d4-be409e625e6c"
    }
}`
)

// The example of seed 000 names 10.0.0.1, which is the subnet's gateway in every subnet that holds
// it (a subnet holding 10.0.0.1 starts at 10.0.0.0), and the sandbox reserves the gateway as ECM
// does (pool.go): no ENI can hold it. The replay therefore puts the example's first ENI on
// 10.0.0.3 and asks for 10.0.0.3 where the example asks for 10.0.0.1; the example sent verbatim is
// answered too (TestSeedReplay_DescribeUsedIpAddressVerbatim), with 10.0.0.1 absent.
const gatewaySubstitute = "10.0.0.3"

func seed000Fixtures(h *harness, firstENIAt string) {
	h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-bx0vq623", Region: region, CidrBlock: "10.0.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-dl3wd0vq", VpcId: "vpc-bx0vq623", CidrBlock: "10.0.0.0/24", Zone: zone}},
		ENIs: []fixtureENI{
			{NetworkInterfaceId: "eni-bjekqff1", SubnetId: "subnet-dl3wd0vq", PrivateIpAddress: firstENIAt},
			{NetworkInterfaceId: "eni-bjekqff2", SubnetId: "subnet-dl3wd0vq", PrivateIpAddress: "10.0.0.2"},
		},
	})
}

func TestSeedReplay_DescribeUsedIpAddress(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	seed000Fixtures(h, gatewaySubstitute)
	in := strings.Replace(seedDescribeUsedIpAddressIn, `"10.0.0.1"`, `"`+gatewaySubstitute+`"`, 1)
	want := strings.Replace(seedDescribeUsedIpAddressOut, `"10.0.0.1"`, `"`+gatewaySubstitute+`"`, 1)
	resp := replay(t, h, "DescribeUsedIpAddress", in, want)
	// Beyond the shape: the example's own values, in its order (ascending addresses).
	var doc struct{ Response map[string]any }
	_ = json.Unmarshal([]byte(want), &doc)
	wantStates := doc.Response["IpAddressStates"].([]any)
	wantStates[0], wantStates[1] = wantStates[1], wantStates[0] // 10.0.0.2 before 10.0.0.3
	if !reflect.DeepEqual(resp["IpAddressStates"], wantStates) || resp["TotalCount"] != doc.Response["TotalCount"] {
		t.Fatalf("answer %v\nwant the example's entries %v", resp, wantStates)
	}
}

func TestSeedReplay_DescribeUsedIpAddressVerbatim(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	seed000Fixtures(h, gatewaySubstitute)
	if _, err := h.fixturesErr(fixtureDoc{ENIs: []fixtureENI{{SubnetId: "subnet-dl3wd0vq", PrivateIpAddress: "10.0.0.1"}}}); err == nil ||
		!strings.Contains(err.Error(), "reserved") {
		t.Fatalf("an ENI on the gateway 10.0.0.1: %v", err)
	}
	var params map[string]any
	if err := json.Unmarshal([]byte(seedDescribeUsedIpAddressIn), &params); err != nil {
		t.Fatal(err)
	}
	got, total := h.used(params)
	if total != 1 || len(got) != 1 || got[0] != "10.0.0.2 eni-bjekqff2" {
		t.Fatalf("the example verbatim: %v (TotalCount %d); want only 10.0.0.2, the gateway being no resource's", got, total)
	}
}

func TestSeedReplay_AssignPrivateIpAddresses(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-afo43z61", Region: region, CidrBlock: "172.16.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-afo43z61", VpcId: "vpc-afo43z61", CidrBlock: "172.16.32.0/24", Zone: zone}},
		ENIs:    []fixtureENI{{NetworkInterfaceId: "eni-afo43z61", SubnetId: "subnet-afo43z61"}},
	})
	resp := replay(t, h, "AssignPrivateIpAddresses", seedAssignPrivateIpAddressesIn, seedAssignPrivateIpAddressesOut)
	set := resp["PrivateIpAddressSet"].([]any)
	subnet := netip.MustParsePrefix("172.16.32.0/24")
	for _, it := range set {
		a := netip.MustParseAddr(it.(map[string]any)["PrivateIpAddress"].(string))
		if !subnet.Contains(a) || a.String() == "172.16.32.2" {
			t.Fatalf("assigned %s: not a free address of the ENI's subnet", a)
		}
	}
	if len(set) != 2 {
		t.Fatalf("SecondaryPrivateIpAddressCount \"2\" assigned %d addresses", len(set))
	}
	// The example's call is async: its RequestId is the task.
	if status, _ := h.task(resp["RequestId"].(string)); status != "RUNNING" {
		t.Fatalf("the example's task is %s", status)
	}
	h.finish()
	if status, output := h.task(resp["RequestId"].(string)); status != "SUCCESS" || output != "SUCCESS" {
		t.Fatalf("the example's task ended %s %q", status, output)
	}
}

// replay sends the example and checks the answer's shape against the documented output.
func replay(t *testing.T, h *harness, action, in, out string) map[string]any {
	t.Helper()
	var params map[string]any
	if err := json.Unmarshal([]byte(in), &params); err != nil {
		t.Fatalf("seed input is not JSON: %v", err)
	}
	resp := h.api.Ok(action, params)
	var doc struct{ Response map[string]any }
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Response == nil {
		t.Fatalf("seed output is not a Response: %v", err)
	}
	for key, want := range doc.Response {
		got, ok := resp[key]
		if !ok {
			t.Fatalf("response lacks %s: %v", key, resp)
		}
		if err := sandboxtest.SameShape(key, want, got, nil); err != nil {
			t.Fatal(err)
		}
	}
	return resp
}
