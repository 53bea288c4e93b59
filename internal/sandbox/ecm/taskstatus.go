package ecm

import (
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeTaskStatus (L30801): the status of async tasks named by
// TaskSet.N {Operation, TaskId}. The only task kind it answers is
// CreateImage's (its example; EIP tasks have DescribeTaskResult).
//
// Choices where the seed is silent:
//   - Status is OPERATING while the task runs, then SUCCESS or FAILED;
//     Message is "" except "Create image failed" (the example's) on failure;
//     AddTime is the start, EndTime the end ("" while OPERATING), Beijing
//     time "YYYY-MM-DD hh:mm:ss" as in the example. TaskId is written as a
//     JSON number when it is one, as the example does (TaskOutput.TaskId is
//     documented String); the answer keeps TaskSet's order.
//   - An empty TaskSet, or an item without Operation or TaskId, is
//     InvalidParameter (the table has no MissingParameter); more than 100
//     items InvalidParameter too. An unknown task, a malformed TaskId, or an
//     Operation that is not the task's is InvalidParameterValue.TaskNotFound.
//   - Tasks are kept 24 h after they end, as EIP tasks are.

const maxTaskStatusItems = 100

type taskInput struct {
	Operation string                `json:"Operation"`
	TaskId    tencentapi.FlexString `json:"TaskId"`
}

type describeTaskStatusRequest struct {
	TaskSet []taskInput `json:"TaskSet"`
}

type taskOutput struct {
	TaskId    any    `json:"TaskId"`
	Message   string `json:"Message"`
	Status    string `json:"Status"`
	AddTime   string `json:"AddTime"`
	EndTime   string `json:"EndTime"`
	Operation string `json:"Operation"`
}

func (e *state) describeTaskStatus(_ *tencentapi.Call, req *describeTaskStatusRequest) (any, *tencentapi.Error) {
	if len(req.TaskSet) == 0 {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter TaskSet is required.")
	}
	if len(req.TaskSet) > maxTaskStatusItems {
		return nil, tencentapi.Errf("InvalidParameter", "TaskSet has %d items; at most %d.", len(req.TaskSet), maxTaskStatusItems)
	}
	out := make([]taskOutput, 0, len(req.TaskSet))
	for i, in := range req.TaskSet {
		p := "TaskSet." + strconv.Itoa(i)
		id, aerr := in.TaskId.Get(p + ".TaskId")
		if aerr != nil {
			return nil, aerr
		}
		if in.Operation == "" || id == "" {
			return nil, tencentapi.Errf("InvalidParameter", "The parameters %s.Operation and %s.TaskId are required.", p, p)
		}
		t := e.findTask(id)
		if t == nil || t.Kind != in.Operation || t.ImageID == "" {
			return nil, tencentapi.Errf("InvalidParameterValue.TaskNotFound", "No %s task %s (%s).", in.Operation, id, p)
		}
		o := taskOutput{TaskId: t.ID, Status: opOperating, AddTime: tcTime(t.Created), Operation: t.Kind}
		if n, err := strconv.ParseInt(t.ID, 10, 64); err == nil {
			o.TaskId = n
		}
		if t.Result != taskRunning {
			o.Status, o.EndTime = t.Result, tcTime(t.Due)
			if t.Result == taskFailed {
				o.Message = createImageFailedMsg
			}
		}
		out = append(out, o)
	}
	return struct {
		TaskSet []taskOutput `json:"TaskSet"`
	}{out}, nil
}

// findTask looks for a task ID in every region (task IDs are unique).
func (e *state) findTask(id string) *taskRecord {
	if !taskIDPattern.MatchString(id) {
		return nil
	}
	for _, r := range e.Regions {
		if t, ok := r.Tasks[id]; ok {
			return t
		}
	}
	return nil
}
