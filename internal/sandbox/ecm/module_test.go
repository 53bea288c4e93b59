package ecm_test

import (
	"strings"
	"testing"
)

// The module rules, code by code (module.go's choices).
func TestCreateModuleRules(t *testing.T) {
	h := newHarness(t, Options{})
	p := modParams
	modCreate(h, "taken")
	for _, tc := range []struct {
		name   string
		params map[string]any
		want   string
	}{
		{"no name", func() map[string]any { q := p("x"); delete(q, "ModuleName"); return q }(), "MissingParameter.MissingModuleParameter"},
		{"no bandwidth", func() map[string]any { q := p("x"); delete(q, "DefaultBandWidth"); return q }(), "MissingParameter.MissingModuleParameter"},
		{"lower-case w", func() map[string]any {
			q := p("x")
			delete(q, "DefaultBandWidth")
			q["DefaultBandwidth"] = 50
			return q
		}(), "UnknownParameter"},
		{"name taken", p("taken"), "InvalidParameterValue.InvalidModuleName"},
		{"name too long", p(strings.Repeat("é", 61)), "InvalidParameterValue.ParameterValueTooLarge"},
		{"leading space", p(" x"), "InvalidParameterValue"},
		{"bandwidth low", p("x", "DefaultBandWidth", 24), "InvalidParameterValue.InvalidBandwidth"},
		{"bandwidth high", p("x", "DefaultBandWidth", 1001), "InvalidParameterValue.InvalidBandwidth"},
		{"inbound out of range", p("x", "DefaultBandWidthIn", 2000), "InvalidParameterValue.InvalidBandwidthIn"},
		{"inbound differs", p("x", "DefaultBandWidthIn", 60), "InvalidParameterValue.InvalidBandwidthInAndOut"},
		{"unknown type", p("x", "InstanceType", "SN3ne.HUGE"), "InvalidParameterValue.InvalidInstanceTypeConfigID"},
		{"unknown image", p("x", "DefaultImageId", "img-zzzzzzzz"), "InvalidParameterValue.InvalidImageID"},
		{"32-bit on 16 GB", p("x", "DefaultImageId", "img-060ov1xz"), "InvalidParameterValue.InvalidImageArchitecture"},
		{"Windows, IP direct by default", p("x", "DefaultImageId", "img-w2019dc0"), "InvalidParameterValue.InvalidEIPDirectService"},
		{"system disk", p("x", "DefaultSystemDiskSize", 101), "InvalidParameterValue.InvalidSystemDiskSize"},
		{"data disk low", p("x", "DefaultDataDiskSize", 40), "InvalidParameterValue.InvalidDataDiskSize"},
		{"data disk step", p("x", "DefaultDataDiskSize", 55), "InvalidParameterValue.InvalidDataDiskSize"},
		{"CLOUD_BASIC", p("x", "SystemDisk", map[string]any{"DiskType": "CLOUD_BASIC"}), "InvalidParameterValue"},
		{"DataDisk without size", p("x", "DataDisks", []map[string]any{{"DiskType": "LOCAL_BASIC"}}), "MissingParameter.MissingModuleParameter"},
		{"unknown group", p("x", "SecurityGroups", []string{"esg-zzzzzzzz"}), "ResourceNotFound"},
		{"instance tags", p("x", "TagSpecification", []map[string]any{{"ResourceType": "instance", "Tags": []tag{{"k", "v"}}}}), "InvalidParameterValue"},
	} {
		t.Run(tc.name, func(t *testing.T) { h.Fails("CreateModule", tc.params, tc.want) })
	}
	// 32-bit on a 2 GB type and Windows with IP direct closed are fine.
	modCreate(h, "small32", "DefaultImageId", "img-060ov1xz", "InstanceType", "SN3ne.SMALL2")
	win := modCreate(h, "win", "DefaultImageId", "img-w2019dc0", "CloseIpDirect", true)
	if m := modDetail(h, win); m["CloseIpDirect"].(float64) != 1 {
		t.Fatalf("CloseIpDirect %v", m["CloseIpDirect"])
	}
	h.Fails("ModifyModuleIpDirect", map[string]any{"ModuleId": win, "CloseIpDirect": false}, "InvalidParameterValue.InvalidEIPDirectService")

	// Ten groups are allowed (ModuleSecurityGroupLimit), eleven are not.
	var ids []string
	for i := 0; i < 11; i++ {
		ids = append(ids, sgCreate(h, "s"))
	}
	h.Fails("CreateModule", p("x", "SecurityGroups", ids), "LimitExceeded.ModuleSecurityGroupLimitExceeded")
	modCreate(h, "ten", "SecurityGroups", ids[:10])

	// The quota: DescribeConfig's MaxModuleNum is the effective ecm.modules.
	q := newHarness(t, Options{Limits: map[string]int{"ecm.modules": 1}})
	modCreate(q, "one")
	q.Fails("CreateModule", p("two"), "InvalidParameterValue.InvaildModuleNum")
	if n := q.Ok("DescribeConfig", map[string]any{})["NetworkStorageRange"].(map[string]any)["MaxModuleNum"].(float64); n != 1 {
		t.Fatalf("MaxModuleNum %v", n)
	}
}

func TestModuleDetailDefaults(t *testing.T) {
	h := newHarness(t, Options{})
	id := modCreate(h, "m")
	m := modDetail(h, id)
	sd := m["SystemDisk"].(map[string]any)
	if sd["DiskType"] != "LOCAL_BASIC" || sd["DiskSize"].(float64) != 50 || m["UserData"] != "" || m["ModuleState"] != "NORMAL" ||
		len(m["TagSet"].([]any)) != 0 || len(m["SecurityGroupIds"].([]any)) != 0 || len(m["DataDisks"].([]any)) != 0 {
		t.Fatalf("defaults %v", m)
	}
	if _, ok := m["DisableWanIp"]; ok {
		t.Fatal("Module has no DisableWanIp field")
	}
	h.Fails("DescribeModuleDetail", map[string]any{}, "MissingParameter.MissingModuleParameter")
	h.Fails("DescribeModuleDetail", map[string]any{"ModuleId": "em-zzzzzzzz"}, "InvalidParameterValue.InvalidModuleID")
	h.Fails("DescribeModuleDetail", map[string]any{"ModuleId": "module"}, "InvalidParameterValue.InvalidModuleID")
}

func TestModifyModules(t *testing.T) {
	h := newHarness(t, Options{})
	id := modCreate(h, "m", "DefaultBandWidthIn", 50)
	modCreate(h, "other")
	h.Fails("ModifyModuleName", map[string]any{"ModuleId": id, "ModuleName": "other"}, "InvalidParameterValue.InvalidModuleName")
	h.Ok("ModifyModuleName", map[string]any{"ModuleId": id, "ModuleName": "m"}) // its own name
	h.Ok("ModifyModuleNetwork", map[string]any{"ModuleId": id, "DefaultBandwidth": 80})
	h.Fails("ModifyModuleNetwork", map[string]any{"ModuleId": id, "DefaultBandwidth": 80, "DefaultBandwidthIn": 70}, "InvalidParameterValue.InvalidBandwidthInAndOut")
	h.Ok("ModifyModuleImage", map[string]any{"ModuleId": id, "DefaultImageId": "img-oy9q2bql"})
	h.Fails("ModifyModuleImage", map[string]any{"ModuleId": id, "DefaultImageId": "img-060ov1xz"}, "InvalidParameterValue.InvalidImageArchitecture")
	h.Fails("ModifyModuleImage", map[string]any{"ModuleId": id, "DefaultImageId": "img-w2019dc0"}, "InvalidParameterValue.InvaildModifyParam")
	h.Ok("ModifyModuleIpDirect", map[string]any{"ModuleId": id, "CloseIpDirect": true})
	h.Ok("ModifyModuleImage", map[string]any{"ModuleId": id, "DefaultImageId": "img-w2019dc0"})
	h.Ok("ModifyModuleDisableWanIp", map[string]any{"ModuleId": id, "DisableWanIp": true})
	a, b := sgCreate(h, "a"), sgCreate(h, "b")
	h.Fails("ModifyModuleSecurityGroups", map[string]any{"ModuleId": id, "SecurityGroupIdSet": []string{a, a}}, "InvalidParameterValue.Duplicate")
	h.Fails("ModifyModuleSecurityGroups", map[string]any{"ModuleId": id}, "MissingParameter")
	h.Ok("ModifyModuleSecurityGroups", map[string]any{"ModuleId": id, "SecurityGroupIdSet": []string{a, b}})
	h.Ok("ModifyModuleConfig", map[string]any{"ModuleId": id, "InstanceType": "SN3ne.4XLARGE32", "DefaultDataDiskSize": 200, "DefaultSystemDiskSize": 80,
		"DataDisks": []map[string]any{{"DiskSize": 300}}})
	m := modDetail(h, id)
	if m["DefaultBandwidth"].(float64) != 80 || m["DefaultBandwidthIn"].(float64) != 80 || m["DefaultImage"].(map[string]any)["ImageId"] != "img-w2019dc0" ||
		m["CloseIpDirect"].(float64) != 1 || len(m["SecurityGroupIds"].([]any)) != 2 || m["InstanceTypeConfig"].(map[string]any)["InstanceType"] != "SN3ne.4XLARGE32" ||
		m["DefaultDataDiskSize"].(float64) != 200 || m["SystemDisk"].(map[string]any)["DiskSize"].(float64) != 80 ||
		m["DataDisks"].([]any)[0].(map[string]any)["DiskType"] != "LOCAL_BASIC" {
		t.Fatalf("after the modifies %v", m)
	}

	// A group bound to a module is in use; the statistics count the module.
	h.Fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a}, "ResourceInUse")
	st := h.Ok("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{a}})["SecurityGroupAssociationStatisticsSet"].([]any)[0].(map[string]any)
	if st["Module"].(float64) != 1 || st["TotalCount"].(float64) != 1 {
		t.Fatalf("statistics %v", st)
	}
	h.Ok("ModifyModuleSecurityGroups", map[string]any{"ModuleId": id, "SecurityGroupIdSet": []string{b}})
	h.Ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a})
	h.Ok("DeleteModule", map[string]any{"ModuleId": id})
	h.Ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": b})
	h.Fails("DeleteModule", map[string]any{"ModuleId": id}, "InvalidParameterValue.InvalidModuleID")
}

func TestDescribeModuleFiltersAndOrder(t *testing.T) {
	h := newHarness(t, Options{})
	g := sgCreate(h, "g")
	a := modCreate(h, "alpha", "SecurityGroups", []string{g})
	b := modCreate(h, "beta", "DefaultImageId", "img-oikl1tzv")
	c := modCreate(h, "gamma")
	ids := func(params map[string]any) []string {
		var out []string
		for _, it := range h.Ok("DescribeModule", params)["ModuleItemSet"].([]any) {
			out = append(out, it.(map[string]any)["Module"].(map[string]any)["ModuleId"].(string))
		}
		return out
	}
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []filter{{name, values}}}
	}
	eq := func(got []string, want ...string) {
		t.Helper()
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	eq(ids(map[string]any{}), c, b, a) // newest first by default
	eq(ids(map[string]any{"OrderDirection": 1}), a, b, c)
	eq(ids(map[string]any{"OrderByField": "timestamp", "OrderDirection": 1, "Offset": 1, "Limit": 1}), b)
	eq(ids(f("module-name", "al")), a)
	eq(ids(f("module-id", b, c)), c, b)
	eq(ids(f("image-id", "img-oikl1tzv")), b)
	eq(ids(f("instance-family", "SN3ne")), c, b, a)
	eq(ids(f("security-group-id", g)), a)
	h.Fails("DescribeModule", f("module-id", "a", "b", "c", "d", "e", "f"), "InvalidParameterValue.InvalidFilter")
	h.Fails("DescribeModule", f("zone", "x"), "InvalidParameterValue.InvalidFilter")
	h.Fails("DescribeModule", map[string]any{"Limit": 101}, "InvalidParameterValue.InvaildPageParam")
}
