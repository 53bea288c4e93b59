package ecm

import (
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// CLB tasks and DescribeLoadBalanceTaskStatus (L19618): every CLB mutation
// records a task under its call's RequestId. The change applies at the call;
// the task is in progress (2) until its due time on the sandbox clock, then
// succeeded (0) or failed (1, a task_result: FAILED fault), and a failed task
// undoes its change from the snapshots it kept. Finished tasks are kept for
// taskRetention, like ECM's other tasks. An unknown TaskId is
// InvalidParameterValue.InvalidPublicParam (the closest code of the table;
// sandbox choice: the table has no not-found code).
//
// A CreateListener whose port (range) overlaps a listener of the same
// protocol on the load balancer is accepted, and its task fails (the
// listener disappears): CreateListener's table has no port-conflict code.

const (
	clbTaskSucceeded = 0
	clbTaskFailed    = 1
	clbTaskRunning   = 2
)

// listenerUndo is a listener as it was before a task (Before nil: it did not exist).
type listenerUndo struct {
	LB     string          `json:"lb"`
	ID     string          `json:"id"`
	Before *listenerRecord `json:"before,omitempty"`
}

type clbTask struct {
	ID      string    `json:"id"` // the RequestId of the call that started it
	Action  string    `json:"action"`
	Created time.Time `json:"created"`
	Due     time.Time `json:"due"`
	Fails   bool      `json:"fails,omitempty"`
	Status  int       `json:"status"`

	// What a failure undoes.
	CreatedLBs []string             `json:"created_lbs,omitempty"` // removed
	LBAttrs    map[string]*lbRecord `json:"lb_attrs,omitempty"`    // attributes restored, listeners kept
	DeletedLBs map[string]*lbRecord `json:"deleted_lbs,omitempty"` // restored whole
	Listeners  []listenerUndo       `json:"listeners,omitempty"`
}

func newCLBSchedule() *host.Schedule[*clbTask] {
	return host.NewSchedule(
		func(t *clbTask) time.Time { return t.Due },
		func(a, b *clbTask) bool {
			return a.Created.Before(b.Created) || (a.Created.Equal(b.Created) && a.ID < b.ID)
		})
}

// startCLBTask records the current call's task; fails forces a failure
// (a listener port conflict) whatever the fault says.
func (e *state) startCLBTask(c *tencentapi.Call, fails bool) *clbTask {
	t := &clbTask{
		ID: c.RequestID, Action: c.Action, Created: c.Now, Due: c.Now.Add(c.TaskDuration),
		Fails: fails || c.TaskFails, Status: clbTaskRunning,
	}
	if t.ID == "" { // direct calls without a front door
		t.ID = e.newID("clbtask", "clbtask", "")
		delete(e.ids, t.ID)
	}
	e.CLBTasks[t.ID] = t
	e.clbRunning.Push(t)
	return t
}

// keepAttrs snapshots a load balancer's attributes once per task.
func (t *clbTask) keepAttrs(b *lbRecord) {
	if t.LBAttrs == nil {
		t.LBAttrs = map[string]*lbRecord{}
	}
	if _, ok := t.LBAttrs[b.ID]; !ok {
		t.LBAttrs[b.ID] = b.cloneAttrs()
	}
}

// keepListener snapshots a listener once per task (l nil: it is being created).
func (t *clbTask) keepListener(lb, id string, l *listenerRecord) {
	for _, u := range t.Listeners {
		if u.LB == lb && u.ID == id {
			return
		}
	}
	u := listenerUndo{LB: lb, ID: id}
	if l != nil {
		u.Before = l.clone()
	}
	t.Listeners = append(t.Listeners, u)
}

// settleCLB forgets old finished tasks and completes due ones (Settle).
func (e *state) settleCLB(now time.Time) bool {
	changed := false
	for {
		t, ok := e.clbFinished.PopDue(now.Add(-taskRetention - time.Nanosecond))
		if !ok {
			break
		}
		delete(e.CLBTasks, t.ID)
		changed = true
	}
	for {
		t, ok := e.clbRunning.PopDue(now)
		if !ok {
			break
		}
		e.completeCLB(t)
		e.clbFinished.Push(t)
		changed = true
	}
	return changed
}

func (e *state) completeCLB(t *clbTask) {
	if !t.Fails {
		t.Status = clbTaskSucceeded
		for _, id := range t.CreatedLBs {
			if b, ok := e.LoadBalancers[id]; ok && b.Status == lbCreating {
				b.Status, b.StatusTime = lbRunning, t.Due
			}
		}
		t.LBAttrs, t.DeletedLBs, t.Listeners = nil, nil, nil
		return
	}
	t.Status = clbTaskFailed
	for i := len(t.Listeners) - 1; i >= 0; i-- {
		u := t.Listeners[i]
		b, ok := e.LoadBalancers[u.LB]
		if !ok {
			continue
		}
		if u.Before == nil {
			delete(b.Listeners, u.ID)
			delete(e.ids, u.ID)
			continue
		}
		b.Listeners[u.ID] = u.Before
		e.ids[u.ID] = idEntry{kindListener, ""}
	}
	for id, before := range t.LBAttrs {
		if b, ok := e.LoadBalancers[id]; ok {
			before.Listeners = b.Listeners
			e.LoadBalancers[id] = before
		}
	}
	for id, before := range t.DeletedLBs {
		e.LoadBalancers[id] = before
		e.ids[id] = idEntry{kindLB, ""}
		for lid := range before.Listeners {
			e.ids[lid] = idEntry{kindListener, ""}
		}
		if before.VIP != "" {
			e.ips[before.VIP] = true
		}
	}
	for _, id := range t.CreatedLBs {
		e.removeLB(id)
	}
	t.LBAttrs, t.DeletedLBs, t.Listeners, t.CreatedLBs = nil, nil, nil, nil
}

// removeLB forgets a load balancer, its listeners and its VIP.
func (e *state) removeLB(id string) {
	b, ok := e.LoadBalancers[id]
	if !ok {
		return
	}
	for lid := range b.Listeners {
		delete(e.ids, lid)
	}
	delete(e.ips, b.VIP)
	delete(e.LoadBalancers, id)
	delete(e.ids, id)
}

type describeLoadBalanceTaskStatusRequest struct {
	TaskId string `json:"TaskId"`
}

func (e *state) describeLoadBalanceTaskStatus(_ *tencentapi.Call, req *describeLoadBalanceTaskStatusRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.Require("TaskId", req.TaskId); aerr != nil {
		return nil, aerr
	}
	t, ok := e.CLBTasks[req.TaskId]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidPublicParam", "The task %s does not exist (the TaskId is the RequestId of a CLB call).", req.TaskId)
	}
	return struct {
		Status int `json:"Status"`
	}{t.Status}, nil
}
