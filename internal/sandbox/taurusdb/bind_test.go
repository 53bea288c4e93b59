package taurusdb_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

func TestBind_EIPIsBindingWhileTheJobRunsThenActive(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	job := w.bind()
	if len(job) != 36 {
		t.Fatalf("job_id %q", job)
	}
	got := w.showEIP()
	if got["status"] != "BINDING" || got["id"] != w.eip || got["public_ip_address"] != w.address || got["port_id"] != "" || got["private_ip_address"] != "" {
		t.Fatalf("while binding: %v", got)
	}
	w.h.Clock.Advance(10 * time.Second)
	got = w.showEIP()
	if got["status"] != "ACTIVE" || got["private_ip_address"] != "192.168.0.57" || got["port_id"] == "" {
		t.Fatalf("bound: %v", got)
	}
	if s := w.jobStatus(job); s != "hidden" { // the job's first query: see jobs_test.go
		t.Fatalf("first query: %s", s)
	}
	j, code := w.job(job)
	if code != "" || j["status"] != "Completed" || j["name"] != "BindEIP" {
		t.Fatalf("job %v %s", j, code)
	}
}

func TestUnbind_EIPIsPendingUpdateThenDownAndUnbound(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	w.bind()
	w.h.Clock.Advance(10 * time.Second)
	port := w.showEIP()["port_id"]
	job := w.unbind()
	got := w.showEIP()
	if got["status"] != "PENDING_UPDATE" || got["id"] != w.eip || got["port_id"] != port {
		t.Fatalf("while unbinding: %v", got)
	}
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["id"] != "" || got["status"] != "" {
		t.Fatalf("unbound: %v", got)
	}
	w.jobStatus(job)
	if j, _ := w.job(job); j["status"] != "Completed" || j["name"] != "UnbindEIP" {
		t.Fatalf("job %v", j)
	}
	// Unbound, the EIP can be bound again.
	w.bind()
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" {
		t.Fatalf("bound again: %v", got)
	}
}

func TestBind_ParameterErrors(t *testing.T) {
	w := newWorld(t, 0)
	other := fixtures(t, w.h, fmt.Sprintf(`{"eips": [{"project_id": "ffffffffffffffffffffffffffffffff"}, {"project_id": %q}]}`, project))
	foreign := other["eips"].([]any)[0].(map[string]any)
	second := other["eips"].([]any)[1].(map[string]any)
	path := w.c.Path(bindPath(w.instance), nil)
	for name, body := range map[string]any{
		"no body":               nil,
		"not JSON":              "public_ip=1",
		"an array":              "[]",
		"trailing data":         `{"public_ip": "` + w.address + `", "public_ip_id": "` + w.eip + `"} {}`,
		"an unknown member":     map[string]string{"public_ip": w.address, "public_ip_id": w.eip, "eip": "x"},
		"a mis-cased member":    map[string]string{"Public_ip": w.address, "public_ip_id": w.eip},
		"no public_ip":          map[string]string{"public_ip_id": w.eip},
		"no public_ip_id":       map[string]string{"public_ip": w.address},
		"empty public_ip":       map[string]string{"public_ip": "", "public_ip_id": w.eip},
		"a number":              map[string]any{"public_ip": 1, "public_ip_id": w.eip},
		"not an address":        map[string]string{"public_ip": "eip-1", "public_ip_id": w.eip},
		"an IPv6 address":       map[string]string{"public_ip": "2001:db8::1", "public_ip_id": w.eip},
		"not a UUID":            map[string]string{"public_ip": w.address, "public_ip_id": "eip-1"},
		"an unknown EIP":        map[string]string{"public_ip": w.address, "public_ip_id": "00000000-0000-4000-8000-000000000000"},
		"another project's EIP": map[string]string{"public_ip": foreign["public_ip_address"].(string), "public_ip_id": foreign["id"].(string)},
		"another EIP's address": map[string]string{"public_ip": second["public_ip_address"].(string), "public_ip_id": w.eip},
	} {
		t.Run(name, func(t *testing.T) {
			w.c.In(t).Fails(http.MethodPut, path, body, 400, "DBS.280001")
		})
	}
	w.c.Fails(http.MethodPut, w.c.Path(bindPath("bad"), nil), w.bindBody(), 400, "DBS.280001")
	w.c.Fails(http.MethodPut, w.c.Path(bindPath("ffffffffffffffffffffffffffffffffin07"), nil), w.bindBody(), 400, "DBS.280238")
	if got := w.showEIP(); got["id"] != "" {
		t.Fatalf("a refused bind changed the instance: %v", got)
	}
}

func TestBind_StateConflicts(t *testing.T) {
	w := newWorld(t, 0)
	out := fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"project_id": %q}], "eips": [{"project_id": %q}]}`, project, project))
	ins2 := out["instances"].([]any)[0].(map[string]any)["id"].(string)
	eip2 := out["eips"].([]any)[0].(map[string]any)

	w.c.Fails(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), nil, 400, "DBS.200004") // nothing to unbind
	w.bind()
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody(), 400, "DBS.200004") // the same EIP again
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil),
		map[string]string{"public_ip": eip2["public_ip_address"].(string), "public_ip_id": eip2["id"].(string)}, 400, "DBS.200004") // a second EIP
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(ins2), nil), w.bindBody(), 400, "DBS.200004") // an EIP bound elsewhere
	for _, body := range []any{"x", "[]", map[string]string{"public_ip": w.address}} {
		w.c.Fails(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), body, 400, "DBS.280001") // unbind takes no body
	}
	w.c.Ok(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), "{}")
}

func TestBind_InstanceNotActive(t *testing.T) {
	w := newWorld(t, 0)
	out := fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"project_id": %q, "status": "BACKING UP"}]}`, project))
	id := out["instances"].([]any)[0].(map[string]any)["id"].(string)
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(id), nil), w.bindBody(), 403, "DBS.200011")
	w.c.Fails(http.MethodPut, w.c.Path(unbindPath(id), nil), nil, 403, "DBS.200011")
}

func TestBind_BeingOperated(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	// A busy fixture: the next 2 bind/unbind calls answer 409 DBS.200019, reads are not affected.
	fixtures(t, w.h, fmt.Sprintf(`{"busy": [{"instance_id": %q, "calls": 2}]}`, w.instance))
	w.showEIP()
	for range 2 {
		r := w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody(), 409, "DBS.200019")
		if r.Body["error_msg"] == "" {
			t.Fatal(r.Raw)
		}
	}
	w.bind()
	// While the job runs, bind and unbind are refused as being operated.
	w.c.Fails(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), nil, 409, "DBS.200019")
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody(), 409, "DBS.200019")
	w.h.Clock.Advance(10 * time.Second)
	w.unbind()
	w.c.Fails(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), nil, 409, "DBS.200019")
	if got := w.h.S.CallCounts(); got["taurusdb.UpdateGaussMySqlInstanceEip"] != 4 || got["taurusdb.CancelGaussMySqlInstanceEip"] != 3 {
		t.Fatalf("calls %v", got)
	}
}

func TestBind_FailedJobUndoesTheBinding(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	w.fault(`{"service": "taurusdb", "action": "UpdateGaussMySqlInstanceEip", "task_result": "FAILED", "count": 1}`)
	job := w.bind()
	if got := w.showEIP(); got["status"] != "BINDING" {
		t.Fatalf("while binding: %v", got)
	}
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["id"] != "" {
		t.Fatalf("a failed bind must leave the instance without EIP: %v", got)
	}
	w.jobStatus(job)
	j, _ := w.job(job)
	if j["status"] != "Failed" || j["fail_reason"] == "" || j["ended"] == "" {
		t.Fatalf("job %v", j)
	}
	// The EIP is free again: the next bind succeeds.
	w.bind()
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" {
		t.Fatalf("%v", got)
	}
	// A failed unbind leaves the EIP bound and ACTIVE.
	w.fault(`{"service": "taurusdb", "action": "CancelGaussMySqlInstanceEip", "task_result": "FAILED", "count": 1}`)
	job = w.unbind()
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" || got["id"] != w.eip {
		t.Fatalf("after a failed unbind: %v", got)
	}
	w.jobStatus(job)
	if j, _ := w.job(job); j["status"] != "Failed" {
		t.Fatalf("job %v", j)
	}
}

// A task_result FAILED fault on the job query fails the job it asks about, when it has not ended.
func TestShowJob_FailedFaultFailsTheQueriedJob(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	job := w.bind()
	w.fault(`{"service": "taurusdb", "action": "ShowGaussMySqlJobInfo", "task_result": "FAILED", "count": 1}`)
	if s := w.jobStatus(job); s != "hidden" {
		t.Fatalf("first query: %s", s)
	}
	w.h.Clock.Advance(5 * time.Second)
	if s := w.jobStatus(job); s != "Running" {
		t.Fatalf("%s", s)
	}
	w.h.Clock.Advance(5 * time.Second)
	if s := w.jobStatus(job); s != "Failed" {
		t.Fatalf("%s", s)
	}
	if got := w.showEIP(); got["id"] != "" {
		t.Fatalf("%v", got)
	}
	// On an ended job it changes nothing.
	w.bind()
	w.h.Clock.Advance(10 * time.Second)
	w.fault(`{"service": "taurusdb", "action": "ShowGaussMySqlJobInfo", "task_result": "FAILED"}`)
	w.h.Clock.Advance(time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" {
		t.Fatalf("%v", got)
	}
}

func TestBind_TaskDurationFault(t *testing.T) {
	w := newWorld(t, time.Second)
	w.fault(`{"service": "taurusdb", "action": "UpdateGaussMySqlInstanceEip", "task_duration": "1m", "count": 1}`)
	w.bind()
	w.h.Clock.Advance(59 * time.Second)
	if got := w.showEIP(); got["status"] != "BINDING" {
		t.Fatalf("%v", got)
	}
	w.h.Clock.Advance(time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" {
		t.Fatalf("%v", got)
	}
}

func TestBind_InjectedErrorDoesNothing(t *testing.T) {
	w := newWorld(t, 0)
	w.fault(`{"service": "taurusdb", "action": "UpdateGaussMySqlInstanceEip", "error_code": "DBS.200019", "count": 1}`)
	r := w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody(), 409, "DBS.200019")
	if r.Body["error_msg"] == "" {
		t.Fatal(r.Raw)
	}
	w.fault(`{"service": "taurusdb", "action": "ShowInstanceEip", "error_code": "DBS.200412", "count": 1}`)
	w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 500, "DBS.200412")
	if got := w.showEIP(); got["id"] != "" {
		t.Fatalf("an injected error must not bind: %v", got)
	}
}

func TestDeleteInstance_RunningJobFailsAndEIPIsFree(t *testing.T) {
	w := newWorld(t, 10*time.Second)
	job := w.bind()
	out := fixtures(t, w.h, fmt.Sprintf(`{"delete_instances": [%q]}`, w.instance))
	if got := out["delete_instances"].([]any); len(got) != 1 || got[0] != w.instance {
		t.Fatalf("%v", out)
	}
	w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 400, "DBS.280238")
	w.c.Fails(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), nil, 400, "DBS.280238")
	w.jobStatus(job)
	w.h.Clock.Advance(2 * time.Second)
	j, _ := w.job(job)
	if j["status"] != "Failed" || j["fail_reason"] != "The DB instance was deleted while the job ran." {
		t.Fatalf("job %v", j)
	}
	// The EIP binds to another instance.
	out = fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"project_id": %q}]}`, project))
	w.instance = out["instances"].([]any)[0].(map[string]any)["id"].(string)
	w.bind()
	w.h.Clock.Advance(10 * time.Second)
	if got := w.showEIP(); got["status"] != "ACTIVE" {
		t.Fatalf("%v", got)
	}
	// Deleting a bound instance unbinds its EIP.
	fixtures(t, w.h, fmt.Sprintf(`{"delete_instances": [%q]}`, w.instance))
	out = fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"project_id": %q}]}`, project))
	w.instance = out["instances"].([]any)[0].(map[string]any)["id"].(string)
	w.bind()
}
