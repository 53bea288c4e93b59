package defaultsubnet_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// A zone has one default subnet and every new subnet takes it over, so these tests run one at a
// time (resource.Test): in this package's sandbox nothing else creates subnets in the zone.

const address = "edgecloud_ecm_default_subnet.test"

// network is a VPC with subnets a and b in the test zone, and c too when withC.
func network(name string, withC bool) string {
	cfg := fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %[1]q
  cidr_block = "10.170.0.0/16"
}

resource "edgecloud_ecm_subnet" "a" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = "%[1]s-a"
  cidr_block  = "10.170.1.0/24"
  zone        = %[2]q
}

resource "edgecloud_ecm_subnet" "b" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = "%[1]s-b"
  cidr_block  = "10.170.2.0/24"
  zone        = %[2]q
}
`, name, acctest.Zone())
	if withC {
		cfg += fmt.Sprintf(`
resource "edgecloud_ecm_subnet" "c" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = "%[1]s-c"
  cidr_block  = "10.170.3.0/24"
  zone        = %[2]q
}
`, name, acctest.Zone())
	}
	return cfg
}

// chosen makes subnet a the default; depends_on makes b come first.
func chosen(name string, withC bool) string {
	return network(name, withC) + fmt.Sprintf(`
resource "edgecloud_ecm_default_subnet" "test" {
  zone       = %q
  vpc_id     = edgecloud_ecm_vpc.test.id
  subnet_id  = edgecloud_ecm_subnet.a.id
  depends_on = [edgecloud_ecm_subnet.b]
}
`, acctest.Zone())
}

// checkAPIDefault reads the zone's default subnet with the API: it must be the subnet at subnetAddress.
func checkAPIDefault(subnetAddress string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		want := s.RootModule().Resources[subnetAddress].Primary.ID
		got, err := acctest.Conn().ECM.DescribeDefaultSubnet(context.Background(), ecm.DescribeDefaultSubnetRequest{EcmRegion: acctest.ECMRegion(), Zone: acctest.Zone()})
		if err != nil {
			return err
		}
		if got == nil || got.SubnetId != want {
			return fmt.Errorf("the default subnet of %s is %v, want %s (%s)", acctest.Zone(), got, want, subnetAddress)
		}
		return nil
	}
}

// checkDestroyed: once everything is gone, the zone's default is no subnet of the test (the system's
// default subnet took over when they were deleted).
func checkDestroyed(s *terraform.State) error {
	got, err := acctest.Conn().ECM.DescribeDefaultSubnet(context.Background(), ecm.DescribeDefaultSubnetRequest{EcmRegion: acctest.ECMRegion(), Zone: acctest.Zone()})
	if err != nil || got == nil {
		return err
	}
	for _, rs := range s.RootModule().Resources {
		if rs.Type == "edgecloud_ecm_subnet" && rs.Primary.ID == got.SubnetId {
			return fmt.Errorf("the deleted subnet %s is still the default of %s", got.SubnetId, acctest.Zone())
		}
	}
	return nil
}

// The scenario: subnets created in the same configuration with depends_on leave the chosen
// default in place; a subnet created later (which the API makes its zone's default) shows as drift
// on the next plan and is set back.
func TestAccECMDefaultSubnet_driftIsSetBack(t *testing.T) {
	name := acctest.Name("dsub")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroyed,
		Steps: []resource.TestStep{
			{
				// The framework also checks that the plan after this apply is empty.
				Config: chosen(name, false),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkAPIDefault("edgecloud_ecm_subnet.a"),
					resource.TestCheckResourceAttr(address, "id", acctest.Zone()),
					resource.TestCheckResourceAttr(address, "ecm_region", acctest.ECMRegion()),
					resource.TestCheckResourceAttrPair(address, "subnet_id", "edgecloud_ecm_subnet.a", "id"),
				),
			},
			{
				// Subnet c, created later, becomes the zone's default: the next plan shows the drift.
				Config:             chosen(name, true),
				Check:              checkAPIDefault("edgecloud_ecm_subnet.c"),
				ExpectNonEmptyPlan: true,
			},
			{
				// ... and the next apply sets a back, in place.
				Config: chosen(name, true),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: checkAPIDefault("edgecloud_ecm_subnet.a"),
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
			{
				// Choosing another subnet is an update too.
				Config: network(name, true) + fmt.Sprintf(`
resource "edgecloud_ecm_default_subnet" "test" {
  zone      = %q
  vpc_id    = edgecloud_ecm_vpc.test.id
  subnet_id = edgecloud_ecm_subnet.b.id
}
`, acctest.Zone()),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: checkAPIDefault("edgecloud_ecm_subnet.b"),
			},
			{
				// Destroying the resource leaves the zone's default as it is.
				Config: network(name, true) + `
data "edgecloud_ecm_default_subnet" "now" {
  zone       = "` + acctest.Zone() + `"
  depends_on = [edgecloud_ecm_subnet.c]
}
`,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroy)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkAPIDefault("edgecloud_ecm_subnet.b"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_default_subnet.now", "subnet_id", "edgecloud_ecm_subnet.b", "id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_default_subnet.now", "vpc_id", "edgecloud_ecm_vpc.test", "id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_default_subnet.now", "cidr_block", "10.170.2.0/24"),
					resource.TestCheckResourceAttrSet("data.edgecloud_ecm_default_subnet.now", "route_table_id"),
				),
			},
		},
	})
}

func TestAccECMDefaultSubnet_errors(t *testing.T) {
	name := acctest.Name("dsub")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroyed,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_default_subnet" "test" {
  zone      = "Hangzhou 1"
  vpc_id    = "vpc-abc12345"
  subnet_id = "subnet-abc12345"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)zone.*ECM zone name`),
			},
			{
				Config:      `data "edgecloud_ecm_default_subnet" "bad" { zone = "ap-hangzhou-ecm-9" }`,
				ExpectError: regexp.MustCompile(`(?s)InvalidParameterValue\.InvalidZone`),
			},
			{
				// A subnet of another VPC than vpc_id: the API refuses it.
				Config: network(name, false) + fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "other" {
  vpc_name   = "%s-other"
  cidr_block = "10.171.0.0/16"
}

resource "edgecloud_ecm_default_subnet" "test" {
  zone      = %q
  vpc_id    = edgecloud_ecm_vpc.other.id
  subnet_id = edgecloud_ecm_subnet.a.id
}
`, name, acctest.Zone()),
				ExpectError: regexp.MustCompile(`(?s)Setting the default subnet of .*InvalidParameterValue.*RequestId`),
			},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "ap-hangzhou-ecm/subnet-abc12345",
				Config:        chosen(name, false),
				ExpectError:   regexp.MustCompile(`(?s)Invalid import ID.*<ecm_region>/<zone>`),
			},
		},
	})
}
