package subnet_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

const address = "edgecloud_ecm_subnet.test"

func findSubnet(ctx context.Context, region, id string) error {
	_, err := acctest.ECM().FindSubnetByID(ctx, region, id)
	return err
}

func deleteSubnet(ctx context.Context, region, id string) error {
	return acctest.ECM().DeleteSubnet(ctx, ecm.DeleteSubnetRequest{SubnetId: id, EcmRegion: region})
}

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

func TestAccSubnet_basic(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_subnet", findSubnet),
		Steps: []resource.TestStep{
			{
				Config: config(name, "10.30.1.0/24", `tags = { tier = "web" }`),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, findSubnet),
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

func TestAccSubnet_update(t *testing.T) {
	name := acctest.Name("subnet")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_subnet", findSubnet),
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
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
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

func TestAccSubnet_disappears(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_subnet", findSubnet),
		Steps: []resource.TestStep{
			{
				Config:             config(name, "10.30.4.0/24", ""),
				Check:              acctest.DeleteOutside(address, deleteSubnet),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, "10.30.4.0/24", ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, findSubnet),
			},
		},
	})
}

// A subnet outside its VPC's range is refused by the API; the error must carry code and RequestId.
func TestAccSubnet_outsideVpcRangeShowsAPIError(t *testing.T) {
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

func TestAccSubnets_dataSource(t *testing.T) {
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

data "edgecloud_ecm_vpcs" "by_id" {
  ids = [edgecloud_ecm_subnet.test.vpc_id] # read after the subnet exists
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_vpc", "subnets.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_subnets.by_vpc", "subnets.0.id", address, "id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_id", "subnets.0.cidr_block", "10.30.5.0/24"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_subnets.by_id", "subnets.0.available_ip_address_count", "253"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.0.subnet_count", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_vpcs.by_id", "vpcs.0.vpc_name", name),
				),
			},
		},
	})
}
