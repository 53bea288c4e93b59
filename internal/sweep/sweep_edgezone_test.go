package sweep

import (
	"context"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	edgezonepublicip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicip"
	edgezonepublicnetworkinstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicnetworkinstance"
)

// EdgeZone objects live in the provider's region, whatever ECM region the sweep names: the
// addresses of the prefixed instances are released, then those instances deleted; the others stay.
func TestRun_SweepsEdgeZoneInTheProviderRegion(t *testing.T) {
	acctest.Sandbox(t)
	ctx := context.Background()
	c, region := acctest.Conn(), acctest.Region()
	mkInstance := func(name string, zone, ips int) string {
		out, err := c.EdgeZone.CreatePublicNetworkInstance(ctx, region, edgezone.CreatePublicNetworkInstanceRequest{
			ZoneId: acctest.EdgeZoneZone(zone), NetworkInstanceName: name, Line: "BGP", RouteMode: "STATIC", Bandwidth: 10,
		})
		if err != nil {
			t.Fatal(err)
		}
		if ips > 0 {
			if _, err := c.EdgeZone.ApplyPublicIps(ctx, region, edgezone.ApplyPublicIpsRequest{NetworkInstanceId: out.NetworkInstanceId, Count: int64(ips), Type: "ipv4"}); err != nil {
				t.Fatal(err)
			}
		}
		return out.NetworkInstanceId
	}
	prefix := acctest.NamePrefix + "sweepez-"
	gone := mkInstance(prefix+"epn", 1, 2)
	kept := mkInstance("keep-sweepez-epn", 2, 1)
	t.Cleanup(func() { // by its own sweepers, under a prefix that matches it
		ctx := context.Background()
		if _, err := edgezonepublicip.Sweep(ctx, c, region, "keep-sweepez-"); err != nil {
			t.Error(err)
		}
		if _, err := edgezonepublicnetworkinstance.Sweep(ctx, c, region, "keep-sweepez-"); err != nil {
			t.Error(err)
		}
	})

	deleted, err := Run(ctx, c, acctest.ECMRegion(), prefix)
	if err != nil {
		t.Fatal(err)
	}
	if deleted["edgecloud_edgezone_public_ip"] != 2 || deleted["edgecloud_edgezone_public_network_instance"] != 1 {
		t.Errorf("deleted %v; want 2 public IPs and 1 public network instance", deleted)
	}
	if _, err := c.EdgeZone.FindPublicNetworkInstanceByID(ctx, region, gone); !acctest.IsNotFound(err) {
		t.Errorf("%s survived the sweep (%v)", gone, err)
	}
	if ips, err := c.EdgeZone.ListInstancePublicIPs(ctx, region, kept, ""); err != nil || len(ips) != 1 {
		t.Errorf("%s: %d addresses after the sweep (%v); it does not carry the prefix and must keep its one", kept, len(ips), err)
	}
}
