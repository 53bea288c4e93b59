package ecm

import (
	"testing"
	"time"
)

// Load balancers, listeners, targets and CLB tasks (running ones too)
// survive the state file.
func TestCLBPersist(t *testing.T) {
	d := newDirect(t)
	lb := d.ok("CreateLoadBalancer", map[string]any{"EcmRegion": dRegion, "LoadBalancerType": "OPEN", "VipIsp": "CTCC", "LoadBalancerName": "p"})["LoadBalancerIds"].([]any)[0].(string)
	d.now = d.now.Add(time.Minute)
	l := d.ok("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{80}, "Protocol": "UDP", "ListenerNames": []string{"dns"}})["ListenerIds"].([]any)[0].(string)
	if len(d.p.state.CLBTasks) != 2 {
		t.Fatalf("tasks %v", d.p.state.CLBTasks)
	}
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	d2.now = d.now
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	var running *clbTask
	for _, task := range d2.p.state.CLBTasks {
		if task.Status == clbTaskRunning {
			running = task
		}
	}
	if running == nil || running.Action != "CreateListener" {
		t.Fatalf("running task not kept: %v", d2.p.state.CLBTasks)
	}
	d2.now = d2.now.Add(time.Minute)
	ls := d2.ok("DescribeListeners", map[string]any{"LoadBalancerId": lb})["Listeners"].([]any)
	if len(ls) != 1 || ls[0].(map[string]any)["ListenerId"] != l || ls[0].(map[string]any)["ListenerName"] != "dns" || running.Status != clbTaskSucceeded {
		t.Fatalf("after reload %v (task %d)", ls, running.Status)
	}
	// The registry knows the IDs again: a new listener gets another ID, the VIP stays taken.
	if _, ok := d2.p.state.ids[l]; !ok || !d2.p.state.ips[d2.p.state.LoadBalancers[lb].VIP] {
		t.Fatal("registry not rebuilt")
	}
}
