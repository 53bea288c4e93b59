package ecm

import "testing"

// Route tables, routes and HAVIPs through the handlers (no HTTP): the main
// table, associations, the deletion rules, the route IDs and persistence.

func (d *direct) rtb(vpc, name string) string {
	d.t.Helper()
	return d.ok("CreateRouteTable", map[string]any{"VpcId": vpc, "RouteTableName": name, "EcmRegion": dRegion})["RouteTable"].(map[string]any)["RouteTableId"].(string)
}

func (d *direct) table(id string) map[string]any {
	d.t.Helper()
	set := d.ok("DescribeRouteTables", map[string]any{"RouteTableIds": []string{id}})["RouteTableSet"].([]any)
	if len(set) != 1 {
		d.t.Fatalf("route table %s: %v", id, set)
	}
	return set[0].(map[string]any)
}

func (d *direct) subnetRTB(id string) string {
	d.t.Helper()
	return d.ok("DescribeSubnets", map[string]any{"SubnetIds": []string{id}})["SubnetSet"].([]any)[0].(map[string]any)["RouteTableId"].(string)
}

func TestMainRouteTableIsReal(t *testing.T) {
	d := newDirect(t)
	v := d.vpc("10.0.0.0/16")
	s := d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)
	mains := d.ok("DescribeRouteTables", map[string]any{"EcmRegion": dRegion, "Filters": []map[string]any{
		{"Name": "vpc-id", "Values": []string{v}}, {"Name": "association.main", "Values": []string{"true"}}}})["RouteTableSet"].([]any)
	if len(mains) != 1 {
		t.Fatalf("main tables of %s: %v", v, mains)
	}
	main := mains[0].(map[string]any)
	assoc := main["AssociationSet"].([]any)
	if main["Main"] != true || main["RouteTableId"] != s["RouteTableId"] || len(assoc) != 1 || assoc[0].(map[string]any)["SubnetId"] != s["SubnetId"] {
		t.Fatalf("main table %v, subnet %v", main, s)
	}
	d.fails("DeleteRouteTable", map[string]any{"RouteTableId": main["RouteTableId"]}, "UnsupportedOperation.DelDefaultRoute")

	// Associate with a custom table: the subnet shows it, the table can no longer be deleted.
	custom := d.rtb(v, "custom")
	d.ok("ReplaceRouteTableAssociation", map[string]any{"SubnetId": s["SubnetId"], "RouteTableId": custom, "EcmRegion": dRegion})
	if got := d.subnetRTB(s["SubnetId"].(string)); got != custom {
		t.Fatalf("subnet's table %s, want %s", got, custom)
	}
	if n := len(d.table(main["RouteTableId"].(string))["AssociationSet"].([]any)); n != 0 {
		t.Fatalf("the main table still lists %d subnets", n)
	}
	d.fails("DeleteRouteTable", map[string]any{"RouteTableId": custom}, "UnsupportedOperation.DelRouteWithSubnet")
	d.fails("DeleteVpc", map[string]any{"VpcId": v, "EcmRegion": dRegion}, "ResourceInUse")

	// A table of another VPC cannot take the subnet.
	other := d.rtb(d.vpc("10.1.0.0/16"), "other")
	d.fails("ReplaceRouteTableAssociation", map[string]any{"SubnetId": s["SubnetId"], "RouteTableId": other, "EcmRegion": dRegion}, "UnsupportedOperation.VpcMismatch")

	// Back to the main table (what the association's destroy does), then the custom table goes.
	d.ok("ReplaceRouteTableAssociation", map[string]any{"SubnetId": s["SubnetId"], "RouteTableId": main["RouteTableId"], "EcmRegion": dRegion})
	if got := d.subnetRTB(s["SubnetId"].(string)); got != main["RouteTableId"] {
		t.Fatalf("subnet's table %s, want the main %s", got, main["RouteTableId"])
	}
	d.ok("DeleteRouteTable", map[string]any{"RouteTableId": custom})
	d.fails("DescribeRouteConflicts", map[string]any{"RouteTableId": custom, "DestinationCidrBlocks": []string{"10.9.0.0/16"}}, "ResourceNotFound")

	// A subnet deleted while associated leaves the table deletable.
	custom2 := d.rtb(v, "custom2")
	d.ok("ReplaceRouteTableAssociation", map[string]any{"SubnetId": s["SubnetId"], "RouteTableId": custom2, "EcmRegion": dRegion})
	d.ok("DeleteSubnet", map[string]any{"SubnetId": s["SubnetId"], "EcmRegion": dRegion})
	d.ok("DeleteRouteTable", map[string]any{"RouteTableId": custom2})
	d.ok("DeleteVpc", map[string]any{"VpcId": v, "EcmRegion": dRegion})
	if _, code := d.call("DescribeRouteTables", map[string]any{"RouteTableIds": []string{main["RouteTableId"].(string)}}); code != "" {
		t.Fatalf("describe after the VPC went: %s", code)
	}
	if set := d.ok("DescribeRouteTables", map[string]any{"RouteTableIds": []string{main["RouteTableId"].(string)}})["RouteTableSet"].([]any); len(set) != 0 {
		t.Fatalf("the main table outlived its VPC: %v", set)
	}
}

func TestRoutesLifecycle(t *testing.T) {
	d := newDirect(t)
	rtb := d.rtb(d.vpc("10.0.0.0/16"), "r")
	add := func(dest, gw string) map[string]any {
		resp := d.ok("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": dest, "GatewayType": "NORMAL_CVM", "GatewayId": gw, "RouteDescription": "d"}}})
		set := resp["RouteTableSet"].([]any)[0].(map[string]any)["RouteSet"].([]any)
		return set[len(set)-1].(map[string]any)
	}
	r1 := add("192.168.0.0/16", "10.0.0.5")
	r2 := add("172.20.0.0/16", "10.0.0.6")
	if r1["RouteId"].(float64) == r2["RouteId"].(float64) || r1["RouteItemId"] == r2["RouteItemId"] || r1["Enabled"] != true || r1["RouteType"] != "USER" {
		t.Fatalf("routes %v %v", r1, r2)
	}
	// A duplicate destination, one inside the VPC, a next hop outside it.
	d.fails("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "192.168.0.0/16", "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.9"}}}, "InvalidParameterValue.Duplicate")
	d.fails("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "10.0.5.0/24", "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.9"}}}, "InvalidParameterValue.VpcCidrConflict")
	d.fails("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "8.8.8.0/24", "GatewayType": "NORMAL_CVM", "GatewayId": "192.0.2.1"}}}, "InvalidParameterValue")

	// Replace keeps both IDs and the Enabled state; disable and enable by RouteId.
	id1 := int64(r1["RouteId"].(float64))
	d.ok("DisableRoutes", map[string]any{"RouteTableId": rtb, "RouteIds": []int64{id1}})
	d.ok("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": id1, "DestinationCidrBlock": "192.168.0.0/16", "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.7", "RouteDescription": "new"}}})
	got := d.table(rtb)["RouteSet"].([]any)[0].(map[string]any)
	if got["RouteItemId"] != r1["RouteItemId"] || got["GatewayId"] != "10.0.0.7" || got["RouteDescription"] != "new" || got["Enabled"] != false {
		t.Fatalf("after replace %v", got)
	}
	d.fails("ReplaceRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": id1, "DestinationCidrBlock": "172.20.0.0/16", "GatewayType": "NORMAL_CVM", "GatewayId": "10.0.0.7"}}}, "InvalidParameterValue.Duplicate")
	d.ok("EnableRoutes", map[string]any{"RouteTableId": rtb, "RouteIds": []int64{id1}})
	d.fails("EnableRoutes", map[string]any{"RouteTableId": rtb, "RouteIds": []int64{999999}}, "ResourceNotFound")
	if c := d.ok("DescribeRouteConflicts", map[string]any{"RouteTableId": rtb, "DestinationCidrBlocks": []string{"192.168.0.0/16", "10.99.0.0/16"}})["RouteConflictSet"].([]any); len(c) != 1 {
		t.Fatalf("conflicts %v", c)
	}

	// Persistence: routes, their IDs and the counter survive a reload.
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	if !jsonEqual(d.table(rtb), d2.table(rtb)) {
		t.Fatalf("before %v\nafter %v", d.table(rtb), d2.table(rtb))
	}
	r3 := d2.ok("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"DestinationCidrBlock": "172.21.0.0/16", "GatewayType": "EIP", "GatewayId": "0"}}})
	set := r3["RouteTableSet"].([]any)[0].(map[string]any)["RouteSet"].([]any)
	if id3 := set[2].(map[string]any)["RouteId"].(float64); id3 <= r2["RouteId"].(float64) {
		t.Fatalf("RouteId after reload %v, before %v", id3, r2["RouteId"])
	}

	// Delete by RouteId; reset replaces everything and renames.
	d2.ok("DeleteRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": id1}}})
	d2.fails("DeleteRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{{"RouteId": id1}}}, "ResourceNotFound")
	d2.ok("ResetRoutes", map[string]any{"RouteTableId": rtb, "RouteTableName": "reset", "Routes": []map[string]any{}})
	if tb := d2.table(rtb); tb["RouteTableName"] != "reset" || len(tb["RouteSet"].([]any)) != 0 {
		t.Fatalf("after reset %v", tb)
	}
}

func TestHaVipsHoldAddresses(t *testing.T) {
	d := newDirect(t)
	v := d.vpc("10.0.0.0/16")
	s := d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "s", "CidrBlock": "10.0.1.0/28", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)
	sid := s["SubnetId"].(string)
	before := s["AvailableIpAddressCount"].(float64)
	h := d.ok("CreateHaVip", map[string]any{"VpcId": v, "SubnetId": sid, "HaVipName": "a", "Vip": "10.0.1.4"})["HaVip"].(map[string]any)
	d.fails("CreateHaVip", map[string]any{"VpcId": v, "SubnetId": sid, "HaVipName": "b", "Vip": "10.0.1.4"}, "InvalidParameterValue.Duplicate")
	d.fails("CreateHaVip", map[string]any{"VpcId": v, "SubnetId": sid, "HaVipName": "b", "Vip": "10.0.2.4"}, "InvalidParameterValue.ObjectNotCurrentSubnet")
	after := d.ok("DescribeSubnets", map[string]any{"SubnetIds": []string{sid}})["SubnetSet"].([]any)[0].(map[string]any)["AvailableIpAddressCount"].(float64)
	if after != before-1 {
		t.Fatalf("available %v after an HAVIP, %v before", after, before)
	}
	d.fails("DeleteSubnet", map[string]any{"SubnetId": sid, "EcmRegion": dRegion}, "ResourceInUse")
	d.fails("DeleteVpc", map[string]any{"VpcId": v, "EcmRegion": dRegion}, "ResourceInUse")
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	got := d2.ok("DescribeHaVips", map[string]any{"HaVipIds": []string{h["HaVipId"].(string)}})["HaVipSet"].([]any)
	if len(got) != 1 || !jsonEqual(got[0].(map[string]any), h) {
		t.Fatalf("after reload %v, before %v", got, h)
	}
	d2.fails("CreateHaVip", map[string]any{"VpcId": v, "SubnetId": sid, "HaVipName": "b", "Vip": "10.0.1.4"}, "InvalidParameterValue.Duplicate")
	d2.ok("DeleteHaVip", map[string]any{"HaVipId": h["HaVipId"]})
	d2.ok("DeleteSubnet", map[string]any{"SubnetId": sid, "EcmRegion": dRegion})
}

func TestModifyDefaultSubnet(t *testing.T) {
	d := newDirect(t)
	v := d.vpc("10.0.0.0/16")
	first := d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "a", "CidrBlock": "10.0.1.0/24", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)["SubnetId"]
	d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "b", "CidrBlock": "10.0.2.0/24", "Zone": dZone, "EcmRegion": dRegion})
	d.ok("ModifyDefaultSubnet", map[string]any{"EcmRegion": dRegion, "Zone": dZone, "VpcId": v, "SubnetId": first})
	if got := d.ok("DescribeDefaultSubnet", map[string]any{"EcmRegion": dRegion, "Zone": dZone})["Subnet"].(map[string]any)["SubnetId"]; got != first {
		t.Fatalf("default subnet %v, want %v", got, first)
	}
	other := d.vpc("10.1.0.0/16")
	d.fails("ModifyDefaultSubnet", map[string]any{"EcmRegion": dRegion, "Zone": dZone, "VpcId": other, "SubnetId": first}, "InvalidParameterValue")
	d.fails("ModifyDefaultSubnet", map[string]any{"EcmRegion": dRegion, "Zone": dZone, "VpcId": v, "SubnetId": "subnet-zzzzzzzz"}, "ResourceNotFound")
}
