package routetable_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmroutetable "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/routetable"
)

const address = "edgecloud_ecm_route_table.test"

func config(name string, octet int, tableName string) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_route_table" "test" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = %q
}
`, tableName)
}

func TestAccECMRouteTable_basic(t *testing.T) {
	name := acctest.Name("rtb")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetable.ResourceType, ecmroutetable.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 150, name),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmroutetable.FindByState),
					resource.TestCheckResourceAttrPair(address, "vpc_id", "edgecloud_ecm_vpc.test", "id"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^rtb-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_table_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ecm_region"), knownvalue.StringExact(acctest.ECMRegion())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("main"), knownvalue.Bool(false)),
					// CreateRouteTable answers a zero time (as its example does): the read-back has the real one.
					statecheck.ExpectKnownValue(address, tfjsonpath.New("created_time"), knownvalue.StringRegexp(regexp.MustCompile(`^20\d\d-\d\d-\d\d \d\d:\d\d:\d\d$`))),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
		},
	})
}

func TestAccECMRouteTable_update(t *testing.T) {
	name := acctest.Name("rtb")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetable.ResourceType, ecmroutetable.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, 151, "before"), Check: acctest.CaptureID(address, &id)},
			{
				Config: config(name, 151, "after"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("created_time"), knownvalue.NotNull()),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(acctest.CheckSameID(address, &id), checkAPIName(address, "after")),
			},
		},
	})
}

// checkAPIName reads the table with the API: the name must be what was written.
func checkAPIName(address, want string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs := s.RootModule().Resources[address]
		t, err := acctest.Conn().ECM.FindRouteTableByID(context.Background(), rs.Primary.Attributes["ecm_region"], rs.Primary.ID)
		if err != nil {
			return err
		}
		if t.RouteTableName != want {
			return fmt.Errorf("API name %q, want %q", t.RouteTableName, want)
		}
		return nil
	}
}

func TestAccECMRouteTable_disappears(t *testing.T) {
	name := acctest.Name("rtb")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmroutetable.ResourceType, ecmroutetable.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, 152, name),
				Check:              acctest.DeleteOutside(address, ecmroutetable.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, 152, name),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmroutetable.FindByState),
			},
		},
	})
}

func TestAccECMRouteTable_planTimeValidation(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: fmt.Sprintf(`
resource "edgecloud_ecm_route_table" "test" {
  vpc_id           = "vpc-abc12345"
  route_table_name = %q
}
`, strings.Repeat("n", 61)),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)route_table_name.*60`),
			},
			{
				Config: `
resource "edgecloud_ecm_route_table" "test" {
  vpc_id           = "VPC_1"
  route_table_name = "t"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)vpc_id.*vpc-`),
			},
			{
				Config:      `data "edgecloud_ecm_route_tables" "bad" { ids = ["rtb-NOT_AN_ID"] }`,
				ExpectError: regexp.MustCompile(`(?s)Invalid ID.*rtb-NOT_AN_ID`),
			},
		},
	})
}

// The VPC's main route table cannot be destroyed: imported and destroyed, it fails with the API's
// documented code, and the data source finds it by vpc_id and main.
func TestAccECMRouteTable_mainTableCannotBeDeleted(t *testing.T) {
	name := acctest.Name("rtb")
	network := acctest.ConfigECMNetwork(name, 153)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: network + `
data "edgecloud_ecm_route_tables" "main" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  main       = true
  depends_on = [edgecloud_ecm_subnet.test]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.main", "route_tables.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.main", "route_tables.0.main", "true"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.main", "route_tables.0.subnet_ids.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_tables.main", "route_tables.0.subnet_ids.0", "edgecloud_ecm_subnet.test", "id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_tables.main", "route_tables.0.id", "edgecloud_ecm_subnet.test", "route_table_id"),
				),
			},
			{
				Config: network + `
data "edgecloud_ecm_route_tables" "main" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  main       = true
  depends_on = [edgecloud_ecm_subnet.test]
}

resource "edgecloud_ecm_route_table" "main" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = "default"
}

import {
  to = edgecloud_ecm_route_table.main
  id = data.edgecloud_ecm_route_tables.main.route_tables[0].id
}
`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("edgecloud_ecm_route_table.main", tfjsonpath.New("main"), knownvalue.Bool(true)),
				},
			},
			{
				Config:      network,
				ExpectError: regexp.MustCompile(`(?s)Deleting ECM route table.*UnsupportedOperation\.DelDefaultRoute.*RequestId`),
			},
			{
				// Forget it, so that the VPC can go.
				Config: network + `
removed {
  from = edgecloud_ecm_route_table.main
  lifecycle { destroy = false }
}
`,
			},
		},
	})
}

func TestAccECMRouteTablesDataSource_customTables(t *testing.T) {
	name := acctest.Name("rtbs")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(name, 154, name) + `
data "edgecloud_ecm_route_tables" "custom" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  main       = false
  depends_on = [edgecloud_ecm_route_table.test]
}

data "edgecloud_ecm_route_tables" "by_id" {
  ids = [edgecloud_ecm_route_table.test.id]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.custom", "route_tables.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_route_tables.custom", "route_tables.0.id", address, "id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.by_id", "route_tables.0.route_table_name", name),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.by_id", "route_tables.0.subnet_ids.#", "0"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_route_tables.by_id", "route_tables.0.routes.#", "0"),
				),
			},
		},
	})
}
