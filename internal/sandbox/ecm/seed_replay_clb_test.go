package ecm_test

import (
	"testing"
	"time"
)

// Seed replays of the CLB actions (TestSeedReplay runs them). Each example's
// IDs are replaced by a load balancer, listeners and targets made first.

// clbCreate makes a running load balancer in the region's default VPC.
func clbCreate(h *harness, name string) string {
	out := h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CTCC", "LoadBalancerName": name})
	id := out["LoadBalancerIds"].([]any)[0].(string)
	h.Clock.Advance(time.Minute)
	if s := clbTaskStatus(h, out["RequestId"].(string)); s != 0 {
		h.T.Fatalf("CreateLoadBalancer task status %v", s)
	}
	return id
}

// clbListener makes a TCP listener on port.
func clbListener(h *harness, lb string, port int) string {
	out := h.Ok("CreateListener", map[string]any{"LoadBalancerId": lb, "Ports": []int{port}, "Protocol": "TCP"})
	h.Clock.Advance(time.Minute)
	return out["ListenerIds"].([]any)[0].(string)
}

// clbRegister registers an instance's port with a listener (weight 10).
func clbRegister(h *harness, lb, listener, instance string, port int) {
	out := h.Ok("BatchRegisterTargets", map[string]any{"LoadBalancerId": lb,
		"Targets": []map[string]any{{"ListenerId": listener, "InstanceId": instance, "Port": port, "Weight": 10}}})
	if fails := out["FailListenerIdSet"].([]any); len(fails) != 0 {
		h.T.Fatalf("register %s:%d: %v", instance, port, fails)
	}
	h.Clock.Advance(time.Second)
}

func clbTaskStatus(h *harness, requestID string) float64 {
	return h.Ok("DescribeLoadBalanceTaskStatus", map[string]any{"TaskId": requestID})["Status"].(float64)
}

// clbTargets is DescribeTargets' Targets of one listener.
func clbTargets(h *harness, lb, listener string) []any {
	ls := h.Ok("DescribeTargets", map[string]any{"LoadBalancerId": lb, "ListenerIds": []string{listener}})["Listeners"].([]any)
	if len(ls) != 1 {
		h.T.Fatalf("listener %s: %v", listener, ls)
	}
	return ls[0].(map[string]any)["Targets"].([]any)
}

func clbSeedCases() []seedCase {
	lbOnly := func(exampleID string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) { return []string{exampleID}, []string{clbCreate(h, "seed")} }
	}
	// withTarget: a load balancer with a listener and an instance registered on port.
	withTarget := func(lbID, lblID, einID string, port int) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) {
			lb := clbCreate(h, "seed")
			l := clbListener(h, lb, 13001)
			ins := insLaunch(h)
			clbRegister(h, lb, l, ins, port)
			return []string{lbID, lblID, einID}, []string{lb, l, ins}
		}
	}
	return []seedCase{
		{name: "CreateLoadBalancer", action: "CreateLoadBalancer", in: seedCreateLoadBalancerQuery, out: seedCreateLoadBalancerOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"vpc-12345678"}, []string{h.CreateVpc("10.0.0.0/16")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				id := resp["LoadBalancerIds"].([]any)[0].(string)
				lb := h.Ok("DescribeLoadBalancers", map[string]any{"LoadBalancerIds": []string{id}})["LoadBalancerSet"].([]any)[0].(map[string]any)
				if lb["LoadBalancerName"] != "testname" || lb["NetworkAttributes"].(map[string]any)["InternetMaxBandwidthOut"].(float64) != 2000 {
					t.Fatalf("new load balancer: %v", lb)
				}
				if s := clbTaskStatus(h, resp["RequestId"].(string)); s != 0 || lb["Status"].(float64) != 1 { // TaskDuration 0: done at the next call
					t.Fatalf("task status %v, load balancer %v", s, lb)
				}
			}},
		{name: "DescribeLoadBalancers", action: "DescribeLoadBalancers", in: seedDescribeLoadBalancersIn, out: seedDescribeLoadBalancersOut,
			setup: func(h *harness) ([]string, []string) {
				h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CUCC", "LoadBalancerName": "test",
					"InternetAccessible": map[string]any{"InternetMaxBandwidthOut": 100}, "Tags": []map[string]any{{"TagKey": "test", "TagValue": "test"}}})
				h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": "ap-xian-ecm", "LoadBalancerType": "OPEN", "VipIsp": "CTCC"})
				return nil, nil
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if resp["TotalCount"].(float64) != 1 {
					t.Fatalf("the other region's load balancer is listed: %v", resp)
				}
			}},
		{name: "ModifyLoadBalancerAttributes", action: "ModifyLoadBalancerAttributes", in: seedModifyLoadBalancerAttributesIn, out: seedModifyLoadBalancerAttributesOut,
			setup: lbOnly("lb-6efswuxa"),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				set := h.Ok("DescribeLoadBalancers", map[string]any{"LoadBalancerName": "newlbname"})["LoadBalancerSet"].([]any)
				if len(set) != 1 {
					t.Fatalf("renamed: %v", set)
				}
			}},
		{name: "DeleteLoadBalancer", action: "DeleteLoadBalancer", in: seedDeleteLoadBalancerIn, out: seedDeleteLoadBalancerOut,
			setup: lbOnly("lb-f9zyj3kb"),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if n := h.Ok("DescribeLoadBalancers", map[string]any{})["TotalCount"].(float64); n != 0 {
					t.Fatalf("%v load balancers left", n)
				}
			}},
		{name: "SetLoadBalancerSecurityGroups", action: "SetLoadBalancerSecurityGroups", in: seedSetLoadBalancerSecurityGroupsIn, out: seedSetLoadBalancerSecurityGroupsOut,
			setup: func(h *harness) ([]string, []string) {
				sg := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": "lb", "GroupDescription": "lb"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
				return []string{"lb-mov2697v", "esg-0t3h9lmk"}, []string{clbCreate(h, "seed"), sg}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				lb := h.Ok("DescribeLoadBalancers", map[string]any{})["LoadBalancerSet"].([]any)[0].(map[string]any)
				if len(lb["SecureGroups"].([]any)) != 1 {
					t.Fatalf("groups: %v", lb)
				}
			}},
		{name: "SetSecurityGroupForLoadbalancers", action: "SetSecurityGroupForLoadbalancers", in: seedSetSecurityGroupForLoadbalancersIn, out: seedSetSecurityGroupForLoadbalancersOut,
			setup: func(h *harness) ([]string, []string) {
				sg := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": "lb", "GroupDescription": "lb"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
				return []string{"lb-mov2697v", "esg-0t3h9lmk"}, []string{clbCreate(h, "seed"), sg}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				lb := h.Ok("DescribeLoadBalancers", map[string]any{})["LoadBalancerSet"].([]any)[0].(map[string]any)
				if len(lb["SecureGroups"].([]any)) != 1 {
					t.Fatalf("groups: %v", lb)
				}
			}},
		{name: "DescribeLoadBalanceTaskStatus", action: "DescribeLoadBalanceTaskStatus", in: seedDescribeLoadBalanceTaskStatusIn, out: seedDescribeLoadBalanceTaskStatusOut,
			setup: func(h *harness) ([]string, []string) {
				out := h.Ok("CreateLoadBalancer", map[string]any{"EcmRegion": testRegion, "LoadBalancerType": "OPEN", "VipIsp": "CTCC"})
				return []string{"a4b58173-34c0-4940-9759-28e06257f3dc"}, []string{out["RequestId"].(string)}
			}},
		{name: "CreateListener", action: "CreateListener", in: seedCreateListenerIn, out: seedCreateListenerOut, ints: []string{"0", "1", "2"}, // Ports.N
			setup: lbOnly("lb-f9zyj3kb"),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if n := len(resp["ListenerIds"].([]any)); n != 3 {
					t.Fatalf("%d listeners", n)
				}
			}},
		{name: "DescribeListeners", action: "DescribeListeners", in: seedDescribeListenersIn, out: seedDescribeListenersOut,
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				clbListener(h, lb, 13001)
				clbListener(h, lb, 13002)
				return []string{"lb-f9zyj3kb"}, []string{lb}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				l := resp["Listeners"].([]any)[0].(map[string]any)
				if resp["TotalCount"].(float64) != 2 || l["Port"].(float64) != 13001 || l["Scheduler"] != "WRR" || l["HealthCheck"].(map[string]any)["HealthNum"].(float64) != 3 {
					t.Fatalf("listeners: %v", resp)
				}
			}},
		{name: "ModifyListener", action: "ModifyListener", in: seedModifyListenerIn, out: seedModifyListenerOut,
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				return []string{"lb-f9zyj3kb", "lbl-knd4jr8m"}, []string{lb, clbListener(h, lb, 13001)}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				lbs := h.Ok("DescribeLoadBalancers", map[string]any{})["LoadBalancerSet"].([]any)
				lb := lbs[0].(map[string]any)["LoadBalancerId"].(string)
				l := h.Ok("DescribeListeners", map[string]any{"LoadBalancerId": lb})["Listeners"].([]any)[0].(map[string]any)
				if l["ListenerName"] != "xxx" {
					t.Fatalf("listener: %v", l)
				}
			}},
		{name: "DeleteListener", action: "DeleteListener", in: seedDeleteListenerIn, out: seedDeleteListenerOut,
			// The example's ListenerId lb-knd4jr8m has the load balancer's prefix; the listener's ID replaces it.
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				return []string{"lb-f9zyj3kb", "lb-knd4jr8m"}, []string{lb, clbListener(h, lb, 13001)}
			}},
		{name: "DeleteLoadBalancerListeners", action: "DeleteLoadBalancerListeners", in: seedDeleteLoadBalancerListenersIn, out: seedDeleteLoadBalancerListenersOut,
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				clbListener(h, lb, 13001)
				clbListener(h, lb, 13002)
				return []string{"lb-db2nt5l2"}, []string{lb}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				lb := h.Ok("DescribeLoadBalancers", map[string]any{})["LoadBalancerSet"].([]any)[0].(map[string]any)["LoadBalancerId"].(string)
				if n := h.Ok("DescribeListeners", map[string]any{"LoadBalancerId": lb})["TotalCount"].(float64); n != 0 {
					t.Fatalf("%v listeners left", n)
				}
			}},
		// The example's answer names a failed listener: its ein-xxx is no instance.
		{name: "BatchRegisterTargets", action: "BatchRegisterTargets", in: seedBatchRegisterTargetsIn, out: seedBatchRegisterTargetsOut, ints: []string{"Port", "Weight"},
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				return []string{"lb-xxxx", "lbl-xxxx"}, []string{lb, clbListener(h, lb, 13001)}
			}},
		{name: "BatchDeregisterTargets", action: "BatchDeregisterTargets", in: seedBatchDeregisterTargetsIn, out: seedBatchDeregisterTargetsOut, ints: []string{"Port", "Weight"},
			setup: withTarget("lb-xxxx", "lbl-xxxx", "ein-xxx", 80),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				lb := h.Ok("DescribeLoadBalancers", map[string]any{})["LoadBalancerSet"].([]any)[0].(map[string]any)["LoadBalancerId"].(string)
				ls := h.Ok("DescribeTargets", map[string]any{"LoadBalancerId": lb})["Listeners"].([]any)
				if n := len(ls[0].(map[string]any)["Targets"].([]any)); n != 0 {
					t.Fatalf("%d targets left", n)
				}
			}},
		{name: "BatchModifyTargetWeight", action: "BatchModifyTargetWeight", in: seedBatchModifyTargetWeightIn, out: seedBatchModifyTargetWeightOut, ints: []string{"Port", "Weight"},
			setup: func(h *harness) ([]string, []string) {
				lb := clbCreate(h, "seed")
				l1, l2 := clbListener(h, lb, 13001), clbListener(h, lb, 13002)
				i1, i2 := insLaunch(h), insLaunch(h)
				clbRegister(h, lb, l1, i1, 110)
				clbRegister(h, lb, l2, i2, 80)
				return []string{"lb-dx98lwo0", "lbl-4b5hnc9a", "lbl-20jjtaaw", "ein-19404pl5", "ein-19411tzv"}, []string{lb, l1, l2, i1, i2}
			}},
		{name: "ModifyTargetWeight", action: "ModifyTargetWeight", in: seedModifyTargetWeightIn, out: seedModifyTargetWeightOut, ints: []string{"Port", "Weight"},
			setup: withTarget("lb-cuxw2rm0", "lbl-d1ubsydq", "ein-dm4xtz0i", 334)},
		{name: "ModifyTargetPort", action: "ModifyTargetPort", in: seedModifyTargetPortIn, out: seedModifyTargetPortOut, ints: []string{"Port", "NewPort"},
			setup: withTarget("lb-cuxw2rm0", "lbl-d1ubsydq", "ein-dm4xtz0i", 233)},
		{name: "DescribeTargets", action: "DescribeTargets", in: seedDescribeTargetsIn, out: seedDescribeTargetsOut,
			setup: withTarget("lb-f9zyj3kb", "lbl-unused", "ein-unused", 23001),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				tg := resp["Listeners"].([]any)[0].(map[string]any)["Targets"].([]any)[0].(map[string]any)
				if tg["Port"].(float64) != 23001 || tg["Weight"].(float64) != 10 || len(tg["PrivateIpAddresses"].([]any)) != 1 || tg["EniId"] == "" {
					t.Fatalf("target: %v", tg)
				}
			}},
		{name: "DescribeTargetHealth", action: "DescribeTargetHealth", in: seedDescribeTargetHealthIn, out: seedDescribeTargetHealthOut,
			setup: withTarget("lb-f9zyj3kb", "lbl-unused", "ein-unused", 23001),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				tg := resp["LoadBalancers"].([]any)[0].(map[string]any)["Listeners"].([]any)[0].(map[string]any)["Rules"].([]any)[0].(map[string]any)["Targets"].([]any)[0].(map[string]any)
				if tg["HealthStatus"] != true || tg["HealthStatusDetail"] != "Alive" {
					t.Fatalf("target health: %v", tg)
				}
			}},
	}
}
