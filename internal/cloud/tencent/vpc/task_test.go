package vpc

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func taskAnswer(status, output string) string {
	return `{"Response":{"Status":"` + status + `","Output":"` + output + `","Result":null,"RequestId":"req-task"}}`
}

func TestWaitTask_RunningThenSuccess(t *testing.T) {
	c, api := newTestClient(t, func(n int, _ request) string {
		if n < 2 {
			return taskAnswer(TaskStatusRunning, "")
		}
		return taskAnswer(TaskStatusSuccess, "SUCCESS")
	})
	if err := c.WaitTask(context.Background(), fastPolls, "ap-guangzhou", "f23d1450-ed00-4442-98d4-be409e625e6c", "AssignPrivateIpAddresses", time.Now()); err != nil {
		t.Fatal(err)
	}
	polls := api.called("DescribeVpcTaskResult")
	if len(polls) != 3 {
		t.Fatalf("%d polls; want 3", len(polls))
	}
	if polls[0].Body["TaskId"] != "f23d1450-ed00-4442-98d4-be409e625e6c" || polls[0].Region != "ap-guangzhou" {
		t.Errorf("polled %+v; the task ID is the async call's RequestId, in the object's region", polls[0])
	}
}

func TestWaitTask_FailedCarriesTheOutput(t *testing.T) {
	c, _ := newTestClient(t, func(int, request) string {
		return taskAnswer(TaskStatusFailed, "subnet subnet-1 has no free address")
	})
	err := c.WaitTask(context.Background(), fastPolls, "ap-guangzhou", "req-1", "AssignPrivateIpAddresses", time.Now())
	if !wait.IsTaskFailed(err) {
		t.Fatalf("err = %v; want a task failure", err)
	}
	for _, want := range []string{"VPC task req-1 (AssignPrivateIpAddresses)", "FAILED", "subnet subnet-1 has no free address"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
}

// Right after the call the task may be unknown: within the grace that is "keep polling"; after it,
// an error (a wrong task ID is not waited on until the timeout).
func TestTaskResult_NotFoundWithinTheGraceIsRunning(t *testing.T) {
	c, _ := newTestClient(t, func(int, request) string { return apiError("ResourceNotFound") })
	issued := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := issued.Add(TaskVisibilityGrace - time.Second)
	task := TaskResult{Client: c, Region: "r", TaskID: "req-1", Action: "AssignPrivateIpAddresses", Issued: issued, Now: func() time.Time { return now }}
	state, raw, err := task.Poll(context.Background())
	if err != nil || state != wait.TaskRunning || raw != "not visible yet" {
		t.Fatalf("within the grace: %v %q %v; want running", state, raw, err)
	}
	now = issued.Add(TaskVisibilityGrace)
	if _, _, err := task.Poll(context.Background()); err == nil || !strings.Contains(err.Error(), "ResourceNotFound") {
		t.Fatalf("after the grace: %v; want the ResourceNotFound error", err)
	}
}

func TestWaitTask_NotFoundThenVisible(t *testing.T) {
	c, _ := newTestClient(t, func(n int, _ request) string {
		if n == 0 {
			return apiError("ResourceNotFound")
		}
		return taskAnswer(TaskStatusSuccess, "")
	})
	if err := c.WaitTask(context.Background(), fastPolls, "r", "req-1", "UnassignPrivateIpAddresses", time.Now()); err != nil {
		t.Fatal(err)
	}
}

func TestWaitTask_OtherErrorsStopTheWait(t *testing.T) {
	c, _ := newTestClient(t, func(int, request) string { return apiError("UnauthorizedOperation") })
	err := c.WaitTask(context.Background(), fastPolls, "r", "req-1", "AssignPrivateIpAddresses", time.Now())
	if err == nil || wait.IsTaskFailed(err) || !strings.Contains(err.Error(), "UnauthorizedOperation") {
		t.Fatalf("err = %v", err)
	}
	if err := c.WaitTask(context.Background(), fastPolls, "r", "", "AssignPrivateIpAddresses", time.Now()); err == nil {
		t.Fatal("an empty task ID must not be polled")
	}
}

func TestWaitTask_TimesOutWhileRunning(t *testing.T) {
	c, _ := newTestClient(t, func(int, request) string { return taskAnswer(TaskStatusRunning, "") })
	opts := fastPolls
	opts.Timeout = 50 * time.Millisecond
	err := c.WaitTask(context.Background(), opts, "r", "req-1", "AssignPrivateIpAddresses", time.Now())
	var timeout *wait.TimeoutError
	if !errors.As(err, &timeout) || timeout.LastState != TaskStatusRunning {
		t.Fatalf("err = %v; want a timeout in RUNNING", err)
	}
}
