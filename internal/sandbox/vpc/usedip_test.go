package vpc_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// Paging: TotalCount counts every occupied address of the query, the page is Offset/Limit of them
// in ascending address order (default Limit 20, at most 100).
func TestDescribeUsedIpAddress_Paging(t *testing.T) {
	h := newHarness(t, sandbox.Options{Limits: map[string]int{vpc.LimitPrivateIPsPerENI: 30}})
	vpcID, _, eni := h.network()
	h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 24}) // 10.0.1.3 … 10.0.1.26
	all := make([]string, 25)
	for i := range all {
		all[i] = fmt.Sprintf("10.0.1.%d %s", i+2, eni)
	}
	page, total := h.used(map[string]any{"VpcId": vpcID})
	if total != 25 || !reflect.DeepEqual(page, all[:20]) {
		t.Fatalf("first page (default Limit 20): %v, TotalCount %d", page, total)
	}
	if page, total = h.used(map[string]any{"VpcId": vpcID, "Offset": 20}); total != 25 || !reflect.DeepEqual(page, all[20:]) {
		t.Fatalf("second page: %v, TotalCount %d", page, total)
	}
	if page, _ = h.used(map[string]any{"VpcId": vpcID, "Offset": 5, "Limit": 3}); !reflect.DeepEqual(page, all[5:8]) {
		t.Fatalf("Offset 5 Limit 3: %v", page)
	}
	if page, _ = h.used(map[string]any{"VpcId": vpcID, "Limit": 100}); !reflect.DeepEqual(page, all) {
		t.Fatalf("Limit 100: %v", page)
	}
	if page, total = h.used(map[string]any{"VpcId": vpcID, "Offset": 30}); len(page) != 0 || total != 25 {
		t.Fatalf("past the end: %v, TotalCount %d", page, total)
	}
	h.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "Limit": 101}, "InvalidParameterValue")
	h.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "Offset": -1}, "InvalidParameterValue")
	h.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID, "Limit": "20"}, "InvalidParameterValue.Malformed")
}

// IpAddresses: at most 100 per call (a client chunks), each inside the VPC (or the subnet when
// SubnetId is given); free addresses are simply absent; an address given twice is answered once.
func TestDescribeUsedIpAddress_Queries(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, eni := h.network()
	out := h.fixtures(fixtureDoc{
		Subnets: []fixtureSubnet{{SubnetId: "subnet-test0002", VpcId: vpcID, CidrBlock: "10.0.2.0/24", Zone: "ap-guangzhou-4"}},
		ENIs:    []fixtureENI{{SubnetId: "subnet-test0002", PrivateIpAddress: "10.0.2.9"}},
	})
	eni2 := out.ENIs[0].NetworkInterfaceId
	query := append(hosts(1, 0, 50), hosts(2, 0, 50)...)
	got, total := h.used(map[string]any{"VpcId": vpcID, "IpAddresses": query})
	if want := []string{"10.0.1.2 " + eni, "10.0.2.9 " + eni2}; total != 2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("100 addresses across two subnets: %v, TotalCount %d; want %v", got, total, want)
	}
	if got, _ = h.used(map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.0.2.9", "10.0.2.9", "10.0.2.10"}}); !reflect.DeepEqual(got, []string{"10.0.2.9 " + eni2}) {
		t.Fatalf("a repeated address: %v", got)
	}
	if got, _ = h.used(map[string]any{"VpcId": vpcID, "SubnetId": "subnet-test0002"}); !reflect.DeepEqual(got, []string{"10.0.2.9 " + eni2}) {
		t.Fatalf("one subnet: %v", got)
	}
	if got, total = h.used(map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.0.1.1", "10.0.1.0", "10.0.1.255"}}); total != 0 {
		t.Fatalf("reserved addresses belong to no resource: %v", got)
	}
	if got, total = h.used(map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.0.9.9"}}); total != 0 {
		t.Fatalf("an address in the VPC but in no subnet: %v", got)
	}
	fail := func(code string, params map[string]any) {
		t.Helper()
		h.api.Fails("DescribeUsedIpAddress", params, code)
	}
	fail("InvalidParameterValue", map[string]any{"VpcId": vpcID, "IpAddresses": append(query, "10.0.3.1")})
	fail("InvalidParameterValue.ParameterMismatch", map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.1.0.5"}})
	fail("InvalidParameterValue.ParameterMismatch", map[string]any{"VpcId": vpcID, "SubnetId": subnetID, "IpAddresses": []string{"10.0.2.9"}})
	fail("InvalidParameterValue.Malformed", map[string]any{"VpcId": vpcID, "IpAddresses": []string{"10.0.1"}})
	fail("InvalidParameterValue.Malformed", map[string]any{"VpcId": vpcID, "IpAddresses": "10.0.1.2"})
	fail("InvalidParameterValue.Malformed", map[string]any{"VpcId": "vpc_1"})
	fail("InvalidParameterValue.Malformed", map[string]any{"VpcId": vpcID, "SubnetId": "sub-1"})
	fail("ResourceNotFound", map[string]any{"VpcId": "vpc-zzzzzzzz"})
	fail("ResourceNotFound", map[string]any{"VpcId": vpcID, "SubnetId": "subnet-zzzzzzzz"})
	fail("MissingParameter", map[string]any{"SubnetId": subnetID})
	fail("UnknownParameter", map[string]any{"VpcId": vpcID, "Filters": []map[string]any{{"Name": "ip-addresses", "Values": []string{"10.0.1.2"}}}})
	// A subnet of another VPC.
	h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-test0009", Region: region, CidrBlock: "10.0.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-test0009", VpcId: "vpc-test0009", CidrBlock: "10.0.1.0/24", Zone: zone}},
	})
	fail("InvalidParameterValue.ParameterMismatch", map[string]any{"VpcId": vpcID, "SubnetId": "subnet-test0009"})
}
