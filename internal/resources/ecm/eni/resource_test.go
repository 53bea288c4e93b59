package eni_test

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
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
)

const address = "edgecloud_ecm_eni.test"

func config(name string, octet int, eniName, extra string) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_eni" "test" {
  vpc_id    = edgecloud_ecm_vpc.test.id
  subnet_id = edgecloud_ecm_subnet.test.id
  name      = %q
  %s
}
`, eniName, extra)
}

func TestAccECMENI_basic(t *testing.T) {
	name := acctest.Name("eni")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeni.ResourceType, ecmeni.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 180, name, `description = "first"
  primary_private_ip_address = "10.180.1.20"
  security_group_ids = ["esg-default0"]
  tags = { team = "edge" }`),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeni.FindByState), acctest.CaptureID(address, &id)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^eni-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("primary_private_ip_address"), knownvalue.StringExact("10.180.1.20")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("mac_address"), knownvalue.StringRegexp(regexp.MustCompile(`^20:90:6F:`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("zone"), knownvalue.StringExact(acctest.Zone())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("primary"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"team": knownvalue.StringExact("edge")})),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}, ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
			{
				// No API changes a description: the plan replaces the ENI, as the docs say.
				Config: config(name, 180, name, `description = "second"
  primary_private_ip_address = "10.180.1.20"
  security_group_ids = ["esg-default0"]
  tags = { team = "edge" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("second")),
				},
			},
		},
	})
}

func TestAccECMENI_disappears(t *testing.T) {
	name := acctest.Name("eni")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeni.ResourceType, ecmeni.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, 181, name, ""), Check: acctest.DeleteOutside(address, ecmeni.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: config(name, 181, name, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
		},
	})
}

func TestAccECMENI_validation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ extra, want string }{
		{`primary_private_ip_address = "10.1.1"`, `not an IPv4 address`},
		{`security_group_ids = ["sg-123"]`, `esg-`},
		{`description = ""`, `length`},
	} {
		resource.UnitTest(t, resource.TestCase{
			PreCheck:                 func() { acctest.PreCheck(t) },
			ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
			Steps:                    []resource.TestStep{{Config: config("v", 182, "v", tc.extra), PlanOnly: true, ExpectError: regexp.MustCompile(tc.want)}},
		})
	}
}
