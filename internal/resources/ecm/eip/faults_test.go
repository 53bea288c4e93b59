package eip_test

// Fault tests run sequentially (resource.Test, not ParallelTest): Go starts the parallel tests of a
// package only after its sequential ones, so an injected fault never hits another test's calls.

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

func TestAccECMEIP_throttlingIsRetried(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	before := sb.CallCounts()
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					for _, action := range []string{"AllocateAddresses", "DescribeTaskResult", "DescribeAddresses", "ModifyAddressAttribute"} {
						sb.AddFault(sandbox.Fault{Action: action, ErrorCode: "RequestLimitExceeded", Count: 2})
					}
				},
				Config: config("throttled", 2, ""),
				Check: func(*terraform.State) error {
					after := sb.CallCounts()
					for _, action := range []string{"AllocateAddresses", "DescribeTaskResult", "ModifyAddressAttribute"} {
						key := "ecm." + action
						if got := after[key] - before[key]; got < 3 {
							t.Errorf("%s was called %d times; two throttled calls and a retry need at least 3", action, got)
						}
					}
					return nil
				},
			},
		},
	})
}

func TestAccECMEIP_failedAllocationTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "AllocateAddresses", TaskResult: "FAILED", Count: 1}) },
				Config:      config("doomed", 1, ""),
				ExpectError: regexp.MustCompile(`(?s)Waiting for ECM EIP eip-\S+ to be allocated.*ECM task \d+\s+\(AllocateAddresses\)\s+finished\s+with\s+status\s+FAILED`),
			},
			{
				// Nothing was orphaned: the failed address is gone and not in the state, so the
				// next plan simply creates it.
				PreConfig: func() {
					left, err := acctest.Conn().ECM.ListAddresses(context.Background(), ecm.DescribeAddressesRequest{EcmRegion: acctest.ECMRegion()})
					if err != nil {
						t.Fatalf("listing addresses: %v", err)
					}
					// Sequential tests clean up after themselves, so the region must be empty.
					for _, a := range left {
						t.Errorf("address %s (%s) left behind by the failed allocation", a.AddressId, a.AddressStatus)
					}
				},
				Config: config("doomed", 1, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
		},
	})
}

func TestAccECMEIP_slowTaskTimesOutAndTaints(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	timeouts := `timeouts = { create = "1s" }`
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Action: "AllocateAddresses", TaskDuration: 4 * time.Second, Count: 1})
				},
				Config:      config("slow", 1, timeouts),
				ExpectError: regexp.MustCompile(`(?s)timed out after (1s|9\d\dms) waiting for ECM task \d+\s+\(AllocateAddresses\).*last\s+state:\s+RUNNING`),
			},
			{
				// The EIP was saved before the wait, so it is in the state, tainted: the next apply
				// replaces it (waiting for the slow allocation to settle before releasing it).
				Config: config("slow", 1, timeouts),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: acctest.CheckExists(address, ecmeip.FindByState),
			},
		},
	})
}
