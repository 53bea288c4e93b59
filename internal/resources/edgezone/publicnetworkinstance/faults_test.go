package publicnetworkinstance_test

// Fault tests run sequentially (resource.Test): Go starts the parallel tests of a package only after
// its sequential ones, so a fault never hits another test's calls, and this test may use ez-1 (its
// instance is destroyed before _basic starts).

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	edgezonepublicnetworkinstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicnetworkinstance"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// CreatePublicNetworkInstance has no ClientToken. The sandbox creates the instance and drops the
// answer; the provider must not create again, but find the zone's instance (one per zone) with the
// configured name and adopt it.
func TestAccEdgeZonePublicNetworkInstance_lostCreateAnswerIsAdopted(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("epn")
	const creates = "edgezone.CreatePublicNetworkInstance"
	before := sb.CallCounts()[creates]
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				sb.AddFault(sandbox.Fault{Service: "edgezone", Action: "CreatePublicNetworkInstance", DropResponse: true, Count: 1})
			},
			Config: config(name, 1, "STATIC", 100),
			Check: resource.ComposeAggregateTestCheckFunc(
				acctest.CheckExists(address, edgezonepublicnetworkinstance.FindByState),
				func(s *terraform.State) error {
					if n := sb.CallCounts()[creates] - before; n != 1 {
						return fmt.Errorf("CreatePublicNetworkInstance was called %d times; a call without ClientToken must be sent once", n)
					}
					if faults := sb.Faults(); len(faults) != 0 {
						return fmt.Errorf("the drop_response fault did not fire: %+v", faults)
					}
					found, err := acctest.Conn().EdgeZone.ListPublicNetworkInstances(context.Background(), acctest.Region(),
						edgezone.DescribePublicNetworkInstancesRequest{ZoneId: acctest.EdgeZoneZone(1)})
					if err != nil {
						return err
					}
					if id := s.RootModule().Resources[address].Primary.ID; len(found) != 1 || found[0].NetworkInstanceId != id {
						return fmt.Errorf("zone holds %+v; want exactly the state's %s", found, id)
					}
					return nil
				},
			),
		}},
	})
}
