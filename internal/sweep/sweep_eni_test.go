package sweep

import (
	"context"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
)

// A prefixed EIP bound to a prefixed, detached ENI: the association sweeper unbinds it, the EIP
// and the ENI go, then the subnet and the VPC; an unprefixed ENI stays.
func TestRun_SweepsBoundEIPsAndENIs(t *testing.T) {
	acctest.Sandbox(t)
	ctx := context.Background()
	c, region := acctest.Conn(), acctest.ECMRegion()
	prefix := acctest.NamePrefix + "sweepeni-"
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mkENI := func(vpcName, cidr, name string) (vpc, eni string) {
		v, err := c.ECM.CreateVpc(ctx, ecm.CreateVpcRequest{VpcName: vpcName, CidrBlock: cidr + ".0.0/16", EcmRegion: region})
		must(err)
		s, err := c.ECM.CreateSubnet(ctx, ecm.CreateSubnetRequest{VpcId: v.Vpc.VpcId, SubnetName: vpcName, CidrBlock: cidr + ".1.0/24", Zone: acctest.Zone(), EcmRegion: region})
		must(err)
		n, err := c.ECM.CreateNetworkInterface(ctx, ecm.CreateNetworkInterfaceRequest{VpcId: v.Vpc.VpcId, SubnetId: s.Subnet.SubnetId, NetworkInterfaceName: name, EcmRegion: region})
		must(err)
		return v.Vpc.VpcId, n.NetworkInterface.NetworkInterfaceId
	}
	goneVPC, goneENI := mkENI(prefix+"vpc", "10.92", prefix+"eni")
	_, keptENI := mkENI("keep-sweepeni-vpc", "10.93", "keep-sweepeni-eni")
	out, err := c.ECM.AllocateAddresses(ctx, ecm.AllocateAddressesRequest{EcmRegion: region})
	must(err)
	eip := out.AddressSet[0]
	must(c.ECM.WaitTask(ctx, waitOpts, region, out.TaskId, "AllocateAddresses"))
	name := prefix + "eip"
	must(c.ECM.ModifyAddressAttribute(ctx, ecm.ModifyAddressAttributeRequest{EcmRegion: region, AddressId: eip, AddressName: &name}))
	n, err := ecmeni.WaitAvailable(ctx, c.ECM, region, goneENI, time.Minute)
	must(err)
	task, err := c.ECM.AssociateAddress(ctx, ecm.AssociateAddressRequest{EcmRegion: region, AddressId: eip, NetworkInterfaceId: goneENI,
		PrivateIpAddress: n.PrivateIpAddressSet[0].PrivateIpAddress})
	must(err)
	must(c.ECM.WaitTask(ctx, waitOpts, region, task.TaskId, "AssociateAddress"))

	deleted, err := Run(ctx, c, region, prefix)
	must(err)
	for typ, want := range map[string]int{"edgecloud_ecm_eip_association": 1, "edgecloud_ecm_eip": 1, "edgecloud_ecm_eni": 1, "edgecloud_ecm_vpc": 1} {
		if deleted[typ] != want {
			t.Errorf("deleted %d %s, want %d", deleted[typ], typ, want)
		}
	}
	for _, id := range []string{goneVPC, goneENI, eip} {
		var err error
		switch id[:4] {
		case "eni-":
			_, err = c.ECM.FindNetworkInterfaceByID(ctx, region, id)
		default:
			err = exists(ctx, id)
		}
		if !acctest.IsNotFound(err) {
			t.Errorf("%s survived the sweep (%v)", id, err)
		}
	}
	if _, err := c.ECM.FindNetworkInterfaceByID(ctx, region, keptENI); err != nil {
		t.Errorf("%s was swept but does not carry the prefix: %v", keptENI, err)
	}
}
