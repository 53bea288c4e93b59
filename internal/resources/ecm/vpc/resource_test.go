package vpc_test

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
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
)

const address = "edgecloud_ecm_vpc.test"

func config(name, description, tags string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name    = %q
  cidr_block  = "10.20.0.0/16"
  description = %s
  tags        = %s
}
`, name, description, tags)
}

func TestAccECMVPC_basic(t *testing.T) {
	name := acctest.Name("vpc")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmvpc.ResourceType, ecmvpc.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, `"created by acceptance tests"`, `{ team = "edge" }`),
				Check:  acctest.CheckExists(address, ecmvpc.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^vpc-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("vpc_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("cidr_block"), knownvalue.StringExact("10.20.0.0/16")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ecm_region"), knownvalue.StringExact(acctest.ECMRegion())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"team": knownvalue.StringExact("edge")})),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("is_default"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("created_time"), knownvalue.NotNull()),
				},
			},
			{
				ResourceName:      address,
				ImportState:       true,
				ImportStateVerify: true,
			},
			{
				// Import with an explicit region prefix works too.
				ResourceName:      address,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateIdFunc: acctest.ImportIDWithRegion(address),
			},
		},
	})
}

func TestAccECMVPC_update(t *testing.T) {
	name := acctest.Name("vpc")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmvpc.ResourceType, ecmvpc.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, `"before"`, `{ team = "edge" }`),
				Check:  acctest.CaptureID(address, &id),
			},
			{
				Config: config(name+"-renamed", `"after"`, `{ team = "core", env = "test" }`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("vpc_name"), knownvalue.StringExact(name+"-renamed")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("after")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{
						"team": knownvalue.StringExact("core"), "env": knownvalue.StringExact("test"),
					})),
				},
			},
			{
				// Removing optional attributes clears them in place.
				Config: config(name, `null`, `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.Null()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.Null()),
				},
			},
			{
				// Changing the CIDR block replaces the VPC.
				Config: fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %q
  cidr_block = "10.21.0.0/16"
}
`, name),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
		},
	})
}

func TestAccECMVPC_disappears(t *testing.T) {
	name := acctest.Name("vpc")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmvpc.ResourceType, ecmvpc.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, `null`, `null`),
				Check:              acctest.DeleteOutside(address, ecmvpc.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				// The next plan notices and recreates it.
				Config: config(name, `null`, `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmvpc.FindByState),
			},
		},
	})
}

func TestAccECMVPC_invalidCIDRIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = "bad"
  cidr_block = "8.8.0.0/16"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)cidr_block.*not\s+inside\s+the\s+private\s+ranges`),
			},
		},
	})
}

func TestAccECMVPCsDataSource_basic(t *testing.T) {
	name := acctest.Name("vpcs")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: acctest.ConfigECMNetwork(name, 31) + `
data "edgecloud_ecm_vpcs" "by_id" {
  ids = [edgecloud_ecm_subnet.test.vpc_id] # read after the subnet exists
}

data "edgecloud_ecm_vpcs" "by_name" {
  vpc_name   = edgecloud_ecm_vpc.test.vpc_name
  depends_on = [edgecloud_ecm_subnet.test]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.0.subnet_count", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.0.vpc_name", name),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.0.cidr_block", "10.31.0.0/16"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_name", "vpcs.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_vpcs.by_name", "vpcs.0.id", address, "id"),
				),
			},
		},
	})
}

func TestAccECMVPCsDataSource_malformedIDIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      `data "edgecloud_ecm_vpcs" "bad" { ids = ["vpc-NOT_AN_ID"] }`,
				ExpectError: regexp.MustCompile(`(?s)Invalid ID.*vpc-NOT_AN_ID`),
			},
		},
	})
}

func TestAccECMVPC_malformedImportIDIsAnError(t *testing.T) {
	name := acctest.Name("vpc")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: config(name, `null`, `null`)},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "ap-hangzhou-ecm/subnet-abc12345",
				ExpectError:   regexp.MustCompile(`(?s)Invalid import ID.*"vpc-"`),
			},
		},
	})
}

// Regions come from the cloud's catalog: a well-formed but unknown one reaches the user as the
// documented code.
func TestAccECMVPC_unknownRegionIsAClearError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				// A typo that still looks like an ECM region: only the API can tell.
				Config: fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  ecm_region = "ap-hangzhuo-ecm"
  vpc_name   = %q
  cidr_block = "10.33.0.0/16"
}
`, acctest.Name("vpc")),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM VPC.*Code: InvalidParameterValue\.InvalidRegion.*RequestId: \S+`),
			},
		},
	})
}
