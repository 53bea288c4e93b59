package routetableassociation_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmroutetableassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/routetableassociation"
)

const address = "edgecloud_ecm_route_table_association.test"

// tables is the network plus two custom route tables, a and b.
func tables(name string, octet int) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_route_table" "a" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = "%[1]s-a"
}

resource "edgecloud_ecm_route_table" "b" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = "%[1]s-b"
}
`, name)
}

func config(name string, octet int, table string) string {
	return tables(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_route_table_association" "test" {
  subnet_id      = edgecloud_ecm_subnet.test.id
  route_table_id = edgecloud_ecm_route_table.%s.id
}
`, table)
}

// checkSubnetTable reads the subnet with the API: its route table must be the one at tableAddress,
// or its VPC's main table when tableAddress is "".
func checkSubnetTable(tableAddress string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		ctx, c := context.Background(), acctest.Conn()
		subnet := s.RootModule().Resources["edgecloud_ecm_subnet.test"].Primary
		got, err := c.ECM.FindSubnetByID(ctx, subnet.Attributes["ecm_region"], subnet.ID)
		if err != nil {
			return err
		}
		var want string
		if tableAddress != "" {
			want = s.RootModule().Resources[tableAddress].Primary.ID
		} else {
			main, err := c.ECM.FindMainRouteTable(ctx, subnet.Attributes["ecm_region"], got.VpcId)
			if err != nil {
				return err
			}
			want = main.RouteTableId
		}
		if got.RouteTableId != want {
			return fmt.Errorf("subnet %s uses route table %s, want %s", subnet.ID, got.RouteTableId, want)
		}
		return nil
	}
}

func TestAccECMRouteTableAssociation_basic(t *testing.T) {
	name := acctest.Name("rtba")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetableassociation.ResourceType, ecmroutetableassociation.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 155, "a"),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmroutetableassociation.FindByState),
					resource.TestCheckResourceAttrPair(address, "id", "edgecloud_ecm_subnet.test", "id"),
					resource.TestCheckResourceAttrPair(address, "route_table_id", "edgecloud_ecm_route_table.a", "id"),
					resource.TestCheckResourceAttr(address, "ecm_region", acctest.ECMRegion()),
					checkSubnetTable("edgecloud_ecm_route_table.a"),
				),
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
			{
				// The subnet's own route_table_id shows the association after a refresh.
				Config:   config(name, 155, "a"),
				PlanOnly: true,
			},
			{
				// Destroying the association puts the subnet back on the VPC's main table (no disassociate
				// action), after which table a can be destroyed.
				Config: tables(name, 155),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroy)},
				},
				Check: checkSubnetTable(""),
			},
		},
	})
}

func TestAccECMRouteTableAssociation_update(t *testing.T) {
	name := acctest.Name("rtba")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetableassociation.ResourceType, ecmroutetableassociation.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, 156, "a"), Check: acctest.CaptureID(address, &id)},
			{
				// Moving the subnet to table b is one ReplaceRouteTableAssociation, in place.
				Config: config(name, 156, "b"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id), checkSubnetTable("edgecloud_ecm_route_table.b")),
			},
		},
	})
}

// Removed outside Terraform (the subnet moved back to the main table): the next plan shows the
// difference and the apply associates it again.
func TestAccECMRouteTableAssociation_disappears(t *testing.T) {
	name := acctest.Name("rtba")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetableassociation.ResourceType, ecmroutetableassociation.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, 157, "a"),
				Check:              acctest.DeleteOutside(address, ecmroutetableassociation.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, 157, "a"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: checkSubnetTable("edgecloud_ecm_route_table.a"),
			},
		},
	})
}

func TestAccECMRouteTableAssociation_errors(t *testing.T) {
	name := acctest.Name("rtba")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_route_table_association" "test" {
  subnet_id      = "subnet-abc12345"
  route_table_id = "rtb_1"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)route_table_id.*rtb-`),
			},
			{
				// A table of another VPC: the API's documented code, with its RequestId.
				Config: acctest.ConfigECMNetwork(name, 158) + fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "other" {
  vpc_name   = "%[1]s-other"
  cidr_block = "10.159.0.0/16"
}

resource "edgecloud_ecm_route_table" "other" {
  vpc_id           = edgecloud_ecm_vpc.other.id
  route_table_name = "%[1]s-other"
}

resource "edgecloud_ecm_route_table_association" "test" {
  subnet_id      = edgecloud_ecm_subnet.test.id
  route_table_id = edgecloud_ecm_route_table.other.id
}
`, name),
				ExpectError: regexp.MustCompile(`(?s)UnsupportedOperation\.VpcMismatch.*RequestId`),
			},
		},
	})
}
