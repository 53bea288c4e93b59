package taurusdb_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// The seed's response fields (table 3), all of which every answer carries.
var seedEIPFields = []string{
	"bandwidth_id", "bandwidth_name", "bandwidth_share_type", "bandwidth_size", "can_enable_public_access",
	"create_time", "id", "port_id", "private_ip_address", "profile", "public_ip_address", "status", "tenant_id", "type",
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestShowInstanceEip_NoEIPBound(t *testing.T) {
	w := newWorld(t, 0)
	got := w.showEIP()
	if !reflect.DeepEqual(keys(got), seedEIPFields) {
		t.Fatalf("fields %v, want the seed's %v", keys(got), seedEIPFields)
	}
	want := map[string]any{
		"can_enable_public_access": true, "id": "", "type": "", "port_id": "", "public_ip_address": "",
		"private_ip_address": "", "status": "", "tenant_id": "", "create_time": "", "bandwidth_id": "",
		"bandwidth_name": "", "bandwidth_size": float64(0), "bandwidth_share_type": "", "profile": map[string]any{},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("no EIP bound:\n got %v\nwant %v", got, want)
	}
}

func TestShowInstanceEip_BoundAnswersEveryField(t *testing.T) {
	w := newWorld(t, 0)
	w.h.Clock.Advance(time.Minute)
	w.bind()
	got := w.showEIP()
	if !reflect.DeepEqual(keys(got), seedEIPFields) {
		t.Fatalf("fields %v", keys(got))
	}
	created := w.h.Clock.Now().Add(-time.Minute).UTC().Format("2006-01-02 15:04:05")
	for k, v := range map[string]any{
		"can_enable_public_access": true, "id": w.eip, "type": "5_bgp", "public_ip_address": w.address,
		"private_ip_address": "192.168.0.57", "status": "ACTIVE", "tenant_id": project, "create_time": created,
		"bandwidth_size": float64(5), "bandwidth_share_type": "PER", "profile": map[string]any{},
	} {
		if !reflect.DeepEqual(got[k], v) {
			t.Errorf("%s = %#v, want %#v", k, got[k], v)
		}
	}
	for _, k := range []string{"port_id", "bandwidth_id"} {
		if s, _ := got[k].(string); len(s) != 36 {
			t.Errorf("%s = %v, want a UUID", k, got[k])
		}
	}
	if name, _ := got["bandwidth_name"].(string); !strings.HasPrefix(name, "bandwidth-") {
		t.Errorf("bandwidth_name %v", got["bandwidth_name"])
	}
	// bandwidth_size is a JSON number, as in the seed's example.
	raw := w.c.Do(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil).Raw
	if !strings.Contains(raw, `"bandwidth_size":5,`) {
		t.Fatalf("bandwidth_size must be a number: %s", raw)
	}
}

// The seed's example response decodes into the same shape the sandbox answers.
func TestShowInstanceEip_SeedExampleShape(t *testing.T) {
	const example = `{
  "can_enable_public_access" : true, "id" : "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", "type" : "5_bgp",
  "port_id" : "2c02dc5b-a136-4921-b7ad-27e084548616", "public_ip_address" : "10.83.35.151",
  "private_ip_address" : "172.16.1.137", "status" : "ACTIVE", "tenant_id" : "23a50154cf494ec9ad6883979a12db0a",
  "create_time" : "2024-04-09 13:42:11", "bandwidth_id" : "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2",
  "bandwidth_name" : "bandwidth-d3f4", "bandwidth_size" : 1, "bandwidth_share_type" : "PER", "profile" : { } }`
	var m map[string]any
	if err := json.Unmarshal([]byte(example), &m); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(keys(m), seedEIPFields) {
		t.Fatalf("the seed's example has %v", keys(m))
	}
	// The sandbox answers the example's EIP like the example (fixture with its values).
	w := newWorld(t, 0)
	out := fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"id": "12a49c2dc32648df8dd25e2976f70180in07", "project_id": %q, "private_ip": "172.16.1.137"}],
		"eips": [{"id": "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", "project_id": %q, "public_ip_address": "10.83.35.151",
		  "bandwidth_id": "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2", "bandwidth_name": "bandwidth-d3f4"}]}`, project, project))
	if len(out["instances"].([]any)) != 1 {
		t.Fatal(out)
	}
	w.instance, w.eip, w.address = "12a49c2dc32648df8dd25e2976f70180in07", "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", "10.83.35.151"
	w.bind()
	got := w.showEIP()
	for _, k := range []string{"can_enable_public_access", "id", "type", "public_ip_address", "private_ip_address", "status", "bandwidth_id", "bandwidth_name", "bandwidth_size", "bandwidth_share_type", "profile"} {
		if !reflect.DeepEqual(got[k], m[k]) {
			t.Errorf("%s = %#v, the example has %#v", k, got[k], m[k])
		}
	}
}

func TestShowInstanceEip_Failures(t *testing.T) {
	w := newWorld(t, 0)
	for name, path := range map[string]string{
		"short project":         "/v3/0483b6b16e954cb88930a360d2c4e66/instances/" + w.instance + "/eip",
		"project with a dash":   "/v3/0483b6b16e954cb88930a360d2c4e66-/instances/" + w.instance + "/eip",
		"instance without in07": w.c.Path(eipPath(strings.TrimSuffix(w.instance, "in07")+"in08"), nil),
		"short instance":        w.c.Path(eipPath("12a49c2dc32648df8dd25e2976f7018in07"), nil),
	} {
		t.Run(name, func(t *testing.T) {
			r := w.c.In(t).Fails(http.MethodGet, path, nil, 400, "DBS.280001")
			if !strings.Contains(r.Body["error_msg"].(string), "Parameter error") {
				t.Fatal(r.Raw)
			}
		})
	}
	w.c.Fails(http.MethodGet, w.c.Path(eipPath("ffffffffffffffffffffffffffffffffin07"), nil), nil, 400, "DBS.280238")
	other := w.c
	other.Project = "ffffffffffffffffffffffffffffffff"
	other.Fails(http.MethodGet, other.Path(eipPath(w.instance), nil), nil, 400, "DBS.280238")
	// Upper-case letters are letters: the seed's shape, not the sandbox's generated one.
	w.c.Fails(http.MethodGet, w.c.Path(eipPath("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFin07"), nil), nil, 400, "DBS.280238")
}

func TestShowInstanceEip_InstanceNotActiveCannotEnablePublicAccess(t *testing.T) {
	w := newWorld(t, 0)
	out := fixtures(t, w.h, fmt.Sprintf(`{"instances": [{"project_id": %q, "status": "REBOOTING"}]}`, project))
	id := out["instances"].([]any)[0].(map[string]any)["id"].(string)
	if got := w.c.Ok(http.MethodGet, w.c.Path(eipPath(id), nil), nil); got["can_enable_public_access"] != false || got["id"] != "" {
		t.Fatalf("%v", got)
	}
}
