package ecm

import (
	"context"
	"time"

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
	d := c.taskDurations(action)
	polls := 0
	opts.FirstPollAfter, opts.Polls = d.FirstPoll(), &polls
	if opts.Timeout > 0 {
		opts.FirstPollAfter = min(opts.FirstPollAfter, opts.Timeout/2)
	}
	start := time.Now()
	err := wait.ForTask(ctx, opts, TaskResult{Client: c, Region: region, TaskID: string(taskID), Action: action})
	if err == nil {
		d.Observe(time.Since(start), polls)
	}
	return err
}

// taskDurations is the shared estimate of how long tasks of action take.
func (c *Client) taskDurations(action string) *wait.Durations {
	c.tasksMu.Lock()
	defer c.tasksMu.Unlock()
	if c.tasks == nil {
		c.tasks = map[string]*wait.Durations{}
	}
	d, ok := c.tasks[action]
	if !ok {
		d = &wait.Durations{}
		c.tasks[action] = d
	}
	return d
}
