package sweep

import (
	"context"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// Route tables and HAVIPs: a prefixed table associated with a prefixed subnet is swept after the
// subnet is moved back to its main table (its route goes with it), a prefixed HAVIP before its
// subnet, and then the subnet and the VPC; unprefixed ones stay.
func TestRun_SweepsRouteTablesAndHaVips(t *testing.T) {
	acctest.Sandbox(t)
	ctx := context.Background()
	c, region := acctest.Conn(), acctest.ECMRegion()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	network := func(name, octet string) (vpc, subnet string) {
		v, err := c.ECM.CreateVpc(ctx, ecm.CreateVpcRequest{VpcName: name, CidrBlock: "10." + octet + ".0.0/16", EcmRegion: region})
		must(err)
		s, err := c.ECM.CreateSubnet(ctx, ecm.CreateSubnetRequest{VpcId: v.Vpc.VpcId, SubnetName: name, CidrBlock: "10." + octet + ".1.0/24", Zone: acctest.Zone(), EcmRegion: region})
		must(err)
		return v.Vpc.VpcId, s.Subnet.SubnetId
	}
	routing := func(name, vpc, subnet, gateway string) (table, havip string) {
		rt, err := c.ECM.CreateRouteTable(ctx, ecm.CreateRouteTableRequest{VpcId: vpc, RouteTableName: name, EcmRegion: region})
		must(err)
		table = rt.RouteTable.RouteTableId
		must(c.ECM.ReplaceRouteTableAssociation(ctx, ecm.ReplaceRouteTableAssociationRequest{SubnetId: subnet, RouteTableId: table, EcmRegion: region}))
		_, err = c.ECM.CreateRoutes(ctx, ecm.CreateRoutesRequest{RouteTableId: table, Routes: []ecm.Route{{DestinationCidrBlock: "192.168.0.0/16", GatewayType: "NORMAL_CVM", GatewayId: gateway}}})
		must(err)
		h, err := c.ECM.CreateHaVip(ctx, ecm.CreateHaVipRequest{VpcId: vpc, SubnetId: subnet, HaVipName: name})
		must(err)
		return table, h.HaVip.HaVipId
	}
	prefix := acctest.NamePrefix + "sweeprt-"
	goneVPC, goneSubnet := network(prefix+"net", "175")
	goneTable, goneHaVip := routing(prefix+"rt", goneVPC, goneSubnet, "10.175.1.10")
	keptVPC, keptSubnet := network("keep-sweeprt-net", "176")
	keptTable, keptHaVip := routing("keep-sweeprt-rt", keptVPC, keptSubnet, "10.176.1.10")

	deleted, err := Run(ctx, c, region, prefix)
	must(err)
	for typ, want := range map[string]int{"edgecloud_ecm_route_table": 1, "edgecloud_ecm_havip": 1, "edgecloud_ecm_subnet": 1, "edgecloud_ecm_vpc": 1} {
		if deleted[typ] != want {
			t.Errorf("deleted %d %s, want %d", deleted[typ], typ, want)
		}
	}
	if _, err := c.ECM.FindRouteTableByID(ctx, region, goneTable); !acctest.IsNotFound(err) {
		t.Errorf("route table %s survived the sweep (%v)", goneTable, err)
	}
	if _, err := c.ECM.FindHaVipByID(ctx, goneHaVip); !acctest.IsNotFound(err) {
		t.Errorf("HAVIP %s survived the sweep (%v)", goneHaVip, err)
	}
	if _, err := c.ECM.FindRouteTableByID(ctx, region, keptTable); err != nil {
		t.Errorf("route table %s was swept but does not carry the prefix: %v", keptTable, err)
	}
	if _, err := c.ECM.FindHaVipByID(ctx, keptHaVip); err != nil {
		t.Errorf("HAVIP %s was swept but does not carry the prefix: %v", keptHaVip, err)
	}
	for _, id := range []string{keptVPC, keptSubnet} {
		if err := exists(ctx, id); err != nil {
			t.Errorf("%s was swept but does not carry the prefix: %v", id, err)
		}
	}
}
