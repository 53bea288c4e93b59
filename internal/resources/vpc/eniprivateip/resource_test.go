package eniprivateip_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	vpceniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/eniprivateip"
)

// Octets of the tests' fixture VPCs (10.<octet>.0.0/16), one per test so that their addresses
// never meet: 60-79 here.

func TestAccVPCENIPrivateIP_countBasic(t *testing.T) {
	net := network(t, 60, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config: configCount(eni, 2, `qos_level = "AU"`),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, vpceniprivateip.FindByState),
					checkOwnedCount(address, 2),
					checkENIHolds(eni, []string{address}),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^`+eni+`/10\.60\.1\.\d+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("region"), knownvalue.StringExact(acctest.Region())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("qos_level"), knownvalue.StringExact("AU")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("secondary_private_ip_address_count"), knownvalue.Int64Exact(2)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("private_ip_addresses"), knownvalue.SetSizeExact(2)),
					// The count's addresses are what is owned.
					statecheck.CompareValuePairs(address, tfjsonpath.New("private_ip_addresses"), address, tfjsonpath.New("assigned_private_ip_addresses"), compareEqual),
				},
			},
			{
				ResourceName:      address,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateIdFunc: importID(address, false),
			},
			{
				ResourceName:      address,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateIdFunc: importID(address, true),
			},
		},
	})
}

func TestAccVPCENIPrivateIP_listBasic(t *testing.T) {
	net := network(t, 61, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config: configList(eni, ip(61, 120), ip(61, 20)),
				Check:  checkENIHolds(eni, []string{address}),
				ConfigStateChecks: []statecheck.StateCheck{
					// The anchor is the lowest address in address order (20 < 120), not in string order.
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringExact(eni+"/"+ip(61, 20))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("assigned_private_ip_addresses"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.StringExact(ip(61, 20)), knownvalue.StringExact(ip(61, 120)),
					})),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("secondary_private_ip_address_count"), knownvalue.Int64Exact(2)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("qos_level"), knownvalue.StringExact("DEFAULT")),
				},
			},
			{
				ResourceName:      address,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateIdFunc: importID(address, true),
			},
		},
	})
}

func TestAccVPCENIPrivateIP_updateCount(t *testing.T) {
	net := network(t, 62, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	var id string
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)}}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config: configCount(eni, 2, ""),
				Check:  resource.ComposeAggregateTestCheckFunc(acctest.CaptureID(address, &id), checkOwnedCount(address, 2)),
			},
			{
				Config:           configCount(eni, 5, ""),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id), checkOwnedCount(address, 5), checkENIHolds(eni, []string{address}),
				),
			},
			{
				// Lowering the count unassigns the highest addresses: the anchor stays owned.
				Config:           configCount(eni, 1, ""),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id), checkOwnedCount(address, 1), checkENIHolds(eni, []string{address}),
					checkAnchorOwned(address),
				),
			},
		},
	})
}

func TestAccVPCENIPrivateIP_updateList(t *testing.T) {
	net := network(t, 63, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	var id string
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)}}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config: configList(eni, ip(63, 10), ip(63, 11)),
				Check:  acctest.CaptureID(address, &id),
			},
			{
				// Swap one address, add two: the ID stays although its anchor (.10) is unassigned.
				Config:           configList(eni, ip(63, 11), ip(63, 12), ip(63, 13), ip(63, 14)),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id), checkENIHolds(eni, []string{address}),
					resource.TestCheckResourceAttr(address, "id", eni+"/"+ip(63, 10)),
					resource.TestCheckResourceAttr(address, "secondary_private_ip_address_count", "4"),
				),
			},
			{
				// From addresses to a count: the owned ones are kept, one more is assigned.
				Config:           configCount(eni, 5, ""),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id), checkOwnedCount(address, 5), checkENIHolds(eni, []string{address}),
					resource.TestCheckTypeSetElemAttr(address, "assigned_private_ip_addresses.*", ip(63, 11)),
					resource.TestCheckTypeSetElemAttr(address, "assigned_private_ip_addresses.*", ip(63, 14)),
				),
			},
		},
	})
}
