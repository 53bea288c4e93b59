package ecm_test

import (
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// clbProvocations is TestErrorCodeConformance's part for load balancers,
// listeners, targets and their tasks.
func clbProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{TaskDuration: time.Second, Limits: map[string]int{ecm.LimitCLBsPerRegion: 3}})
	fail := func(action string, params map[string]any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	create := func(kv ...any) map[string]any {
		m := map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CTCC"}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	// CreateLoadBalancer.
	fail("CreateLoadBalancer", create("EcmRegion", "xx-nowhere-ecm"))
	fail("CreateLoadBalancer", create("LoadBalancerType", "INTERNAL"))
	fail("CreateLoadBalancer", create("VipIsp", "XXXX"))
	fail("CreateLoadBalancer", create("LoadBalancerName", "bad name!"))
	fail("CreateLoadBalancer", create("Number", 0))
	fail("CreateLoadBalancer", create("InternetAccessible", map[string]any{"InternetMaxBandwidthOut": 0}))
	fail("CreateLoadBalancer", create("InternetAccessible", map[string]any{"InternetMaxBandwidthOut": "many"}))
	fail("CreateLoadBalancer", create("InternetAccessible", map[string]any{"InternetMaxBandwidthOut": true}))
	fail("CreateLoadBalancer", create("VpcId", "vpc-00000000"))
	fail("CreateLoadBalancer", create("SubnetId", "subnet-00000000"))
	fail("CreateLoadBalancer", create("AddressIPVersion", "IPv6FullChain"))
	fail("CreateLoadBalancer", create("AddressIPVersion", "IPV5"))
	fail("CreateLoadBalancer", create("SecurityGroups", []string{"esg-00000000"}))
	fail("CreateLoadBalancer", create("Tags", make([]map[string]any, 51)))
	fail("CreateLoadBalancer", create("Number", 4))

	slow := h.Ok("CreateLoadBalancer", create())["LoadBalancerIds"].([]any)[0].(string)
	// A load balancer still being created takes no listeners or changes.
	fail("CreateListener", map[string]any{"LoadBalancerId": slow, "Ports": []int{1}, "Protocol": "TCP"})
	h.Clock.Advance(time.Minute)
	lb := clbCreate(h, "conf")
	other := clbCreate(h, "other")

	// DescribeLoadBalancers.
	fail("DescribeLoadBalancers", map[string]any{"EcmRegion": "xx-nowhere-ecm"})
	fail("DescribeLoadBalancers", map[string]any{"Offset": -1})
	fail("DescribeLoadBalancers", map[string]any{"Limit": 101})
	fail("DescribeLoadBalancers", map[string]any{"WithBackend": 2})
	fail("DescribeLoadBalancers", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id", "Values": []string{"x"}}}})
	fail("DescribeLoadBalancers", map[string]any{"Filters": make([]map[string]any, 11)})

	// ModifyLoadBalancerAttributes.
	fail("ModifyLoadBalancerAttributes", map[string]any{})
	fail("ModifyLoadBalancerAttributes", map[string]any{"LoadBalancerId": "lb-00000000"})
	fail("ModifyLoadBalancerAttributes", map[string]any{"LoadBalancerId": lb, "LoadBalancerName": "other"})
	fail("ModifyLoadBalancerAttributes", map[string]any{"LoadBalancerId": lb, "LoadBalancerName": ""})
	fail("ModifyLoadBalancerAttributes", map[string]any{"LoadBalancerId": lb, "InternetChargeInfo": map[string]any{"InternetMaxBandwidthOut": 100000}})

	// DeleteLoadBalancer.
	fail("DeleteLoadBalancer", map[string]any{})
	fail("DeleteLoadBalancer", map[string]any{"LoadBalancerIds": []string{"lb-00000000"}})
	fail("DeleteLoadBalancer", map[string]any{"LoadBalancerIds": make([]string, 21)})

	// Security groups.
	sg := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": "lb", "GroupDescription": "lb"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	fail("SetLoadBalancerSecurityGroups", map[string]any{"LoadBalancerId": "lb-00000000"})
	fail("SetLoadBalancerSecurityGroups", map[string]any{"LoadBalancerId": lb, "SecurityGroups": []string{"esg-00000000"}})
	fail("SetLoadBalancerSecurityGroups", map[string]any{"LoadBalancerId": lb, "SecurityGroups": []string{sg, sg, sg, sg, sg, sg}})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"SecurityGroup": sg, "OperationType": "ADD"})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{lb}, "OperationType": "ADD"})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{lb}, "SecurityGroup": sg, "OperationType": "PUT"})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{lb}, "SecurityGroup": "esg-00000000", "OperationType": "ADD"})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{"lb-00000000"}, "SecurityGroup": sg, "OperationType": "ADD"})

	// Malformed IDs (the seed's own lb-xxxx is well-formed; "lb-XX!" is not).
	for _, action := range []string{"ModifyLoadBalancerAttributes", "SetLoadBalancerSecurityGroups", "DescribeListeners", "DescribeTargets", "DeleteLoadBalancerListeners", "ModifyListener"} {
		fail(action, map[string]any{"LoadBalancerId": "lb-XX!", "ListenerId": "lbl-00000000"})
	}
	fail("DeleteLoadBalancer", map[string]any{"LoadBalancerIds": []string{"lbl-00000000"}})
	fail("DescribeTargetHealth", map[string]any{"LoadBalancerIds": []string{"LB-1"}})
	fail("SetSecurityGroupForLoadbalancers", map[string]any{"LoadBalancerIds": []string{"lb_1"}, "SecurityGroup": sg, "OperationType": "ADD"})

	// Task status.
	fail("DescribeLoadBalanceTaskStatus", map[string]any{})
	fail("DescribeLoadBalanceTaskStatus", map[string]any{"TaskId": "no-such-task"})
	fail("DescribeLoadBalanceTaskStatus", map[string]any{"TaskId": []string{"x"}})

	// Listeners.
	lis := func(kv ...any) map[string]any {
		m := map[string]any{"LoadBalancerId": lb, "Ports": []int{80}, "Protocol": "TCP"}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	fail("CreateListener", lis("LoadBalancerId", "lb-00000000"))
	fail("CreateListener", lis("Protocol", "HTTP"))
	fail("CreateListener", lis("Ports", []int{}))
	fail("CreateListener", lis("Ports", []int{0}))
	fail("CreateListener", lis("Ports", []int{70000}))
	fail("CreateListener", lis("ListenerNames", []string{"a", "b"}))
	fail("CreateListener", lis("EndPorts", []int{79}))
	fail("CreateListener", lis("SessionExpireTime", 10))
	fail("CreateListener", lis("Scheduler", "RR"))
	fail("CreateListener", lis("SessionType", "QUIC_CID"))
	fail("CreateListener", lis("HealthCheck", map[string]any{"TimeOut": 10, "IntervalTime": 5}))
	fail("CreateListener", lis("HealthCheck", map[string]any{"CheckType": "CUSTOM"}))
	fail("CreateListener", lis("HealthCheck", map[string]any{"HealthNum": 11}))
	fail("CreateListener", lis("HealthCheck", map[string]any{"CheckType": "HTTP"}))
	fail("CreateListener", lis("Protocol", "UDP", "HealthCheck", map[string]any{"CheckType": "CUSTOM", "ContextType": "JSON"}))
	_ = h.S.SetLimit(ecm.LimitCLBListenersPerLB, 1)
	fail("CreateListener", lis("Ports", []int{80, 81}))
	_ = h.S.SetLimit(ecm.LimitCLBListenersPerLB, 50)
	l := clbListener(h, lb, 80)
	fail("DescribeListeners", map[string]any{})
	fail("DescribeListeners", map[string]any{"LoadBalancerId": "lb-00000000"})
	fail("ModifyListener", map[string]any{"LoadBalancerId": lb, "ListenerId": "lbl-00000000"})
	fail("ModifyListener", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Scheduler": "RR"})
	fail("ModifyListener", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "SessionExpireTime": 4000})
	fail("ModifyListener", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "HealthCheck": map[string]any{"IntervalTime": 1000}})
	fail("DeleteListener", map[string]any{"LoadBalancerId": lb, "ListenerId": "lbl-00000000"})
	fail("DeleteListener", map[string]any{"LoadBalancerId": "lb-00000000", "ListenerId": l})
	fail("DeleteListener", map[string]any{"LoadBalancerId": lb, "ListenerId": "lb-knd4jr8m"}) // the seed example's listener ID
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": "lbl-", "NewPort": 1, "Targets": []map[string]any{{"InstanceId": "ein-1", "Port": 1}}})
	fail("DeleteLoadBalancerListeners", map[string]any{"LoadBalancerId": lb, "ListenerIds": []string{"lbl-00000000"}})
	fail("DeleteLoadBalancerListeners", map[string]any{"LoadBalancerId": "lb-00000000"})

	// Targets.
	ins := insLaunch(h)
	clbRegister(h, lb, l, ins, 80)
	tg := func(kv ...any) map[string]any {
		m := map[string]any{"ListenerId": l, "InstanceId": ins, "Port": 80}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	for _, action := range []string{"BatchRegisterTargets", "BatchDeregisterTargets"} {
		fail(action, map[string]any{"LoadBalancerId": "lb-00000000", "Targets": []map[string]any{tg()}})
		fail(action, map[string]any{"LoadBalancerId": lb})
		fail(action, map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg("ListenerId", "lbl-00000000")}})
		fail(action, map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg("ListenerId", "")}})
		fail(action, map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg("Port", 0)}})
		fail(action, map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg("Weight", 101)}})
		fail(action, map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg("InstanceId", "")}})
		fail(action, map[string]any{"LoadBalancerId": other, "Targets": []map[string]any{tg()}})
	}
	fail("BatchDeregisterTargets", map[string]any{"LoadBalancerId": lb, "Targets": []map[string]any{tg(), tg()}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": "lb-00000000", "ModifyList": []map[string]any{{"ListenerId": l}}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": l, "Weight": 200}}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": l}}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": "lbl-00000000", "Weight": 1}}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": l, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}}}})
	fail("BatchModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ModifyList": []map[string]any{{"ListenerId": l, "Weight": 1, "Targets": []map[string]any{{"InstanceId": ins, "Port": 81}}}}})
	fail("ModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Weight": -1, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}})
	fail("ModifyTargetWeight", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}, {"InstanceId": ins, "Port": 80}}})
	fail("ModifyTargetWeight", map[string]any{"LoadBalancerId": "lb-00000000", "ListenerId": l, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}})
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}})
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "NewPort": 81})
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "NewPort": 0, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}})
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": l, "NewPort": 81, "Targets": []map[string]any{{"InstanceId": ins, "Port": 82}}})
	fail("ModifyTargetPort", map[string]any{"LoadBalancerId": lb, "ListenerId": "lbl-00000000", "NewPort": 81, "Targets": []map[string]any{{"InstanceId": ins, "Port": 80}}})
	fail("DescribeTargets", map[string]any{"LoadBalancerId": "lb-00000000"})
	fail("DescribeTargets", map[string]any{"LoadBalancerId": lb, "Protocol": "HTTP"})
	fail("DescribeTargets", map[string]any{"LoadBalancerId": lb, "Protocol": 1})
	fail("DescribeTargets", map[string]any{"LoadBalancerId": lb, "Protocol": true})
	fail("DescribeTargetHealth", map[string]any{})
	fail("DescribeTargetHealth", map[string]any{"LoadBalancerIds": []string{"lb-00000000"}})
}
