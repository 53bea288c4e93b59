package taurusdb

import (
	"encoding/json"
	"reflect"
	"testing"
)

// seedExample is ShowInstanceEip's example response, verbatim from seed 004 (bandwidth_size the
// number 1, although the table types it String).
const seedExample = `{
  "can_enable_public_access" : true,
  "id" : "45a0ed37-cfa7-4403-8aeb-d720b4e831cf",
  "type" : "5_bgp",
  "port_id" : "2c02dc5b-a136-4921-b7ad-27e084548616",
  "public_ip_address" : "10.83.35.151",
  "private_ip_address" : "172.16.1.137",
  "status" : "ACTIVE",
  "tenant_id" : "23a50154cf494ec9ad6883979a12db0a",
  "create_time" : "2024-04-09 13:42:11",
  "bandwidth_id" : "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2",
  "bandwidth_name" : "bandwidth-d3f4",
  "bandwidth_size" : 1,
  "bandwidth_share_type" : "PER",
  "profile" : { }
}`

func TestInstanceEip_DecodesTheSeedExample(t *testing.T) {
	var e InstanceEip
	if err := json.Unmarshal([]byte(seedExample), &e); err != nil {
		t.Fatal(err)
	}
	want := InstanceEip{
		CanEnablePublicAccess: true, ID: "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", Type: "5_bgp", PortID: "2c02dc5b-a136-4921-b7ad-27e084548616",
		PublicIPAddress: "10.83.35.151", PrivateIPAddress: "172.16.1.137", Status: "ACTIVE", TenantID: "23a50154cf494ec9ad6883979a12db0a",
		CreateTime: "2024-04-09 13:42:11", BandwidthID: "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2", BandwidthName: "bandwidth-d3f4",
		BandwidthSize: 1, BandwidthShareType: "PER",
	}
	profile := e.Profile
	e.Profile = nil
	if !reflect.DeepEqual(e, want) || profile == nil || len(profile) != 0 || !e.Bound() {
		t.Fatalf("decoded %+v", e)
	}
}

// bandwidth_size is documented as String and exemplified as a number: both decode.
func TestFlexInt(t *testing.T) {
	for in, want := range map[string]FlexInt{`1`: 1, `"1"`: 1, `" 300 "`: 300, `2000`: 2000, `5.0`: 5, `null`: 0, `""`: 0, `1e3`: 1000} {
		var f FlexInt
		if err := json.Unmarshal([]byte(in), &f); err != nil || f != want {
			t.Errorf("%s: %d, %v; want %d", in, f, err, want)
		}
	}
	for _, bad := range []string{`1.5`, `"1.5"`, `"five"`, `true`, `{}`, `[]`} {
		var f FlexInt
		if err := json.Unmarshal([]byte(bad), &f); err == nil {
			t.Errorf("%s accepted as %d", bad, f)
		}
	}
}

// "No EIP bound" (undocumented): an answer with neither id nor public_ip_address.
func TestInstanceEip_Bound(t *testing.T) {
	for body, bound := range map[string]bool{
		`{}`:                                false,
		`{"can_enable_public_access":true}`: false,
		`{"can_enable_public_access":true,"id":"","public_ip_address":"","bandwidth_size":""}`: false,
		`{"id":"45a0ed37-cfa7-4403-8aeb-d720b4e831cf"}`:                                        true,
		`{"public_ip_address":"10.83.35.151"}`:                                                 true,
	} {
		var e InstanceEip
		if err := json.Unmarshal([]byte(body), &e); err != nil || e.Bound() != bound {
			t.Errorf("%s: bound %v (%v), want %v", body, e.Bound(), err, bound)
		}
	}
}

func TestInstanceEip_ProfileStrings(t *testing.T) {
	var e InstanceEip
	if err := json.Unmarshal([]byte(`{"profile":{"order_id":"CS2404","product_id":"00301","count":2,"extra":{"a":1}}}`), &e); err != nil {
		t.Fatal(err)
	}
	got := e.ProfileStrings()
	want := map[string]string{"order_id": "CS2404", "product_id": "00301", "count": "2", "extra": `{"a":1}`}
	if len(got) != len(want) {
		t.Fatalf("profile %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("profile[%s] = %q, want %q", k, got[k], v)
		}
	}
}
