package ecm_test

import (
	"fmt"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

// BenchmarkDescribeVpcs measures one signed DescribeVpcs (verify, decode, filter, encode) over a
// region holding the VPC quota (19 and the default VPC), with a subnet each.
func BenchmarkDescribeVpcs(b *testing.B) {
	h := newHarness(b, Options{})
	for i := 0; i < vpcQuotaPerRegion-1; i++ {
		vpc := h.Ok("CreateVpc", map[string]any{"VpcName": fmt.Sprint("bench-", i), "CidrBlock": fmt.Sprintf("10.%d.0.0/16", i), "EcmRegion": testRegion})
		id := vpc["Vpc"].(map[string]any)["VpcId"]
		h.Ok("CreateSubnet", map[string]any{"VpcId": id, "SubnetName": "s", "CidrBlock": fmt.Sprintf("10.%d.1.0/24", i), "Zone": testZone, "EcmRegion": testRegion})
	}
	params := map[string]any{"EcmRegion": testRegion, "Filters": []map[string]any{{"Name": "vpc-name", "Values": []string{"bench"}}}, "Limit": 100}
	b.ReportAllocs()
	for b.Loop() {
		if resp := h.Ok("DescribeVpcs", params); resp["TotalCount"].(float64) != vpcQuotaPerRegion-1 {
			b.Fatalf("TotalCount = %v", resp["TotalCount"])
		}
	}
}

// BenchmarkAllocateReleaseAddress measures an EIP's whole life in the sandbox: allocate, task poll,
// release, task poll (tasks complete at once here).
func BenchmarkAllocateReleaseAddress(b *testing.B) {
	h := newHarness(b, Options{Limits: map[string]int{ecm.LimitEIPDailyAllocation: 1 << 30}}) // 40 a day by default
	b.ReportAllocs()
	for b.Loop() {
		out := h.Ok("AllocateAddresses", map[string]any{"EcmRegion": testRegion})
		id := out["AddressSet"].([]any)[0]
		h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": out["TaskId"]})
		rel := h.Ok("ReleaseAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": []any{id}})
		h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": rel["TaskId"]})
	}
}
