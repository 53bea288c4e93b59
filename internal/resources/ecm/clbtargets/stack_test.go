package clbtargets_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmclblistener "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clblistener"
	ecmclbtargets "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clbtargets"
)

// stackConfig: one load balancer with two listeners (TCP 80 and 443) over three instances, every
// instance behind both listeners.
func stackConfig(name string) string {
	return configBackends(name, 246, 3, 80, 443) + `
resource "edgecloud_ecm_clb_targets" "l80" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_id      = edgecloud_ecm_clb_listener.l80.listener_id
  targets          = [for i in edgecloud_ecm_instance.web : { instance_id = i.id, port = 8080, weight = 10 }]
}

resource "edgecloud_ecm_clb_targets" "l443" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_id      = edgecloud_ecm_clb_listener.l443.listener_id
  targets          = [for i in edgecloud_ecm_instance.web : { instance_id = i.id, port = 8443, weight = 20 }]
}
`
}

// The load-balancing stack applies, plans empty, and destroys (targets before listeners, listeners
// before the load balancer, the load balancer before the network). The sandbox's call counts of
// each phase are logged (go test -v). Sequential: the counters are this test's alone.
func TestAccECMCLBStack(t *testing.T) {
	name := acctest.Name("lbstack")
	cfg := stackConfig(name)
	calls := acctest.NewPhases(t, "CLB stack")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(
			calls.Check("destroy (with its refresh)"),
			acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
			acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		),
		Steps: []resource.TestStep{
			{
				PreConfig: calls.Mark,
				Config:    cfg,
				Check: resource.ComposeTestCheckFunc(
					calls.Check("apply (plan + apply)"),
					resource.TestCheckResourceAttr("edgecloud_ecm_clb_targets.l80", "targets.#", "3"),
					resource.TestCheckResourceAttr("edgecloud_ecm_clb_targets.l443", "targets.#", "3"),
					resource.TestCheckTypeSetElemNestedAttrs("edgecloud_ecm_clb_targets.l443", "targets.*", map[string]string{"port": "8443", "weight": "20"}),
					acctest.CheckExists("edgecloud_ecm_clb_targets.l80", ecmclbtargets.FindByState),
					acctest.CheckExists("edgecloud_ecm_clb_targets.l443", ecmclbtargets.FindByState),
				),
			},
			{PreConfig: calls.Mark, Config: cfg, PlanOnly: true},
			{
				PreConfig: func() { calls.Report("refresh + empty plan") },
				Config:    cfg,
				Check:     func(*terraform.State) error { calls.Mark(); return nil },
			},
		},
	})
}
