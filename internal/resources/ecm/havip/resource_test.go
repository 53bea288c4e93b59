package havip_test

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
	ecmhavip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/havip"
)

const address = "edgecloud_ecm_havip.test"

func config(name string, octet int, havipName, vip string) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_havip" "test" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  subnet_id  = edgecloud_ecm_subnet.test.id
  havip_name = %q
  vip        = %s
}
`, havipName, vip)
}

func TestAccECMHaVip_basic(t *testing.T) {
	name := acctest.Name("havip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmhavip.ResourceType, ecmhavip.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 165, name, "null"),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmhavip.FindByState),
					resource.TestCheckResourceAttrPair(address, "subnet_id", "edgecloud_ecm_subnet.test", "id"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^havip-[a-z0-9]+$`))),
					// Assigned from the subnet when unset.
					statecheck.ExpectKnownValue(address, tfjsonpath.New("vip"), knownvalue.StringRegexp(regexp.MustCompile(`^10\.165\.1\.\d+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("havip_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("created_time"), knownvalue.NotNull()),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{
				// The data source shows its binding (none: ECM has no binding action).
				Config: config(name, 165, name, "null") + `
data "edgecloud_ecm_havips" "by_vpc" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  depends_on = [edgecloud_ecm_havip.test]
}

data "edgecloud_ecm_havips" "by_id" {
  ids = [edgecloud_ecm_havip.test.id]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_havips.by_vpc", "havips.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_havips.by_vpc", "havips.0.id", address, "id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_havips.by_id", "havips.0.vip", address, "vip"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_havips.by_id", "havips.0.state", "UNBIND"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_havips.by_id", "havips.0.instance_id", ""),
				),
			},
		},
	})
}

func TestAccECMHaVip_update(t *testing.T) {
	name := acctest.Name("havip")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmhavip.ResourceType, ecmhavip.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 166, "before", `"10.166.1.100"`),
				Check:  resource.ComposeAggregateTestCheckFunc(acctest.CaptureID(address, &id), resource.TestCheckResourceAttr(address, "vip", "10.166.1.100")),
			},
			{
				// The name changes in place.
				Config: config(name, 166, "after", `"10.166.1.100"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("vip"), knownvalue.StringExact("10.166.1.100")),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id), resource.TestCheckResourceAttr(address, "havip_name", "after")),
			},
			{
				// Another address is another HAVIP.
				Config: config(name, 166, "after", `"10.166.1.101"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: resource.TestCheckResourceAttr(address, "vip", "10.166.1.101"),
			},
			{
				// Leaving vip unset keeps the assigned address: no change.
				Config:   config(name, 166, "after", "null"),
				PlanOnly: true,
			},
		},
	})
}

func TestAccECMHaVip_disappears(t *testing.T) {
	name := acctest.Name("havip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmhavip.ResourceType, ecmhavip.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, 167, name, "null"),
				Check:              acctest.DeleteOutside(address, ecmhavip.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, 167, name, "null"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmhavip.FindByState),
			},
		},
	})
}

func TestAccECMHaVip_errors(t *testing.T) {
	name := acctest.Name("havip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_havip" "test" {
  vpc_id     = "vpc-abc12345"
  subnet_id  = "subnet-abc12345"
  havip_name = "x"
  vip        = "10.0.1"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)vip.*IPv4 address`),
			},
			{
				// An address outside the subnet: the API's documented code.
				Config:      config(name, 168, name, `"10.168.2.5"`),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM HAVIP.*InvalidParameterValue\.ObjectNotCurrentSubnet.*RequestId`),
			},
		},
	})
}
