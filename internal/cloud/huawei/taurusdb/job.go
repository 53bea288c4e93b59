package taurusdb

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Job is ShowGaussMySqlJobInfo's job (other-apis.md §5).
type Job struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Status     string         `json:"status"` // Pending, Running, Completed, Failed, Unauthorized, Canceled
	Created    string         `json:"created"`
	Ended      string         `json:"ended"`
	Process    string         `json:"process"`
	Instance   map[string]any `json:"instance"`
	Entities   map[string]any `json:"entities"`
	FailReason string         `json:"fail_reason"`
}

// Job statuses.
const (
	JobPending      = "Pending"
	JobRunning      = "Running"
	JobCompleted    = "Completed"
	JobFailed       = "Failed"
	JobUnauthorized = "Unauthorized"
	JobCanceled     = "Canceled"
)

// ShowJobResponse wraps the job.
type ShowJobResponse struct {
	Job Job `json:"job"`
}

// ShowJob reads a job (GET /v3/{project_id}/jobs?id={job_id}).
func (c *Client) ShowJob(ctx context.Context, scope Scope, jobID string) (*Job, error) {
	out, err := read[ShowJobResponse](ctx, c, scope, OpShowJob, "/v3/{project_id}/jobs", nil, url.Values{"id": {jobID}})
	if err != nil {
		return nil, err
	}
	return &out.Job, nil
}

// JobVisibilityGrace is how long a job may stay invisible: "After a task is generated, it takes
// several seconds to query the task ID" (ShowGaussMySqlJobInfo's constraints, other-apis.md §5).
// Meanwhile a query is "keep polling"; after it, the last answer is the error.
const JobVisibilityGrace = time.Minute

// isJobNotVisible reports an answer meaning "no such job (yet)". Undocumented; taken as: a 404 of
// the service, or a 400 DBS.280001 ("Parameter error.": the id names no job the project can
// query; the sandbox answers that).
func isJobNotVisible(err error) bool {
	if huawei.Status(err) == http.StatusBadRequest && huawei.HasCode(err, "DBS.280001") {
		return true
	}
	return huawei.Status(err) == http.StatusNotFound && !strings.HasPrefix(huawei.ErrorCode(err), "APIG")
}

// JobTask adapts ShowGaussMySqlJobInfo to wait.ForTask: Completed is done; Failed (and the
// documented Unauthorized and Canceled) is a failure whose raw state carries fail_reason; Pending
// and Running, and a job not visible yet (for up to the grace period from the first poll), keep
// polling. One JobTask serves one wait (it remembers when it started).
type JobTask struct {
	Client    *Client
	Scope     Scope
	JobID     string
	Operation string // the operation that started the job, for messages

	firstPoll time.Time
}

func (t *JobTask) String() string { return fmt.Sprintf("TaurusDB job %s (%s)", t.JobID, t.Operation) }

// Poll asks ShowGaussMySqlJobInfo once.
func (t *JobTask) Poll(ctx context.Context) (wait.TaskState, string, error) {
	if t.firstPoll.IsZero() {
		t.firstPoll = time.Now()
	}
	job, err := t.Client.ShowJob(ctx, t.Scope, t.JobID)
	if isJobNotVisible(err) || (err == nil && job.ID == "" && job.Status == "") {
		if time.Since(t.firstPoll) < t.Client.jobGrace {
			return wait.TaskRunning, "not visible yet", nil
		}
		if err == nil {
			err = errors.New("the job is not in the answer")
		}
		return wait.TaskRunning, "not visible", fmt.Errorf("%s is still not visible after %s: %w", t, t.Client.jobGrace, err)
	}
	if err != nil {
		return wait.TaskRunning, "", err
	}
	switch job.Status {
	case JobCompleted:
		return wait.TaskSucceeded, job.Status, nil
	case JobFailed, JobUnauthorized, JobCanceled:
		raw := job.Status
		if job.FailReason != "" {
			raw += " (fail_reason: " + job.FailReason + ")"
		}
		return wait.TaskFailed, raw, nil
	default:
		return wait.TaskRunning, job.Status, nil
	}
}

// WaitJob waits for a job with the shared waiter. Its first poll comes when jobs of the same
// operation have been finishing (wait.Durations), capped at half the timeout. A failed job is a
// *wait.TaskFailedError naming the job, its status and its fail_reason.
func (c *Client) WaitJob(ctx context.Context, opts wait.Options, scope Scope, jobID, operation string) error {
	return c.jobs.ForLearnedTask(ctx, opts, operation, &JobTask{Client: c, Scope: scope, JobID: jobID, Operation: operation})
}
