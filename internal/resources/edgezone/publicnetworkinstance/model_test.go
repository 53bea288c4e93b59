package publicnetworkinstance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
)

// PublicNetworkInstanceInfo in the answer's casing (RouteMode upper case, documented as STATIC, BGP, OSPF).
const instanceExample = `{"NetworkInstanceId": "epn-dfghjkl", "ZoneId": "ap-guangzhou-ez-1", "NetworkInstanceName": "edge",
  "Bandwidth": 100, "Line": "BGP", "RouteMode": "BGP", "ServerCount": 2, "Ipv4Count": 0, "Ipv6Count": 0,
  "Ipv4CidrSet": [{"Cidr": "203.0.113.0/28", "Gateway": "203.0.113.1"}], "Ipv6CidrSet": null,
  "CreatedAt": "2026-04-07T00:00:00", "UpdatedAt": "2026-04-08T00:00:00"}`

func TestFromAPI(t *testing.T) {
	var i edgezone.PublicNetworkInstanceInfo
	if err := json.Unmarshal([]byte(instanceExample), &i); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.RouteMode = types.StringValue("bgp")
	m.fromAPI(&i, true)
	if m.RouteMode.ValueString() != "bgp" {
		t.Errorf("after a write the planned spelling stays: %s", m.RouteMode)
	}
	m.fromAPI(&i, false)
	if m.RouteMode.ValueString() != "BGP" || m.Bandwidth.ValueInt64() != 100 || len(m.Ipv4Cidrs.Elements()) != 1 ||
		m.Ipv6Cidrs.IsNull() || len(m.Ipv6Cidrs.Elements()) != 0 || m.ServerCount.ValueInt64() != 2 {
		t.Errorf("read: %+v", m)
	}
	if s, v4, v6 := i.InUseBy(); s != 2 || v4 != 0 || v6 != 0 {
		t.Errorf("InUseBy = %d %d %d", s, v4, v6)
	}
}

func TestDuplicateDiagnostic_NamesTheExistingInstance(t *testing.T) {
	d := duplicateDiagnostic("ap-guangzhou-ez-1", &edgezone.PublicNetworkInstanceInfo{NetworkInstanceId: "epn-abc", NetworkInstanceName: "x", RouteMode: "STATIC"}, nil)
	if d.Summary() != "One public network instance per zone" || !strings.Contains(d.Detail(), "epn-abc") || !strings.Contains(d.Detail(), "terraform import") {
		t.Errorf("%s: %s", d.Summary(), d.Detail())
	}
}
