package clb_test

// Fault tests run sequentially (resource.Test, not ParallelTest): Go starts the parallel tests of a
// package only after its sequential ones, so an injected fault never hits another test's calls.

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmclb "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// leftovers lists the load balancers of the region named name.
func leftovers(t *testing.T, name string) []ecm.LoadBalancer {
	t.Helper()
	lbs, err := acctest.Conn().ECM.ListLoadBalancers(context.Background(), ecm.DescribeLoadBalancersRequest{EcmRegion: acctest.ECMRegion(), LoadBalancerName: name})
	if err != nil {
		t.Fatalf("listing load balancers: %v", err)
	}
	return lbs
}

// A failed creation task: an error naming the task (its RequestId and action), the ID saved in the
// state before the wait (a tainted resource the sandbox's undone creation then lets the refresh
// drop), and nothing orphaned: the next apply creates one load balancer.
func TestAccECMCLB_failedCreateTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("clb")
	cfg := config(name, 224, fmt.Sprintf("  load_balancer_name = %q", name))
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "CreateLoadBalancer", TaskResult: "FAILED", Count: 1}) },
				Config:      cfg,
				ExpectError: regexp.MustCompile(`(?s)Waiting for ECM load balancer lb-[a-z0-9]+ to be created.*CLB task [0-9a-f-]{36}\s+\(CreateLoadBalancer\)\s+finished\s+with\s+status\s+1\s+\(failed\)`),
			},
			{
				PreConfig: func() {
					if left := leftovers(t, name); len(left) != 0 {
						t.Errorf("the failed creation left %d load balancers", len(left))
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("edgecloud_ecm_clb.test", plancheck.ResourceActionCreate)},
				},
				Check: func(*terraform.State) error {
					if left := leftovers(t, name); len(left) != 1 {
						return fmt.Errorf("%d load balancers named %s, want 1", len(left), name)
					}
					return nil
				},
			},
		},
	})
}

// A failed change task is an error naming the task, and the next plan shows the change again.
func TestAccECMCLB_failedModifyTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("clb")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, 225, fmt.Sprintf("  load_balancer_name = %q", name))},
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Action: "ModifyLoadBalancerAttributes", TaskResult: "FAILED", Count: 1})
				},
				Config:      config(name, 225, fmt.Sprintf("  load_balancer_name = %q\n  internet_max_bandwidth_out = 50", name)),
				ExpectError: regexp.MustCompile(`(?s)Changing ECM load balancer lb-[a-z0-9]+.*CLB task \S+\s+\(ModifyLoadBalancerAttributes\)\s+finished\s+with\s+status\s+1`),
			},
			{
				// The undone change is planned again, in place.
				Config: config(name, 225, fmt.Sprintf("  load_balancer_name = %q\n  internet_max_bandwidth_out = 50", name)),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("edgecloud_ecm_clb.test", plancheck.ResourceActionUpdate)},
				},
			},
		},
	})
}

// A failed deletion task keeps the load balancer in the state; the next destroy deletes it.
func TestAccECMCLB_failedDeleteTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("clb")
	cfg := config(name, 226, fmt.Sprintf("  load_balancer_name = %q", name))
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclb.ResourceType, ecmclb.FindByState),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "DeleteLoadBalancer", TaskResult: "FAILED", Count: 1}) },
				Config:      cfg,
				Destroy:     true,
				ExpectError: regexp.MustCompile(`(?s)Waiting for ECM load balancer lb-[a-z0-9]+ to be deleted.*\(DeleteLoadBalancer\)\s+finished\s+with\s+status\s+1`),
			},
			{
				PreConfig: func() {
					if left := leftovers(t, name); len(left) != 1 || !strings.HasPrefix(left[0].LoadBalancerId, "lb-") {
						t.Errorf("after the failed deletion: %v", left)
					}
				},
				Config: cfg,
			},
		},
	})
}
