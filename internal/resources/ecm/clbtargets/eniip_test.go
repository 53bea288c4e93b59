package clbtargets_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmclbtargets "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clbtargets"
)

// configENIIP: an instance backend and, on the same instance and port, a secondary address of its
// primary ENI as an ENI-IP backend with its own weight and port.
func configENIIP(name string, eniPort, eniWeight int) string {
	return configBackends(name, 248, 1, 80) + `
resource "edgecloud_ecm_eni_private_ip" "web" {
  network_interface_id               = edgecloud_ecm_instance.web[0].primary_network_interface_id
  secondary_private_ip_address_count = 1
}
` + configTargets(web(0, 8080, 10),
		fmt.Sprintf("{ eni_ip = tolist(edgecloud_ecm_eni_private_ip.web.private_ip_addresses)[0], port = %d, weight = %d }", eniPort, eniWeight))
}

// An ENI-IP backend next to its own instance's backend: both read back as configured (plan
// empty), its weight and port change in place, and destroy deregisters both.
func TestAccECMCLBTargets_eniIP(t *testing.T) {
	name := acctest.Name("lbt")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
		Steps: []resource.TestStep{
			{
				Config: configENIIP(name, 8080, 20),
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(address, "targets.#", "2"),
					resource.TestCheckTypeSetElemNestedAttrs(address, "targets.*", map[string]string{"port": "8080", "weight": "20"}),
					resource.TestCheckTypeSetElemAttrPair(address, "targets.*.eni_ip", "edgecloud_ecm_eni_private_ip.web", "private_ip_addresses.0"),
					resource.TestCheckTypeSetElemAttrPair(address, "targets.*.instance_id", "edgecloud_ecm_instance.web.0", "id"),
				),
			},
			{Config: configENIIP(name, 8080, 20), PlanOnly: true},
			{
				Config: configENIIP(name, 9090, 30),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.TestCheckTypeSetElemNestedAttrs(address, "targets.*", map[string]string{"port": "9090", "weight": "30"}),
			},
			{Config: configENIIP(name, 9090, 30), PlanOnly: true},
		},
	})
}

func TestAccECMCLBTargets_backendValidation(t *testing.T) {
	base := `
resource "edgecloud_ecm_clb_targets" "test" {
  load_balancer_id = "lb-abc12345"
  listener_id      = "lbl-abc12345"
  targets          = [%s]
}
`
	step := func(targets, want string) resource.TestStep {
		return resource.TestStep{Config: fmt.Sprintf(base, targets), PlanOnly: true, ExpectError: regexp.MustCompile(want)}
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			step(`{ port = 80, weight = 10 }`, `(?s)Invalid backend.*exactly one of instance_id and eni_ip`),
			step(`{ instance_id = "ein-abc12345", eni_ip = "10.0.1.5", port = 80, weight = 10 }`, `(?s)Invalid backend.*exactly one of instance_id and eni_ip`),
			step(`{ eni_ip = "10.0.1", port = 80, weight = 10 }`, `(?s)Invalid IPv4 address`),
			step(`{ eni_ip = "10.0.1.5", port = 80, weight = 10 }, { eni_ip = "10.0.1.5", port = 80, weight = 20 }`, `(?s)Duplicate backend.*10\.0\.1\.5 port 80 appears more than once`),
		},
	})
}
