package ecm_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// routingProvocations is TestErrorCodeConformance's part for route tables,
// routes, HAVIPs and ModifyDefaultSubnet: every case must fail, and TestMain
// judges each code against the document.
func routingProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{})
	const region, zone = sandboxtest.Region, sandboxtest.Zone
	fail := func(action string, params map[string]any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	many := func(prefix string) []string { // one more than the 100 allowed
		out := make([]string, 101)
		for i := range out {
			out[i] = fmt.Sprintf("%s-%08x", prefix, i+1)
		}
		return out
	}
	vpc := h.CreateVpc("10.0.0.0/16")
	subnet := h.CreateSubnet(vpc, "10.0.1.0/28")
	otherVpc := h.CreateVpc("10.1.0.0/16")
	otherRTB := rtbCreate(h, otherVpc, "other")
	rtb := rtbCreate(h, vpc, "t")
	main := h.Ok("DescribeRouteTables", map[string]any{"Filters": []filter{{"vpc-id", []string{vpc}}, {"association.main", []string{"true"}}}})["RouteTableSet"].([]any)[0].(map[string]any)["RouteTableId"].(string)
	routeID := routeCreate(h, rtb, "192.168.0.0/16", "10.0.0.5")
	route := func(dest, typ, gw string) []map[string]any {
		return []map[string]any{{"DestinationCidrBlock": dest, "GatewayType": typ, "GatewayId": gw}}
	}

	// CreateRouteTable.
	fail("CreateRouteTable", map[string]any{"VpcId": vpc, "EcmRegion": region})
	fail("CreateRouteTable", map[string]any{"VpcId": "vpc-BAD", "RouteTableName": "t", "EcmRegion": region})
	fail("CreateRouteTable", map[string]any{"VpcId": "vpc-zzzzzzzz", "RouteTableName": "t", "EcmRegion": region})
	fail("CreateRouteTable", map[string]any{"VpcId": vpc, "RouteTableName": strings.Repeat("n", 61), "EcmRegion": region})
	for i := 0; i < 10; i++ { // the quota: 10 per VPC, the main table included
		_, _ = h.Call("CreateRouteTable", map[string]any{"VpcId": otherVpc, "RouteTableName": "q", "EcmRegion": region})
	}
	fail("CreateRouteTable", map[string]any{"VpcId": otherVpc, "RouteTableName": "q", "EcmRegion": region})

	// DescribeRouteTables.
	fail("DescribeRouteTables", map[string]any{"RouteTableIds": []string{rtb}, "Filters": []filter{{"vpc-id", []string{vpc}}}})
	fail("DescribeRouteTables", map[string]any{"RouteTableIds": many("rtb")})
	fail("DescribeRouteTables", map[string]any{"RouteTableIds": []string{"rtb-BAD"}})
	fail("DescribeRouteTables", map[string]any{"Filters": []filter{{"no-such", []string{"x"}}}})
	fail("DescribeRouteTables", map[string]any{"Filters": []filter{{"association.main", []string{"maybe"}}}})
	fail("DescribeRouteTables", map[string]any{"Filters": []filter{{"vpc-id", many("vpc")}}})
	fail("DescribeRouteTables", map[string]any{"Limit": 1000})
	fail("DescribeRouteTables", map[string]any{"Offset": -1})
	fail("DescribeRouteTables", map[string]any{"Limit": "many"})

	// ModifyRouteTableAttribute, DeleteRouteTable.
	fail("ModifyRouteTableAttribute", map[string]any{"RouteTableId": rtb})
	fail("ModifyRouteTableAttribute", map[string]any{"RouteTableId": "rtb-BAD", "RouteTableName": "x"})
	fail("ModifyRouteTableAttribute", map[string]any{"RouteTableId": "rtb-zzzzzzzz", "RouteTableName": "x"})
	fail("ModifyRouteTableAttribute", map[string]any{"RouteTableId": rtb, "RouteTableName": strings.Repeat("n", 61)})
	fail("DeleteRouteTable", map[string]any{"RouteTableId": "rtb-BAD"})
	fail("DeleteRouteTable", map[string]any{"RouteTableId": "rtb-zzzzzzzz"})
	fail("DeleteRouteTable", map[string]any{"RouteTableId": main})

	// ReplaceRouteTableAssociation.
	fail("ReplaceRouteTableAssociation", map[string]any{"SubnetId": subnet, "EcmRegion": region})
	fail("ReplaceRouteTableAssociation", map[string]any{"SubnetId": "subnet-BAD", "RouteTableId": rtb, "EcmRegion": region})
	fail("ReplaceRouteTableAssociation", map[string]any{"SubnetId": "subnet-zzzzzzzz", "RouteTableId": rtb, "EcmRegion": region})
	fail("ReplaceRouteTableAssociation", map[string]any{"SubnetId": subnet, "RouteTableId": "rtb-zzzzzzzz", "EcmRegion": region})
	fail("ReplaceRouteTableAssociation", map[string]any{"SubnetId": subnet, "RouteTableId": otherRTB, "EcmRegion": region})
	h.Ok("ReplaceRouteTableAssociation", map[string]any{"SubnetId": subnet, "RouteTableId": rtb, "EcmRegion": region})
	fail("DeleteRouteTable", map[string]any{"RouteTableId": rtb})

	// CreateRoutes, ReplaceRoutes, ResetRoutes.
	for _, a := range []string{"CreateRoutes", "ResetRoutes"} {
		extra := func(m map[string]any) map[string]any {
			if a == "ResetRoutes" {
				m["RouteTableName"] = "r"
			}
			return m
		}
		fail(a, extra(map[string]any{"RouteTableId": rtb}))
		fail(a, extra(map[string]any{"RouteTableId": "rtb-BAD", "Routes": route("8.8.0.0/16", "NORMAL_CVM", "10.0.0.5")}))
		fail(a, extra(map[string]any{"RouteTableId": "rtb-zzzzzzzz", "Routes": route("8.8.0.0/16", "NORMAL_CVM", "10.0.0.5")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": route("not-a-cidr", "NORMAL_CVM", "10.0.0.5")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": route("8.8.0.0/16", "VPN", "10.0.0.5")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": route("8.8.0.0/16", "NORMAL_CVM", "192.0.2.1")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": route("8.8.0.0/16", "EIP", "1")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": route("10.0.3.0/24", "NORMAL_CVM", "10.0.0.5")}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": append(route("8.8.0.0/16", "NORMAL_CVM", "10.0.0.5"), route("8.8.0.0/16", "NORMAL_CVM", "10.0.0.6")...)}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "8.8.0.0/16", "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.5", "RouteType": "CCN"}}}))
		fail(a, extra(map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "8.8.0.0/16"}}}))
	}
	fail("ResetRoutes", map[string]any{"RouteTableId": rtb, "RouteTableName": strings.Repeat("n", 61), "Routes": []map[string]any{}})
	fail("ResetRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{}})
	fail("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": route("192.168.0.0/16", "NORMAL_CVM", "10.0.0.6")})
	manyRoutes := make([]map[string]any, 201)
	for i := range manyRoutes {
		manyRoutes[i] = route(fmt.Sprintf("11.%d.%d.0/24", i/250, i%250), "NORMAL_CVM", "10.0.0.5")[0]
	}
	fail("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": manyRoutes})
	replace := func(id any, dest string) []map[string]any {
		return []map[string]any{{"RouteId": id, "DestinationCidrBlock": dest, "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.9"}}
	}
	second := routeCreate(h, rtb, "172.30.0.0/16", "10.0.0.5")
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": "rtb-BAD", "Routes": replace(routeID, "8.8.0.0/16")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": "rtb-zzzzzzzz", "Routes": replace(routeID, "8.8.0.0/16")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": replace(999999, "8.8.0.0/16")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": replace(routeID, "172.30.0.0/16")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": append(replace(routeID, "8.8.0.0/16"), replace(routeID, "8.9.0.0/16")...)})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": replace("x", "8.8.0.0/16")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": route("8.8.0.0/16", "NORMAL_CVM", "10.0.0.5")})
	fail("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": replace(second, "10.0.9.0/24")})

	// EnableRoutes, DisableRoutes, DeleteRoutes, DescribeRouteConflicts.
	for _, a := range []string{"EnableRoutes", "DisableRoutes"} {
		fail(a, map[string]any{"RouteTableId": rtb})
		fail(a, map[string]any{"RouteTableId": rtb, "RouteIds": []int64{}})
		fail(a, map[string]any{"RouteTableId": "rtb-BAD", "RouteIds": []int64{routeID}})
		fail(a, map[string]any{"RouteTableId": "rtb-zzzzzzzz", "RouteIds": []int64{routeID}})
		fail(a, map[string]any{"RouteTableId": rtb, "RouteIds": []int64{999999}})
		fail(a, map[string]any{"RouteTableId": rtb, "RouteIds": []string{"rti-12345678"}})
	}
	fail("EnableRoutes", map[string]any{"RouteTableId": rtb, "RouteIds": []int64{routeID, routeID}})
	fail("DeleteRoutes", map[string]any{"RouteTableId": rtb})
	fail("DeleteRoutes", map[string]any{"RouteTableId": "rtb-BAD", "Routes": []map[string]any{{"RouteId": routeID}}})
	fail("DeleteRoutes", map[string]any{"RouteTableId": "rtb-zzzzzzzz", "Routes": []map[string]any{{"RouteId": routeID}}})
	fail("DeleteRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": 999999}}})
	fail("DeleteRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": "678"}}})
	fail("DeleteRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{}}})
	fail("DescribeRouteConflicts", map[string]any{"RouteTableId": rtb})
	fail("DescribeRouteConflicts", map[string]any{"RouteTableId": "rtb-BAD", "DestinationCidrBlocks": []string{"10.9.0.0/16"}})
	fail("DescribeRouteConflicts", map[string]any{"RouteTableId": "rtb-zzzzzzzz", "DestinationCidrBlocks": []string{"10.9.0.0/16"}})
	fail("DescribeRouteConflicts", map[string]any{"RouteTableId": rtb, "DestinationCidrBlocks": []string{"nope"}})

	// HAVIPs.
	hv := haVipCreate(h, vpc, subnet, "hv")
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet})
	fail("CreateHaVip", map[string]any{"VpcId": "vpc-BAD", "SubnetId": subnet, "HaVipName": "x"})
	fail("CreateHaVip", map[string]any{"VpcId": "vpc-zzzzzzzz", "SubnetId": subnet, "HaVipName": "x"})
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": "subnet-zzzzzzzz", "HaVipName": "x"})
	fail("CreateHaVip", map[string]any{"VpcId": otherVpc, "SubnetId": subnet, "HaVipName": "x"})
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": strings.Repeat("n", 61)})
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": "x", "Vip": "not-an-ip"})
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": "x", "Vip": "10.0.9.9"})
	fail("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": "x", "Vip": "10.0.1.2"})
	for i := 0; i < 12; i++ { // the quota: 10 per VPC
		_, _ = h.Call("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": "fill"})
	}
	small := h.CreateVpc("10.2.0.0/16")
	smallSubnet := h.CreateSubnet(small, "10.2.0.0/28")
	for i := 0; i < 13; i++ { // a /28 has 13 usable addresses
		h.Ok("CreateHaVip", map[string]any{"VpcId": small, "SubnetId": smallSubnet, "HaVipName": "fill", "Vip": fmt.Sprintf("10.2.0.%d", i+2)})
		if i == 9 {
			h.Control("POST", "/_sandbox/limits", `{"ecm.havips_per_vpc": 100}`)
		}
	}
	fail("CreateHaVip", map[string]any{"VpcId": small, "SubnetId": smallSubnet, "HaVipName": "full"})
	h.Control("DELETE", "/_sandbox/limits", "")
	fail("DescribeHaVips", map[string]any{"HaVipIds": []string{hv}, "Filters": []filter{{"vpc-id", []string{vpc}}}})
	fail("DescribeHaVips", map[string]any{"HaVipIds": many("havip")})
	fail("DescribeHaVips", map[string]any{"HaVipIds": []string{"havip-BAD"}})
	fail("DescribeHaVips", map[string]any{"Filters": []filter{{"no-such", []string{"x"}}}})
	fail("DescribeHaVips", map[string]any{"Filters": []filter{{"vpc-id", many("vpc")}}})
	fail("DescribeHaVips", map[string]any{"Offset": -1})
	fail("DescribeHaVips", map[string]any{"Limit": 1000})
	fail("DescribeHaVips", map[string]any{"EcmRegion": "xx-nowhere-ecm"})
	fail("ModifyHaVipAttribute", map[string]any{"HaVipId": hv})
	fail("ModifyHaVipAttribute", map[string]any{"HaVipId": hv, "HaVipName": strings.Repeat("n", 61)})
	fail("ModifyHaVipAttribute", map[string]any{"HaVipId": "havip-BAD", "HaVipName": "x"})
	fail("ModifyHaVipAttribute", map[string]any{"HaVipId": "havip-zzzzzzzz", "HaVipName": "x"})
	fail("DeleteHaVip", map[string]any{"HaVipId": "havip-BAD"})
	fail("DeleteHaVip", map[string]any{"HaVipId": "havip-zzzzzzzz"})

	// ModifyDefaultSubnet.
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": zone, "VpcId": vpc})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": "ap-beijing-ecm-ct", "VpcId": vpc, "SubnetId": subnet})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": zone, "VpcId": "vpc-BAD", "SubnetId": subnet})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": zone, "VpcId": "vpc-zzzzzzzz", "SubnetId": subnet})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": zone, "VpcId": vpc, "SubnetId": "subnet-zzzzzzzz"})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": region, "Zone": zone, "VpcId": otherVpc, "SubnetId": subnet})
	fail("ModifyDefaultSubnet", map[string]any{"EcmRegion": "xx-nowhere-ecm", "Zone": zone, "VpcId": vpc, "SubnetId": subnet})
}
