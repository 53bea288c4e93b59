package ecm

import (
	"context"

	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

type DescribeTaskResultRequest struct {
	EcmRegion string `json:"EcmRegion"`
	TaskId    string `json:"TaskId"`
}

type DescribeTaskResultResponse struct {
	TaskId FlexString `json:"TaskId"`
	Result string     `json:"Result"` // SUCCESS, FAILED, RUNNING
}

func (c *Client) DescribeTaskResult(ctx context.Context, req DescribeTaskResultRequest) (*DescribeTaskResultResponse, error) {
	return read[DescribeTaskResultResponse](ctx, c, "DescribeTaskResult", req)
}

// TaskResult adapts DescribeTaskResult (the EIP family's task API) to the waiter.
type TaskResult struct {
	Client *Client
	Region string
	TaskID string
	Action string // the action that started the task, for messages
}

func (t TaskResult) String() string {
	return fmt.Sprintf("ECM task %s (%s)", t.TaskID, t.Action)
}

func (t TaskResult) Poll(ctx context.Context) (wait.TaskState, string, error) {
	resp, err := t.Client.DescribeTaskResult(ctx, DescribeTaskResultRequest{EcmRegion: t.Region, TaskId: t.TaskID})
	if err != nil {
		return wait.TaskRunning, "", err
	}
	switch resp.Result {
	case "SUCCESS":
		return wait.TaskSucceeded, resp.Result, nil
	case "FAILED":
		return wait.TaskFailed, resp.Result, nil
	default:
		return wait.TaskRunning, resp.Result, nil
	}
}

// WaitTask waits for an EIP-family task with the shared waiter. Its first poll comes when tasks
// started by the same action have been finishing (wait.Durations, shared by every wait of this
// client), so a thousand waits need about one DescribeTaskResult each.
func (c *Client) WaitTask(ctx context.Context, opts wait.Options, region string, taskID FlexString, action string) error {
	return c.tasks.ForLearnedTask(ctx, opts, action, TaskResult{Client: c, Region: region, TaskID: string(taskID), Action: action})
}
