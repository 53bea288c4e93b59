package ecm_test

import (
	"strconv"
	"strings"
	"testing"
)

// Seed replays of the route table, route, HAVIP and ModifyDefaultSubnet
// actions (TestSeedReplay runs them). The examples name tables, routes and
// HAVIPs that do not exist: each setup makes them in a VPC whose CIDR holds
// the example's next hop, and substitutes their IDs.

// rtbCreate makes a custom route table in the VPC and returns its ID.
func rtbCreate(h *harness, vpc, name string) string {
	resp := h.Ok("CreateRouteTable", map[string]any{"VpcId": vpc, "RouteTableName": name, "EcmRegion": testRegion})
	return resp["RouteTable"].(map[string]any)["RouteTableId"].(string)
}

// routeCreate adds one NORMAL_CVM route and returns its RouteId (checking it has a RouteItemId).
func routeCreate(h *harness, rtb, dest, gateway string) int64 {
	resp := h.Ok("CreateRoutes", map[string]any{"RouteTableId": rtb, "Routes": []map[string]any{
		{"DestinationCidrBlock": dest, "GatewayType": "NORMAL_CVM", "GatewayId": gateway}}})
	set := resp["RouteTableSet"].([]any)[0].(map[string]any)["RouteSet"].([]any)
	last := set[len(set)-1].(map[string]any)
	if item, _ := last["RouteItemId"].(string); !strings.HasPrefix(item, "rti-") {
		h.T.Fatalf("route without a RouteItemId: %v", last)
	}
	return int64(last["RouteId"].(float64))
}

// routeTable reads one table back.
func routeTable(h *harness, rtb string) map[string]any {
	resp := h.Ok("DescribeRouteTables", map[string]any{"RouteTableIds": []string{rtb}})
	return resp["RouteTableSet"].([]any)[0].(map[string]any)
}

func haVipCreate(h *harness, vpc, subnet, name string) string {
	resp := h.Ok("CreateHaVip", map[string]any{"VpcId": vpc, "SubnetId": subnet, "HaVipName": name})
	return resp["HaVip"].(map[string]any)["HaVipId"].(string)
}

func routingSeedCases() []seedCase {
	// withRoute: a table in 10.212.0.0/16 with one route; the example's table and RouteId.
	withRoute := func(exampleTable string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) {
			rtb := rtbCreate(h, h.CreateVpc("10.212.0.0/16"), "TestRoutes")
			id := routeCreate(h, rtb, "192.168.0.0/16", "10.212.0.13")
			return []string{exampleTable, "678"}, []string{rtb, strconv.FormatInt(id, 10)}
		}
	}
	table := func(exampleTable, vpcCIDR string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) {
			return []string{exampleTable}, []string{rtbCreate(h, h.CreateVpc(vpcCIDR), "TestRoutes")}
		}
	}
	return []seedCase{
		{name: "CreateRouteTable", action: "CreateRouteTable", in: seedCreateRouteTableIn, out: seedCreateRouteTableOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"vpc-loibq08z"}, []string{h.CreateVpc("10.0.0.0/16")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				rt := resp["RouteTable"].(map[string]any)
				if rt["Main"] != false || rt["RouteTableName"] != "Test route table" || rt["CreatedTime"] != "0000-00-00 00:00:00" {
					t.Fatalf("route table %v", rt)
				}
				if got := routeTable(h, rt["RouteTableId"].(string)); got["CreatedTime"] == "0000-00-00 00:00:00" {
					t.Fatalf("DescribeRouteTables should show the real creation time: %v", got)
				}
			}},
		{name: "DescribeRouteTables", action: "DescribeRouteTables", in: seedDescribeRouteTablesIn, out: seedDescribeRouteTablesOut,
			ints: []string{"Offset", "Limit"},
			// The first table listed is the default VPC's main table: give it the example's route.
			setup: func(h *harness) ([]string, []string) {
				h.CreateVpc("10.0.0.0/16")
				first := h.Ok("DescribeRouteTables", map[string]any{"Limit": 1})["RouteTableSet"].([]any)[0].(map[string]any)
				routeCreate(h, first["RouteTableId"].(string), "169.254.64.0/23", "172.16.0.25")
				return nil, nil
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				rt := resp["RouteTableSet"].([]any)[0].(map[string]any)
				route := rt["RouteSet"].([]any)[0].(map[string]any)
				if resp["TotalCount"].(float64) != 2 || rt["Main"] != true || len(rt["AssociationSet"].([]any)) != 1 ||
					route["RouteType"] != "USER" || route["Enabled"] != true || route["RouteId"].(float64) < 1 {
					t.Fatalf("route tables %v", resp)
				}
			}},
		{name: "ReplaceRouteTableAssociation", action: "ReplaceRouteTableAssociation", in: seedReplaceRouteTableAssociationIn, out: seedReplaceRouteTableAssociationOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.0.0.0/16")
				return []string{"rtb-n0yejvje", "subnet-q2079ils"}, []string{rtbCreate(h, vpc, "t"), h.CreateSubnet(vpc, "10.0.1.0/24")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if set := h.Ok("DescribeRouteTables", map[string]any{"Filters": []filter{{"association.main", []string{"false"}}}})["RouteTableSet"].([]any); len(set) != 1 ||
					len(set[0].(map[string]any)["AssociationSet"].([]any)) != 1 {
					t.Fatalf("the custom table should have the subnet: %v", set)
				}
			}},
		{name: "ModifyRouteTableAttribute", action: "ModifyRouteTableAttribute", in: seedModifyRouteTableAttributeIn, out: seedModifyRouteTableAttributeOut,
			setup: table("rtb-n0yejvje", "10.0.0.0/16")},
		{name: "ResetRoutes", action: "ResetRoutes", in: seedResetRoutesIn, out: seedResetRoutesOut,
			setup: func(h *harness) ([]string, []string) {
				rtb := rtbCreate(h, h.CreateVpc("172.16.0.0/16"), "before")
				routeCreate(h, rtb, "10.9.0.0/16", "172.16.0.9")
				return []string{"rtb-n0yejvje"}, []string{rtb}
			}},
		{name: "DeleteRouteTable", action: "DeleteRouteTable", in: seedDeleteRouteTableIn, out: seedDeleteRouteTableOut,
			setup: table("rtb-azd4dt1c", "10.0.0.0/16")},
		{name: "CreateRoutes", action: "CreateRoutes", in: seedCreateRoutesIn, out: seedCreateRoutesOut,
			setup: table("rtb-n0yejvje", "10.212.0.0/16"),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				route := resp["RouteTableSet"].([]any)[0].(map[string]any)["RouteSet"].([]any)[0].(map[string]any)
				if resp["TotalCount"].(float64) != 1 || route["GatewayId"] != "10.212.0.13" || route["RouteDescription"] != "TEST-ROUTE" {
					t.Fatalf("routes %v", resp)
				}
			}},
		{name: "ReplaceRoutes", action: "ReplaceRoutes", in: seedReplaceRoutesIn, out: seedReplaceRoutesOut, ints: []string{"RouteId"},
			setup: withRoute("rtb-n0yejvje")},
		{name: "DescribeRouteConflicts", action: "DescribeRouteConflicts", in: seedDescribeRouteConflictsIn, out: seedDescribeRouteConflictsOut,
			setup: withRoute("rtb-q8o2z892")},
		{name: "EnableRoutes", action: "EnableRoutes", in: seedEnableRoutesIn, out: seedEnableRoutesOut, ints: []string{"0"},
			setup: withRoute("rtb-12345678")},
		{name: "DisableRoutes", action: "DisableRoutes", in: seedDisableRoutesIn, out: seedDisableRoutesOut, ints: []string{"0"},
			setup: withRoute("rtb-12345678")},
		{name: "DeleteRoutes", action: "DeleteRoutes", in: seedDeleteRoutesIn, out: seedDeleteRoutesOut, ints: []string{"RouteId"},
			setup: withRoute("rtb-12345678")},
		{name: "CreateHaVip", action: "CreateHaVip", in: seedCreateHaVipIn, out: seedCreateHaVipOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("172.16.0.0/16")
				return []string{"vpc-m0c2kcun", "subnet-rtmfkg4w"}, []string{vpc, h.CreateSubnet(vpc, "172.16.0.0/24")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if v := resp["HaVip"].(map[string]any); v["Vip"] != "172.16.0.2" || v["State"] != "UNBIND" {
					t.Fatalf("HAVIP %v", v)
				}
			}},
		{name: "DescribeHaVips", action: "DescribeHaVips", in: seedDescribeHaVipsIn, out: seedDescribeHaVipsOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.2.0.0/16")
				subnet := h.CreateSubnet(vpc, "10.2.0.0/24")
				return []string{"havip-bk4275i0", "havip-2kce8v4q"}, []string{haVipCreate(h, vpc, subnet, "22"), haVipCreate(h, vpc, subnet, "tadfafd")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if resp["TotalCount"].(float64) != 2 {
					t.Fatalf("HAVIPs %v", resp)
				}
			}},
		{name: "ModifyHaVipAttribute", action: "ModifyHaVipAttribute", in: seedModifyHaVipAttributeIn, out: seedModifyHaVipAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.2.0.0/16")
				return []string{"havip-9o233uri"}, []string{haVipCreate(h, vpc, h.CreateSubnet(vpc, "10.2.0.0/24"), "old")}
			}},
		{name: "DeleteHaVip", action: "DeleteHaVip", in: seedDeleteHaVipIn, out: seedDeleteHaVipOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.2.0.0/16")
				return []string{"havip-kekyk044"}, []string{haVipCreate(h, vpc, h.CreateSubnet(vpc, "10.2.0.0/24"), "gone")}
			}},
		{name: "ModifyDefaultSubnet", action: "ModifyDefaultSubnet", in: seedModifyDefaultSubnetIn, out: seedModifyDefaultSubnetOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.0.0.0/16")
				return []string{"vpc-cp6wknwh", "subnet-jxa0xg1o"}, []string{vpc, h.CreateSubnet(vpc, "10.0.1.0/24")}
			}},
	}
}
