package subnet_test

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
	ecmsubnet "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/subnet"
)

const address = "edgecloud_ecm_subnet.test"

// config builds a VPC and one subnet in the region's first zone.
func config(name, cidr, extra string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %[1]q
  cidr_block = "10.30.0.0/16"
}

resource "edgecloud_ecm_subnet" "test" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = %[1]q
  cidr_block  = %[2]q
  zone        = %[3]q
  %[4]s
}
`, name, cidr, acctest.Zone(), extra)
}

func TestAccECMSubnet_basic(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsubnet.ResourceType, ecmsubnet.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, "10.30.1.0/24", `tags = { tier = "web" }`),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmsubnet.FindByState),
					resource.TestCheckResourceAttrPair(address, "vpc_id", "edgecloud_ecm_vpc.test", "id"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^subnet-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("cidr_block"), knownvalue.StringExact("10.30.1.0/24")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("zone"), knownvalue.StringExact(acctest.Zone())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("vpc_cidr_block"), knownvalue.StringExact("10.30.0.0/16")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("enable_broadcast"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"tier": knownvalue.StringExact("web")})),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
		},
	})
}

func TestAccECMSubnet_update(t *testing.T) {
	name := acctest.Name("subnet")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsubnet.ResourceType, ecmsubnet.FindByState),
		Steps: []resource.TestStep{
			{
				// enable_broadcast at create time needs a second call; the plan must still converge.
				Config: config(name, "10.30.2.0/24", `enable_broadcast = true`),
				Check:  acctest.CaptureID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("enable_broadcast"), knownvalue.Bool(true)),
				},
			},
			{
				Config: config(name+"-renamed", "10.30.2.0/24", `enable_broadcast = false
  tags = { tier = "db" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						// What does not change stays known in the plan.
						plancheck.ExpectKnownValue(address, tfjsonpath.New("created_time"), knownvalue.NotNull()),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("vpc_cidr_block"), knownvalue.StringExact("10.30.0.0/16")),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("ecm_region"), knownvalue.StringExact(acctest.ECMRegion())),
					},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("subnet_name"), knownvalue.StringExact(name+"-renamed")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("enable_broadcast"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"tier": knownvalue.StringExact("db")})),
				},
			},
			{
				Config: config(name, "10.30.3.0/24", ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
		},
	})
}

func TestAccECMSubnet_disappears(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsubnet.ResourceType, ecmsubnet.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, "10.30.4.0/24", ""),
				Check:              acctest.DeleteOutside(address, ecmsubnet.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, "10.30.4.0/24", ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmsubnet.FindByState),
			},
		},
	})
}

// A subnet outside its VPC's range is refused by the API; the error must carry code and RequestId.
func TestAccECMSubnet_outsideVpcRangeShowsAPIError(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config(name, "10.31.0.0/24", ""),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM subnet.*Code: InvalidParameterValue\.SubnetRange.*RequestId: \S+`),
			},
		},
	})
}

func TestAccECMSubnetsDataSource_basic(t *testing.T) {
	name := acctest.Name("subnets")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(name, "10.30.5.0/24", "") + `
data "edgecloud_ecm_subnets" "by_vpc" {
  vpc_id     = edgecloud_ecm_subnet.test.vpc_id
}

data "edgecloud_ecm_subnets" "by_id" {
  ids = [edgecloud_ecm_subnet.test.id]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_vpc", "subnets.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_subnets.by_vpc", "subnets.0.id", address, "id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_id", "subnets.0.cidr_block", "10.30.5.0/24"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_id", "subnets.0.available_ip_address_count", "253"),
				),
			},
		},
	})
}
