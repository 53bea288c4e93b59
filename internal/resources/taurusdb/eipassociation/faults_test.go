package eipassociation_test

// Fault tests run sequentially (resource.Test, not ParallelTest): Go starts the parallel tests of a
// package only after its sequential ones, so an injected fault never hits another test's calls.

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	taurusdbeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/taurusdb/eipassociation"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// A bind job that ends Failed: the error names the job, its status and its reason. The resource had
// been saved before the wait (so the failure left it in the state, tainted, not orphaned); the
// failed bind left the EIP unbound, so the next refresh drops it and the next apply binds again.
func TestAccTaurusDBEIPAssociation_failedJob(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	ins, eips := acctest.TaurusDBFixture(t, 1)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy,
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Service: "taurusdb", Action: taurusdb.OpBindEip, TaskResult: "FAILED", Count: 1})
				},
				Config: config(ins.ID, eips[0], ""),
				ExpectError: regexp.MustCompile(`(?s)Waiting for TaurusDB job (\S+) binding EIP ` + regexp.QuoteMeta(eips[0].PublicIPAddress) +
					`.*TaurusDB job \S+\s+\(UpdateGaussMySqlInstanceEip\)\s+finished\s+with\s+status\s+Failed`),
			},
			{
				Config: config(ins.ID, eips[0], ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						// The failed apply had saved the binding: refresh finds it gone (drift), so
						// nothing was lost track of; the plan binds again.
						expectDrift(address),
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate),
					},
				},
				Check: acctest.CheckExists(address, taurusdbeipassociation.FindByState),
			},
		},
	})
}

// An apply interrupted while the bind job runs (create timeout) leaves a tainted resource that
// the next apply replaces: unbind (waiting out the still-running job: the instance is busy) and bind.
func TestAccTaurusDBEIPAssociation_slowJobTimesOutAndTaints(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	ins, eips := acctest.TaurusDBFixture(t, 1)
	short := `timeouts = { create = "1s" }`
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy,
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Service: "taurusdb", Action: taurusdb.OpBindEip, TaskDuration: 4 * time.Second, Count: 1})
				},
				Config:      config(ins.ID, eips[0], short),
				ExpectError: regexp.MustCompile(`(?s)Waiting for TaurusDB job \S+ binding EIP.*timed\s+out\s+after\s+\d+(\.\d+)?m?s\s+waiting\s+for\s+TaurusDB\s+job`),
			},
			{
				// The default timeouts again: the replacement waits out the first job before it can unbind.
				Config: config(ins.ID, eips[0], ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: acctest.CheckExists(address, taurusdbeipassociation.FindByState),
			},
		},
	})
}

// A busy instance (409 DBS.200019 on the next two bind/unbind calls) is retried to success, on
// create and on destroy.
func TestAccTaurusDBEIPAssociation_busyInstanceIsRetried(t *testing.T) {
	sb := acctest.Sandbox(t)
	ins, eips := acctest.TaurusDBFixture(t, 1)
	const bindKey, unbindKey = "taurusdb." + taurusdb.OpBindEip, "taurusdb." + taurusdb.OpUnbindEip
	before := sb.CallCounts()
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(checkDestroy, func(*terraform.State) error {
			if got := sb.CallCounts()[unbindKey] - before[unbindKey]; got != 3 {
				return fmt.Errorf("%s was called %d times, want 2 refused and 1 accepted", unbindKey, got)
			}
			return nil
		}),
		Steps: []resource.TestStep{
			{
				PreConfig: func() { acctest.TaurusDBBusy(t, ins.ID, 2) },
				Config:    config(ins.ID, eips[0], ""),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, taurusdbeipassociation.FindByState), func(*terraform.State) error {
					if got := sb.CallCounts()[bindKey] - before[bindKey]; got != 3 {
						return fmt.Errorf("%s was called %d times, want 2 refused and 1 accepted", bindKey, got)
					}
					acctest.TaurusDBBusy(t, ins.ID, 2) // for the destroy
					return nil
				}),
			},
		},
	})
}

// expectDrift checks that the plan's refresh found the resource at address changed or gone outside
// Terraform: it was in the state before the plan.
func expectDrift(address string) plancheck.PlanCheck { return driftCheck{address} }

type driftCheck struct{ address string }

func (c driftCheck) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, d := range req.Plan.ResourceDrift {
		if d.Address == c.address {
			return
		}
	}
	resp.Error = fmt.Errorf("no drift for %s: it was not in the state before the plan", c.address)
}
