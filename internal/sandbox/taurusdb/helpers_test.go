package taurusdb_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// TaurusDB is tested end to end: calls signed by the tests' own signer
// (sandboxtest.SignHuawei) through the whole sandbox, fixtures through the
// control surface.

const (
	project = sandboxtest.HuaweiProject
	region  = "cn-north-4"
)

type world struct {
	h        *sandboxtest.Harness
	c        sandboxtest.HuaweiClient
	instance string
	eip      string
	address  string
}

// newWorld is a sandbox with tasks of taskDuration, one ACTIVE instance and one EIP in the
// harness's project.
func newWorld(t *testing.T, taskDuration time.Duration) *world {
	t.Helper()
	return newWorldOn(t, sandboxtest.New(t, sandbox.Options{TaskDuration: taskDuration}))
}

// newWorldOn makes the world's fixtures on an existing harness.
func newWorldOn(t *testing.T, h *sandboxtest.Harness) *world {
	t.Helper()
	out := fixtures(t, h, fmt.Sprintf(`{
		"instances": [{"project_id": %q, "region": %q, "name": "db-1", "private_ip": "192.168.0.57"}],
		"eips": [{"project_id": %q, "region": %q, "bandwidth_size": 5}]}`, project, region, project, region))
	ins := out["instances"].([]any)[0].(map[string]any)
	eip := out["eips"].([]any)[0].(map[string]any)
	return &world{h: h, c: h.Huawei(), instance: ins["id"].(string), eip: eip["id"].(string), address: eip["public_ip_address"].(string)}
}

// fixtures posts a fixture document that must be accepted and returns the answer.
func fixtures(t *testing.T, h *sandboxtest.Harness, doc string) map[string]any {
	t.Helper()
	code, body := h.Control(http.MethodPost, "/_sandbox/fixtures/taurusdb", doc)
	if code != http.StatusOK {
		t.Fatalf("fixtures: %d %s", code, body)
	}
	var out map[string]any
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func eipPath(instance string) string    { return "instances/" + instance + "/eip" }
func bindPath(instance string) string   { return "instances/" + instance + "/public-ips/bind" }
func unbindPath(instance string) string { return "instances/" + instance + "/public-ips/unbind" }

func (w *world) showEIP() map[string]any {
	return w.c.Ok(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil)
}

func (w *world) bindBody() map[string]string {
	return map[string]string{"public_ip": w.address, "public_ip_id": w.eip}
}

// bind binds the world's EIP and returns the job ID.
func (w *world) bind() string {
	return w.c.Ok(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody())["job_id"].(string)
}

func (w *world) unbind() string {
	return w.c.Ok(http.MethodPut, w.c.Path(unbindPath(w.instance), nil), nil)["job_id"].(string)
}

func (w *world) jobPath(id string) string { return w.c.Path("jobs", url.Values{"id": {id}}) }

// job queries a job: its "job" object, or nil with the error code.
func (w *world) job(id string) (map[string]any, string) {
	resp := w.c.Do(http.MethodGet, w.jobPath(id), nil)
	if resp.Status != http.StatusOK {
		return nil, resp.Code()
	}
	return resp.Body["job"].(map[string]any), ""
}

// jobStatus polls once and returns the job's status ("hidden" when not visible).
func (w *world) jobStatus(id string) string {
	w.h.T.Helper()
	j, code := w.job(id)
	if code == "DBS.280001" {
		return "hidden"
	}
	if code != "" {
		w.h.T.Fatalf("job %s: %s", id, code)
	}
	return j["status"].(string)
}

func (w *world) fault(f string) {
	w.h.T.Helper()
	if code, body := w.h.Control(http.MethodPost, "/_sandbox/faults", f); code != http.StatusOK {
		w.h.T.Fatalf("fault: %d %s", code, body)
	}
}
