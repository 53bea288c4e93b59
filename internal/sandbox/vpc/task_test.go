package vpc_test

import (
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// A TaskId that names no task is ResourceNotFound (a task that does not exist yet looks the same);
// one that cannot be a RequestId is InvalidParameterValue.
func TestDescribeVpcTaskResult_Refusals(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": "481e9b6e-81d1-4859-b8cf-a673e010b388"}, "ResourceNotFound")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": "1528600"}, "InvalidParameterValue")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": 1528600}, "InvalidParameterValue")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{}, "MissingParameter")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": "481e9b6e-81d1-4859-b8cf-a673e010b388", "Region": region}, "UnknownParameter")
}

// Finished tasks are forgotten 24 h after they end (replay aliases with them).
func TestTasksAreForgottenADayAfterTheyEnd(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	params := map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1, "ClientToken": "forget-me"}
	_, task := h.assign(params)
	_, alias := h.assign(params)
	h.finish()
	h.Clock.Advance(24*time.Hour - time.Second)
	if status, _ := h.task(task); status != "SUCCESS" {
		t.Fatalf("a task finished 24 h - 1 s ago: %s", status)
	}
	h.Clock.Advance(time.Second)
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": task}, "ResourceNotFound")
	h.api.Fails("DescribeVpcTaskResult", map[string]any{"TaskId": alias}, "ResourceNotFound")
}

// A task whose ENI was deleted (a fixture) meanwhile ends with its outcome and changes nothing;
// the ENI's addresses were freed with it.
func TestTaskOfADeletedENI(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, _, eni := h.network()
	h.S.AddFault(sandbox.Fault{Service: vpc.ServiceName, Action: "AssignPrivateIpAddresses", TaskResult: "FAILED", Count: 1})
	got, failing := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2})
	other := h.moreENI("subnet-test0001")
	_, succeeding := h.assign(map[string]any{"NetworkInterfaceId": other, "SecondaryPrivateIpAddressCount": 1})
	if out := h.fixtures(fixtureDoc{Delete: []string{eni, other}}); len(out.Delete) != 2 {
		t.Fatalf("deleted %v", out.Delete)
	}
	if _, total := h.used(map[string]any{"VpcId": vpcID}); total != 0 {
		t.Fatalf("a deleted ENI's addresses are still used: %d", total)
	}
	h.finish()
	if status, output := h.task(failing); status != "FAILED" || !strings.Contains(output, "no longer exists") {
		t.Fatalf("%s %q", status, output)
	}
	if status, _ := h.task(succeeding); status != "SUCCESS" {
		t.Fatal(status)
	}
	if _, total := h.used(map[string]any{"VpcId": vpcID, "IpAddresses": got}); total != 0 {
		t.Fatalf("a task changed a deleted ENI's addresses: %d used", total)
	}
	if h.eni(eni) != nil {
		t.Fatal("the deleted ENI is still described")
	}
}

// The task duration comes from the sandbox (and a task_duration fault): with 0 the task has ended
// by the next call.
func TestTaskDurationFromTheSandbox(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	h.S.AddFault(sandbox.Fault{Service: vpc.ServiceName, Action: "AssignPrivateIpAddresses", TaskDuration: time.Nanosecond, Count: 1})
	_, task := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
	h.Clock.Advance(time.Nanosecond)
	if status, _ := h.task(task); status != "SUCCESS" {
		t.Fatalf("a 1 ns task: %s", status)
	}
	_, task = h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
	h.Clock.Advance(taskTime - time.Nanosecond)
	if status, _ := h.task(task); status != "RUNNING" {
		t.Fatalf("the sandbox's task duration: %s", status)
	}
}

// A task on a deleted ENI does not act on a later ENI that reuses its ID.
func TestTaskDoesNotActOnAnENIReusingTheID(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, subnetID, _ := h.network()
	h.fixtures(fixtureDoc{ENIs: []fixtureENI{{NetworkInterfaceId: "eni-reuse001", SubnetId: subnetID, InstanceId: "ins-reuse001"}}})
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": "eni-reuse001", "SecondaryPrivateIpAddressCount": 1})
	h.finish()
	h.api.Ok("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-reuse001", "PrivateIpAddresses": specs(got...), "InstanceId": "ins-reuse001"})
	h.fixtures(fixtureDoc{Delete: []string{"eni-reuse001"}})
	h.fixtures(fixtureDoc{ENIs: []fixtureENI{{NetworkInterfaceId: "eni-reuse001", SubnetId: subnetID, PrivateIpAddress: got[0], InstanceId: "ins-reuse001"}}})
	h.assign(map[string]any{"NetworkInterfaceId": "eni-reuse001", "SecondaryPrivateIpAddressCount": 1}) // not busy with the old task
	h.finish()
	e := h.eni("eni-reuse001")
	if e["Attachment"] == nil || len(e["PrivateIpAddressSet"].([]any)) != 2 {
		t.Fatalf("the old task changed the new ENI: %v", e)
	}
}
