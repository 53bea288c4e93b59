package ecm_test

import (
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

// Limits and read-after-write lag through the whole sandbox: the core fills
// host.Call.Limits (Options.Limits, SetLimit) and copies a fault's ReadLag.

func TestLimitsThroughTheSandbox(t *testing.T) {
	h := newHarness(t, Options{Limits: map[string]int{ecm.LimitVPCsPerRegion: 3, ecm.LimitEIPsPerRegion: 5}})
	h.CreateVpc("10.0.0.0/16")
	h.CreateVpc("10.1.0.0/16")
	h.Fails("CreateVpc", vpcParams("10.2.0.0/16"), "LimitExceeded") // two and the default VPC
	quota := func() float64 {
		return h.Ok("DescribeAddressQuota", map[string]any{"EcmRegion": testRegion})["QuotaSet"].([]any)[0].(map[string]any)["QuotaLimit"].(float64)
	}
	if q := quota(); q != 5 {
		t.Fatalf("TOTAL_EIP_QUOTA %v", q)
	}
	if err := h.S.SetLimit(ecm.LimitEIPsPerRegion, 1); err != nil {
		t.Fatal(err)
	}
	h.Allocate(1)
	h.Fails("AllocateAddresses", map[string]any{"EcmRegion": testRegion}, "LimitExceeded.AddressQuotaLimitExceeded")
	if q := quota(); q != 1 {
		t.Fatalf("TOTAL_EIP_QUOTA after SetLimit %v", q)
	}
	if got := h.S.Limits(); got[ecm.LimitSubnetsPerVPC] != 50 || got[ecm.LimitEIPDailyAllocation] != 40 {
		t.Fatalf("ECM's defaults not declared to the core: %v", got)
	}
}

func TestReadLagFault(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	h.S.AddFault(Fault{Action: "CreateVpc", ReadLag: 2, Count: 1})
	id := h.CreateVpc("10.0.0.0/16")
	seen := func() float64 {
		return h.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{id}})["TotalCount"].(float64)
	}
	for i, want := range []float64{0, 0, 1} {
		if got := seen(); got != want {
			t.Fatalf("read %d after a create under ReadLag 2: %v found, want %v", i+1, got, want)
		}
	}
	// An EIP's allocation task: the address is missing, then CREATING after the task is done.
	h.S.AddFault(Fault{Action: "AllocateAddresses", ReadLag: 1, Count: 1})
	ids, task := h.Allocate(1)
	if h.Address(ids[0]) != nil {
		t.Fatal("lagged allocation visible")
	}
	h.Clock.Advance(2 * time.Second)
	if r := h.TaskResult(task); r != "SUCCESS" {
		t.Fatalf("task %s", r)
	}
	if a := h.Address(ids[0]); a["AddressStatus"] != "CREATING" {
		t.Fatalf("completion seen at once: %v", a)
	}
	if a := h.Address(ids[0]); a["AddressStatus"] != "UNBIND" {
		t.Fatalf("completion never seen: %v", a)
	}
}
