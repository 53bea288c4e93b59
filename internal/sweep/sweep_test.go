package sweep

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// TestMain runs the sweepers when asked (go test -sweep=<ecm_region>), the tests otherwise.
func TestMain(m *testing.M) { resource.TestMain(m) }

func init() {
	for _, s := range All {
		resource.AddTestSweepers(s.Type, &resource.Sweeper{
			Name:         s.Type,
			Dependencies: s.DependsOn,
			F: func(region string) error {
				n, err := s.Sweep(context.Background(), acctest.Conn(), region, acctest.NamePrefix)
				fmt.Printf("swept %d %s in %s\n", n, s.Type, region)
				return err
			},
		})
	}
}

func TestAll_OrderSatisfiesDependencies(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range All {
		for _, d := range s.DependsOn {
			if !seen[d] {
				t.Errorf("%s runs before its dependency %s", s.Type, d)
			}
		}
		seen[s.Type] = true
	}
}

// The sweepers delete what carries the tests' prefix, dependents first, and nothing else.
func TestRun_DeletesOnlyPrefixedObjects(t *testing.T) {
	acctest.Sandbox(t) // the in-process sandbox; skipped against a real account
	ctx := context.Background()
	c, region := acctest.Conn(), acctest.ECMRegion()

	mkVPC := func(name, cidr string) string {
		out, err := c.ECM.CreateVpc(ctx, ecm.CreateVpcRequest{VpcName: name, CidrBlock: cidr, EcmRegion: region})
		if err != nil {
			t.Fatal(err)
		}
		return out.Vpc.VpcId
	}
	mkSubnet := func(vpcID, name, cidr string) string {
		out, err := c.ECM.CreateSubnet(ctx, ecm.CreateSubnetRequest{VpcId: vpcID, SubnetName: name, CidrBlock: cidr, Zone: acctest.Zone(), EcmRegion: region})
		if err != nil {
			t.Fatal(err)
		}
		return out.Subnet.SubnetId
	}
	mkEIP := func(name string) string {
		out, err := c.ECM.AllocateAddresses(ctx, ecm.AllocateAddressesRequest{EcmRegion: region})
		if err != nil {
			t.Fatal(err)
		}
		id := out.AddressSet[0]
		if err := c.ECM.WaitTask(ctx, waitOpts, region, out.TaskId, "AllocateAddresses"); err != nil {
			t.Fatal(err)
		}
		if err := c.ECM.ModifyAddressAttribute(ctx, ecm.ModifyAddressAttributeRequest{EcmRegion: region, AddressId: id, AddressName: &name}); err != nil {
			t.Fatal(err)
		}
		return id
	}
	prefix := acctest.NamePrefix + "sweep-"
	goneVPC := mkVPC(prefix+"vpc", "10.90.0.0/16")
	goneSubnet := mkSubnet(goneVPC, prefix+"subnet", "10.90.1.0/24")
	goneEIP := mkEIP(prefix + "eip")
	keptVPC := mkVPC("keep-sweep-vpc", "10.91.0.0/16")
	keptSubnet := mkSubnet(keptVPC, "keep-sweep-subnet", "10.91.1.0/24")
	keptEIP := mkEIP("keep-sweep-eip")

	deleted, err := Run(ctx, c, region, prefix)
	if err != nil {
		t.Fatal(err)
	}
	for typ, want := range map[string]int{"edgecloud_ecm_vpc": 1, "edgecloud_ecm_subnet": 1, "edgecloud_ecm_eip": 1} {
		if deleted[typ] != want {
			t.Errorf("deleted %d %s, want %d", deleted[typ], typ, want)
		}
	}
	for _, id := range []string{goneVPC, goneSubnet, goneEIP} {
		if err := exists(ctx, id); !acctest.IsNotFound(err) {
			t.Errorf("%s survived the sweep (%v)", id, err)
		}
	}
	for _, id := range []string{keptVPC, keptSubnet, keptEIP} {
		if err := exists(ctx, id); err != nil {
			t.Errorf("%s was swept but does not carry the prefix: %v", id, err)
		}
	}
	if _, err := Run(ctx, c, region, ""); err == nil {
		t.Error("an empty prefix must be refused")
	}
}
