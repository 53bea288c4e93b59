package ecm_test

import (
	"testing"
	"time"
)

// Finished tasks are forgotten 24 h after they finished, at the first call
// after that (tasks settle before a call, never in between).
func TestFinishedTasksAreForgottenAfter24h(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	_, task := h.Allocate(1)
	h.Clock.Advance(time.Second)
	if got := h.TaskResult(task); got != "SUCCESS" {
		t.Fatalf("task %s", got)
	}
	h.Clock.Advance(24 * time.Hour)
	if got := h.TaskResult(task); got != "SUCCESS" {
		t.Fatalf("task forgotten at exactly 24 h: %s", got)
	}
	h.Clock.Advance(time.Second)
	h.Ok("DescribeVpcs", nil)
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": task}, "InvalidParameterValue")
}

// Tasks of several regions and kinds complete in due order, each through its own kind.
func TestTasksOfSeveralRegionsAndKinds(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 3 * time.Second})
	other := "ap-xian-ecm"
	a, _ := h.Allocate(1)
	h.Clock.Advance(3 * time.Second)
	resp := h.Ok("AllocateAddresses", map[string]any{"EcmRegion": other})
	b := resp["AddressSet"].([]any)[0].(string)
	bw := h.Ok("ModifyAddressesBandwidth", map[string]any{"EcmRegion": testRegion, "AddressIds": a, "InternetMaxBandwidthOut": 7})["TaskId"].(string)
	h.Ok("ReleaseAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": a})
	h.Clock.Advance(2 * time.Second)
	if got := h.TaskResult(bw); got != "RUNNING" {
		t.Fatalf("bandwidth task after 2 s: %s", got)
	}
	h.Clock.Advance(time.Second)
	if got := h.TaskResult(bw); got != "SUCCESS" {
		t.Fatalf("bandwidth task after 3 s: %s", got)
	}
	if h.Address(a[0]) != nil {
		t.Fatal("released address still there")
	}
	addr := h.Ok("DescribeAddresses", map[string]any{"EcmRegion": other, "AddressIds": []string{b}})["AddressSet"].([]any)
	if len(addr) != 1 || addr[0].(map[string]any)["AddressStatus"] != "UNBIND" {
		t.Fatalf("other region's address %v", addr)
	}
}

// IDs are found through the registry: once each, in their region only, and
// not after deletion.
func TestDescribeByIDUsesTheRegistry(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.0.0.0/16")
	sub := h.CreateSubnet(vpc, "10.0.1.0/24")
	if n := h.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{vpc, vpc}})["TotalCount"].(float64); n != 1 {
		t.Fatalf("a repeated VPC ID: %v found", n)
	}
	h.Fails("DescribeVpcs", map[string]any{"VpcIds": []string{vpc, sub}}, "InvalidParameterValue.Malformed") // a subnet ID among VpcIds
	if n := h.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{sub}, "EcmRegion": "ap-xian-ecm"})["TotalCount"].(float64); n != 0 {
		t.Fatalf("subnet found in another region: %v", n)
	}
	h.Ok("DeleteSubnet", map[string]any{"SubnetId": sub, "EcmRegion": testRegion})
	if n := h.Ok("DescribeSubnets", map[string]any{"SubnetIds": []string{sub}})["TotalCount"].(float64); n != 0 {
		t.Fatalf("deleted subnet found: %v", n)
	}
}
