package securitygroup_test

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
	ecmsecuritygroup "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygroup"
)

const address = "edgecloud_ecm_security_group.test"

func config(name, description, tags string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_security_group" "test" {
  security_group_name = %q
  description         = %q
  tags                = %s
}
`, name, description, tags)
}

func TestAccECMSecurityGroup_basic(t *testing.T) {
	name := acctest.Name("sg")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygroup.ResourceType, ecmsecuritygroup.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, "created by acceptance tests", `{ team = "edge" }`),
				Check:  acctest.CheckExists(address, ecmsecuritygroup.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^esg-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("is_default"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"team": knownvalue.StringExact("edge")})),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
		},
	})
}

func TestAccECMSecurityGroup_update(t *testing.T) {
	name := acctest.Name("sg")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygroup.ResourceType, ecmsecuritygroup.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, "before", `null`), Check: acctest.CaptureID(address, &id)},
			{
				Config: config(name+"-renamed", "after", `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_name"), knownvalue.StringExact(name+"-renamed")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("after")),
				},
			},
			{
				// No API changes tags: a change replaces the group.
				Config: config(name+"-renamed", "after", `{ env = "test" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
		},
	})
}

func TestAccECMSecurityGroup_disappears(t *testing.T) {
	name := acctest.Name("sg")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygroup.ResourceType, ecmsecuritygroup.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, "gone", `null`),
				Check:              acctest.DeleteOutside(address, ecmsecuritygroup.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, "gone", `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmsecuritygroup.FindByState),
			},
		},
	})
}

func TestAccECMSecurityGroup_invalidInputIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config("x", fmt.Sprintf("%0101d", 0), `null`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)description.*length\s+must\s+be\s+between\s+1\s+and\s+100`),
			},
		},
	})
}

func TestAccECMSecurityGroupsDataSource_basic(t *testing.T) {
	name := acctest.Name("sgs")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(name, "listed", `null`) + `
data "edgecloud_ecm_security_groups" "by_id" {
  ids = [edgecloud_ecm_security_group.test.id]
}

data "edgecloud_ecm_security_groups" "all" {
  depends_on = [edgecloud_ecm_security_group.test]
}

data "edgecloud_ecm_security_group_limits" "this" {}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_groups.by_id", "security_groups.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_groups.by_id", "security_groups.0.security_group_name", name),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_groups.by_id", "security_groups.0.description", "listed"),
					// The account's default group is listed too.
					resource.TestCheckTypeSetElemNestedAttrs("data.edgecloud_ecm_security_groups.all", "security_groups.*", map[string]string{"is_default": "true"}),
					resource.TestCheckResourceAttrSet("data.edgecloud_ecm_security_group_limits.this", "policies_per_security_group"),
				),
			},
		},
	})
}
