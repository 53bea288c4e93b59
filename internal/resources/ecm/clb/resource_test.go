package clb_test

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
	ecmclb "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clb"
)

const address = "edgecloud_ecm_clb.test"

// config is the base network, two security groups and a load balancer; extra goes inside its block.
func config(name string, octet int, extra string) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_security_group" "a" {
  security_group_name = "%[1]s-a"
  description         = "clb test"
}

resource "edgecloud_ecm_security_group" "b" {
  security_group_name = "%[1]s-b"
  description         = "clb test"
}

resource "edgecloud_ecm_clb" "test" {
  vip_isp = "CTCC"
  vpc_id  = edgecloud_ecm_vpc.test.id
%[2]s
}
`, name, extra)
}

func TestAccECMCLB_basic(t *testing.T) {
	name := acctest.Name("clb")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 220, fmt.Sprintf(`  load_balancer_name = %q
  tags               = { team = "edge" }`, name)),
				Check: acctest.CheckExists(address, ecmclb.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^lb-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("load_balancer_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ecm_region"), knownvalue.StringExact(acctest.ECMRegion())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("status"), knownvalue.Int64Exact(1)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(10)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("load_balancer_pass_to_target"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(0)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("load_balancer_vips"), knownvalue.ListSizeExact(1)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_ip_version"), knownvalue.StringExact("IPV4")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"team": knownvalue.StringExact("edge")})),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("create_time"), knownvalue.NotNull()),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
			{
				// The data source finds it by name and by VPC.
				Config: config(name, 220, fmt.Sprintf(`  load_balancer_name = %q
  tags               = { team = "edge" }`, name)) + fmt.Sprintf(`
data "edgecloud_ecm_clbs" "by_name" {
  load_balancer_name = %q
  depends_on         = [edgecloud_ecm_clb.test]
}

data "edgecloud_ecm_clbs" "by_vpc" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  depends_on = [edgecloud_ecm_clb.test]
}
`, name),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.edgecloud_ecm_clbs.by_name", tfjsonpath.New("load_balancers"), knownvalue.ListSizeExact(1)),
					statecheck.ExpectKnownValue("data.edgecloud_ecm_clbs.by_vpc", tfjsonpath.New("load_balancers").AtSliceIndex(0).AtMapKey("load_balancer_name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue("data.edgecloud_ecm_clbs.by_vpc", tfjsonpath.New("load_balancers").AtSliceIndex(0).AtMapKey("vip_isp"), knownvalue.StringExact("CTCC")),
				},
			},
		},
	})
}

func TestAccECMCLB_update(t *testing.T) {
	name := acctest.Name("clb")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, 221, fmt.Sprintf(`  load_balancer_name = %q
  security_group_ids = [edgecloud_ecm_security_group.a.id]`, name)),
				Check: acctest.CaptureID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(1)),
				},
			},
			{
				Config: config(name, 221, fmt.Sprintf(`  load_balancer_name           = "%s-2"
  internet_max_bandwidth_out   = 200
  load_balancer_pass_to_target = true
  security_group_ids           = [edgecloud_ecm_security_group.a.id, edgecloud_ecm_security_group.b.id]`, name)),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("load_balancer_name"), knownvalue.StringExact(name+"-2")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(200)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("load_balancer_pass_to_target"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(2)),
				},
			},
			{
				// Unsetting the groups unbinds them all, in place.
				Config: config(name, 221, fmt.Sprintf(`  load_balancer_name = "%s-2"
  internet_max_bandwidth_out   = 200
  load_balancer_pass_to_target = true`, name)),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(0)),
				},
			},
		},
	})
}

func TestAccECMCLB_disappears(t *testing.T) {
	name := acctest.Name("clb")
	cfg := config(name, 222, fmt.Sprintf("  load_balancer_name = %q", name))
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{Config: cfg, Check: acctest.DeleteOutside(address, ecmclb.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmclb.FindByState),
			},
		},
	})
}

func TestAccECMCLB_invalidName(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      config("bad", 223, `  load_balancer_name = "not a name!"`),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`(?s)load_balancer_name.*letters, digits, hyphens and\s+underscores`),
		}},
	})
}
