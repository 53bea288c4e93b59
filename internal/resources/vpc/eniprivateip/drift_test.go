package eniprivateip_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	vpceniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/eniprivateip"
)

// unassignOwnedOutside unassigns, behind Terraform's back, the owned addresses pick chooses.
func unassignOwnedOutside(addr, eni string, pick func(owned []string) []string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := stateAttrs(s, addr)
		if err != nil {
			return err
		}
		return unassignOutside(eni, pick(vpceniprivateip.OwnedFromState(attrs))...)(s)
	}
}

func highest(owned []string) []string { return owned[len(owned)-1:] }

// Owned addresses unassigned outside Terraform are drift: the plan assigns them again in place
// (by address), or the missing number (by count).
func TestAccVPCENIPrivateIP_disappearsPartly(t *testing.T) {
	net := network(t, 64, 2)
	byList, byCount := net.NetworkInterfaces[0].NetworkInterfaceId, net.NetworkInterfaces[1].NetworkInterfaceId
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)}}
	for name, tc := range map[string]struct{ eni, config string }{
		"addresses": {byList, configList(byList, ip(64, 30), ip(64, 31))},
		"count":     {byCount, configCount(byCount, 2, "")},
	} {
		t.Run(name, func(t *testing.T) {
			var id string
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(tc.eni, nil)),
				Steps: []resource.TestStep{
					{
						Config:             tc.config,
						Check:              resource.ComposeAggregateTestCheckFunc(acctest.CaptureID(address, &id), unassignOwnedOutside(address, tc.eni, highest)),
						ExpectNonEmptyPlan: true,
					},
					{
						Config:           tc.config,
						ConfigPlanChecks: update,
						Check: resource.ComposeAggregateTestCheckFunc(
							acctest.CheckSameID(address, &id), checkOwnedCount(address, 2), checkENIHolds(tc.eni, []string{address}),
						),
					},
				},
			})
		})
	}
}

// With none of its addresses left the resource is gone: removed with a warning, created again.
func TestAccVPCENIPrivateIP_disappears(t *testing.T) {
	net := network(t, 65, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config:             configCount(eni, 2, ""),
				Check:              unassignOwnedOutside(address, eni, func(owned []string) []string { return owned }),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: configCount(eni, 2, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkOwnedCount(address, 2), checkENIHolds(eni, []string{address})),
			},
		},
	})
}

// An ENI deleted outside Terraform takes its addresses with it: the resource is removed from the
// state with a warning (not an error), and destroying nothing more is fine.
func TestAccVPCENIPrivateIP_eniDeleted(t *testing.T) {
	net := network(t, 66, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: configList(eni, ip(66, 40)),
				Check: func(*terraform.State) error {
					acctest.DeleteVPCNetworkInterfaces(t, eni)
					return nil
				},
				ExpectNonEmptyPlan: true,
			},
			{
				// The refresh drops it (a create is planned, which cannot succeed without the ENI).
				Config:             configList(eni, ip(66, 40)),
				PlanOnly:           true,
				ExpectNonEmptyPlan: true,
			},
			{
				Config: `# the ENI is gone; nothing left to manage`,
				Check: func(s *terraform.State) error {
					if _, ok := s.RootModule().Resources[address]; ok {
						return fmt.Errorf("%s is still in the state", address)
					}
					_, err := acctest.Conn().VPC.FindNetworkInterfaceByID(context.Background(), acctest.Region(), eni)
					switch {
					case err == nil:
						return fmt.Errorf("the ENI fixture %s should be gone", eni)
					case !acctest.IsNotFound(err):
						return fmt.Errorf("reading the ENI fixture %s: %w", eni, err)
					}
					return nil
				},
			},
			{
				// Applying the resource again names the missing ENI in the API's error.
				Config:      configList(eni, ip(66, 40)),
				ExpectError: regexp.MustCompile(`(?s)Code: ResourceNotFound.*RequestId: \S+`),
			},
		},
	})
}
