package vpc

import (
	"context"
	"fmt"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// DescribeVpcTaskResult (other-apis.md §2c): the state of an async VPC call. The task ID is the
// async call's RequestId (AssignPrivateIpAddresses and UnassignPrivateIpAddresses answer no task
// ID: "TaskId: RequestId returned by an async task").

// Task statuses.
const (
	TaskStatusSuccess = "SUCCESS"
	TaskStatusFailed  = "FAILED"
	TaskStatusRunning = "RUNNING"
)

// TaskVisibilityGrace is how long after the async call a ResourceNotFound answer from
// DescribeVpcTaskResult still means "keep polling". ASSUMPTION (other-apis.md §2c, not documented):
// right after the call the task may briefly be unknown to DescribeVpcTaskResult. After the grace a
// task that is not found is an error: a wrong task ID must not be waited on until the timeout.
const TaskVisibilityGrace = 15 * time.Second

type DescribeVpcTaskResultRequest struct {
	TaskId string `json:"TaskId"`
}

// VpcTaskResultDetailInfo is a per-resource result, only set for special cases (batch ENI deletion).
type VpcTaskResultDetailInfo struct {
	ResourceId string `json:"ResourceId"`
	Status     string `json:"Status"`
}

type DescribeVpcTaskResultResponse struct {
	Status    string                    `json:"Status"` // SUCCESS, FAILED, RUNNING
	Output    string                    `json:"Output"` // the task's result text
	Result    []VpcTaskResultDetailInfo `json:"Result"`
	RequestId string                    `json:"RequestId"`
}

func (c *Client) DescribeVpcTaskResult(ctx context.Context, region, taskID string) (*DescribeVpcTaskResultResponse, error) {
	return read[DescribeVpcTaskResultResponse](ctx, c, region, "DescribeVpcTaskResult", DescribeVpcTaskResultRequest{TaskId: taskID})
}

// TaskResult adapts DescribeVpcTaskResult to the waiter.
type TaskResult struct {
	Client *Client
	Region string
	TaskID string    // the async call's RequestId
	Action string    // the action that started the task, for messages
	Issued time.Time // when the async call was answered; starts the visibility grace
	// Now is the clock of the grace (nil: time.Now).
	Now func() time.Time
}

func (t TaskResult) String() string { return fmt.Sprintf("VPC task %s (%s)", t.TaskID, t.Action) }

// Poll asks once. SUCCESS is done; FAILED is a failure whose status carries the task's Output (so
// that the error a user sees says why); RUNNING, or any status not documented, is "keep polling";
// ResourceNotFound within TaskVisibilityGrace of the call is too.
func (t TaskResult) Poll(ctx context.Context) (wait.TaskState, string, error) {
	resp, err := t.Client.DescribeVpcTaskResult(ctx, t.Region, t.TaskID)
	if err != nil {
		now := time.Now
		if t.Now != nil {
			now = t.Now
		}
		if tencent.HasCode(err, "ResourceNotFound") && now().Sub(t.Issued) < TaskVisibilityGrace {
			return wait.TaskRunning, "not visible yet", nil
		}
		return wait.TaskRunning, "", err
	}
	switch resp.Status {
	case TaskStatusSuccess:
		return wait.TaskSucceeded, resp.Status, nil
	case TaskStatusFailed:
		return wait.TaskFailed, failedStatus(resp.Output), nil
	default:
		return wait.TaskRunning, resp.Status, nil
	}
}

// failedStatus is the status a FAILED task reports to the waiter: FAILED with the task's Output.
func failedStatus(output string) string {
	if output == "" {
		return TaskStatusFailed + " (the task gave no output)"
	}
	return fmt.Sprintf("%s (output: %s)", TaskStatusFailed, output)
}

// WaitTask waits for the task an async call started: taskID is that call's RequestId, issued when
// its answer came. The first poll comes when tasks of the same action have been finishing
// (wait.Durations, shared by every wait of this client), so most waits need one poll.
func (c *Client) WaitTask(ctx context.Context, opts wait.Options, region, taskID, action string, issued time.Time) error {
	if taskID == "" {
		return fmt.Errorf("VPC %s answered no RequestId: there is no task to wait for", action)
	}
	return c.tasks.ForLearnedTask(ctx, opts, action, TaskResult{Client: c, Region: region, TaskID: taskID, Action: action, Issued: issued})
}
