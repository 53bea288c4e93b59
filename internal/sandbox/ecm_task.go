package sandbox

import (
	"sort"
	"strconv"
	"time"
)

// EIP async tasks (catalog §2.14) and DescribeTaskResult (L24553).
// Tasks complete lazily: before every call, tasks whose due time has passed
// on the sandbox clock are completed; no goroutines are involved.

const (
	taskRunning = "RUNNING"
	taskSuccess = "SUCCESS"
	taskFailed  = "FAILED"

	// taskRetention is how long finished tasks stay queryable.
	taskRetention = 24 * time.Hour
)

type taskRecord struct {
	ID         string    `json:"id"`
	Kind       string    `json:"kind"` // the action that started it
	AddressIDs []string  `json:"address_ids"`
	Bandwidth  int64     `json:"bandwidth,omitempty"` // ModifyAddressesBandwidth target
	Created    time.Time `json:"created"`
	Due        time.Time `json:"due"`     // when it leaves RUNNING
	Outcome    string    `json:"outcome"` // SUCCESS or FAILED at Due
	Result     string    `json:"result"`  // RUNNING until Due, then Outcome
}

// startTask records a RUNNING task started by the current call.
func (c *call) startTask(r *ecmRegion, ids []string, bandwidth int64) *taskRecord {
	e := c.st.ECM
	e.NextTaskID++
	t := &taskRecord{
		ID:         strconv.FormatInt(e.NextTaskID, 10),
		Kind:       c.action,
		AddressIDs: append([]string(nil), ids...),
		Bandwidth:  bandwidth,
		Created:    c.now,
		Due:        c.now.Add(c.taskDurationFor()),
		Outcome:    c.taskOutcome(),
		Result:     taskRunning,
	}
	r.Tasks[t.ID] = t
	return t
}

// runningTaskFor reports whether a RUNNING task of kind touches the address.
func (r *ecmRegion) runningTaskFor(kind, addressID string) bool {
	for _, t := range r.Tasks {
		if t.Result == taskRunning && t.Kind == kind && anyEqual(addressID, t.AddressIDs) {
			return true
		}
	}
	return false
}

// settle completes due tasks (in due order) and drops old finished ones.
func (e *ecmState) settle(now time.Time) bool {
	changed := false
	for _, r := range e.Regions {
		var due []*taskRecord
		for id, t := range r.Tasks {
			if t.Result == taskRunning && !now.Before(t.Due) {
				due = append(due, t)
			} else if t.Result != taskRunning && now.Sub(t.Due) > taskRetention {
				delete(r.Tasks, id)
				changed = true
			}
		}
		sort.Slice(due, func(i, j int) bool {
			if !due[i].Due.Equal(due[j].Due) {
				return due[i].Due.Before(due[j].Due)
			}
			return len(due[i].ID) < len(due[j].ID) || (len(due[i].ID) == len(due[j].ID) && due[i].ID < due[j].ID)
		})
		for _, t := range due {
			r.complete(t)
			changed = true
		}
	}
	return changed
}

// complete applies a task's outcome to its addresses.
func (r *ecmRegion) complete(t *taskRecord) {
	t.Result = t.Outcome
	ok := t.Outcome == taskSuccess
	for _, id := range t.AddressIDs {
		a, exists := r.Addresses[id]
		if !exists {
			continue
		}
		switch t.Kind {
		case "AllocateAddresses":
			if a.Status != addressCreating {
				continue
			}
			if ok {
				a.Status = addressUnbind
			} else {
				delete(r.Addresses, id)
			}
		case "ModifyAddressesBandwidth":
			if ok {
				a.Bandwidth = t.Bandwidth
			}
		case "ReleaseAddresses":
			if a.Status != addressOfflining {
				continue
			}
			if ok {
				delete(r.Addresses, id)
			} else {
				a.Status = addressUnbind
			}
		}
	}
}

type describeTaskResultRequest struct {
	EcmRegion string     `json:"EcmRegion"`
	TaskId    flexString `json:"TaskId"` // String in the table; numbers accepted
}

func describeTaskResult(c *call, req *describeTaskResultRequest) (any, *apiError) {
	id, aerr := req.TaskId.get("TaskId")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := firstErr(checkRegion(req.EcmRegion), require("TaskId", id)); aerr != nil {
		return nil, aerr
	}
	t, ok := c.st.ECM.peekRegion(req.EcmRegion).Tasks[id]
	if !ok {
		return nil, errf("InvalidParameterValue", "The task %s does not exist in the ECM region %s.", id, req.EcmRegion)
	}
	return struct {
		TaskId string `json:"TaskId"`
		Result string `json:"Result"`
	}{t.ID, t.Result}, nil
}
