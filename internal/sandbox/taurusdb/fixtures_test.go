package taurusdb_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

var (
	instanceIDRE = regexp.MustCompile(`^[0-9a-f]{32}in07$`)
	uuidRE       = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
)

func TestFixtures_DefaultsAndAnswer(t *testing.T) {
	h := sandboxtest.New(t, sandbox.Options{})
	out := fixtures(t, h, fmt.Sprintf(`{
		"instances": [{"project_id": %q}, {"project_id": %q, "id": "0123456789abcdef0123456789abcdefin07", "name": "mine", "status": "FROZEN", "private_ip": "10.0.0.5"}],
		"eips": [{"project_id": %q}, {"project_id": %q, "id": "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", "public_ip_address": "10.83.35.151",
		          "type": "5_sbgp", "bandwidth_size": 300, "bandwidth_share_type": "WHOLE", "bandwidth_id": "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2", "bandwidth_name": "bw"}]}`,
		project, project, project, project))
	if got := keys(out); !reflect.DeepEqual(got, []string{"busy", "delete_instances", "eips", "instances"}) {
		t.Fatalf("keys %v", got)
	}
	ins := out["instances"].([]any)
	a, b := ins[0].(map[string]any), ins[1].(map[string]any)
	if !instanceIDRE.MatchString(a["id"].(string)) || a["region"] != "cn-north-4" || a["status"] != "ACTIVE" ||
		a["private_ip"] != "192.168.0.10" || !strings.HasPrefix(a["name"].(string), "taurusdb-") || a["project_id"] != project {
		t.Fatalf("defaults: %v", a)
	}
	if want := map[string]any{"id": "0123456789abcdef0123456789abcdefin07", "project_id": project, "region": "cn-north-4", "name": "mine", "status": "FROZEN", "private_ip": "10.0.0.5"}; !reflect.DeepEqual(b, want) {
		t.Fatalf("given: %v", b)
	}
	eips := out["eips"].([]any)
	e, f := eips[0].(map[string]any), eips[1].(map[string]any)
	if !uuidRE.MatchString(e["id"].(string)) || e["public_ip_address"] != "198.18.0.1" || e["type"] != "5_bgp" || e["bandwidth_size"] != float64(1) ||
		e["bandwidth_share_type"] != "PER" || !uuidRE.MatchString(e["bandwidth_id"].(string)) || !strings.HasPrefix(e["bandwidth_name"].(string), "bandwidth-") || e["region"] != "cn-north-4" {
		t.Fatalf("EIP defaults: %v", e)
	}
	if f["public_ip_address"] != "10.83.35.151" || f["bandwidth_size"] != float64(300) || f["bandwidth_share_type"] != "WHOLE" || f["bandwidth_name"] != "bw" {
		t.Fatalf("EIP given: %v", f)
	}
	// The next allocations skip what is taken.
	out = fixtures(t, h, fmt.Sprintf(`{"instances": [{"project_id": %q}], "eips": [{"project_id": %q, "public_ip_address": "198.18.0.2"}, {"project_id": %q}]}`, project, project, project))
	if ip := out["instances"].([]any)[0].(map[string]any)["private_ip"]; ip != "192.168.0.11" {
		t.Fatalf("private IP %v", ip)
	}
	if ip := out["eips"].([]any)[1].(map[string]any)["public_ip_address"]; ip != "198.18.0.3" {
		t.Fatalf("public IP %v", ip)
	}
	// Another project in another region.
	out = fixtures(t, h, `{"instances": [{"project_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "region": "ap-southeast-3"}]}`)
	if r := out["instances"].([]any)[0].(map[string]any)["region"]; r != "ap-southeast-3" {
		t.Fatalf("region %v", r)
	}
	out = fixtures(t, h, `{"eips": [{"project_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]}`)
	if r := out["eips"].([]any)[0].(map[string]any)["region"]; r != "ap-southeast-3" {
		t.Fatalf("a project's region is the default: %v", r)
	}
}

func TestFixtures_Refused(t *testing.T) {
	h := sandboxtest.New(t, sandbox.Options{})
	fixtures(t, h, fmt.Sprintf(`{"instances": [{"project_id": %q, "id": "0123456789abcdef0123456789abcdefin07"}], "eips": [{"project_id": %q, "public_ip_address": "198.18.0.9"}]}`, project, project))
	for doc, msg := range map[string]string{
		`{"instances": [{"project_id": "short"}]}`: "32 letters and digits",
		`{"instances": [{}]}`:                      "32 letters and digits",
		`{"instances": [{"project_id": "` + project + `", "region": "cn-east-3"}]}`:                        "is in region cn-north-4",
		`{"instances": [{"project_id": "` + project + `", "id": "0123456789abcdef0123456789abcdef"}]}`:     "ending in in07",
		`{"instances": [{"project_id": "` + project + `", "id": "0123456789abcdef0123456789abcdefin07"}]}`: "exists already",
		`{"instances": [{"project_id": "` + project + `", "private_ip": "300.1.1.1"}]}`:                    "not an IPv4",
		`{"eips": [{"project_id": "` + project + `", "id": "eip-1"}]}`:                                     "must be a UUID",
		`{"eips": [{"project_id": "` + project + `", "public_ip_address": "198.18.0.9"}]}`:                 "belongs to another EIP",
		`{"eips": [{"project_id": "` + project + `", "type": "5_telcom"}]}`:                                "type",
		`{"eips": [{"project_id": "` + project + `", "bandwidth_share_type": "SHARED"}]}`:                  "bandwidth_share_type",
		`{"eips": [{"project_id": "` + project + `", "bandwidth_size": 2001}]}`:                            "bandwidth_size",
		`{"eips": [{"project_id": "` + project + `", "bandwidth_id": "bw"}]}`:                              "bandwidth_id",
		`{"busy": [{"instance_id": "ffffffffffffffffffffffffffffffffin07", "calls": 1}]}`:                  "no instance",
		`{"busy": [{"instance_id": "0123456789abcdef0123456789abcdefin07", "calls": 0}]}`:                  "at least 1",
		`{"delete_instances": ["ffffffffffffffffffffffffffffffffin07"]}`:                                   "no instance",
		`{"instance": []}`: "unknown field",
		`{"instances": [{"project_id": "` + project + `", "Status": "ACTIVE", "zone": "x"}]}`: "unknown field",
		`[]`:    "not valid",
		`{} {}`: "trailing data",
	} {
		code, body := h.Control(http.MethodPost, "/_sandbox/fixtures/taurusdb", doc)
		if code != 400 || !strings.Contains(body, msg) {
			t.Errorf("%s: %d %s, want 400 with %q", doc, code, body, msg)
		}
	}
	// All or nothing: a document that fails half way leaves nothing behind.
	code, _ := h.Control(http.MethodPost, "/_sandbox/fixtures/taurusdb", fmt.Sprintf(`{"instances": [{"project_id": %q, "id": "1123456789abcdef0123456789abcdefin07"}], "eips": [{"project_id": %q, "type": "bad"}]}`, project, project))
	if code != 400 {
		t.Fatal(code)
	}
	h.Huawei().Fails(http.MethodGet, h.Huawei().Path(eipPath("1123456789abcdef0123456789abcdefin07"), nil), nil, 400, "DBS.280238")
	fixtures(t, h, fmt.Sprintf(`{"instances": [{"project_id": %q, "id": "1123456789abcdef0123456789abcdefin07"}]}`, project))
}

func TestFixtures_ResetForgetsThem(t *testing.T) {
	w := newWorld(t, 0)
	if code, _ := w.h.Control(http.MethodPost, "/_sandbox/reset", ""); code != 200 {
		t.Fatal(code)
	}
	w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 400, "DBS.280238")
}

// Over real HTTP, as the provider's acceptance tests use the sandbox: fixtures through the control
// surface, and calls signed for the loopback Host the endpoint override gives.
func TestFixtures_OverHTTPWithLoopbackHost(t *testing.T) {
	clock := sandboxtest.NewFakeClock()
	s, err := sandbox.New(sandbox.Options{Credentials: map[string]string{"HWAK": "hw-secret"}, Now: clock.Now, TaskDuration: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/_sandbox/fixtures/taurusdb", "application/json", strings.NewReader(fmt.Sprintf(
		`{"instances": [{"project_id": %q, "region": "cn-north-4"}], "eips": [{"project_id": %q, "region": "cn-north-4", "bandwidth_size": 5}]}`, project, project)))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Instances []struct{ ID string } `json:"instances"`
		EIPs      []struct {
			ID      string `json:"id"`
			Address string `json:"public_ip_address"`
		} `json:"eips"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || len(out.Instances) != 1 || len(out.EIPs) != 1 {
		t.Fatalf("fixtures: %d %v %+v", resp.StatusCode, err, out)
	}
	call := func(method, path string, body []byte) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		sandboxtest.SignHuawei(req, body, "HWAK", "hw-secret", clock.Now())
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil || res.Header.Get("X-Request-Id") == "" {
			t.Fatalf("%s %s: %d %s", method, path, res.StatusCode, raw)
		}
		return res.StatusCode, m
	}
	base := "/v3/" + project + "/instances/" + out.Instances[0].ID
	body, _ := json.Marshal(map[string]string{"public_ip": out.EIPs[0].Address, "public_ip_id": out.EIPs[0].ID})
	code, m := call(http.MethodPut, base+"/public-ips/bind", body)
	if code != 200 || m["job_id"] == "" {
		t.Fatalf("bind: %d %v", code, m)
	}
	clock.Advance(time.Second)
	if code, m = call(http.MethodGet, base+"/eip", nil); code != 200 || m["status"] != "ACTIVE" || m["bandwidth_size"] != float64(5) {
		t.Fatalf("eip: %d %v", code, m)
	}
	if code, m = call(http.MethodGet, "/v3/"+project+"/jobs?id="+m["id"].(string), nil); code != 400 || m["error_code"] != "DBS.280001" {
		t.Fatalf("an EIP ID is no job: %d %v", code, m)
	}
}
