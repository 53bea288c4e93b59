package ecm

import (
	"testing"
	"time"
)

func (d *direct) run(mod string, n int) []string {
	d.t.Helper()
	out := d.ok("RunInstances", map[string]any{"ModuleId": mod,
		"ZoneInstanceCountISPSet": []any{map[string]any{"Zone": "ap-hangzhou-ecm-1", "InstanceCount": n, "ISP": "CMCC"}}})
	var ids []string
	for _, x := range out["InstanceIdSet"].([]any) {
		ids = append(ids, x.(string))
	}
	return ids
}

func (d *direct) instance(id string) map[string]any {
	d.t.Helper()
	set := d.ok("DescribeInstances", map[string]any{"Filters": []map[string]any{{"Name": "instance-id", "Values": []string{id}}}})["InstanceSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

func (d *direct) state(id string) string {
	d.t.Helper()
	i := d.instance(id)
	if i == nil {
		return "gone"
	}
	return i["InstanceState"].(string) + "/" + i["LatestOperationState"].(string)
}

// The state machine, step by step on the call's clock (task duration 1 s).
func TestInstanceStateMachine(t *testing.T) {
	d := newDirect(t)
	mod := d.module("m")
	ids := d.run(mod, 1)
	id := ids[0]
	step := func(want string) {
		t.Helper()
		if got := d.state(id); got != want {
			t.Fatalf("state %s, want %s", got, want)
		}
	}
	step("PENDING/OPERATING")
	d.fails("StopInstances", map[string]any{"InstanceIdSet": ids}, "FailedOperation.OperationNotAllow")
	d.fails("RebootInstances", map[string]any{"InstanceIdSet": ids}, "OperationDenied.InstanceOperationInProgress")
	d.fails("StartInstances", map[string]any{"InstanceIdSet": ids}, "OperationDenied.InstanceOperationInProgress")
	d.now = d.now.Add(time.Second)
	step("RUNNING/SUCCESS")
	d.fails("StartInstances", map[string]any{"InstanceIdSet": ids}, "FailedOperation.InstanceNotAllStopped")
	d.fails("StopInstances", map[string]any{"InstanceIdSet": ids, "StopType": "GENTLE"}, "InvalidParameterValue.InvaildModifyParam")
	d.fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abc12345"}, "FailedOperation.InstanceNotAllStopped")
	d.ok("RebootInstances", map[string]any{"InstanceIdSet": ids})
	step("REBOOTING/OPERATING")
	d.now = d.now.Add(time.Second)
	step("RUNNING/SUCCESS")
	d.ok("StopInstances", map[string]any{"InstanceIdSet": ids, "StopType": "HARD"})
	step("STOPPING/OPERATING")
	d.now = d.now.Add(time.Second)
	step("STOPPED/SUCCESS")
	d.fails("StopInstances", map[string]any{"InstanceIdSet": ids}, "ResourceUnavailable.InstanceNotRunning")
	d.fails("RebootInstances", map[string]any{"InstanceIdSet": ids}, "ResourceUnavailable.InstanceNotRunning")
	d.fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abcdefgh"}, "InvalidParameterValue.InvaildPassword")
	d.fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abcd1234abcd1234x"}, "InvalidParameterValue.InvaildPassword")
	d.fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "/abcd1234"}, "InvalidParameterValue.InvaildPassword")
	d.ok("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abcd_1234"})
	if i := d.instance(id); i["LatestOperation"] != "ResetInstancesPassword" || i["InstanceState"] != "STOPPED" {
		t.Fatalf("%v", i)
	}
	d.now = d.now.Add(time.Second)
	d.ok("StartInstances", map[string]any{"InstanceIdSet": ids})
	step("STARTING/OPERATING")
	d.now = d.now.Add(time.Second)
	step("RUNNING/SUCCESS")
	d.ok("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abcd_1234", "ForceStop": true})
	d.now = d.now.Add(time.Second)

	// Synchronous modifies.
	g := d.ok("CreateSecurityGroup", map[string]any{"GroupName": "g", "GroupDescription": "d"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	d.ok("ModifyInstancesAttribute", map[string]any{"InstanceIdSet": ids, "InstanceName": "web", "SecurityGroups": []string{g}})
	d.fails("ModifyInstancesAttribute", map[string]any{"InstanceIdSet": ids, "SecurityGroups": []string{g, g + "a", g + "b", g + "c", g + "d", g + "e"}}, "InvalidParameterValue.LimitExceeded")
	d.fails("ModifyInstancesAttribute", map[string]any{"InstanceIdSet": ids, "SecurityGroups": []string{"esg-zzzzzzzz"}}, "InvalidParameterValue")
	d.fails("ModifyInstancesAttribute", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}}, "InvalidParameterValue.InvalidInstanceID")
	d.ok("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": ids, "MaxBandwidthOut": 100, "MaxBandwidthIn": 100})
	d.fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": ids, "MaxBandwidthOut": 100, "MaxBandwidthIn": 50}, "InvalidParameterValue.InvalidBandwidthInAndOut")
	d.fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": ids, "MaxBandwidthOut": 5000}, "InvalidParameterValue.InvalidBandwidth")
	d.fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}, "MaxBandwidthOut": 100}, "ResourceNotFound.InstanceNotExist")
	i := d.instance(id)
	pub := i["Internet"].(map[string]any)["PublicIPAddressSet"].([]any)[0].(map[string]any)
	if i["InstanceName"] != "web" || i["SecurityGroupIds"].([]any)[0] != g || pub["MaxBandwidthOut"].(float64) != 100 || pub["MaxBandwidthIn"].(float64) != 100 {
		t.Fatalf("%v", i)
	}
	for _, f := range []map[string]any{{"Name": "security-group-id", "Values": []string{g}}, {"Name": "instance-name", "Values": []string{"we"}},
		{"Name": "module-id", "Values": []string{mod}}, {"Name": "zone", "Values": []string{"ap-hangzhou-ecm-1"}}, {"Name": "internet-service-provider", "Values": []string{"CMCC"}}} {
		if n := d.ok("DescribeInstances", map[string]any{"Filters": []any{f}})["TotalCount"].(float64); n != 1 {
			t.Fatalf("filter %v: %v", f, n)
		}
	}

	d.ok("TerminateInstances", map[string]any{"InstanceIdSet": ids})
	step("TERMINATING/OPERATING")
	d.fails("StartInstances", map[string]any{"InstanceIdSet": ids}, "OperationDenied.InstanceOperationInProgress")
	d.fails("TerminateInstances", map[string]any{"InstanceIdSet": ids}, "FailedOperation.OperationNotAllow")
	if err := d.p.SetModuleInstanceCount(mod, 0); err == nil {
		t.Fatal("the hook changed a module with real instances")
	}
	d.now = d.now.Add(time.Second)
	step("gone")
	if c := d.ok("DescribeModuleDetail", map[string]any{"ModuleId": mod})["ModuleCounter"].(map[string]any); c["InstanceNum"].(float64) != 0 {
		t.Fatalf("counter %v", c)
	}
	if _, ok := d.p.state.ids[id]; ok {
		t.Fatal("terminated instance still registered")
	}
}

// Instances round-trip through the state file, their running operations
// included, and keep their IDs (kinds ein and eni) and IPs reserved.
func TestInstancePersistence(t *testing.T) {
	d := newDirect(t)
	ids := d.run(d.module("m"), 2)
	before := d.ok("DescribeInstances", map[string]any{})
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	if after := d2.ok("DescribeInstances", map[string]any{}); !jsonEqual(before, after) {
		t.Fatalf("before %v\nafter %v", before, after)
	}
	ins := d2.p.state.Instances[ids[0]]
	if d2.p.state.ids[ins.ID].kind != kindInstance || d2.p.state.ids[ins.ENI].kind != kindENI || !d2.p.state.ips[ins.PublicIP] || d2.p.state.subnetIPs[ins.SubnetID][ins.PrivateIP] != ins.ID {
		t.Fatal("derived indexes not rebuilt")
	}
	d2.now = d2.now.Add(time.Second)
	if got := d2.state(ids[1]); got != "RUNNING/SUCCESS" {
		t.Fatalf("after reload the launch completes: %s", got)
	}
}

// A lagged RunInstances is invisible to the next describe; a lagged
// completion shows the old state once.
func TestInstanceReadLag(t *testing.T) {
	d := newDirect(t)
	mod := d.module("m")
	d.lag = 1
	id := d.run(mod, 1)[0]
	if d.instance(id) != nil {
		t.Fatal("lagged launch visible")
	}
	if d.state(id) != "PENDING/OPERATING" {
		t.Fatal("launch not visible after the lag")
	}
	d.now = d.now.Add(time.Second)
	if got := d.state(id); got != "PENDING/OPERATING" {
		t.Fatalf("lagged completion visible at once: %s", got)
	}
	if got := d.state(id); got != "RUNNING/SUCCESS" {
		t.Fatalf("completion after the lag: %s", got)
	}
}
