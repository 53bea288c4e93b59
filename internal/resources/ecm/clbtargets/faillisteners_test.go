package clbtargets_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmclbtargets "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clbtargets"
)

// A backend the listener already has (here: registered by a second resource on the same listener)
// puts the listener in BatchRegisterTargets' FailListenerIdSet: an error naming the listener.
func TestAccECMCLBTargets_failListenerIDSet(t *testing.T) {
	name := acctest.Name("lbt")
	cfg := configBackends(name, 247, 1, 80) + configTargets(web(0, 8080, 10))
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclbtargets.ResourceType, ecmclbtargets.FindByState),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				Config: cfg + `
resource "edgecloud_ecm_clb_targets" "again" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_id      = edgecloud_ecm_clb_listener.l80.listener_id
  targets          = [{ instance_id = edgecloud_ecm_instance.web[0].id, port = 8080, weight = 10 }]
}
`,
				ExpectError: regexp.MustCompile(`(?s)Registering the backends of lb-[a-z0-9]+/lbl-[a-z0-9]+.*BatchRegisterTargets\s+failed\s+for\s+listener\(s\)\s+lbl-[a-z0-9]+\s+\(FailListenerIdSet`),
			},
		},
	})
}
