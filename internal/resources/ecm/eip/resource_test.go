package eip_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
)

const address = "edgecloud_ecm_eip.test"

func config(name string, bandwidth int, extra string) string {
	nameAttr := "null"
	if name != "" {
		nameAttr = fmt.Sprintf("%q", name)
	}
	return fmt.Sprintf(`
resource "edgecloud_ecm_eip" "test" {
  address_name               = %s
  internet_service_provider  = "CTCC"
  internet_max_bandwidth_out = %d
  %s
}
`, nameAttr, bandwidth, extra)
}

func TestAccECMEIP_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config("tf-acc-eip", 10, `tags = { team = "edge" }`),
				Check:  acctest.CheckExists(address, ecmeip.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^eip-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.StringExact("tf-acc-eip")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_ip"), knownvalue.StringRegexp(regexp.MustCompile(`^\d+\.\d+\.\d+\.\d+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("UNBIND")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_service_provider"), knownvalue.StringExact("CTCC")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(10)),
				},
			},
			{
				ResourceName:            address,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts", "tags"}, // DescribeAddresses does not return tags
			},
		},
	})
}

func TestAccECMEIP_update(t *testing.T) {
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{Config: config("before", 5, ""), Check: acctest.CaptureID(address, &id)},
			{
				// Name (sync) and bandwidth (a task) change in place, and the plan shows every
				// attribute that does not change as known (no "(known after apply)" noise).
				Config: config("after", 50, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("UNBIND")),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("address_ip"), knownvalue.NotNull()),
					},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.StringExact("after")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(50)),
				},
			},
			{
				// Removing the name clears it in place.
				Config: config("", 50, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.Null()),
				},
			},
		},
	})
}

func TestAccECMEIP_disappears(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config("gone", 1, ""),
				Check:              acctest.DeleteOutside(address, ecmeip.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config("gone", 1, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmeip.FindByState),
			},
		},
	})
}

func TestAccECMEIPsDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config("listed", 3, "") + `
data "edgecloud_ecm_eips" "by_id" {
  ids = [edgecloud_ecm_eip.test.id]
}
data "edgecloud_ecm_eips" "by_ip" {
  address_ip = edgecloud_ecm_eip.test.address_ip
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.0.address_name", "listed"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.0.bandwidth", "3"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_eips.by_ip", "addresses.0.id", address, "id"),
				),
			},
		},
	})
}

func TestAccECMEIP_invalidInputIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  internet_service_provider  = "BGP"
  internet_max_bandwidth_out = 6000
  address_name               = "a-name-much-longer-than-twenty-characters"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)internet_service_provider.*value\s+must\s+be\s+one\s+of`),
			},
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  internet_max_bandwidth_out = 6000
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)internet_max_bandwidth_out\s+value\s+must\s+be\s+between\s+1\s+and\s+5000,\s+got:\s+6000`),
			},
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  ecm_region = "hangzhou"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)ecm_region.*must\s+be\s+an\s+ECM\s+region\s+such\s+as\s+ap-hangzhou-ecm`),
			},
		},
	})
}

func TestAccECMEIPQuotaDataSource_basic(t *testing.T) {
	const q = "data.edgecloud_ecm_eip_quota.this"
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `data "edgecloud_ecm_eip_quota" "this" { ecm_region = "ap-xian-ecm" }`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(q, "ecm_region", "ap-xian-ecm"),
					func(s *terraform.State) error {
						a := s.RootModule().Resources[q].Primary.Attributes
						limit, used, avail := atoi(a["total_limit"]), atoi(a["total_used"]), atoi(a["total_available"])
						if limit <= 0 || avail != limit-used {
							return fmt.Errorf("total: limit %d, used %d, available %d", limit, used, avail)
						}
						dl, du, da := atoi(a["daily_allocate_limit"]), atoi(a["daily_allocate_used"]), atoi(a["daily_allocate_available"])
						if dl <= 0 || da != dl-du {
							return fmt.Errorf("daily: limit %d, used %d, available %d", dl, du, da)
						}
						return nil
					},
				),
			},
		},
	})
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
