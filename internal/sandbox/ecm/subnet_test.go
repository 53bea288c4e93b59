package ecm_test

import (
	"fmt"
	"strings"
	"testing"
)

func subnetParams(vpcID, cidr string) map[string]any {
	return map[string]any{"VpcId": vpcID, "SubnetName": "s", "CidrBlock": cidr, "Zone": testZone, "EcmRegion": testRegion}
}

func TestCreateSubnetRules(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.0.0.0/16")
	h.CreateSubnet(vpc, "10.0.1.0/24")

	h.Fails("CreateSubnet", subnetParams(vpc, "10.1.0.0/24"), "InvalidParameterValue.SubnetRange")
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.0.0/15"), "InvalidParameterValue.SubnetRange")
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.0.0/29"), "InvalidParameterValue.SubnetRange")
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.1.128/25"), "InvalidParameterValue.SubnetConflict")
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.0.0/16"), "InvalidParameterValue.SubnetConflict")
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.2.1/24"), "InvalidParameterValue.Malformed")
	h.Fails("CreateSubnet", subnetParams("vpc-nothere", "10.0.2.0/24"), "ResourceNotFound")

	p := subnetParams(vpc, "10.0.2.0/24")
	p["Zone"] = "ap-xian-ecm-1"
	h.Fails("CreateSubnet", p, "InvalidParameterValue.InvalidZone")
	p = subnetParams(vpc, "10.0.2.0/24")
	p["EcmRegion"] = "ap-xian-ecm"
	p["Zone"] = "ap-xian-ecm-1"
	h.Fails("CreateSubnet", p, "ResourceNotFound") // the VPC lives in another region
	p = subnetParams(vpc, "10.0.2.0/24")
	delete(p, "Zone")
	h.Fails("CreateSubnet", p, "MissingParameter")

	// Other VPCs may reuse the range; a /28 has 13 usable addresses.
	other := h.CreateVpc("10.0.0.0/16")
	s := h.Ok("CreateSubnet", subnetParams(other, "10.0.1.0/28"))["Subnet"].(map[string]any)
	// A new subnet becomes its zone's default and shows its VPC's main route table.
	if s["AvailableIpAddressCount"].(float64) != 13 || s["IsDefault"] != true || !strings.HasPrefix(s["RouteTableId"].(string), "rtb-") || s["TagSet"] != nil {
		t.Fatalf("subnet %v", s)
	}
	// Zones come from the catalog: the region's name is not one of its zones
	// (it is for ap-shenzhen-ecm-ct2, whose only zone bears its name).
	p = subnetParams(other, "10.0.2.0/24")
	p["Zone"] = testRegion
	h.Fails("CreateSubnet", p, "InvalidParameterValue.InvalidZone")
}

func TestSubnetQuota(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.0.0.0/16")
	for i := 0; i < subnetQuotaPerVpc; i++ {
		h.CreateSubnet(vpc, fmt.Sprintf("10.0.%d.0/24", i))
	}
	h.Fails("CreateSubnet", subnetParams(vpc, "10.0.200.0/24"), "LimitExceeded")
	if n := h.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{vpc}})["VpcSet"].([]any)[0].(map[string]any)["SubnetCount"]; n.(float64) != subnetQuotaPerVpc {
		t.Fatalf("SubnetCount %v", n)
	}
}

func TestDescribeSubnetsPagingAndFilters(t *testing.T) {
	h := newHarness(t, Options{})
	vpcA := h.CreateVpc("10.0.0.0/16")
	vpcB := h.CreateVpc("192.168.0.0/16")
	for i := 0; i < 4; i++ {
		h.CreateSubnet(vpcA, fmt.Sprintf("10.0.%d.0/24", i))
	}
	p := subnetParams(vpcB, "192.168.7.0/24")
	p["SubnetName"] = "db"
	p["Tags"] = []tag{{"role", "db"}}
	h.Ok("CreateSubnet", p)

	total := func(params any) (int, int) {
		resp := h.Ok("DescribeSubnets", params)
		return int(resp["TotalCount"].(float64)), len(resp["SubnetSet"].([]any))
	}
	// Five subnets and the region's default subnet.
	if n, got := total(`{"Offset":"1","Limit":"2"}`); n != 6 || got != 2 {
		t.Errorf("string paging: %d %d", n, got)
	}
	if n, got := total(`{"Offset":5,"Limit":2}`); n != 6 || got != 1 {
		t.Errorf("number paging: %d %d", n, got)
	}
	for name, tc := range map[string]struct {
		f    filter
		want int
	}{
		"vpc-id":         {filter{"vpc-id", []string{vpcA}}, 4},
		"zone":           {filter{"zone", []string{testZone}}, 6},
		"other zone":     {filter{"zone", []string{"ap-xian-ecm-1"}}, 0},
		"cidr-block":     {filter{"cidr-block", []string{"10.0.2"}}, 1},
		"vpc-cidr-block": {filter{"vpc-cidr-block", []string{"192.168"}}, 1},
		"subnet-name":    {filter{"subnet-name", []string{"d"}}, 1},
		"region":         {filter{"region", []string{testRegion}}, 6},
		"tag:role":       {filter{"tag:role", []string{"db"}}, 1},
	} {
		if n, _ := total(map[string]any{"Filters": []filter{tc.f}}); n != tc.want {
			t.Errorf("%s: %d, want %d", name, n, tc.want)
		}
	}
	h.Fails("DescribeSubnets", `{"Limit":"lots"}`, "InvalidParameterValue.Malformed")
	h.Fails("DescribeSubnets", `{"Limit":"101"}`, "InvalidParameterValue.Range")
	h.Fails("DescribeSubnets", `{"Offset":true}`, "InvalidParameter.InvalidDataFormat")
	h.Fails("DescribeSubnets", map[string]any{"Filters": []filter{{"colour", []string{"x"}}}}, "InvalidParameterValue.InvalidFilter")
	h.Fails("DescribeSubnets", map[string]any{"SubnetIds": []string{"subnet-x"}, "Filters": []filter{{"zone", []string{"x"}}}}, "InvalidParameter.Coexist")
}

func TestModifySubnetAttribute(t *testing.T) {
	h := newHarness(t, Options{})
	id := h.CreateSubnet(h.CreateVpc("10.0.0.0/16"), "10.0.1.0/24")
	h.Ok("ModifySubnetAttribute", map[string]any{"SubnetId": id, "EcmRegion": testRegion, "SubnetName": "n2", "EnableBroadcast": "TRUE", "Tags": []tag{{"k", "v"}}})
	s := h.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{id}})["SubnetSet"].([]any)[0].(map[string]any)
	if s["SubnetName"] != "n2" || s["EnableBroadcast"] != true || len(s["TagSet"].([]any)) != 1 {
		t.Fatalf("subnet %v", s)
	}
	h.Fails("ModifySubnetAttribute", map[string]any{"SubnetId": id, "EcmRegion": testRegion, "EnableBroadcast": "yes"}, "InvalidParameterValue")
	h.Fails("ModifySubnetAttribute", `{"SubnetId":"`+id+`","EcmRegion":"ap-hangzhou-ecm","EnableBroadcast":true}`, "InvalidParameter.InvalidDataFormat")
	h.Fails("ModifySubnetAttribute", map[string]any{"SubnetId": "subnet-nothere", "EcmRegion": testRegion, "SubnetName": "x"}, "ResourceNotFound")
	h.Ok("DeleteSubnet", map[string]any{"SubnetId": id, "EcmRegion": testRegion})
	h.Fails("DeleteSubnet", map[string]any{"SubnetId": id, "EcmRegion": testRegion}, "ResourceNotFound")
}
