package instance_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecminstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instance"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// A launch slower than the create timeout: the error names the wait and its last state, the instance
// stays in the state tainted, and the next apply replaces it. Sequential: it injects a fault.
func TestAccECMInstance_slowStartTimesOutAndTaints(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("ein")
	slow := strings.Replace(config(name, true, 50, 1), "force_stop_on_password_reset = true", "force_stop_on_password_reset = true\n  timeouts = { create = \"1s\" }", 1)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "RunInstances", TaskDuration: 4 * time.Second, Count: 1}) },
				Config:      slow,
				ExpectError: regexp.MustCompile(`(?s)timed out after (1s|9\d\dms) waiting for ECM instance ein-[a-z0-9]+ reaching RUNNING.*PENDING`),
			},
			{
				Config: slow,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("RUNNING")),
				},
			},
		},
	})
}

// An operation refused because another one is under way is waited out and retried, not failed.
// Sequential: it injects a fault.
func TestAccECMInstance_operationInProgressIsWaitedOut(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("ein")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, true, 50, 1)},
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Action: "ModifyInstancesAttribute", ErrorCode: "OperationDenied.InstanceOperationInProgress", Count: 2})
				},
				Config: config(name+"-2", true, 50, 1),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_name"), knownvalue.StringExact(name+"-2")),
				},
			},
		},
	})
}
