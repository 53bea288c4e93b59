package eniprivateip_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	vpceniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/eniprivateip"
)

const (
	pool = "edgecloud_vpc_eni_private_ip.pool"
	vip  = "edgecloud_vpc_eni_private_ip.vip"
)

func configShared(eni string, withPool bool, vipAddresses ...string) string {
	c := fmt.Sprintf(`
resource "edgecloud_vpc_eni_private_ip" "vip" {
  network_interface_id = %q
  private_ip_addresses = [%s]
}
`, eni, quoted(vipAddresses))
	if withPool {
		c += fmt.Sprintf(`
resource "edgecloud_vpc_eni_private_ip" "pool" {
  network_interface_id               = %q
  secondary_private_ip_address_count = 2
  qos_level                          = "PT"
}
`, eni)
	}
	return c
}

// Two resources on one ENI, plus an address assigned outside Terraform: each owns only its own
// addresses, the plan after apply is empty (the test framework checks), and destroying one leaves
// the other's and the outsider's addresses alone. Both resources are applied at once, so their
// assignments also meet the ENI's "a task is running" refusal, which is retried.
func TestAccVPCENIPrivateIP_twoOnOneENIAndAnOutsider(t *testing.T) {
	net := network(t, 67, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	outsider := ip(67, 99)
	assignOutside(t, eni, outsider)
	var poolOwned []string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil, outsider)),
		Steps: []resource.TestStep{
			{
				Config: configShared(eni, true, ip(67, 50), ip(67, 51)),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkOwnedCount(pool, 2), checkOwnedCount(vip, 2),
					checkENIHolds(eni, []string{pool, vip}, outsider),
					func(s *terraform.State) error {
						attrs, _ := stateAttrs(s, pool)
						poolOwned = vpceniprivateip.OwnedFromState(attrs)
						if slices.Contains(poolOwned, outsider) {
							return fmt.Errorf("the pool adopted the outsider %s", outsider)
						}
						return nil
					},
				),
			},
			{
				// Refresh and plan again: nothing to do, nobody adopted anybody's address.
				Config:   configShared(eni, true, ip(67, 50), ip(67, 51)),
				PlanOnly: true,
			},
			{
				// Destroy the pool only.
				Config: configShared(eni, false, ip(67, 50), ip(67, 51)),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(pool, plancheck.ResourceActionDestroy),
					plancheck.ExpectResourceAction(vip, plancheck.ResourceActionNoop),
				}},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkENIHolds(eni, []string{vip}, outsider),
					func(*terraform.State) error {
						got, err := secondaries(eni)
						if err != nil {
							return err
						}
						for _, a := range poolOwned {
							if slices.Contains(got, a) {
								return fmt.Errorf("the destroyed pool's %s is still on the ENI", a)
							}
						}
						return nil
					},
				),
			},
			{
				// The vip shrinks in place, and only its own address goes.
				Config: configShared(eni, false, ip(67, 51)),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(vip, plancheck.ResourceActionUpdate),
				}},
				Check: checkENIHolds(eni, []string{vip}, outsider),
			},
		},
	})
}
