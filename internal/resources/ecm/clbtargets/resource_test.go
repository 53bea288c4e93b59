package clbtargets_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmclbtargets "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clbtargets"
)

const address = "edgecloud_ecm_clb_targets.test"

func TestAccECMCLBTargets_basic(t *testing.T) {
	name := acctest.Name("lbt")
	cfg := configBackends(name, 243, 2, 80) + configTargets(web(0, 8080, 10), web(1, 8080, 30))
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmclbtargets.FindByState),
					resource.TestCheckResourceAttr(address, "targets.#", "2"),
					resource.TestCheckTypeSetElemNestedAttrs(address, "targets.*", map[string]string{"port": "8080", "weight": "30"}),
					resource.TestCheckTypeSetElemAttrPair(address, "targets.*.instance_id", "edgecloud_ecm_instance.web.0", "id"),
					resource.TestCheckTypeSetElemAttrPair(address, "targets.*.instance_id", "edgecloud_ecm_instance.web.1", "id"),
					resource.TestMatchResourceAttr(address, "id", regexp.MustCompile(`^lb-[a-z0-9]+/lbl-[a-z0-9]+$`)),
				),
			},
			{Config: cfg, PlanOnly: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				Config: cfg + `
data "edgecloud_ecm_clb_targets" "test" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_ids     = [edgecloud_ecm_clb_listener.l80.listener_id]
  depends_on       = [edgecloud_ecm_clb_targets.test]
}

data "edgecloud_ecm_clb_target_health" "test" {
  load_balancer_ids = [edgecloud_ecm_clb.test.id]
  depends_on        = [edgecloud_ecm_clb_targets.test]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_targets.test", "listeners.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_targets.test", "listeners.0.targets.#", "2"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_clb_targets.test", "listeners.0.listener_id", "edgecloud_ecm_clb_listener.l80", "listener_id"),
					resource.TestCheckTypeSetElemAttrPair("data.edgecloud_ecm_clb_targets.test", "listeners.0.targets.*.private_ip_addresses.0", "edgecloud_ecm_instance.web.0", "private_ip_address"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_target_health.test", "targets.#", "2"),
					resource.TestCheckTypeSetElemNestedAttrs("data.edgecloud_ecm_clb_target_health.test", "targets.*", map[string]string{"port": "8080", "listener_port": "80"}),
					resource.TestCheckTypeSetElemAttrPair("data.edgecloud_ecm_clb_target_health.test", "targets.*.target_id", "edgecloud_ecm_instance.web.1", "id"),
				),
			},
		},
	})
}

// Changes of the set, sequential because it reads the sandbox's call counts: one weight is one
// BatchModifyTargetWeight call and nothing else; the port of an instance's only backend is one
// ModifyTargetPort; a removed instance is one BatchDeregisterTargets.
func TestAccECMCLBTargets_update(t *testing.T) {
	sb := acctest.Sandbox(t)
	name := acctest.Name("lbt")
	base := configBackends(name, 244, 3, 80)
	var mark map[string]int
	snapshot := func() { mark = sb.CallCounts() }
	calls := func(want map[string]int) resource.TestCheckFunc {
		return func(*terraform.State) error {
			now := sb.CallCounts()
			for action, n := range want {
				if got := now["ecm."+action] - mark["ecm."+action]; got != n {
					return fmt.Errorf("%s calls = %d, want %d", action, got, n)
				}
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
		Steps: []resource.TestStep{
			{Config: base + configTargets(web(0, 8080, 10), web(1, 8080, 10), web(2, 8080, 10))},
			{
				PreConfig: snapshot,
				Config:    base + configTargets(web(0, 8080, 10), web(1, 8080, 50), web(2, 8080, 10)),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					calls(map[string]int{"BatchModifyTargetWeight": 1, "BatchDeregisterTargets": 0, "BatchRegisterTargets": 0, "ModifyTargetPort": 0}),
					resource.TestCheckTypeSetElemNestedAttrs(address, "targets.*", map[string]string{"port": "8080", "weight": "50"}),
				),
			},
			{
				PreConfig: snapshot,
				Config:    base + configTargets(web(0, 8080, 10), web(1, 8080, 50), web(2, 9090, 10)),
				Check: resource.ComposeAggregateTestCheckFunc(
					calls(map[string]int{"ModifyTargetPort": 1, "BatchDeregisterTargets": 0, "BatchRegisterTargets": 0, "BatchModifyTargetWeight": 0}),
					resource.TestCheckTypeSetElemNestedAttrs(address, "targets.*", map[string]string{"port": "9090", "weight": "10"}),
				),
			},
			{
				PreConfig: snapshot,
				Config:    base + configTargets(web(0, 8080, 10), web(2, 9090, 10)),
				Check: resource.ComposeAggregateTestCheckFunc(
					calls(map[string]int{"BatchDeregisterTargets": 1, "BatchRegisterTargets": 0, "BatchModifyTargetWeight": 0, "ModifyTargetPort": 0}),
					resource.TestCheckResourceAttr(address, "targets.#", "2"),
				),
			},
			{Config: base + configTargets(web(0, 8080, 10), web(2, 9090, 10)), PlanOnly: true},
		},
	})
}

func TestAccECMCLBTargets_disappears(t *testing.T) {
	name := acctest.Name("lbt")
	cfg := configBackends(name, 245, 1, 80) + configTargets(web(0, 8080, 10))
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
		Steps: []resource.TestStep{
			{Config: cfg, Check: acctest.DeleteOutside(address, ecmclbtargets.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmclbtargets.FindByState),
			},
		},
	})
}

func TestAccECMCLBTargets_validation(t *testing.T) {
	base := `
resource "edgecloud_ecm_clb_targets" "test" {
  load_balancer_id = "lb-abc12345"
  listener_id      = "lbl-abc12345"
  targets          = %s
}
`
	step := func(targets, want string) resource.TestStep {
		return resource.TestStep{Config: fmt.Sprintf(base, targets), PlanOnly: true, ExpectError: regexp.MustCompile(want)}
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			step(`[]`, `(?s)targets.*at least 1`),
			step(`[{ instance_id = "ein-abc12345", port = 80, weight = 101 }]`, `(?s)weight.*between 0 and 100`),
			step(`[{ instance_id = "ein-abc12345", port = 0, weight = 10 }]`, `(?s)port.*between 1 and 65535`),
			step(`[{ instance_id = "ins-abc12345", port = 80, weight = 10 }]`, `(?s)instance_id`),
			step(`[{ instance_id = "ein-abc12345", port = 80, weight = 10 }, { instance_id = "ein-abc12345", port = 80, weight = 20 }]`,
				`(?s)Duplicate backend.*ein-abc12345 port 80 appears more than once`),
		},
	})
}
