package ecm

import (
	"encoding/json"
	"testing"
)

func (d *direct) module(name string, extra ...any) string {
	d.t.Helper()
	p := map[string]any{"ModuleName": name, "DefaultBandWidth": 50, "DefaultImageId": "img-1tyt4apn",
		"InstanceType": "SN3ne.2XLARGE16", "DefaultSystemDiskSize": 50, "DefaultDataDiskSize": 100}
	for i := 0; i+1 < len(extra); i += 2 {
		p[extra[i].(string)] = extra[i+1]
	}
	return d.ok("CreateModule", p)["ModuleId"].(string)
}

// The instance-count hook: a module with instances cannot be deleted or
// reconfigured, and its counts show in the describes and their ordering.
func TestModuleInstanceCountHook(t *testing.T) {
	d := newDirect(t)
	a, b := d.module("a"), d.module("b")
	if err := d.p.SetModuleInstanceCount("em-zzzzzzzz", 1); err == nil {
		t.Fatal("hook accepted an unknown module")
	}
	if err := d.p.SetModuleInstanceCount(a, -1); err == nil {
		t.Fatal("hook accepted a negative count")
	}
	if err := d.p.SetModuleInstanceCount(a, 3); err != nil {
		t.Fatal(err)
	}
	d.fails("DeleteModule", map[string]any{"ModuleId": a}, "FailedOperation.InstanceInModule")
	d.fails("ModifyModuleConfig", map[string]any{"ModuleId": a, "InstanceType": "SN3ne.2XLARGE16", "DefaultDataDiskSize": 100}, "InvalidParameterValue.ModuleNotAllowChange")
	d.ok("ModifyModuleName", map[string]any{"ModuleId": a, "ModuleName": "renamed"}) // other modifies still work
	c := d.ok("DescribeModuleDetail", map[string]any{"ModuleId": a})["ModuleCounter"].(map[string]any)
	if c["InstanceNum"].(float64) != 3 || c["NodeNum"].(float64) != 1 {
		t.Fatalf("counter %v", c)
	}
	items := d.ok("DescribeModule", map[string]any{"OrderByField": "instance-num", "OrderDirection": 1})["ModuleItemSet"].([]any)
	first := items[0].(map[string]any)["Module"].(map[string]any)["ModuleId"]
	if first != b {
		t.Fatalf("ascending instance-num: first %v, want %s", first, b)
	}
	if n := items[1].(map[string]any)["NodeInstanceNum"].(map[string]any)["InstanceNum"].(float64); n != 3 {
		t.Fatalf("NodeInstanceNum %v", items[1])
	}
	if err := d.p.SetModuleInstanceCount(a, 0); err != nil {
		t.Fatal(err)
	}
	d.ok("DeleteModule", map[string]any{"ModuleId": a})
}

// Modules round-trip through the state file (the instance count included)
// and keep their IDs registered (kind "em").
func TestModulePersistence(t *testing.T) {
	d := newDirect(t)
	g := d.ok("CreateSecurityGroup", map[string]any{"GroupName": "g", "GroupDescription": "d"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	id := d.module("m", "SecurityGroups", []string{g}, "DisableWanIp", true, "CloseIpDirect", true,
		"TagSpecification", []map[string]any{{"ResourceType": "module", "Tags": []map[string]any{{"Key": "k", "Value": "v"}}}},
		"DataDisks", []map[string]any{{"DiskSize": 200, "DiskType": "CLOUD_PREMIUM"}})
	if err := d.p.SetModuleInstanceCount(id, 2); err != nil {
		t.Fatal(err)
	}
	before := d.ok("DescribeModuleDetail", map[string]any{"ModuleId": id})
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	after := d2.ok("DescribeModuleDetail", map[string]any{"ModuleId": id})
	if !jsonEqual(before, after) {
		t.Fatalf("before %v\nafter %v", before, after)
	}
	if e, ok := d2.p.state.ids[id]; !ok || e.kind != kindModule {
		t.Fatalf("registry %v", e)
	}
	if !d2.p.state.Modules[id].DisableWanIp {
		t.Fatal("DisableWanIp lost")
	}
	d2.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": g}, "ResourceInUse")
	d2.fails("DeleteModule", map[string]any{"ModuleId": id}, "FailedOperation.InstanceInModule")
}

// Read-after-write lag: DescribeModuleDetail and DescribeModule see a lagged
// create, rename and delete late.
func TestModuleReadLag(t *testing.T) {
	d := newDirect(t)
	d.lag = 1
	id := d.module("m")
	d.fails("DescribeModuleDetail", map[string]any{"ModuleId": id}, "InvalidParameterValue.InvalidModuleID")
	d.ok("DescribeModuleDetail", map[string]any{"ModuleId": id})
	d.lag = 1
	d.ok("ModifyModuleName", map[string]any{"ModuleId": id, "ModuleName": "new"})
	name := func() any {
		return d.ok("DescribeModule", map[string]any{})["ModuleItemSet"].([]any)[0].(map[string]any)["Module"].(map[string]any)["ModuleName"]
	}
	if n := name(); n != "m" {
		t.Fatalf("lagged rename seen at once: %v", n)
	}
	if n := name(); n != "new" {
		t.Fatalf("rename not seen after the lag: %v", n)
	}
	d.lag = 1
	d.ok("DeleteModule", map[string]any{"ModuleId": id})
	if n := d.ok("DescribeModule", map[string]any{})["TotalCount"].(float64); n != 1 {
		t.Fatalf("lagged delete: %v modules", n)
	}
	if n := d.ok("DescribeModule", map[string]any{})["TotalCount"].(float64); n != 0 {
		t.Fatalf("after the lag: %v modules", n)
	}
}

func jsonEqual(a, b map[string]any) bool {
	delete(a, "RequestId")
	delete(b, "RequestId")
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
