package taurusdb

import (
	"fmt"
	"net/url"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// Jobs: what bind and unbind start, and ShowGaussMySqlJobInfo
// (GET /v3/{project_id}/jobs?id={job_id}, other-apis.md §5) answers.
//
// A job runs for the call's task duration (sandbox Options.TaskDuration, or a
// task_duration fault on the bind/unbind call) on the sandbox clock, and ends
// when due (Settle), Completed, or Failed when the starting call carried a
// task_result FAILED fault or a ShowGaussMySqlJobInfo call about it did while
// it had not ended. Choices where the documents are silent:
//
//   - "After a task is generated, it takes several seconds to query the task
//     ID": a job is not visible for the first jobHiddenShare (20%) of its
//     duration and, when its duration is above zero, to the first query about
//     it whenever that comes; meanwhile queries answer DBS.280001 (see
//     codes.go). A job of duration 0 is visible, and Completed, at once.
//   - Visible and unfinished, a job is Pending up to jobPendingShare (40%) of its
//     duration, then Running; it ends Completed or Failed. The documented
//     Unauthorized and Canceled are never answered.
//   - process is the share of the duration elapsed ("0%" … "100%"); created and
//     ended are UTC "yyyy-mm-ddThh:mm:ss+0000" (the documentation's example);
//     ended is "" until the job ends, fail_reason "" unless it failed.
//   - name is "BindEIP" or "UnbindEIP"; instance is {id, name}; entities is
//     {"public_ip": the EIP's address, "resource_ids": [the EIP's ID]}.
//   - Jobs are kept jobRetention (30 days: "only tasks of the last month") after
//     they end, then forgotten.
//   - A failed bind leaves the EIP DOWN and unbound (the binding is undone); a
//     failed unbind leaves it ACTIVE and bound. When a fixture deletes the
//     instance of a running job, the job fails at once and the EIP is DOWN.

const (
	jobPending   = "Pending"
	jobRunning   = "Running"
	jobCompleted = "Completed"
	jobFailed    = "Failed"

	jobBind   = "BindEIP"
	jobUnbind = "UnbindEIP"

	jobHiddenShare  = 0.2
	jobPendingShare = 0.4
	jobRetention    = 30 * 24 * time.Hour

	jobTimeLayout = "2006-01-02T15:04:05-0700"
)

type jobRecord struct {
	ID           string        `json:"id"`
	Name         string        `json:"name"` // jobBind or jobUnbind
	Instance     string        `json:"instance"`
	InstanceName string        `json:"instance_name"`
	EIP          string        `json:"eip"`
	PublicIP     string        `json:"public_ip"`
	Created      time.Time     `json:"created"`
	Duration     time.Duration `json:"duration"`
	Due          time.Time     `json:"due"`
	HiddenPolls  int           `json:"hidden_polls,omitempty"` // queries still to answer "not visible"
	Fails        bool          `json:"fails,omitempty"`        // ends Failed
	Ended        time.Time     `json:"ended,omitzero"`
	Result       string        `json:"result,omitempty"` // jobCompleted or jobFailed once ended
	FailReason   string        `json:"fail_reason,omitempty"`

	project *project // derived
}

// startJob records a job on the instance and schedules its end.
func (s *state) startJob(c *huaweiapi.Call, p *project, ins *instanceRecord, e *eipRecord, name string) *jobRecord {
	j := &jobRecord{
		ID: newUUID(), Name: name, Instance: ins.ID, InstanceName: ins.Name, EIP: e.ID, PublicIP: e.Address,
		Created: c.Now, Duration: c.TaskDuration, Due: c.Now.Add(c.TaskDuration), Fails: c.TaskFails,
		project: p,
	}
	if j.Duration > 0 {
		j.HiddenPolls = 1
	}
	p.Jobs[j.ID] = j
	ins.Job = j.ID
	s.running.Push(j)
	return j
}

// finishJob ends a job at the time given and applies its outcome to the
// instance and the EIP (those that still exist).
func (s *state) finishJob(j *jobRecord, at time.Time) {
	j.Ended, j.Result = at, jobCompleted
	if j.Fails {
		j.Result = jobFailed
		if j.FailReason == "" {
			j.FailReason = fmt.Sprintf("Failed to %s the EIP %s (%s): the sandbox was told to fail this job (task_result FAILED).", map[string]string{jobBind: "bind", jobUnbind: "unbind"}[j.Name], j.PublicIP, j.EIP)
		}
	}
	s.ended.Push(j)
	p := j.project
	ins, e := p.Instances[j.Instance], p.EIPs[j.EIP]
	if ins != nil && ins.Job == j.ID {
		ins.Job = ""
	}
	bound := (j.Name == jobBind) == (j.Result == jobCompleted) // bind succeeded or unbind failed
	if e != nil && e.Instance == j.Instance {
		if bound && ins != nil {
			e.Status = eipActive
		} else {
			e.Status, e.Instance = eipDown, ""
		}
	}
	if ins != nil && ins.EIP == j.EIP && !bound {
		ins.EIP = ""
	}
}

// failJobNow ends a running job at once as Failed (its instance is being deleted).
func (s *state) failJobNow(j *jobRecord, at time.Time, reason string) {
	j.Fails, j.FailReason = true, reason
	s.finishJob(j, at)
}

// status is the job's status at now.
func (j *jobRecord) status(now time.Time) string {
	if !j.Ended.IsZero() {
		return j.Result
	}
	if now.Sub(j.Created) < time.Duration(float64(j.Duration)*jobPendingShare) {
		return jobPending
	}
	return jobRunning
}

// visible reports whether a query at now sees the job; a query that does not
// consumes one of its hidden polls.
func (j *jobRecord) visible(now time.Time) (ok, changed bool) {
	early := now.Sub(j.Created) < time.Duration(float64(j.Duration)*jobHiddenShare)
	if j.HiddenPolls > 0 {
		j.HiddenPolls--
		return false, true
	}
	return !early, false
}

type jobResponse struct {
	Job jobView `json:"job"`
}

type jobView struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Status     string      `json:"status"`
	Created    string      `json:"created"`
	Ended      string      `json:"ended"`
	Process    string      `json:"process"`
	Instance   jobInstance `json:"instance"`
	Entities   jobEntities `json:"entities"`
	FailReason string      `json:"fail_reason"`
}

type jobInstance struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type jobEntities struct {
	PublicIP    string   `json:"public_ip"`
	ResourceIDs []string `json:"resource_ids"`
}

func (j *jobRecord) view(now time.Time) jobView {
	v := jobView{
		ID: j.ID, Name: j.Name, Status: j.status(now), Created: j.Created.UTC().Format(jobTimeLayout),
		Instance: jobInstance{ID: j.Instance, Name: j.InstanceName},
		Entities: jobEntities{PublicIP: j.PublicIP, ResourceIDs: []string{j.EIP}},
	}
	if !j.Ended.IsZero() {
		v.Ended, v.FailReason, v.Process = j.Ended.UTC().Format(jobTimeLayout), j.FailReason, "100%"
	} else {
		share := 0
		if j.Duration > 0 {
			share = min(99, int(100*now.Sub(j.Created)/j.Duration))
		}
		v.Process = fmt.Sprintf("%d%%", share)
	}
	return v
}

// showJob is ShowGaussMySqlJobInfo.
func (s *state) showJob(c *huaweiapi.Call) (any, *huaweiapi.Error) {
	projectID := c.Param("project_id")
	if aerr := checkProjectID(projectID); aerr != nil {
		return nil, aerr
	}
	id, aerr := jobIDParam(c.Query)
	if aerr != nil {
		return nil, aerr
	}
	var j *jobRecord
	if p := s.project(projectID); p != nil {
		j = p.Jobs[id]
	}
	if j == nil {
		return nil, errf(codeParameter, "Parameter error: the job %s does not exist in project %s.", id, projectID)
	}
	if c.TaskFails && j.Ended.IsZero() && !j.Fails {
		j.Fails = true
		c.Changed = true
	}
	ok, changed := j.visible(c.Now)
	c.Changed = c.Changed || changed
	if !ok {
		return nil, errf(codeParameter, "Parameter error: the job %s does not exist in project %s (a new job takes several seconds to be queryable).", id, projectID)
	}
	return jobResponse{Job: j.view(c.Now)}, nil
}

// jobIDParam is the one id query parameter, a UUID.
func jobIDParam(q url.Values) (string, *huaweiapi.Error) {
	ids := q["id"]
	switch {
	case len(ids) == 0 || ids[0] == "":
		return "", errf(codeParameter, "Parameter error: the query parameter id (the job ID) is required.")
	case len(ids) > 1:
		return "", errf(codeParameter, "Parameter error: the query parameter id must be given once.")
	case !isUUID(ids[0]):
		return "", errf(codeParameter, "Parameter error: the job ID %q is not a UUID.", ids[0])
	}
	return ids[0], nil
}
