package taurusdb_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// The state survives a restart: instances, EIPs, a running job (its schedule, its
// consumed hidden query), busy counts and allocation cursors.
func TestPersistence_RoundTrip(t *testing.T) {
	file := filepath.Join(t.TempDir(), "state.json")
	opts := sandbox.Options{StateFile: file, TaskDuration: 10 * time.Second}
	h := sandboxtest.New(t, opts)
	w := newWorldOn(t, h)
	job := w.bind()
	if s := w.jobStatus(job); s != "hidden" {
		t.Fatal(s)
	}
	fixtures(t, h, fmt.Sprintf(`{"busy": [{"instance_id": %q, "calls": 1}]}`, w.instance))

	var f struct {
		Format   int                        `json:"format"`
		Products map[string]json.RawMessage `json:"products"`
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &f); err != nil || f.Products["taurusdb"] == nil {
		t.Fatalf("state file without a taurusdb section: %v %s", err, b)
	}

	// A new sandbox on the same file and clock.
	opts.Now, opts.Credentials, opts.RateLimit = h.Clock.Now, map[string]string{sandboxtest.SecretID: sandboxtest.SecretKey}, 1e6
	s2, err := sandbox.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h2 := &sandboxtest.Harness{T: t, S: s2, Clock: h.Clock}
	w2 := &world{h: h2, c: h2.Huawei(), instance: w.instance, eip: w.eip, address: w.address}
	if got := w2.showEIP(); got["status"] != "BINDING" || got["id"] != w.eip {
		t.Fatalf("after restart: %v", got)
	}
	h.Clock.Advance(5 * time.Second)
	if s := w2.jobStatus(job); s != "Running" {
		t.Fatalf("the hidden query was consumed before the restart: %s", s)
	}
	// The busy count survived: its 409 comes before the running job's (which names the job).
	if r := w2.c.Fails(http.MethodPut, w2.c.Path(unbindPath(w.instance), nil), nil, 409, "DBS.200019"); strings.Contains(r.Raw, "(job") {
		t.Fatalf("the busy fixture was lost: %s", r.Raw)
	}
	if r := w2.c.Fails(http.MethodPut, w2.c.Path(unbindPath(w.instance), nil), nil, 409, "DBS.200019"); !strings.Contains(r.Raw, "(job "+job+")") {
		t.Fatalf("the running job was lost: %s", r.Raw)
	}
	h.Clock.Advance(5 * time.Second)
	if got := w2.showEIP(); got["status"] != "ACTIVE" || got["private_ip_address"] != "192.168.0.57" {
		t.Fatalf("the job ran on after the restart: %v", got)
	}
	if s := w2.jobStatus(job); s != "Completed" {
		t.Fatal(s)
	}
	out := fixtures(t, h2, fmt.Sprintf(`{"eips": [{"project_id": %q}]}`, project))
	if ip := out["eips"].([]any)[0].(map[string]any)["public_ip_address"]; ip == w.address {
		t.Fatalf("the address cursor restarted: %v", ip)
	}
	w2.unbind()
}
