package vpc_test

import (
	"sort"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// Every action requires Region (MissingParameter) and a served region (UnsupportedRegion): the
// catalog, or a region holding a fixture VPC.
func TestRegionRequiredAndServed(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	var actions []string
	for a := range vpc.New().Service().Actions {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	for _, a := range actions {
		h.api.InRegion("").Fails(a, map[string]any{}, "MissingParameter")
		h.api.InRegion("xx-nowhere").Fails(a, map[string]any{}, "UnsupportedRegion")
	}
	// A catalog region without VPCs is served: nothing is in it.
	if resp := h.For(vpc.ServiceName, vpc.Version, "ap-tokyo").Ok("DescribeNetworkInterfaces", nil); resp["TotalCount"] != 0.0 {
		t.Fatalf("ap-tokyo: %v", resp)
	}
	// A region outside the catalog is served once a fixture VPC lives there.
	h.fixtures(fixtureDoc{VPCs: []fixtureVPC{{VpcId: "vpc-far00001", Region: "xx-nowhere", CidrBlock: "10.0.0.0/16"}}})
	far := h.api.InRegion("xx-nowhere")
	if got, _ := far.Call("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-far00001"}); got["TotalCount"] != 0.0 {
		t.Fatalf("a fixture region: %v", got)
	}
	h.S.Reset()
	far.Fails("DescribeNetworkInterfaces", nil, "UnsupportedRegion")
}

// Objects live in their VPC's region: from another region they do not exist.
func TestRegionsAreIsolated(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, gz := h.network()
	out := h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-sh000001", Region: "ap-shanghai", CidrBlock: "10.0.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-sh000001", VpcId: "vpc-sh000001", CidrBlock: "10.0.1.0/24", Zone: "ap-shanghai-2"}},
		ENIs:    []fixtureENI{{SubnetId: "subnet-sh000001"}},
	})
	sh := out.ENIs[0].NetworkInterfaceId
	if out.ENIs[0].PrivateIpAddress != "10.0.1.2" {
		t.Fatalf("subnets of two regions share no addresses: %s", out.ENIs[0].PrivateIpAddress)
	}
	shanghai := h.api.InRegion("ap-shanghai")
	resp := shanghai.Ok("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": sh, "SecondaryPrivateIpAddressCount": 1})
	task := resp["RequestId"].(string)

	if ids, total := h.enis(map[string]any{"NetworkInterfaceIds": []string{sh, gz}}); len(ids) != 1 || ids[0] != gz || total != 1 {
		t.Fatalf("ap-guangzhou sees %v", ids)
	}
	if ids, _ := h.enis(map[string]any{"Filters": []filter{{Name: "vpc-id", Values: []string{"vpc-sh000001"}}}}); len(ids) != 0 {
		t.Fatalf("ap-guangzhou lists %v", ids)
	}
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": sh, "SecondaryPrivateIpAddressCount": 1}, "ResourceNotFound")
	h.api.Fails("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": sh, "PrivateIpAddresses": specs("10.0.1.3")}, "ResourceNotFound")
	h.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-sh000001"}, "ResourceNotFound")
	h.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-test0001", "SubnetId": "subnet-sh000001"}, "ResourceNotFound")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": task}, "ResourceNotFound")
	if st := shanghai.Ok("DescribeVpcTaskResult", map[string]any{"TaskId": task}); st["Status"] != "RUNNING" {
		t.Fatalf("the task in its region: %v", st)
	}
	shanghai.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": gz, "SecondaryPrivateIpAddressCount": 1}, "ResourceNotFound")
}
