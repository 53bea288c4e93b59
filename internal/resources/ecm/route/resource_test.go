package route_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmroute "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/route"
)

const address = "edgecloud_ecm_route.test"

// table is the network (10.<octet>.0.0/16) and a custom route table.
func table(name string, octet int) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_route_table" "test" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = %q
}
`, name)
}

// route is one route to 192.168.0.0/16; body is its remaining arguments.
func route(name string, octet int, body string) string {
	return table(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_route" "test" {
  route_table_id         = edgecloud_ecm_route_table.test.id
  destination_cidr_block = "192.168.0.0/16"
  %s
}
`, body)
}

func cvm(octet, host int, extra string) string {
	return fmt.Sprintf("gateway_type = \"NORMAL_CVM\"\n  gateway_id = \"10.%d.1.%d\"\n  %s", octet, host, extra)
}

func TestAccECMRoute_basic(t *testing.T) {
	name := acctest.Name("route")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroute.ResourceType, ecmroute.FindByState),
		Steps: []resource.TestStep{
			{
				Config: route(name, 160, cvm(160, 10, `description = "office"`)),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmroute.FindByState),
					resource.TestCheckResourceAttrPair(address, "route_table_id", "edgecloud_ecm_route_table.test", "id"),
					checkIDIsTableAndItem(address),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_item_id"), knownvalue.StringRegexp(regexp.MustCompile(`^rti-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_id"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_type"), knownvalue.StringExact("USER")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("enabled"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("office")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("gateway_id"), knownvalue.StringExact("10.160.1.10")),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{
				// The data sources see it: the table lists it with both IDs, and it conflicts with its destination.
				Config: route(name, 160, cvm(160, 10, `description = "office"`)) + `
data "edgecloud_ecm_route_tables" "t" {
  ids = [edgecloud_ecm_route.test.route_table_id]
}

data "edgecloud_ecm_route_conflicts" "c" {
  route_table_id          = edgecloud_ecm_route.test.route_table_id
  destination_cidr_blocks = ["192.168.0.0/16", "172.31.0.0/16"]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.t", "route_tables.0.routes.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_tables.t", "route_tables.0.routes.0.route_item_id", address, "route_item_id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_tables.t", "route_tables.0.routes.0.route_id", address, "route_id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.t", "route_tables.0.routes.0.enabled", "true"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_conflicts.c", "conflicts.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_conflicts.c", "conflicts.0.destination_cidr_block", "192.168.0.0/16"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_conflicts.c", "conflicts.0.route_item_ids.0", address, "route_item_id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_conflicts.c", "conflicts.0.route_ids.0", address, "route_id"),
				),
			},
		},
	})
}

// checkIDIsTableAndItem: the ID is <route_table_id>/<route_item_id>.
func checkIDIsTableAndItem(address string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		a := s.RootModule().Resources[address].Primary.Attributes
		if want := a["route_table_id"] + "/" + a["route_item_id"]; a["id"] != want {
			return fmt.Errorf("id %q, want %q", a["id"], want)
		}
		return nil
	}
}

func TestAccECMRoute_update(t *testing.T) {
	name := acctest.Name("route")
	var id, routeID string
	captureRouteID := func(s *terraform.State) error {
		routeID = s.RootModule().Resources[address].Primary.Attributes["route_id"]
		return nil
	}
	sameRouteID := func(s *terraform.State) error {
		if got := s.RootModule().Resources[address].Primary.Attributes["route_id"]; got != routeID {
			return fmt.Errorf("route_id %s, was %s", got, routeID)
		}
		return nil
	}
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
		plancheck.ExpectKnownValue(address, tfjsonpath.New("route_id"), knownvalue.NotNull()),
	}}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroute.ResourceType, ecmroute.FindByState),
		Steps: []resource.TestStep{
			{
				Config: route(name, 161, cvm(161, 10, `description = "before"`)),
				Check:  resource.ComposeAggregateTestCheckFunc(acctest.CaptureID(address, &id), captureRouteID),
			},
			{
				// A new next hop and description: ReplaceRoutes, same route.
				Config:           route(name, 161, cvm(161, 11, `description = "after"`)),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id), sameRouteID,
					resource.TestCheckResourceAttr(address, "gateway_id", "10.161.1.11"),
					resource.TestCheckResourceAttr(address, "description", "after")),
			},
			{
				// Disabled in place; the description removed.
				Config:           route(name, 161, cvm(161, 11, `enabled = false`)),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id),
					resource.TestCheckResourceAttr(address, "enabled", "false"),
					resource.TestCheckNoResourceAttr(address, "description")),
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{
				// Enabled again, and the next hop becomes the public network.
				Config:           route(name, 161, `gateway_type = "EIP"`+"\n"+`gateway_id = "0"`),
				ConfigPlanChecks: update,
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id), sameRouteID,
					resource.TestCheckResourceAttr(address, "enabled", "true"),
					resource.TestCheckResourceAttr(address, "gateway_type", "EIP")),
			},
			{
				// A new destination is a new route.
				Config: table(name, 161) + `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = edgecloud_ecm_route_table.test.id
  destination_cidr_block = "192.169.0.0/16"
  gateway_type           = "EIP"
  gateway_id             = "0"
}
`,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
		},
	})
}

func TestAccECMRoute_disappears(t *testing.T) {
	name := acctest.Name("route")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroute.ResourceType, ecmroute.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             route(name, 162, cvm(162, 10, "")),
				Check:              acctest.DeleteOutside(address, ecmroute.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: route(name, 162, cvm(162, 10, "")),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmroute.FindByState),
			},
		},
	})
}

// A second route to the same destination fails with the API's documented code, and the error
// names the existing route and how to import it.
func TestAccECMRoute_duplicateIsExplained(t *testing.T) {
	name := acctest.Name("route")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroute.ResourceType, ecmroute.FindByState),
		Steps: []resource.TestStep{
			{Config: route(name, 163, cvm(163, 10, ""))},
			{
				Config: route(name, 163, cvm(163, 10, "")) + `
resource "edgecloud_ecm_route" "again" {
  route_table_id         = edgecloud_ecm_route_table.test.id
  destination_cidr_block = edgecloud_ecm_route.test.destination_cidr_block
  gateway_type           = "NORMAL_CVM"
  gateway_id             = "10.163.1.20"
}
`,
				ExpectError: regexp.MustCompile(`(?s)Route already exists.*already has a route to 192\.168\.0\.0/16.*existing route is rti-[a-z0-9]+.*terraform import <address> rtb-[a-z0-9]+/rti-[a-z0-9]+.*InvalidParameterValue\.Duplicate.*RequestId`),
			},
		},
	})
}

func TestAccECMRoute_errors(t *testing.T) {
	name := acctest.Name("route")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = "rtb-abc12345"
  destination_cidr_block = "0.0.0.0/0"
  gateway_type           = "EIP"
  gateway_id             = "10.0.0.1"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)gateway_id.*EIP.*fixed at "0"`),
			},
			{
				Config: `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = "rtb-abc12345"
  destination_cidr_block = "192.168.1.1/16"
  gateway_type           = "NORMAL_CVM"
  gateway_id             = "vpn-gw"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)destination_cidr_block.*gateway_id.*IPv4 address|(?s)gateway_id.*IPv4 address.*destination_cidr_block`),
			},
			{
				Config: `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = "rtb-abc12345"
  destination_cidr_block = "0.0.0.0/0"
  gateway_type           = "VPN"
  gateway_id             = "0"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)gateway_type.*NORMAL_CVM`),
			},
			{
				// A destination inside the VPC: the API's documented code.
				Config: table(name, 164) + `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = edgecloud_ecm_route_table.test.id
  destination_cidr_block = "10.164.9.0/24"
  gateway_type           = "NORMAL_CVM"
  gateway_id             = "10.164.1.10"
}
`,
				ExpectError: regexp.MustCompile(`(?s)Creating ECM route.*InvalidParameterValue\.VpcCidrConflict.*RequestId`),
			},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "rti-abc12345/rtb-abc12345",
				Config: table(name, 164) + `
resource "edgecloud_ecm_route" "test" {
  route_table_id         = edgecloud_ecm_route_table.test.id
  destination_cidr_block = "10.99.0.0/16"
  gateway_type           = "EIP"
  gateway_id             = "0"
}
`,
				ExpectError: regexp.MustCompile(`(?s)Invalid import ID.*<route_table_id>/<route_item_id>`),
			},
		},
	})
}
