package ecm

// DescribeLoadBalanceTaskStatus (catalog §2.8): the task of a CLB mutation is its call's RequestId;
// Status 0 succeeded, 1 failed, 2 in progress.

import (
	"context"
	"fmt"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// CLB task states (DescribeLoadBalanceTaskStatus.Status).
const (
	LoadBalanceTaskSucceeded = 0
	LoadBalanceTaskFailed    = 1
	LoadBalanceTaskRunning   = 2
)

type DescribeLoadBalanceTaskStatusRequest struct {
	TaskId string `json:"TaskId"`
}

type DescribeLoadBalanceTaskStatusResponse struct {
	Status *int64 `json:"Status"` // may be null: read as still in progress
}

func (c *Client) DescribeLoadBalanceTaskStatus(ctx context.Context, req DescribeLoadBalanceTaskStatusRequest) (*DescribeLoadBalanceTaskStatusResponse, error) {
	return read[DescribeLoadBalanceTaskStatusResponse](ctx, c, "DescribeLoadBalanceTaskStatus", req)
}

// LoadBalanceTask adapts DescribeLoadBalanceTaskStatus to the waiter.
type LoadBalanceTask struct {
	Client    *Client
	RequestID string // the RequestId of the call that started the task
	Action    string // that call's action, for messages
}

func (t LoadBalanceTask) String() string {
	return fmt.Sprintf("CLB task %s (%s)", t.RequestID, t.Action)
}

func (t LoadBalanceTask) Poll(ctx context.Context) (wait.TaskState, string, error) {
	resp, err := t.Client.DescribeLoadBalanceTaskStatus(ctx, DescribeLoadBalanceTaskStatusRequest{TaskId: t.RequestID})
	if err != nil {
		return wait.TaskRunning, "", err
	}
	if resp.Status == nil {
		return wait.TaskRunning, "null", nil
	}
	status := strconv.FormatInt(*resp.Status, 10)
	switch *resp.Status {
	case LoadBalanceTaskSucceeded:
		return wait.TaskSucceeded, status, nil
	case LoadBalanceTaskFailed:
		return wait.TaskFailed, status + " (failed)", nil
	default:
		return wait.TaskRunning, status, nil
	}
}

// WaitLoadBalanceTask waits for the task of a CLB mutation (requestID: the RequestId it answered)
// with the shared waiter; like WaitTask, its first poll comes when tasks of the same action have
// been finishing (wait.TaskTimes).
func (c *Client) WaitLoadBalanceTask(ctx context.Context, opts wait.Options, requestID, action string) error {
	return c.tasks.ForLearnedTask(ctx, opts, action, LoadBalanceTask{Client: c, RequestID: requestID, Action: action})
}
