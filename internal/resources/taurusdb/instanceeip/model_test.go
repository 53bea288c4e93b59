package instanceeip

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
)

// The seed's example response, verbatim, becomes these attributes.
func TestFromAPI_SeedExample(t *testing.T) {
	var e taurusdb.InstanceEip
	if err := json.Unmarshal([]byte(`{
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
}`), &e); err != nil {
		t.Fatal(err)
	}
	var m dataSourceModel
	if diags := m.fromAPI(context.Background(), &e); diags.HasError() {
		t.Fatal(diags)
	}
	for got, want := range map[types.String]string{
		m.EipID: "45a0ed37-cfa7-4403-8aeb-d720b4e831cf", m.Type: "5_bgp", m.PortID: "2c02dc5b-a136-4921-b7ad-27e084548616",
		m.PublicIPAddress: "10.83.35.151", m.PrivateIPAddress: "172.16.1.137", m.Status: "ACTIVE", m.TenantID: "23a50154cf494ec9ad6883979a12db0a",
		m.CreateTime: "2024-04-09 13:42:11", m.BandwidthID: "2a4b2bc5-2a0a-42df-8f13-2fbe3d8bbbb2", m.BandwidthName: "bandwidth-d3f4", m.BandwidthShareType: "PER",
	} {
		if got.ValueString() != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
	if !m.Bound.ValueBool() || !m.CanEnablePublicAccess.ValueBool() || m.BandwidthSize.ValueInt64() != 1 || m.Profile.IsNull() || len(m.Profile.Elements()) != 0 {
		t.Fatalf("bound %s, public access %s, size %s, profile %s", m.Bound, m.CanEnablePublicAccess, m.BandwidthSize, m.Profile)
	}
}

// No EIP: bound false and every EIP attribute null, even after an EIP was seen before.
func TestFromAPI_NoEIP(t *testing.T) {
	m := dataSourceModel{InstanceID: types.StringValue("i"), Region: types.StringValue("cn-north-4"), EipID: types.StringValue("old")}
	if diags := m.fromAPI(context.Background(), &taurusdb.InstanceEip{CanEnablePublicAccess: true}); diags.HasError() {
		t.Fatal(diags)
	}
	if m.Bound.ValueBool() || !m.CanEnablePublicAccess.ValueBool() || !m.BandwidthSize.IsNull() || !m.Profile.IsNull() || m.InstanceID.ValueString() != "i" {
		t.Fatalf("%+v", m)
	}
	for _, s := range m.eipStrings() {
		if !s.IsNull() {
			t.Errorf("an EIP attribute is %s, want null", *s)
		}
	}
}
