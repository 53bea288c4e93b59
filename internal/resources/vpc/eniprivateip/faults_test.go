package eniprivateip_test

// Fault tests run sequentially (resource.Test, not ParallelTest): Go starts the parallel tests of a
// package only after its sequential ones, so an injected fault, a raised limit or a call count
// never meets another test's calls.

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// The sandbox's per-ENI address quota (primary included), raised by the tests that need more than
// its default of 10.
const limitPerENI = "vpc.private_ips_per_eni"

func raiseENIQuota(t *testing.T, sb *sandbox.Sandbox) {
	t.Helper()
	if err := sb.SetLimit(limitPerENI, 30); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sb.ClearLimits)
}

// checkENIHoldsN checks the number of the ENI's secondary IPs, for a PreConfig (which has no state).
func checkENIHoldsN(t *testing.T, eni string, n int) {
	t.Helper()
	got, err := secondaries(eni)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("ENI %s holds %v; want %d secondary IPs", eni, got, n)
	}
}

// A FAILED assignment task is an error carrying the task's Output; the sandbox releases the
// addresses of a failed task, so nothing is left assigned and nothing stays in the state: the
// next plan creates the resource again.
func TestAccVPCENIPrivateIP_failedTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	net := network(t, 70, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Service: "vpc", Action: "AssignPrivateIpAddresses", TaskResult: "FAILED", Count: 1})
				},
				Config: configCount(eni, 2, ""),
				ExpectError: regexp.MustCompile(`(?s)Waiting for 10\.70\.1\.\d+, 10\.70\.1\.\d+ to be assigned to VPC ENI eni-\w+.*` +
					`VPC task \S+\s+\(AssignPrivateIpAddresses\)\s+finished\s+with\s+status\s+FAILED\s+\(output:\s+\S.*\)`),
			},
			{
				PreConfig: func() { checkENIHoldsN(t, eni, 0) },
				Config:    configCount(eni, 2, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: checkENIHolds(eni, []string{address}),
			},
		},
	})
}

// More addresses than the subnet has left, half-way through: the first call of 10 succeeded, the
// second gets the API's ResourceInsufficient.Subnet. The state keeps exactly the 10 assigned
// (tainted), which the ENI shows; the next apply replaces them.
func TestAccVPCENIPrivateIP_subnetRunsOut(t *testing.T) {
	sb := acctest.Sandbox(t)
	// A /28: 13 usable addresses, one of them the ENI's primary IP.
	net := acctest.VPCNetwork(t, 71, "10.71.1.0/28", 1)
	raiseENIQuota(t, sb)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config:      configCount(eni, 14, ""),
				ExpectError: regexp.MustCompile(`(?s)Assigning private IPs to VPC ENI eni-\w+.*Code: ResourceInsufficient\.Subnet.*RequestId: \S+`),
			},
			{
				PreConfig: func() { checkENIHoldsN(t, eni, 10) },
				Config:    configCount(eni, 3, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkOwnedCount(address, 3), checkENIHolds(eni, []string{address})),
			},
		},
	})
}

// Asking at once for more than the subnet has: the API's error, nothing assigned, nothing in state.
func TestAccVPCENIPrivateIP_moreThanTheSubnetHas(t *testing.T) {
	// A /29: 5 usable addresses, one of them the ENI's primary IP.
	net := acctest.VPCNetwork(t, 72, "10.72.1.0/29", 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				Config:      configCount(eni, 5, ""),
				ExpectError: regexp.MustCompile(`(?s)Assigning private IPs to VPC ENI eni-\w+.*Code: ResourceInsufficient\.Subnet.*RequestId: \S+`),
			},
			{
				PreConfig: func() { checkENIHoldsN(t, eni, 0) },
				Config:    configCount(eni, 4, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: checkENIHolds(eni, []string{address}),
			},
		},
	})
}

// callsSince counts the calls of a VPC action since before.
func callsSince(sb *sandbox.Sandbox, before map[string]int, action string) int {
	return sb.CallCounts()["vpc."+action] - before["vpc."+action]
}

// Twelve named addresses go in two calls (10 + 2), each waited; shrinking to one unassigns 11 in
// two calls (10 + 1).
func TestAccVPCENIPrivateIP_tenPerCall(t *testing.T) {
	sb := acctest.Sandbox(t)
	net := network(t, 73, 1)
	raiseENIQuota(t, sb)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	var twelve []string
	for h := 100; h < 112; h++ {
		twelve = append(twelve, ip(73, h))
	}
	var before map[string]int
	expectCalls := func(action string, n int) resource.TestCheckFunc {
		return func(*terraform.State) error {
			if got := callsSince(sb, before, action); got != n {
				return fmt.Errorf("%s was called %d times; want %d", action, got, n)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() { before = sb.CallCounts() },
				Config:    configList(eni, twelve...),
				Check: resource.ComposeAggregateTestCheckFunc(
					expectCalls("AssignPrivateIpAddresses", 2), checkOwnedCount(address, 12), checkENIHolds(eni, []string{address}),
				),
			},
			{
				PreConfig: func() { before = sb.CallCounts() },
				Config:    configList(eni, twelve[5]),
				Check: resource.ComposeAggregateTestCheckFunc(
					expectCalls("UnassignPrivateIpAddresses", 2), expectCalls("AssignPrivateIpAddresses", 0),
					checkOwnedCount(address, 1), checkENIHolds(eni, []string{address}),
				),
			},
		},
	})
}

// The VPC service's "try again later" answers are retried through the resource's timeout: the
// assignment is refused twice (another task on the ENI), the unassignment once (too many calls).
func TestAccVPCENIPrivateIP_refusalsAreRetried(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	net := network(t, 74, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	var before map[string]int
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					before = sb.CallCounts()
					// (Every rule matching a call consumes one of its count: one rule, two refusals.)
					sb.AddFault(sandbox.Fault{Service: "vpc", Action: "AssignPrivateIpAddresses", ErrorCode: "UnsupportedOperation.MutexOperationTaskRunning", Count: 2})
				},
				Config: configList(eni, ip(74, 10), ip(74, 11)),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkENIHolds(eni, []string{address}),
					func(*terraform.State) error {
						if got := callsSince(sb, before, "AssignPrivateIpAddresses"); got != 3 {
							return fmt.Errorf("AssignPrivateIpAddresses was called %d times; want 2 refused and 1 accepted", got)
						}
						return nil
					},
				),
			},
			{
				PreConfig: func() {
					before = sb.CallCounts()
					sb.AddFault(sandbox.Fault{Service: "vpc", Action: "UnassignPrivateIpAddresses", ErrorCode: "LimitExceeded.ActionLimited", Count: 1})
				},
				Config: configList(eni, ip(74, 11)),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkENIHolds(eni, []string{address}),
					func(*terraform.State) error {
						if got := callsSince(sb, before, "UnassignPrivateIpAddresses"); got != 2 {
							return fmt.Errorf("UnassignPrivateIpAddresses was called %d times; want 1 refused and 1 accepted", got)
						}
						return nil
					},
				),
			},
		},
	})
}

// Two resources on one ENI applied at once take turns inside the provider (the API runs one task
// per ENI and refuses a second): each assignment is one call, none refused and retried.
func TestAccVPCENIPrivateIP_sharedENITakesTurns(t *testing.T) {
	sb := acctest.Sandbox(t)
	net := network(t, 76, 1)
	eni := net.NetworkInterfaces[0].NetworkInterfaceId
	var before map[string]int
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDestroy(), checkENIHolds(eni, nil)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() { before = sb.CallCounts() },
				Config:    configShared(eni, true, ip(76, 50), ip(76, 51)),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkENIHolds(eni, []string{pool, vip}),
					func(*terraform.State) error {
						if got := callsSince(sb, before, "AssignPrivateIpAddresses"); got != 2 {
							return fmt.Errorf("AssignPrivateIpAddresses was called %d times; want 2, one per resource, none refused", got)
						}
						return nil
					},
				),
			},
		},
	})
}
