package taurusdb

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const (
	testProject  = "0483b6b16e954cb88930a360d2c4e663"
	testInstance = "12a49c2dc32648df8dd25e2976f70180in07"
)

// fakeTaurusDB answers each request with respond(method, path+query, body) and records requests.
type fakeTaurusDB struct {
	mu       sync.Mutex
	requests []string
	bodies   []string
	respond  func(n int, method, uri, body string) (status int, answer string)
}

func (f *fakeTaurusDB) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	n := len(f.requests)
	f.requests = append(f.requests, r.Method+" "+r.URL.RequestURI())
	f.bodies = append(f.bodies, string(b))
	f.mu.Unlock()
	status, answer := f.respond(n, r.Method, r.URL.RequestURI(), string(b))
	w.Header().Set("X-Request-Id", "req-"+r.Method)
	w.WriteHeader(status)
	_, _ = io.WriteString(w, answer)
}

func newClient(t *testing.T, f *fakeTaurusDB) *Client {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return New(huawei.New(huawei.Config{AccessKey: "AK", SecretKey: "SK", Region: "cn-north-4", ProjectID: testProject,
		Endpoints: map[string]string{huawei.ServiceTaurusDB: srv.URL}, RateLimit: 1000, MaxRetries: 2, SharedRateLimit: ratelimit.SharingOff}))
}

func TestShowInstanceEip_PathAndAnswer(t *testing.T) {
	f := &fakeTaurusDB{respond: func(int, string, string, string) (int, string) { return 200, seedExample }}
	c := newClient(t, f)
	e, err := c.FindInstanceEip(context.Background(), Scope{}, testInstance)
	if err != nil || e.ID != "45a0ed37-cfa7-4403-8aeb-d720b4e831cf" || e.BandwidthSize != 1 {
		t.Fatalf("%+v, %v", e, err)
	}
	if want := "GET /v3/" + testProject + "/instances/" + testInstance + "/eip"; f.requests[0] != want {
		t.Fatalf("request %q, want %q", f.requests[0], want)
	}
}

func TestFindInstanceEip_GoneInstanceIsNotFound(t *testing.T) {
	for _, tt := range []struct {
		status int
		body   string
		gone   bool
	}{
		{400, `{"error_code":"DBS.280238","error_msg":"The DB instance does not exist."}`, true},
		{404, `{"error_code":"DBS.280238","error_msg":"The DB instance does not exist."}`, true},
		{404, `{"error_code":"DBS.000404","error_msg":"Not found."}`, true},
		{404, `{"error_code":"APIGW.0101","error_msg":"The API does not exist or has not been published in the environment"}`, false},
		{400, `{"error_code":"DBS.280001","error_msg":"Parameter error."}`, false},
	} {
		c := newClient(t, &fakeTaurusDB{respond: func(int, string, string, string) (int, string) { return tt.status, tt.body }})
		_, err := c.FindInstanceEip(context.Background(), Scope{}, testInstance)
		if huawei.IsNotFound(err) != tt.gone || err == nil {
			t.Errorf("%d %s: err = %v, gone = %v", tt.status, tt.body, err, huawei.IsNotFound(err))
		}
	}
}

func TestBindAndUnbind_SendTheDocumentedRequests(t *testing.T) {
	f := &fakeTaurusDB{respond: func(n int, _, _, _ string) (int, string) {
		return 200, `{"job_id":"job-` + string(rune('a'+n)) + `"}`
	}}
	c := newClient(t, f)
	scope := Scope{ProjectID: "11111111111111111111111111111111"}
	job, err := c.BindEip(context.Background(), scope, testInstance, BindEipRequest{PublicIP: "10.83.35.151", PublicIPID: "45a0ed37-cfa7-4403-8aeb-d720b4e831cf"})
	if err != nil || job != "job-a" {
		t.Fatalf("bind: %q, %v", job, err)
	}
	var body map[string]string
	if json.Unmarshal([]byte(f.bodies[0]), &body) != nil || len(body) != 2 || body["public_ip"] != "10.83.35.151" || body["public_ip_id"] != "45a0ed37-cfa7-4403-8aeb-d720b4e831cf" {
		t.Fatalf("bind body %s", f.bodies[0])
	}
	if job, err = c.UnbindEip(context.Background(), scope, testInstance); err != nil || job != "job-b" {
		t.Fatalf("unbind: %q, %v", job, err)
	}
	want := []string{
		"PUT /v3/11111111111111111111111111111111/instances/" + testInstance + "/public-ips/bind",
		"PUT /v3/11111111111111111111111111111111/instances/" + testInstance + "/public-ips/unbind",
	}
	if f.requests[0] != want[0] || f.requests[1] != want[1] || f.bodies[1] != "" {
		t.Fatalf("requests %q, unbind body %q", f.requests, f.bodies[1])
	}
	f.respond = func(int, string, string, string) (int, string) { return 200, `{}` }
	if _, err := c.UnbindEip(context.Background(), scope, testInstance); err == nil || !strings.Contains(err.Error(), "job_id") {
		t.Fatalf("an answer without job_id: %v", err)
	}
}

// jobScript answers ShowGaussMySqlJobInfo with the given answers in turn (the last repeats).
func jobScript(answers ...string) *fakeTaurusDB {
	return &fakeTaurusDB{respond: func(n int, _, uri, _ string) (int, string) {
		a := answers[min(n, len(answers)-1)]
		if a == "NOT-VISIBLE" {
			return 400, `{"error_code":"DBS.280001","error_msg":"Parameter error."}`
		}
		if a == "404" {
			return 404, `{"error_code":"DBS.200404","error_msg":"job not found"}`
		}
		return 200, a
	}}
}

func job(status, reason string) string {
	return `{"job":{"id":"job-1","name":"BindEIP","status":"` + status + `","created":"2024-04-09T13:42:11+0000","process":"50%","instance":{"id":"` +
		testInstance + `","name":"db"},"entities":{"public_ip":"10.83.35.151"},"fail_reason":"` + reason + `"}}`
}

var fastPolls = wait.Options{Backoff: wait.Backoff{Initial: time.Millisecond, Max: time.Millisecond}, Timeout: 5 * time.Second}

func TestJobTask_NotVisibleThenPendingRunningCompleted(t *testing.T) {
	f := jobScript("NOT-VISIBLE", "404", job(JobPending, ""), job(JobRunning, ""), job(JobCompleted, ""))
	c := newClient(t, f)
	if err := wait.ForTask(context.Background(), fastPolls, &JobTask{Client: c, JobID: "job-1", Operation: OpBindEip}); err != nil {
		t.Fatal(err)
	}
	if len(f.requests) != 5 || f.requests[0] != "GET /v3/"+testProject+"/jobs?id=job-1" {
		t.Fatalf("requests %q", f.requests)
	}
}

func TestJobTask_FailedNamesTheJobAndItsReason(t *testing.T) {
	for _, status := range []string{JobFailed, JobCanceled, JobUnauthorized} {
		c := newClient(t, jobScript(job(JobRunning, ""), job(status, "EIP binding failed: port busy")))
		err := wait.ForTask(context.Background(), fastPolls, &JobTask{Client: c, JobID: "job-1", Operation: OpBindEip})
		if !wait.IsTaskFailed(err) {
			t.Fatalf("%s: err = %v", status, err)
		}
		for _, want := range []string{"TaurusDB job job-1 (UpdateGaussMySqlInstanceEip)", status, "fail_reason: EIP binding failed: port busy"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%q lacks %q", err, want)
			}
		}
	}
}

func TestJobTask_InvisibleBeyondTheGraceIsAnError(t *testing.T) {
	c := newClient(t, jobScript("NOT-VISIBLE"))
	c.jobGrace = 20 * time.Millisecond
	err := wait.ForTask(context.Background(), fastPolls, &JobTask{Client: c, JobID: "job-1", Operation: OpUnbindEip})
	if err == nil || wait.IsTaskFailed(err) || !strings.Contains(err.Error(), "still not visible") || !huawei.HasCode(err, "DBS.280001") {
		t.Fatalf("err = %v", err)
	}
	// Any other error stops the wait at once.
	c = newClient(t, jobScript(`{"error_code":"x"}`))
	c.api = huawei.New(huawei.Config{}) // no credentials
	if err := wait.ForTask(context.Background(), fastPolls, &JobTask{Client: c, JobID: "job-1", Operation: OpUnbindEip}); !huawei.IsConfigError(err) {
		t.Fatalf("err = %v", err)
	}
}

func TestWaitJob_LearnsFromTheWait(t *testing.T) {
	c := newClient(t, jobScript(job(JobCompleted, "")))
	opts := fastPolls
	opts.Timeout = 400 * time.Millisecond // first poll after at most 200 ms
	if err := c.WaitJob(context.Background(), opts, Scope{}, "job-1", OpBindEip); err != nil {
		t.Fatal(err)
	}
	if d := c.jobs.Of(OpBindEip).FirstPoll(); d >= wait.DefaultPollBackoff.Initial {
		t.Fatalf("a job done at the first poll should bring the next first poll forward: %s", d)
	}
	if err := c.WaitJob(context.Background(), opts, Scope{}, "job-1", OpBindEip); err != nil || errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
}

// The finder's "not found" keeps the API's answer for diagnostics.
func TestFindInstanceEip_NotFoundKeepsTheAnswer(t *testing.T) {
	c := newClient(t, &fakeTaurusDB{respond: func(int, string, string, string) (int, string) {
		return 400, `{"error_code":"DBS.280238","error_msg":"The DB instance does not exist."}`
	}})
	_, err := c.FindInstanceEip(context.Background(), Scope{}, testInstance)
	if !huawei.IsNotFound(err) || huawei.ErrorCode(err) != "DBS.280238" || !strings.Contains(huawei.DiagnosticDetail(err), "X-Request-Id: req-GET") {
		t.Fatalf("err = %v", err)
	}
}
