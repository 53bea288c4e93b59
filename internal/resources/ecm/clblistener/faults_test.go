package clblistener_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmclblistener "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clblistener"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// A failed CreateListener task is an error naming the task; the sandbox undoes the listener, so the
// refresh drops it and the next plan creates it again: nothing is orphaned.
func TestAccECMCLBListener_failedTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("lbl")
	cfg := configListener(name, 239, `
  protocol = "TCP"
  port     = 25
`)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{Config: configLB(name, 239)},
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "CreateListener", TaskResult: "FAILED", Count: 1}) },
				Config:      cfg,
				ExpectError: regexp.MustCompile(`(?s)Creating ECM CLB listener lb-[a-z0-9]+/lbl-[a-z0-9]+.*CLB task \S+\s+\(CreateListener\)\s+finished\s+with\s+status\s+1 \(failed\)`),
			},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmclblistener.FindByState),
			},
		},
	})
}

// A create interrupted by its timeout leaves the listener in state, tainted: the next apply
// replaces it.
func TestAccECMCLBListener_slowTaskTaints(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("lbl")
	cfg := configListener(name, 240, `
  protocol = "UDP"
  port     = 5000
  timeouts = { create = "1s" }
`)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{Config: configLB(name, 240)},
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "CreateListener", TaskDuration: 4 * time.Second, Count: 1}) },
				Config:      cfg,
				ExpectError: regexp.MustCompile(`(?s)timed out after (1s|9\d\dms) waiting for CLB task \S+\s+\(CreateListener\)`),
			},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: acctest.CheckExists(address, ecmclblistener.FindByState),
			},
		},
	})
}
