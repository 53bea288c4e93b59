package clblistener

import (
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's DescribeListeners output example (L19744-L19963), decoded by the client's own type.
const seedDescribeListenersOutput = `{"RequestId":"dcb32a03-de71-437a-9f92-a703e6d82927","TotalCount":2,"Listeners":[
{"HealthCheck":{"HealthNum":3,"IntervalTime":5,"UnHealthyNum":3,"TimeOut":2,"CheckType":"TCP","HealthSwitch":1},"CreateTime":"2020-07-21 20:15:54","ListenerId":"lbl-knd4jr8m","Port":13001,"Scheduler":"WRR","Protocol":"TCP","SessionExpireTime":0,"ListenerName":""},
{"HealthCheck":{"HealthNum":3,"IntervalTime":5,"UnHealthyNum":3,"TimeOut":2,"CheckType":"TCP","HealthSwitch":1},"CreateTime":"2020-07-21 20:15:54","ListenerId":"lbl-2fcyclbg","Port":13002,"Scheduler":"WRR","Protocol":"TCP","SessionExpireTime":0,"ListenerName":""}]}`

func seedListeners(t *testing.T) []ecm.Listener {
	t.Helper()
	var out ecm.DescribeListenersResponse
	if err := json.Unmarshal([]byte(seedDescribeListenersOutput), &out); err != nil {
		t.Fatal(err)
	}
	return out.Listeners
}

func TestFromAPI_SeedExample(t *testing.T) {
	var m resourceModel
	m.fromAPI("lb-f9zyj3kb", &seedListeners(t)[0])
	checks := map[string]bool{
		"id":                   m.ID.Equal(types.StringValue("lb-f9zyj3kb/lbl-knd4jr8m")),
		"port":                 m.Port.Equal(types.Int64Value(13001)),
		"end_port null":        m.EndPort.IsNull(),
		"listener_name null":   m.ListenerName.IsNull(),
		"session_type default": m.SessionType.Equal(types.StringValue(ecm.SessionTypeNormal)),
		"scheduler":            m.Scheduler.Equal(types.StringValue("WRR")),
	}
	for what, ok := range checks {
		if !ok {
			t.Errorf("%s: got %+v", what, m)
		}
	}
	var h healthCheckModel
	if diags := m.HealthCheck.As(t.Context(), &h, basetypes.ObjectAsOptions{}); diags.HasError() {
		t.Fatal(diags)
	}
	if !h.Enabled.ValueBool() || h.TimeOut.ValueInt64() != 2 || h.IntervalTime.ValueInt64() != 5 || !h.CheckPort.IsNull() || h.CheckType.ValueString() != "TCP" {
		t.Errorf("health check = %+v", h)
	}
}

func TestConflicting(t *testing.T) {
	ls := append(seedListeners(t), ecm.Listener{ListenerId: "lbl-range000", Protocol: "UDP", Port: 20000, EndPort: 20100})
	tests := []struct {
		protocol      string
		port, endPort int64
		want          string
	}{
		{"TCP", 13001, 0, "lbl-knd4jr8m"},
		{"TCP", 13000, 13002, "lbl-knd4jr8m"},
		{"TCP", 13003, 0, ""},
		{"UDP", 13001, 0, ""}, // TCP and UDP may share a port
		{"UDP", 20050, 0, "lbl-range000"},
		{"UDP", 19990, 20000, "lbl-range000"},
		{"UDP", 20101, 20200, ""},
	}
	for _, tt := range tests {
		got := conflicting(ls, tt.protocol, tt.port, tt.endPort)
		id := ""
		if got != nil {
			id = got.ListenerId
		}
		if id != tt.want {
			t.Errorf("conflicting(%s %d-%d) = %q, want %q", tt.protocol, tt.port, tt.endPort, id, tt.want)
		}
	}
}

// Only the configured health-check fields are sent: unknown (computed) ones are left to the cloud.
func TestHealthCheckToAPI_OnlyConfigured(t *testing.T) {
	vals := map[string]attr.Value{}
	for name, typ := range healthCheckAttrTypes {
		switch typ {
		case types.BoolType:
			vals[name] = types.BoolUnknown()
		case types.Int64Type:
			vals[name] = types.Int64Unknown()
		default:
			vals[name] = types.StringUnknown()
		}
	}
	vals["enabled"], vals["interval_time"] = types.BoolValue(false), types.Int64Value(30)
	var diags diag.Diagnostics
	h := healthCheckToAPI(t.Context(), types.ObjectValueMust(healthCheckAttrTypes, vals), &diags)
	if diags.HasError() {
		t.Fatal(diags)
	}
	got, _ := json.Marshal(h)
	if want := `{"HealthSwitch":0,"IntervalTime":30}`; string(got) != want {
		t.Errorf("HealthCheck = %s, want %s", got, want)
	}
	if healthCheckToAPI(t.Context(), types.ObjectNull(healthCheckAttrTypes), &diags) != nil {
		t.Error("a null health check must send nothing")
	}
	if portText(1, 5) != "1-5" || portText(7, 0) != "7" {
		t.Error("portText")
	}
}
