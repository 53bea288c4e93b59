package taurusdb_test

import (
	"net/http"
	"net/url"
	"reflect"
	"testing"
	"time"
)

func TestShowJob_VisibilityDelayAndLifecycle(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	start := w.h.Clock.Now()
	job := w.bind()
	// Hidden for the first query whenever it comes, and for the first 20% of the duration.
	for _, step := range []struct {
		at   time.Duration
		want string
	}{
		{0, "hidden"},                       // the first query
		{1999 * time.Millisecond, "hidden"}, // < 20% of 10 s
		{2 * time.Second, "Pending"},        // 20%..40%
		{3999 * time.Millisecond, "Pending"},
		{4 * time.Second, "Running"},
		{9999 * time.Millisecond, "Running"},
		{10 * time.Second, "Completed"},
		{time.Hour, "Completed"},
	} {
		w.h.Clock.Advance(start.Add(step.at).Sub(w.h.Clock.Now()))
		if got := w.jobStatus(job); got != step.want {
			t.Fatalf("at %s: %s, want %s", step.at, got, step.want)
		}
	}
}

func TestShowJob_Fields(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	created := w.h.Clock.Now()
	job := w.bind()
	w.jobStatus(job)
	w.h.Clock.Advance(5 * time.Second)
	j, code := w.job(job)
	if code != "" {
		t.Fatal(code)
	}
	want := map[string]any{
		"id": job, "name": "BindEIP", "status": "Running", "created": created.UTC().Format("2006-01-02T15:04:05") + "+0000",
		"ended": "", "process": "50%", "fail_reason": "",
		"instance": map[string]any{"id": w.instance, "name": "db-1"},
		"entities": map[string]any{"public_ip": w.address, "resource_ids": []any{w.eip}},
	}
	if !reflect.DeepEqual(j, want) {
		t.Fatalf("job:\n got %v\nwant %v", j, want)
	}
	w.h.Clock.Advance(5 * time.Second)
	j, _ = w.job(job)
	if j["status"] != "Completed" || j["process"] != "100%" || j["ended"] != created.Add(10*time.Second).UTC().Format("2006-01-02T15:04:05")+"+0000" {
		t.Fatalf("ended: %v", j)
	}
}

func TestShowJob_ZeroDurationIsVisibleAtOnce(t *testing.T) {
	w := newWorld(t, 0)
	job := w.bind()
	if got := w.jobStatus(job); got != "Completed" {
		t.Fatalf("%s", got)
	}
}

func TestShowJob_NotFound(t *testing.T) {
	w := newWorld(t, 0)
	job := w.bind()
	for name, q := range map[string]url.Values{
		"no id":          nil,
		"empty id":       {"id": {""}},
		"two ids":        {"id": {job, job}},
		"not a UUID":     {"id": {"job-1"}},
		"an unknown job": {"id": {"00000000-0000-4000-8000-000000000000"}},
	} {
		t.Run(name, func(t *testing.T) {
			w.c.In(t).Fails(http.MethodGet, w.c.Path("jobs", q), nil, 400, "DBS.280001")
		})
	}
	other := w.c
	other.Project = "ffffffffffffffffffffffffffffffff"
	other.Fails(http.MethodGet, other.Path("jobs", url.Values{"id": {job}}), nil, 400, "DBS.280001")
	w.c.Fails(http.MethodGet, "/v3/bad/jobs?id="+job, nil, 400, "DBS.280001")
	if got := w.jobStatus(job); got != "Completed" {
		t.Fatalf("%s", got)
	}
}

func TestShowJob_ForgottenAfterAMonth(t *testing.T) {
	w := newWorld(t, time.Second)
	job := w.bind()
	w.jobStatus(job)
	w.h.Clock.Advance(30*24*time.Hour + time.Second - time.Nanosecond)
	if got := w.jobStatus(job); got != "Completed" {
		t.Fatalf("%s", got)
	}
	w.h.Clock.Advance(time.Nanosecond)
	if got := w.jobStatus(job); got != "hidden" {
		t.Fatalf("a job that ended 30 days ago must be forgotten: %s", got)
	}
}
