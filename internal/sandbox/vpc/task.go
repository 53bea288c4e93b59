package vpc

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Async tasks and DescribeVpcTaskResult (other-apis.md §2c).
//
// AssignPrivateIpAddresses and UnassignPrivateIpAddresses answer no TaskId: the task is keyed by
// the call's RequestId, which DescribeVpcTaskResult takes as TaskId. A task is RUNNING until its
// due time on the sandbox clock (the sandbox's task duration, or a task_duration fault), then ends
// SUCCESS, or FAILED under a task_result: FAILED fault. Running tasks wait in a due-time heap
// (host.Schedule); before every call the core asks Settle, which completes the due ones and forgets
// finished tasks and ClientTokens whose 24 h are over, from two more heaps: with nothing due that
// is three O(1) peeks, however many tasks are kept.
//
// Sandbox choices where the documents are silent:
//   - Output is "" while RUNNING, "SUCCESS" on success (the value of the CN page's example), and a
//     sentence saying what failed and what was undone on failure. Result is null: the document uses
//     it only for batch ENI deletion.
//   - A TaskId that names no task of the call's region (unknown, forgotten, of another region, or
//     of a call whose task does not exist yet) is ResourceNotFound, documented for the action. A
//     TaskId that is not a RequestId (a UUID) is InvalidParameterValue: it can never become a task,
//     so a client polling "until it appears" would wait in vain.
//   - Finished tasks are forgotten 24 h after they end, as ECM's are.
//   - While a task runs, its ENI takes no other Assign/Unassign call:
//     UnsupportedOperation.MutexOperationTaskRunning (both actions' tables have it).
//   - A task whose ENI was deleted meanwhile (a fixture) ends with its outcome and changes nothing.

const (
	taskRunning = "RUNNING"
	taskSuccess = "SUCCESS"
	taskFailed  = "FAILED"

	// taskRetention is how long finished tasks stay queryable.
	taskRetention = 24 * time.Hour

	actionAssign   = "AssignPrivateIpAddresses"
	actionUnassign = "UnassignPrivateIpAddresses"
)

type taskRecord struct {
	ID        string    `json:"id"`     // the RequestId of the call that started it
	Action    string    `json:"action"` // actionAssign or actionUnassign
	Region    string    `json:"region"`
	ENI       string    `json:"eni"`
	ENISeq    int64     `json:"eni_seq"` // the ENI's creation order: a later ENI reusing the ID is another one
	Addresses []string  `json:"addresses"`
	Detach    string    `json:"detach_instance,omitempty"` // Unassign's InstanceId: detach on success
	Created   time.Time `json:"created"`
	Due       time.Time `json:"due"`     // when it leaves RUNNING
	Outcome   string    `json:"outcome"` // SUCCESS or FAILED at Due
	Status    string    `json:"status"`  // RUNNING until Due, then Outcome
	Output    string    `json:"output,omitempty"`
	Aliases   []string  `json:"aliases,omitempty"` // RequestIds of ClientToken replays of the call
}

// newTaskSchedule orders tasks by due (task IDs break ties, for a deterministic order).
func newTaskSchedule(due func(*taskRecord) time.Time) *host.Schedule[*taskRecord] {
	return host.NewSchedule(due, func(a, b *taskRecord) bool { return a.ID < b.ID })
}

// startTask records a RUNNING task of the current call on e, touching addresses.
func (s *state) startTask(c *tencentapi.Call, e *eniRecord, addresses []string) *taskRecord {
	outcome := taskSuccess
	if c.TaskFails {
		outcome = taskFailed
	}
	t := &taskRecord{
		ID: c.RequestID, Action: c.Action, Region: e.Region, ENI: e.ID, ENISeq: e.Seq, Addresses: addresses,
		Created: c.Now, Due: c.Now.Add(c.TaskDuration), Outcome: outcome, Status: taskRunning,
	}
	s.Tasks[t.ID] = t
	s.running.Push(t)
	s.busy[e.ID] = t.ID
	return t
}

// checkMutex refuses a second task on an ENI while one runs.
func (s *state) checkMutex(e *eniRecord) *tencentapi.Error {
	if id, ok := s.busy[e.ID]; ok {
		t := s.Tasks[id]
		return tencentapi.Errf("UnsupportedOperation.MutexOperationTaskRunning",
			"The ENI %s has a task running (%s, TaskId %s); call again when DescribeVpcTaskResult shows it finished.", e.ID, t.Action, t.ID)
	}
	return nil
}

// Settle forgets expired ClientTokens and old finished tasks, then completes the due tasks in due
// order (host.Section).
func (s *state) Settle(now time.Time) bool {
	changed := false
	for {
		tok, ok := s.tokens.PopDue(now)
		if !ok {
			break
		}
		if s.Tokens[tok.Token] == tok {
			delete(s.Tokens, tok.Token)
		}
		changed = true
	}
	for {
		t, ok := s.finished.PopDue(now)
		if !ok {
			break
		}
		delete(s.Tasks, t.ID)
		for _, a := range t.Aliases {
			delete(s.aliases, a)
		}
		changed = true
	}
	for {
		t, ok := s.running.PopDue(now)
		if !ok {
			break
		}
		s.complete(t)
		s.finished.Push(t)
		changed = true
	}
	return changed
}

// complete ends a task with its outcome and applies it to the addresses it marked.
func (s *state) complete(t *taskRecord) {
	t.Status = t.Outcome
	if s.busy[t.ENI] == t.ID {
		delete(s.busy, t.ENI)
	}
	e, ok := s.taskENI(t)
	if !ok {
		t.Output = t.Outcome
		if t.Outcome == taskFailed {
			t.Output = fmt.Sprintf("%s failed: the ENI %s no longer exists.", t.Action, t.ENI)
		}
		return
	}
	var undone []string
	kept := e.IPs[:0]
	for _, ip := range e.IPs {
		if ip.Task != t.ID {
			kept = append(kept, ip)
			continue
		}
		ip.Task = ""
		switch {
		case t.Action == actionAssign && t.Outcome == taskSuccess,
			t.Action == actionUnassign && t.Outcome == taskFailed:
			ip.State = ipAvailable
			kept = append(kept, ip)
			if t.Outcome == taskFailed {
				undone = append(undone, ip.Address)
			}
		default: // an assignment that failed or a release that succeeded: the address is free again
			s.freeAddress(e.SubnetID, ip.Address)
			if t.Outcome == taskFailed {
				undone = append(undone, ip.Address)
			}
		}
	}
	clear(e.IPs[len(kept):])
	e.IPs = kept
	if t.Action == actionUnassign && t.Outcome == taskSuccess && t.Detach != "" && e.InstanceID == t.Detach {
		e.InstanceID, e.DeviceIndex = "", 0
	}
	switch {
	case t.Outcome == taskSuccess:
		t.Output = taskSuccess
	case t.Action == actionAssign:
		t.Output = fmt.Sprintf("AssignPrivateIpAddresses failed on %s (the sandbox's task_result fault); the addresses %s were released.", e.ID, strings.Join(undone, ", "))
	default:
		t.Output = fmt.Sprintf("UnassignPrivateIpAddresses failed on %s (the sandbox's task_result fault); the addresses %s stay assigned.", e.ID, strings.Join(undone, ", "))
	}
}

// taskENI is the ENI a task acts on, if it still exists.
func (s *state) taskENI(t *taskRecord) (*eniRecord, bool) {
	e, ok := s.ENIs[t.ENI]
	if !ok || e.Seq != t.ENISeq {
		return nil, false
	}
	return e, true
}

var requestIDShape = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

type describeVpcTaskResultRequest struct {
	TaskId string `json:"TaskId"`
}

type vpcTaskResultDetail struct {
	ResourceId string `json:"ResourceId"`
	Status     string `json:"Status"`
}

type describeVpcTaskResultResponse struct {
	Status string                `json:"Status"`
	Output string                `json:"Output"`
	Result []vpcTaskResultDetail `json:"Result"`
}

func (s *state) describeVpcTaskResult(c *tencentapi.Call, req *describeVpcTaskResultRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(s.checkRegion(c), tencentapi.Require("TaskId", req.TaskId)); aerr != nil {
		return nil, aerr
	}
	if !requestIDShape.MatchString(req.TaskId) {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter TaskId=%q is not a RequestId: a VPC task is named by the RequestId of the call that started it.", req.TaskId)
	}
	id := req.TaskId
	if orig, ok := s.aliases[id]; ok {
		id = orig
	}
	t, ok := s.Tasks[id]
	if !ok || t.Region != c.Region {
		return nil, tencentapi.Errf("ResourceNotFound", "No task %s in the region %s (unknown, not started yet, or finished more than 24 hours ago).", req.TaskId, c.Region)
	}
	return describeVpcTaskResultResponse{Status: t.Status, Output: t.Output}, nil
}
