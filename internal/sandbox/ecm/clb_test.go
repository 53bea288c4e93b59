package ecm_test

import (
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

// The CLB emulation's behaviour: tasks keyed by RequestId, load balancer
// states, failed tasks undoing their change, listener port conflicts,
// targets against real instances and ENI addresses, health, quotas.

func clbDescribe(h *harness, id string) map[string]any {
	set := h.Ok("DescribeLoadBalancers", map[string]any{"LoadBalancerIds": []string{id}})["LoadBalancerSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

func clbListeners(h *harness, lb string) []any {
	return h.Ok("DescribeListeners", map[string]any{"LoadBalancerId": lb})["Listeners"].([]any)
}

func TestCLBCreateTaskAndStates(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	out := h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CMCC", "LoadBalancerName": "web"})
	id, task := out["LoadBalancerIds"].([]any)[0].(string), out["RequestId"].(string)
	if s := clbTaskStatus(h, task); s != 2 {
		t.Fatalf("task status %v, want 2 (in progress)", s)
	}
	lb := clbDescribe(h, id)
	if lb["Status"].(float64) != 0 || lb["NetworkAttributes"].(map[string]any)["InternetMaxBandwidthOut"].(float64) != 10 || len(lb["LoadBalancerVips"].([]any)) != 1 {
		t.Fatalf("creating: %v", lb)
	}
	// A creating load balancer takes no listeners.
	h.Fails("CreateListener", map[string]any{"LoadBalancerId": id, "Ports": []int{80}, "Protocol": "TCP"}, "FailedOperation")
	h.Clock.Advance(10 * time.Second)
	if s := clbTaskStatus(h, task); s != 0 {
		t.Fatalf("task status %v, want 0", s)
	}
	if lb := clbDescribe(h, id); lb["Status"].(float64) != 1 {
		t.Fatalf("running: %v", lb)
	}
	// An unknown task (any string that is no CLB call's RequestId).
	h.Fails("DescribeLoadBalanceTaskStatus", map[string]any{"TaskId": "a4b58173-34c0-4940-9759-28e06257f3dc"}, "InvalidParameterValue.InvalidPublicParam")
	// A duplicate name gets the ID as its name.
	dup := h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CMCC", "LoadBalancerName": "web"})["LoadBalancerIds"].([]any)[0].(string)
	if lb := clbDescribe(h, dup); lb["LoadBalancerName"] != dup {
		t.Fatalf("duplicate name: %v", lb)
	}
	// Delete: gone at once, the task in progress, then succeeded.
	del := h.Ok("DeleteLoadBalancer", map[string]any{"LoadBalancerIds": []string{id}})["RequestId"].(string)
	if clbDescribe(h, id) != nil || clbTaskStatus(h, del) != 2 {
		t.Fatal("not deleting")
	}
	h.Clock.Advance(10 * time.Second)
	if clbDescribe(h, id) != nil || clbTaskStatus(h, del) != 0 {
		t.Fatal("not deleted")
	}
}

// A task_result: FAILED fault: the task fails and its change is undone.
func TestCLBFailedTasksUndo(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 5 * time.Second})
	h.S.AddFault(Fault{Action: "CreateLoadBalancer", TaskResult: "FAILED", Count: 1})
	out := h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CMCC"})
	id, task := out["LoadBalancerIds"].([]any)[0].(string), out["RequestId"].(string)
	h.Clock.Advance(5 * time.Second)
	if s := clbTaskStatus(h, task); s != 1 || clbDescribe(h, id) != nil {
		t.Fatalf("failed create: status %v, load balancer %v", s, clbDescribe(h, id))
	}

	lb := clbCreate(h, "keep")
	l := clbListener(h, lb, 80)
	h.Clock.Advance(5 * time.Second)
	for _, action := range []string{"ModifyLoadBalancerAttributes", "DeleteListener", "DeleteLoadBalancer"} {
		h.S.AddFault(Fault{Action: action, TaskResult: "FAILED", Count: 1})
	}
	mod := h.Ok("ModifyLoadBalancerAttributes", map[string]any{"LoadBalancerId": lb, "LoadBalancerName": "renamed",
		"InternetChargeInfo": map[string]any{"InternetMaxBandwidthOut": 50}, "LoadBalancerPassToTarget": true})["RequestId"].(string)
	if d := clbDescribe(h, lb); d["LoadBalancerName"] != "renamed" || d["LoadBalancerPassToTarget"] != true {
		t.Fatalf("not applied at once: %v", d)
	}
	dl := h.Ok("DeleteListener", map[string]any{"LoadBalancerId": lb, "ListenerId": l})["RequestId"].(string)
	if len(clbListeners(h, lb)) != 0 {
		t.Fatal("listener kept")
	}
	h.Clock.Advance(5 * time.Second)
	if clbTaskStatus(h, mod) != 1 || clbTaskStatus(h, dl) != 1 {
		t.Fatal("tasks did not fail")
	}
	d := clbDescribe(h, lb)
	if d["LoadBalancerName"] != "keep" || d["LoadBalancerPassToTarget"] != false || d["NetworkAttributes"].(map[string]any)["InternetMaxBandwidthOut"].(float64) != 10 {
		t.Fatalf("modification not undone: %v", d)
	}
	if ls := clbListeners(h, lb); len(ls) != 1 || ls[0].(map[string]any)["ListenerId"] != l {
		t.Fatalf("listener not restored: %v", ls)
	}
	del := h.Ok("DeleteLoadBalancer", map[string]any{"LoadBalancerIds": []string{lb}})["RequestId"].(string)
	h.Clock.Advance(5 * time.Second)
	if clbTaskStatus(h, del) != 1 || clbDescribe(h, lb) == nil || len(clbListeners(h, lb)) != 1 {
		t.Fatal("deletion not undone")
	}
}

// CreateListener's table has no port-conflict code: the task fails.
func TestCLBListenerPortConflict(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 5 * time.Second})
	lb := clbCreate(h, "ports")
	h.Clock.Advance(5 * time.Second)
	h.Ok("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{8000}, "EndPorts": []int{8010}, "Protocol": "TCP"})
	out := h.Ok("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{8005}, "Protocol": "TCP"})
	udp := h.Ok("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{8005}, "Protocol": "UDP"})
	h.Clock.Advance(5 * time.Second)
	if clbTaskStatus(h, out["RequestId"].(string)) != 1 || clbTaskStatus(h, udp["RequestId"].(string)) != 0 {
		t.Fatal("conflict not reported by the task")
	}
	ls := clbListeners(h, lb)
	if len(ls) != 2 {
		t.Fatalf("listeners: %v", ls)
	}
	// Ports in one request overlapping each other are refused at once.
	h.Fails("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{9000, 9000}, "Protocol": "TCP"}, "InvalidParameterValue")
}

func TestCLBTargetsAndHealth(t *testing.T) {
	h := newHarness(t, Options{})
	lb := clbCreate(h, "targets")
	l := clbListener(h, lb, 80)
	net := eniInstance(h)
	other := insLaunch(h)
	// A secondary ENI attached to the instance: its address is a target too.
	eni := eniCreate(h, net.vpc, net.subnet)
	h.Ok("AttachNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "InstanceId": net.ins})
	h.Clock.Advance(time.Minute)
	eniIP := eniIPs(eniDescribe(h, eni))[0]

	out := h.Ok("BatchRegisterTargets", map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{
		{"ListenerId": l, "InstanceId": net.ins, "Port": 8080, "Weight": 20},
		{"ListenerId": l, "EniIp": eniIP, "Port": 8080},
		{"ListenerId": l, "InstanceId": other, "Port": 8080},
	}})
	if f := out["FailListenerIdSet"].([]any); len(f) != 0 {
		t.Fatalf("fails %v", f)
	}
	tgs := clbTargets(h, lb, l)
	if len(tgs) != 3 || tgs[1].(map[string]any)["PrivateIpAddresses"].([]any)[0] != eniIP || tgs[1].(map[string]any)["EniId"] != eni ||
		tgs[1].(map[string]any)["Weight"].(float64) != 10 || tgs[0].(map[string]any)["Weight"].(float64) != 20 {
		t.Fatalf("targets %v", tgs)
	}
	// Unknown instances and duplicates put the listener in FailListenerIdSet.
	for _, bad := range []map[string]any{{"ListenerId": l, "InstanceId": "ein-00000000", "Port": 1}, {"ListenerId": l, "InstanceId": net.ins, "Port": 8080}} {
		if f := h.Ok("BatchRegisterTargets", map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{bad}})["FailListenerIdSet"].([]any); len(f) != 1 || f[0] != l {
			t.Fatalf("%v: fails %v", bad, f)
		}
	}
	// One weight change, then a port change.
	h.Ok("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": l,
		"Targets": []map[string]any{{"InstanceId": other, "Port": 8080}}, "Weight": 77}}})
	h.Ok("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Targets": []map[string]any{{"InstanceId": other, "Port": 8080}}, "NewPort": 9090})
	tgs = clbTargets(h, lb, l)
	if o := tgs[2].(map[string]any); len(tgs) != 3 || o["Weight"].(float64) != 77 || o["Port"].(float64) != 9090 {
		t.Fatalf("after weight and port: %v", tgs)
	}
	h.Fails("ModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Targets": []map[string]any{{"InstanceId": other, "Port": 8080}}}, "ResourceNotFound")

	// Health: a stopped instance is Dead.
	health := func() map[string]string {
		out := map[string]string{}
		rs := h.Ok("DescribeTargetHealth", map[string]any{"LoadBalancerIds": []string{lb}})["LoadBalancers"].([]any)[0].(map[string]any)["Listeners"].([]any)[0].(map[string]any)["Rules"].([]any)[0].(map[string]any)["Targets"].([]any)
		for _, r := range rs {
			m := r.(map[string]any)
			out[m["IP"].(string)] = m["HealthStatusDetail"].(string)
		}
		return out
	}
	if hs := health(); len(hs) != 3 || hs[eniIP] != "Alive" {
		t.Fatalf("health %v", hs)
	}
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{net.ins}})
	h.Clock.Advance(time.Minute)
	hs := health()
	if hs[eniIP] != "Dead" || hs[insDescribe(h, other)["VirtualPrivateCloud"].(map[string]any)["PrivateIpAddresses"].([]any)[0].(string)] != "Alive" {
		t.Fatalf("after stop %v", hs)
	}
	// A listener with its health check off reports Close.
	h.Ok("ModifyListener", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "HealthCheck": map[string]any{"HealthSwitch": 0}})
	if hs := health(); hs[eniIP] != "Close" {
		t.Fatalf("check off %v", hs)
	}
	// Deregistration; a terminated instance drops out.
	out = h.Ok("BatchDeregisterTargets", map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{{"ListenerId": l, "EniIp": eniIP, "Port": 8080}}})
	if f := out["FailListenerIdSet"].([]any); len(f) != 0 {
		t.Fatalf("deregister fails %v", f)
	}
	h.Ok("TerminateInstances", map[string]any{"InstanceIdSet": []string{other}})
	h.Clock.Advance(time.Hour)
	if tgs := clbTargets(h, lb, l); len(tgs) != 1 || tgs[0].(map[string]any)["InstanceId"] != net.ins {
		t.Fatalf("after deregistration and termination: %v", tgs)
	}
	if f := h.Ok("BatchDeregisterTargets", map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{{"ListenerId": l, "EniIp": eniIP, "Port": 8080}}})["FailListenerIdSet"].([]any); len(f) != 1 {
		t.Fatalf("deregistering twice: %v", f)
	}
	// BackendPrivateIps and WithBackend find the load balancer by its targets.
	ip := insDescribe(h, net.ins)["VirtualPrivateCloud"].(map[string]any)["PrivateIpAddresses"].([]any)[0].(string)
	if n := h.Ok("DescribeLoadBalancers", map[string]any{"BackendPrivateIps": []string{ip}, "WithBackend": 1})["TotalCount"].(float64); n != 1 {
		t.Fatalf("by backend: %v", n)
	}
}

func TestCLBQuotasAndSecurityGroups(t *testing.T) {
	h := newHarness(t, Options{Limits: map[string]int{ecm.LimitCLBsPerRegion: 2, ecm.LimitCLBListenersPerLB: 1, ecm.LimitCLBTargetsPerListener: 1}})
	a, b := clbCreate(h, "a"), clbCreate(h, "b")
	h.Fails("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CMCC"}, "LimitExceeded.LBLimitExceeded")
	l := clbListener(h, a, 80)
	h.Fails("CreateListener", map[string]any{"LoadBalancerId": a, "Ports": []int{81}, "Protocol": "TCP"}, "LimitExceeded")
	i1, i2 := insLaunch(h), insLaunch(h)
	clbRegister(h, a, l, i1, 80)
	if f := h.Ok("BatchRegisterTargets", map[string]any{"LoadBalancerId": a, "Targets": []map[string]any{{"ListenerId": l, "InstanceId": i2, "Port": 80}}})["FailListenerIdSet"].([]any); len(f) != 1 {
		t.Fatalf("over the target quota: %v", f)
	}
	sg := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": "lb", "GroupDescription": "lb"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	h.Ok("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{a, b}, "SecurityGroup": sg, "OperationType": "ADD"})
	if n := h.Ok("DescribeLoadBalancers", map[string]any{"SecurityGroup": sg})["TotalCount"].(float64); n != 2 {
		t.Fatalf("%v load balancers in the group", n)
	}
	st := h.Ok("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{sg}})["SecurityGroupAssociationStatisticsSet"].([]any)[0].(map[string]any)
	if st["CLB"].(float64) != 2 || st["TotalCount"].(float64) != 2 {
		t.Fatalf("statistics %v", st)
	}
	h.Fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": sg}, "ResourceInUse")
	h.Ok("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{a}, "SecurityGroup": sg, "OperationType": "DEL"})
	h.Ok("SetLoadBalancerSecurityGroups", map[string]any{"LoadBalancerId": b})
	if n := h.Ok("DescribeLoadBalancers", map[string]any{"SecurityGroup": sg})["TotalCount"].(float64); n != 0 {
		t.Fatalf("%v load balancers still in the group", n)
	}
	h.Ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": sg})
}
