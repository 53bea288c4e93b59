package securitygrouppolicies_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmsecuritygrouppolicies "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygrouppolicies"
)

const address = "edgecloud_ecm_security_group_policies.test"

// config is a group, a peer group and the rule set given as ingress and egress HCL.
func config(name, ingress, egress string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_security_group" "test" {
  security_group_name = %[1]q
  description         = "rules under test"
}

resource "edgecloud_ecm_security_group" "peer" {
  security_group_name = "%[1]s-peer"
  description         = "a peer group"
}

resource "edgecloud_ecm_security_group_policies" "test" {
  security_group_id = edgecloud_ecm_security_group.test.id
  ingress           = %[2]s
  egress            = %[3]s
}
`, name, ingress, egress)
}

const ingressMixedCase = `[
    { protocol = "tcp", port = "443", cidr_block = "0.0.0.0/0", action = "accept", description = "https" },
    { protocol = "Tcp", port = "8000-8010", security_group_id = edgecloud_ecm_security_group.peer.id, action = "Accept" },
    { protocol = "icmp", cidr_block = "10.0.0.0/8", action = "drop" },
  ]`

func TestAccECMSecurityGroupPolicies_basic(t *testing.T) {
	name := acctest.Name("sgp")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygrouppolicies.ResourceType, ecmsecuritygrouppolicies.FindByState),
		Steps: []resource.TestStep{
			{
				// Differently-cased input: the API answers TCP/ACCEPT; the plan after apply is empty
				// (the test framework fails the step otherwise).
				Config: config(name, ingressMixedCase, `[{ protocol = "ALL", cidr_block = "0.0.0.0/0", action = "ACCEPT" }]`),
				Check:  acctest.CheckExists(address, ecmsecuritygrouppolicies.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress").AtSliceIndex(0).AtMapKey("protocol"), knownvalue.StringExact("tcp")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress").AtSliceIndex(2).AtMapKey("port"), knownvalue.Null()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("version"), knownvalue.NotNull()),
				},
			},
		},
	})
}

func TestAccECMSecurityGroupPolicies_update(t *testing.T) {
	name := acctest.Name("sgp")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygrouppolicies.ResourceType, ecmsecuritygrouppolicies.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, ingressMixedCase, `null`)},
			{
				Config: config(name, `[{ protocol = "UDP", port = "53", cidr_block = "10.0.0.0/8", action = "ACCEPT", description = "dns" }]`, `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress"), knownvalue.ListSizeExact(1)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress").AtSliceIndex(0).AtMapKey("port"), knownvalue.StringExact("53")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("egress"), knownvalue.Null()),
				},
			},
			// Import by the group's ID reads the same rules back, in the canonical spelling (as written here).
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{
				// Removing every rule empties the set in place.
				Config: config(name, `[]`, `[]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ingress"), knownvalue.ListSizeExact(0)),
				},
			},
		},
	})
}

func TestAccECMSecurityGroupPolicies_disappears(t *testing.T) {
	name := acctest.Name("sgp")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygrouppolicies.ResourceType, ecmsecuritygrouppolicies.FindByState),
		Steps: []resource.TestStep{
			{
				// Someone empties the rules in the console: the next plan puts them back in place.
				Config:             config(name, ingressMixedCase, `null`),
				Check:              acctest.DeleteOutside(address, ecmsecuritygrouppolicies.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, ingressMixedCase, `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckExists(address, ecmsecuritygrouppolicies.FindByState),
			},
		},
	})
}

func TestAccECMSecurityGroupPolicies_invalidRulesArePlanErrors(t *testing.T) {
	name := acctest.Name("sgp")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config(name, `[{ protocol = "ICMP", port = "80", cidr_block = "0.0.0.0/0", action = "ACCEPT" }]`, `null`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)a\s+port\s+applies\s+only\s+to\s+TCP\s+or\s+UDP`),
			},
			{
				Config:      config(name, `[{ protocol = "TCP", port = "80", action = "ACCEPT" }]`, `null`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)exactly\s+one\s+of\s+cidr_block\s+and\s+security_group_id`),
			},
			{
				Config:      config(name, `[{ protocol = "SCTP", cidr_block = "0.0.0.0/0", action = "ACCEPT" }]`, `null`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)protocol.*value\s+must\s+be\s+one\s+of`),
			},
		},
	})
}
