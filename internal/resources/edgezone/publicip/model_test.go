package publicip

import (
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
)

// IpInfo as the document describes it (values from its field descriptions), in the answer's casing.
const ipInfoExample = `{"Ip": "10.100.0.20", "NetworkInstanceId": "epn-asdfghjkl", "InstanceId": "epm-asdfghjkl",
  "State": "Unbound", "Type": "Ipv4", "CreatedAt": "2026-04-07T00:00:00", "UpdatedAt": "2026-04-07T00:00:00"}`

func TestFromAPI_StoresOneCasing(t *testing.T) {
	var ip edgezone.IpInfo
	if err := json.Unmarshal([]byte(ipInfoExample), &ip); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&ip, false)
	if m.ID.ValueString() != "epn-asdfghjkl/10.100.0.20" || m.Type.ValueString() != "ipv4" || m.State.ValueString() != "Unbound" ||
		m.InstanceID.ValueString() != "epm-asdfghjkl" || m.CreatedAt.ValueString() != "2026-04-07T00:00:00" {
		t.Errorf("read: %+v", m)
	}
	// After a write, the planned spelling of the same type stays (Terraform requires it).
	m.Type = types.StringValue("IPv4")
	m.fromAPI(&ip, true)
	if m.Type.ValueString() != "IPv4" {
		t.Errorf("after a write: type %s, want the planned IPv4", m.Type)
	}
	// An IPv6 address is stored in its shortest form, so the ID is stable whatever the API's spelling.
	ip.Ip, ip.Type, ip.InstanceId = "2001:0db8:0000::1a2b", "Ipv6", ""
	m.fromAPI(&ip, false)
	if m.ID.ValueString() != "epn-asdfghjkl/2001:db8::1a2b" || m.Type.ValueString() != "ipv6" || !m.InstanceID.IsNull() {
		t.Errorf("IPv6: %+v", m)
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"epn-dfghjkl/226.10.12.3":     true,
		"epn-xxxxxxxx/2001:db8::1a2b": true,
		"epn-dfghjkl:226.10.12.3":     false, // ":" is never the separator
		"epn-dfghjkl/not-an-ip":       false,
		"eni-dfghjkl/226.10.12.3":     false,
		"epn-dfghjkl/226.10.12.3/x":   false,
		"epn-dfghjkl":                 false,
	} {
		if got := validID(id); got != want {
			t.Errorf("validID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestTypeOf(t *testing.T) {
	if typeOf("226.10.12.3") != "ipv4" || typeOf("2001:db8::1") != "ipv6" || typeOf("x") != "" {
		t.Error("typeOf")
	}
}
