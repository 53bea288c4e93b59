package ecm_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Seed replays of the instance actions (TestSeedReplay runs them). The
// examples name modules, zones and instances that do not exist: each setup
// makes them and substitutes (the example's zones ap-zhengzhou-1 and
// ap-qingdao-1 are the catalog's ap-zhengzhou-ecm-1 and ap-qingdao-ecm-1; its
// HostName oldhen_4986 breaks the HostName rule: oldhen-4986).

// insLaunch runs one instance from a new module in the test zone and lets it settle.
func insLaunch(h *harness) string {
	insLaunched++
	mod := modCreate(h, fmt.Sprintf("seed module %d", insLaunched))
	out := h.Ok("RunInstances", map[string]any{"ModuleId": mod,
		"ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CTCC"}}})
	h.Clock.Advance(time.Minute)
	return out["InstanceIdSet"].([]any)[0].(string)
}

var insLaunched int

// TerminateInstances' example schedules the termination for 2019-08-01: in
// the past (TerminateTimeSmaller). Not in seedExpectedFailures because its
// TerminateDelay must be sent as a Boolean.
func TestSeedTerminateInstancesInThePast(t *testing.T) {
	h := newHarness(t, Options{})
	p := queryToJSON(t, strings.NewReplacer("ein-197252sp", insLaunch(h), "ein-187232ag", insLaunch(h)).Replace(seedTerminateInstancesIn))
	p["TerminateDelay"] = true
	h.Fails("TerminateInstances", p, "InvalidParameterValue.TerminateTimeSmaller")
}

// insStopped launches an instance and stops it.
func insStopped(h *harness) string {
	id := insLaunch(h)
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{id}})
	h.Clock.Advance(time.Minute)
	return id
}

// two makes two instances with make and substitutes the example's IDs a and b.
func two(a, b string, makeOne func(h *harness) string) func(h *harness) ([]string, []string) {
	return func(h *harness) ([]string, []string) { return []string{a, b}, []string{makeOne(h), makeOne(h)} }
}

// insStates checks the instances' states after the call.
func insStates(want string) func(t *testing.T, h *harness, resp map[string]any) {
	return func(t *testing.T, h *harness, _ map[string]any) {
		h.Clock.Advance(time.Minute)
		for _, x := range h.Ok("DescribeInstances", map[string]any{})["InstanceSet"].([]any) {
			if i := x.(map[string]any); i["InstanceState"] != want || i["LatestOperationState"] != "SUCCESS" {
				t.Fatalf("%v is %v/%v, want %s", i["InstanceId"], i["InstanceState"], i["LatestOperationState"], want)
			}
		}
	}
}

func instanceSeedCases() []seedCase {
	var keyIns, key string // DisassociateInstancesKeyPairs'
	return []seedCase{
		{name: "StartInstances", action: "StartInstances", in: seedStartInstancesIn, out: seedStartInstancesOut,
			setup: two("ein-496205jl", "ein-495103ka", insStopped), check: insStates("RUNNING")},
		{name: "StopInstances", action: "StopInstances", in: seedStopInstancesIn, out: seedStopInstancesOut, bools: []string{"ForceStop"},
			setup: two("ein-496721al", "ein-438242bp", insLaunch), check: insStates("STOPPED")},
		{name: "RebootInstances", action: "RebootInstances", in: seedRebootInstancesIn, out: seedRebootInstancesOut,
			setup: two("ein-496721al", "ein-438242bp", insLaunch), check: insStates("RUNNING")},
		{name: "ModifyInstancesAttribute", action: "ModifyInstancesAttribute", in: seedModifyInstancesAttributeIn, out: seedModifyInstancesAttributeOut,
			setup: func(h *harness) ([]string, []string) { return []string{"ein-353568gt"}, []string{insLaunch(h)} },
			check: func(t *testing.T, h *harness, _ map[string]any) {
				if i := h.Ok("DescribeInstances", map[string]any{})["InstanceSet"].([]any)[0].(map[string]any); i["InstanceName"] != "zhibodanmu" {
					t.Fatalf("InstanceName %v", i["InstanceName"])
				}
			}},
		{name: "ResetInstancesMaxBandwidth", action: "ResetInstancesMaxBandwidth", in: seedResetInstancesMaxBandwidthIn, out: seedResetInstancesMaxBandwidthOut,
			ints: []string{"MaxBandwidthOut"}, setup: two("ein-592937kl", "ein-958392ko", insLaunch),
			check: func(t *testing.T, h *harness, _ map[string]any) {
				for _, x := range h.Ok("DescribeInstances", map[string]any{})["InstanceSet"].([]any) {
					p := x.(map[string]any)["Internet"].(map[string]any)["PublicIPAddressSet"].([]any)[0].(map[string]any)
					if p["MaxBandwidthOut"].(float64) != 50 {
						t.Fatalf("public IP %v", p)
					}
				}
			}},
		// ForceStop=false: the instances must be stopped.
		{name: "ResetInstancesPassword", action: "ResetInstancesPassword", in: seedResetInstancesPasswordIn, out: seedResetInstancesPasswordOut,
			bools: []string{"ForceStop"}, setup: two("ein-356531dd", "ein-583021kl", insStopped), check: insStates("STOPPED")},
		{name: "ResetInstances", action: "ResetInstances", in: seedResetInstancesIn, out: seedResetInstancesOut,
			setup: two("ein-492054ga", "ein-482972ao", insLaunch),
			check: func(t *testing.T, h *harness, _ map[string]any) {
				h.Clock.Advance(time.Minute)
				for _, x := range h.Ok("DescribeInstances", map[string]any{})["InstanceSet"].([]any) {
					i := x.(map[string]any)
					if i["InstanceState"] != "RUNNING" || i["LatestOperation"] != "ResetInstances" || i["LatestOperationState"] != "SUCCESS" ||
						i["Image"].(map[string]any)["ImageId"] != "img-q9fy0if9" {
						t.Fatalf("instance %v", i)
					}
				}
			}},
		// ForceStop absent: the instance is stopped first.
		{name: "DisassociateInstancesKeyPairs", action: "DisassociateInstancesKeyPairs", in: seedDisassociateInstancesKeyPairsIn, out: seedDisassociateInstancesKeyPairsOut,
			setup: func(h *harness) ([]string, []string) {
				key = h.Ok("CreateKeyPair", map[string]any{"KeyName": "seed"})["KeyPair"].(map[string]any)["KeyId"].(string)
				keyIns = insRun(h, 1, "KeyIds", []string{key})[0]
				h.Clock.Advance(time.Minute)
				h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{keyIns}})
				h.Clock.Advance(time.Minute)
				return []string{"ein-ss23fw23", "skey-3cvmq2vn"}, []string{keyIns, key}
			},
			check: func(t *testing.T, h *harness, _ map[string]any) {
				// Unbound now: the same call again is refused.
				h.Fails("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": []string{keyIns}, "KeyIds": []string{key}}, "InvalidParameterValue.InvalidKeyPairId")
			}},
		{name: "RunInstances", action: "RunInstances", in: seedRunInstancesIn, out: seedRunInstancesOut,
			ints: []string{"InstanceCount", "InternetMaxBandwidthOut", "InstanceChargeType"},
			setup: func(h *harness) ([]string, []string) {
				// EnhancedService's Booleans are dropped: the replay sends
				// top-level Booleans only (they are the defaults' opposite but
				// the sandbox does not emulate CWP or CM).
				return []string{"em-0vag13d1", "ap-zhengzhou-1", "ap-qingdao-1", "oldhen_4986", "&EnhancedService.SecurityService.Enabled=false&EnhancedService.MonitorService.Enabled=false"},
					[]string{modCreate(h, "Live"), "ap-zhengzhou-ecm-1", "ap-qingdao-ecm-1", "oldhen-4986", ""}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				ids := resp["InstanceIdSet"].([]any)
				if len(ids) != 3 {
					t.Fatalf("InstanceIdSet %v", ids)
				}
				for _, id := range ids {
					if s := id.(string); !strings.HasPrefix(s, "ein-") || len(s) != 12 {
						t.Fatalf("InstanceId %q", s)
					}
				}
				i := insDescribe(h, ids[0].(string))
				if i["InstanceName"] != "Live on-screen commenting1" || i["ISP"] != "CMCC" || i["InstanceState"] != "RUNNING" { // the replay's task duration is 0
					t.Fatalf("instance %v", i)
				}
			}},
		{name: "DescribeInstances", action: "DescribeInstances", in: "", out: seedDescribeInstancesOut,
			setup: func(h *harness) ([]string, []string) { insLaunch(h); return nil, nil },
			check: func(t *testing.T, h *harness, resp map[string]any) {
				i := resp["InstanceSet"].([]any)[0].(map[string]any)
				if i["InstanceState"] != "RUNNING" || i["LatestOperationState"] != "SUCCESS" || i["LatestOperation"] != "RunInstances" {
					t.Fatalf("instance %v", i)
				}
			}},
		// The example schedules a termination in 2019 (see
		// seedExpectedFailures); the replay terminates at once.
		{name: "TerminateInstances", action: "TerminateInstances", in: seedTerminateInstancesIn, out: seedTerminateInstancesOut,
			setup: func(h *harness) ([]string, []string) {
				a, b := insLaunch(h), insLaunch(h)
				return []string{"TerminateDelay=true", "ein-197252sp", "ein-187232ag"}, []string{"TerminateDelay=false", a, b}
			},
			bools: []string{"TerminateDelay"},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				// The replay's task duration is 0: they are gone at the next call.
				if n := h.Ok("DescribeInstances", map[string]any{})["TotalCount"].(float64); n != 0 {
					t.Fatalf("%v instances left", n)
				}
			}},
	}
}
