package ecm

import (
	"regexp"
	"strconv"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// EIP async tasks (catalog §2.14) and DescribeTaskResult (L24553).
//
// A task is RUNNING until its due time on the sandbox clock. Running tasks
// wait in a due-time heap; before every call the core asks Settle, which
// completes the due ones (earliest first) and forgets tasks finished more
// than taskRetention ago, from a second heap. When nothing is due that costs
// two O(1) peeks, however many tasks are kept. No goroutines are involved.

const (
	taskRunning = "RUNNING"
	taskSuccess = "SUCCESS"
	taskFailed  = "FAILED"

	// taskRetention is how long finished tasks stay queryable.
	taskRetention = 24 * time.Hour
)

type taskRecord struct {
	ID         string    `json:"id"`
	Kind       string    `json:"kind"` // the action that started it: a key of taskKinds
	AddressIDs []string  `json:"address_ids"`
	Bandwidth  int64     `json:"bandwidth,omitempty"` // ModifyAddressesBandwidth target
	ImageID    string    `json:"image_id,omitempty"`  // CreateImage's image (image_ops.go)
	ENI        string    `json:"eni,omitempty"`       // ReleaseIpv6Addresses' ENI and addresses (eni_ipv6.go)
	IPv6       []string  `json:"ipv6,omitempty"`
	Created    time.Time `json:"created"`
	Due        time.Time `json:"due"`                // when it leaves RUNNING
	Outcome    string    `json:"outcome"`            // SUCCESS or FAILED at Due
	Result     string    `json:"result"`             // RUNNING until Due, then Outcome
	ReadLag    int       `json:"read_lag,omitempty"` // the starting call's ReadLag: completion is seen late too

	Region string `json:"-"` // the region holding it (its map key)
}

// taskKinds completes each kind of task: it applies the task's outcome to
// one of its addresses that still exists.
var taskKinds = map[string]func(e *state, r *region, t *taskRecord, a *addressRecord){
	"AllocateAddresses":        completeAllocation,
	"ModifyAddressesBandwidth": completeBandwidthChange,
	"ReleaseAddresses":         completeRelease,
}

// completeAllocation: a CREATING address becomes UNBIND, or disappears when the task failed.
func completeAllocation(e *state, r *region, t *taskRecord, a *addressRecord) {
	if a.Status != addressCreating {
		return
	}
	if t.Outcome == taskSuccess {
		a.Status = addressUnbind
	} else {
		e.removeAddress(r, a.ID)
	}
}

// completeBandwidthChange: the new bandwidth applies when the task succeeded.
func completeBandwidthChange(_ *state, _ *region, t *taskRecord, a *addressRecord) {
	if t.Outcome == taskSuccess {
		a.Bandwidth = t.Bandwidth
	}
}

// completeRelease: an OFFLINING address disappears, or is UNBIND again when the task failed.
func completeRelease(e *state, r *region, t *taskRecord, a *addressRecord) {
	if a.Status != addressOfflining {
		return
	}
	if t.Outcome == taskSuccess {
		e.removeAddress(r, a.ID)
	} else {
		a.Status = addressUnbind
	}
}

// newTaskSchedule orders tasks by due time, then by numeric ID (creation).
func newTaskSchedule() *host.Schedule[*taskRecord] {
	return host.NewSchedule(
		func(t *taskRecord) time.Time { return t.Due },
		func(a, b *taskRecord) bool {
			return len(a.ID) < len(b.ID) || (len(a.ID) == len(b.ID) && a.ID < b.ID)
		})
}

// startTask records a RUNNING task started by the current call.
func (e *state) startTask(c *tencentapi.Call, regionName string, ids []string, bandwidth int64) *taskRecord {
	e.NextTaskID++
	outcome := taskSuccess
	if c.TaskFails {
		outcome = taskFailed
	}
	t := &taskRecord{
		ID:         strconv.FormatInt(e.NextTaskID, 10),
		Kind:       c.Action,
		AddressIDs: append([]string(nil), ids...),
		Bandwidth:  bandwidth,
		Created:    c.Now,
		Due:        c.Now.Add(c.TaskDuration),
		Outcome:    outcome,
		Result:     taskRunning,
		ReadLag:    c.ReadLag,
		Region:     regionName,
	}
	e.region(regionName).Tasks[t.ID] = t
	e.running.Push(t)
	return t
}

// runningTaskFor reports whether a RUNNING task of kind touches the address
// (it looks at running tasks only, not at the finished ones kept).
func (e *state) runningTaskFor(kind, addressID string) bool {
	found := false
	e.running.Each(func(t *taskRecord) {
		if t.Kind == kind && tencentapi.AnyEqual(addressID, t.AddressIDs) {
			found = true
		}
	})
	return found
}

// Settle forgets old finished tasks, then completes due ones in due order
// (host.Section). A task completed now is forgotten at a later call at the
// earliest, as it always was.
func (e *state) Settle(now time.Time) bool {
	changed := false
	for {
		t, ok := e.finished.PopDue(now.Add(-taskRetention - time.Nanosecond))
		if !ok {
			break
		}
		delete(e.peekRegion(t.Region).Tasks, t.ID)
		changed = true
	}
	if e.settleInstances(now) {
		changed = true
	}
	if e.settleENIs(now) {
		changed = true
	}
	if e.settleCLB(now) {
		changed = true
	}
	for {
		t, ok := e.running.PopDue(now)
		if !ok {
			break
		}
		e.complete(t)
		e.finished.Push(t)
		changed = true
	}
	return changed
}

// complete ends a task with its outcome and applies it to its addresses.
func (e *state) complete(t *taskRecord) {
	t.Result = t.Outcome
	r := e.peekRegion(t.Region)
	apply := taskKinds[t.Kind]
	for _, id := range t.AddressIDs {
		if a, exists := r.Addresses[id]; exists && apply != nil {
			e.lagWrite(t.ReadLag, kindAddress, t.Region, a.ID, a.clone())
			apply(e, r, t, a)
		}
	}
	if t.ImageID != "" {
		e.completeImage(t)
	}
	if t.ENI != "" {
		e.completeIPv6Release(t)
	}
}

var taskIDPattern = regexp.MustCompile(`^[0-9]+$`)

type describeTaskResultRequest struct {
	EcmRegion string                `json:"EcmRegion"`
	TaskId    tencentapi.FlexString `json:"TaskId"` // String in the table; numbers accepted
}

func (e *state) describeTaskResult(c *tencentapi.Call, req *describeTaskResultRequest) (any, *tencentapi.Error) {
	id, aerr := req.TaskId.Get("TaskId")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("TaskId", id)); aerr != nil {
		return nil, aerr
	}
	// Task IDs are numeric strings ("1528600"). The table has no Malformed
	// code and answers an unknown task with InvalidParameterValue: a
	// malformed TaskId is InvalidParameter, so that it is never read as "not found".
	if !taskIDPattern.MatchString(id) {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter TaskId=%q is malformed: task IDs are decimal numbers.", id)
	}
	t, ok := e.peekRegion(req.EcmRegion).Tasks[id]
	if !ok || t.ImageID != "" { // CreateImage's tasks answer DescribeTaskStatus
		return nil, tencentapi.Errf("InvalidParameterValue", "The task %s does not exist in the ECM region %s.", id, req.EcmRegion)
	}
	return struct {
		TaskId string `json:"TaskId"`
		Result string `json:"Result"`
	}{t.ID, t.Result}, nil
}
