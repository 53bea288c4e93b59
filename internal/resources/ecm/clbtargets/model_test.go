package clbtargets

import (
	"encoding/json"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's DescribeTargetHealth output example (L19130-L19319).
const seedDescribeTargetHealthOutput = `{"RequestId":"040f094b-aed7-45fc-963a-ebae4970be44","LoadBalancers":[{"LoadBalancerId":"lb-f9zyj3kb","LoadBalancerName":"test",
"Listeners":[{"Rules":[{"Targets":[{"HealthStatus":true,"HealthStatusDetail":"Alive","IP":"172.16.0.67","Port":23001,"TargetId":"ein-ncnepgio"}]}],"ListenerId":"lbl-knd4jr8m","Port":13001,"Protocol":"TCP","ListenerName":""}]}]}`

func TestHealthRows_SeedExample(t *testing.T) {
	var out ecm.DescribeTargetHealthResponse
	if err := json.Unmarshal([]byte(seedDescribeTargetHealthOutput), &out); err != nil {
		t.Fatal(err)
	}
	rows := healthRows(out.LoadBalancers)
	if len(rows) != 1 {
		t.Fatalf("rows = %d, want 1", len(rows))
	}
	r := rows[0]
	if r.LoadBalancerID.ValueString() != "lb-f9zyj3kb" || r.ListenerID.ValueString() != "lbl-knd4jr8m" || r.ListenerPort.ValueInt64() != 13001 ||
		r.TargetID.ValueString() != "ein-ncnepgio" || r.IP.ValueString() != "172.16.0.67" || r.Port.ValueInt64() != 23001 ||
		!r.Healthy.ValueBool() || r.HealthStatusDetail.ValueString() != "Alive" {
		t.Errorf("row = %+v", r)
	}
}

// The seed's DescribeTargets example (L18807-L19129, one backend of it) decodes into Backend.
func TestBackend_SeedExample(t *testing.T) {
	const example = `{"Listeners":[{"Targets":[],"ListenerId":"lbl-43jbp1cc","Port":12345,"Protocol":"TCP"},{"Targets":[{"EniId":"eni-i0qls00b","InstanceName":"","InstanceId":"ein-nu5sp1s4","PublicIpAddresses":["101.67.8.124"],"Port":23001,"RegisteredTime":"2020-08-12 16:08:15","Weight":100,"PrivateIpAddresses":["172.16.0.74"]}],"ListenerId":"lbl-o0hptbhg","Port":13001,"Protocol":"TCP"}]}`
	var out ecm.DescribeTargetsResponse
	if err := json.Unmarshal([]byte(example), &out); err != nil {
		t.Fatal(err)
	}
	b := out.Listeners[1].Targets[0]
	if b.InstanceId != "ein-nu5sp1s4" || b.Port != 23001 || b.Weight != 100 || b.PrivateIpAddresses[0] != "172.16.0.74" {
		t.Errorf("backend = %+v", b)
	}
}

// Port moves with one new port share one ModifyTargetPort call; different new ports do not.
func TestMovesByNewPort(t *testing.T) {
	m := func(id string, from, to int64) portMove {
		return portMove{owner: owner{InstanceID: id}, From: from, To: to}
	}
	groups := movesByNewPort([]portMove{m("ein-b", 80, 8080), m("ein-a", 81, 8080), m("ein-c", 80, 9090)})
	if len(groups) != 2 || len(groups[0]) != 2 || groups[0][0].To != 8080 || groups[1][0].InstanceID != "ein-c" {
		t.Errorf("groups = %+v", groups)
	}
}
