package vpc_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// The control surface: POST /_sandbox/fixtures/vpc takes the fixed document and answers the same
// four keys, every entry complete (IDs generated, primary IPs allocated), in order.
func TestFixturesOverHTTP(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	code, body := h.Control("POST", "/_sandbox/fixtures/vpc", `{
		"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "10.0.0.0/16", "VpcName": "main"}],
		"subnets": [],
		"network_interfaces": [],
		"delete_network_interfaces": []
	}`)
	if code != 200 {
		t.Fatalf("HTTP %d: %s", code, body)
	}
	var first fixtureDoc
	if err := strictJSON([]byte(body), &first); err != nil {
		t.Fatalf("answer %s: %v", body, err)
	}
	vpcID := first.VPCs[0].VpcId
	if !regexp.MustCompile(`^vpc-[a-z0-9]{8}$`).MatchString(vpcID) || first.VPCs[0].Region != region || first.VPCs[0].VpcName != "main" {
		t.Fatalf("VPC %+v", first.VPCs[0])
	}
	for _, key := range []string{`"vpcs"`, `"subnets"`, `"network_interfaces"`, `"delete_network_interfaces"`} {
		if !strings.Contains(body, key) {
			t.Fatalf("the answer lacks %s: %s", key, body)
		}
	}
	code, body = h.Control("POST", "/_sandbox/fixtures/vpc", `{
		"subnets": [{"VpcId": "`+vpcID+`", "CidrBlock": "10.0.1.0/24", "Zone": "ap-guangzhou-3"}],
		"network_interfaces": [
			{"SubnetId": "subnet-app00001", "InstanceId": "ins-app00001", "Primary": true},
			{"NetworkInterfaceId": "eni-app00002", "SubnetId": "subnet-app00001", "PrivateIpAddress": "10.0.2.10", "InstanceId": "ins-app00001", "NetworkInterfaceName": "second"}
		]
	}`)
	if code != 400 || !strings.Contains(body, "network_interfaces[0]") || !strings.Contains(body, "subnet-app00001") {
		t.Fatalf("an ENI in an unknown subnet: HTTP %d %s", code, body)
	}
	code, body = h.Control("POST", "/_sandbox/fixtures/vpc", `{
		"subnets": [{"SubnetId": "subnet-app00001", "VpcId": "`+vpcID+`", "CidrBlock": "10.0.2.0/24", "Zone": "ap-guangzhou-3", "SubnetName": "app"}],
		"network_interfaces": [
			{"SubnetId": "subnet-app00001", "InstanceId": "ins-app00001", "Primary": true},
			{"NetworkInterfaceId": "eni-app00002", "SubnetId": "subnet-app00001", "PrivateIpAddress": "10.0.2.10", "InstanceId": "ins-app00001", "NetworkInterfaceName": "second"}
		]
	}`)
	var out fixtureDoc
	if code != 200 || strictJSON([]byte(body), &out) != nil {
		t.Fatalf("HTTP %d: %s", code, body)
	}
	if s := out.Subnets[0]; s.SubnetId != "subnet-app00001" || s.VpcId != vpcID || s.CidrBlock != "10.0.2.0/24" || s.Zone != "ap-guangzhou-3" || s.SubnetName != "app" {
		t.Fatalf("subnet %+v", s)
	}
	if e := out.ENIs[0]; e.PrivateIpAddress != "10.0.2.2" || !e.Primary || e.InstanceId != "ins-app00001" || e.SubnetId != "subnet-app00001" || !strings.HasPrefix(e.NetworkInterfaceId, "eni-") {
		t.Fatalf("first ENI %+v", e)
	}
	if e := out.ENIs[1]; e.NetworkInterfaceId != "eni-app00002" || e.PrivateIpAddress != "10.0.2.10" || e.NetworkInterfaceName != "second" || e.Primary {
		t.Fatalf("second ENI %+v", e)
	}
	if att := h.eni("eni-app00002")["Attachment"].(map[string]any); att["DeviceIndex"] != 1.0 {
		t.Fatalf("a secondary ENI's attachment: %v", att)
	}

	code, body = h.Control("POST", "/_sandbox/fixtures/vpc", `{"delete_network_interfaces": ["eni-app00002"]}`)
	if code != 200 || !strings.Contains(body, `"delete_network_interfaces":["eni-app00002"]`) {
		t.Fatalf("delete: HTTP %d %s", code, body)
	}
	if h.eni("eni-app00002") != nil {
		t.Fatal("a deleted ENI is still described")
	}
	if used, _ := h.used(map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.0.2.10"}}); len(used) != 0 {
		t.Fatalf("a deleted ENI's address is still used: %v", used)
	}
	if code, body = h.Control("GET", "/_sandbox/fixtures/vpc", ""); code != 405 {
		t.Fatalf("GET: HTTP %d %s", code, body)
	}
}

// Every rule of the fixture document is checked, with an error naming the entry and the reason,
// and a rejected document changes nothing.
func TestFixturesAreValidated(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	h.network() // vpc-test0001 10.0.0.0/16, subnet-test0001 10.0.1.0/24 holding 10.0.1.2
	cases := []struct {
		name, doc, want string
	}{
		{"unknown key", `{"vpc": []}`, `unknown field "vpc"`},
		{"unknown field", `{"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "10.9.0.0/16", "Tags": []}]}`, `unknown field "Tags"`},
		{"not JSON", `{"vpcs": [`, "not valid"},
		{"trailing data", `{} {}`, "data after"},
		{"malformed VPC ID", `{"vpcs": [{"VpcId": "vpc-123", "Region": "ap-guangzhou", "CidrBlock": "10.9.0.0/16"}]}`, "vpcs[0]: the ID \"vpc-123\" is malformed"},
		{"duplicate VPC ID", `{"vpcs": [{"VpcId": "vpc-test0001", "Region": "ap-guangzhou", "CidrBlock": "10.9.0.0/16"}]}`, "exists already"},
		{"no region", `{"vpcs": [{"CidrBlock": "10.9.0.0/16"}]}`, "Region"},
		{"public CIDR", `{"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "8.8.0.0/16"}]}`, "10.0.0.0/8"},
		{"VPC too small", `{"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "10.9.0.0/29"}]}`, "/28"},
		{"host bits", `{"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "10.9.0.1/16"}]}`, "host bits"},
		{"not a CIDR", `{"vpcs": [{"Region": "ap-guangzhou", "CidrBlock": "banana"}]}`, "not an IPv4 CIDR"},
		{"unknown VPC", `{"subnets": [{"VpcId": "vpc-zzzzzzzz", "CidrBlock": "10.0.2.0/24", "Zone": "ap-guangzhou-3"}]}`, "subnets[0]: VpcId"},
		{"subnet outside its VPC", `{"subnets": [{"VpcId": "vpc-test0001", "CidrBlock": "10.1.2.0/24", "Zone": "ap-guangzhou-3"}]}`, "inside the VPC"},
		{"subnet too small", `{"subnets": [{"VpcId": "vpc-test0001", "CidrBlock": "10.0.2.0/30", "Zone": "ap-guangzhou-3"}]}`, "/29"},
		{"overlapping subnets", `{"subnets": [{"VpcId": "vpc-test0001", "CidrBlock": "10.0.0.0/20", "Zone": "ap-guangzhou-3"}]}`, "overlaps 10.0.1.0/24"},
		{"zone of another region", `{"subnets": [{"VpcId": "vpc-test0001", "CidrBlock": "10.0.2.0/24", "Zone": "ap-shanghai-2"}]}`, "Zone"},
		{"duplicate subnet ID", `{"subnets": [{"SubnetId": "subnet-test0001", "VpcId": "vpc-test0001", "CidrBlock": "10.0.2.0/24", "Zone": "ap-guangzhou-3"}]}`, "exists already"},
		{"primary IP taken", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "PrivateIpAddress": "10.0.1.2"}]}`, "held by the ENI"},
		{"primary IP reserved", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "PrivateIpAddress": "10.0.1.255"}]}`, "reserved"},
		{"primary IP outside", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "PrivateIpAddress": "10.0.2.5"}]}`, "not in the subnet"},
		{"primary IP malformed", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "PrivateIpAddress": "10.0.1.05"}]}`, "not an IPv4 address"},
		{"unknown subnet", `{"network_interfaces": [{"SubnetId": "subnet-zzzzzzzz"}]}`, "SubnetId"},
		{"primary without instance", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "Primary": true}]}`, "Primary true needs an InstanceId"},
		{"malformed instance", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "InstanceId": "i-1"}]}`, "InstanceId"},
		{"two primary ENIs", `{"network_interfaces": [{"SubnetId": "subnet-test0001", "InstanceId": "ins-two00001", "Primary": true}, {"SubnetId": "subnet-test0001", "InstanceId": "ins-two00001", "Primary": true}]}`, "network_interfaces[1]: the instance ins-two00001 has a primary ENI already"},
		{"instance across VPCs", `{"vpcs": [{"VpcId": "vpc-other001", "Region": "ap-guangzhou", "CidrBlock": "10.0.0.0/16"}], "subnets": [{"SubnetId": "subnet-other001", "VpcId": "vpc-other001", "CidrBlock": "10.0.1.0/24", "Zone": "ap-guangzhou-3"}], "network_interfaces": [{"SubnetId": "subnet-test0001", "InstanceId": "ins-span0001"}, {"SubnetId": "subnet-other001", "InstanceId": "ins-span0001"}]}`, "share one VPC"},
		{"delete unknown", `{"delete_network_interfaces": ["eni-zzzzzzzz"]}`, "no ENI"},
		{"duplicate ENI ID", `{"network_interfaces": [{"NetworkInterfaceId": "eni-dup00001", "SubnetId": "subnet-test0001"}, {"NetworkInterfaceId": "eni-dup00001", "SubnetId": "subnet-test0001"}]}`, "exists already"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, body := h.Control("POST", "/_sandbox/fixtures/vpc", tc.doc)
			var answer struct{ Error string }
			if err := json.Unmarshal([]byte(body), &answer); err != nil || code != 400 || !strings.Contains(answer.Error, tc.want) {
				t.Fatalf("HTTP %d %s; want 400 mentioning %q", code, body, tc.want)
			}
		})
	}
	// Nothing of a rejected document stays: the VPC and ENIs before the error are gone, their IDs
	// and addresses free.
	h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-other001", Region: region, CidrBlock: "10.0.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-other001", VpcId: "vpc-other001", CidrBlock: "10.0.1.0/24", Zone: zone}},
		ENIs:    []fixtureENI{{NetworkInterfaceId: "eni-dup00001", SubnetId: "subnet-test0001", PrivateIpAddress: "10.0.1.3"}},
	})
	if used, total := h.used(map[string]any{"VpcId": "vpc-test0001"}); total != 2 {
		t.Fatalf("addresses of rejected documents stayed: %v", used)
	}
	// A subnet may name a VPC of the same document, an ENI such a subnet, and the deletion such an ENI.
	out := h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-bj000001", Region: "ap-beijing", CidrBlock: "172.16.0.0/12"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-bj000001", VpcId: "vpc-bj000001", CidrBlock: "172.16.0.0/29", Zone: "ap-beijing-1"}},
		ENIs:    []fixtureENI{{NetworkInterfaceId: "eni-bj000001", SubnetId: "subnet-bj000001"}, {SubnetId: "subnet-bj000001"}},
		Delete:  []string{"eni-bj000001"},
	})
	if len(out.ENIs) != 2 || out.ENIs[1].PrivateIpAddress != "172.16.0.3" || len(out.Delete) != 1 || out.Delete[0] != "eni-bj000001" {
		t.Fatalf("%+v", out)
	}
	beijing := h.api.InRegion("ap-beijing")
	if used, _ := beijing.Ok("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-bj000001"})["IpAddressStates"].([]any); len(used) != 1 {
		t.Fatalf("after deleting one of two ENIs: %v", used)
	}
}
