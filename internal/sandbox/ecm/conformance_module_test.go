package ecm_test

import (
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// moduleProvocations is TestErrorCodeConformance's part for the module
// actions (global: no EcmRegion). The instance-dependent codes
// (FailedOperation.InstanceInModule, ModuleNotAllowChange) need the ecm
// package's SetModuleInstanceCount hook: module_direct_test.go provokes them.
func moduleProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{})
	fail := func(action string, params any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	p := modParams
	g := sgCreate(h, "g")
	m := modCreate(h, "m")
	modCreate(h, "other")
	win := modCreate(h, "win", "DefaultImageId", "img-w2019dc0", "CloseIpDirect", true)
	sgs := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = sgCreate(h, "s")
		}
		return out
	}
	eleven := sgs(11)

	// CreateModule.
	for _, drop := range []string{"ModuleName", "DefaultBandWidth", "DefaultImageId", "InstanceType", "DefaultSystemDiskSize", "DefaultDataDiskSize"} {
		q := p("x")
		delete(q, drop)
		fail("CreateModule", q)
	}
	fail("CreateModule", p("m"))                     // name taken
	fail("CreateModule", p(strings.Repeat("n", 61))) // too long
	fail("CreateModule", p(" lead"))
	fail("CreateModule", p("x", "DefaultBandWidth", 24))
	fail("CreateModule", p("x", "DefaultBandWidth", 1001))
	fail("CreateModule", p("x", "DefaultBandWidth", "50"))
	fail("CreateModule", p("x", "DefaultBandWidthIn", 10))
	fail("CreateModule", p("x", "DefaultBandWidthIn", 60))
	fail("CreateModule", p("x", "DefaultImageId", "img-zzzzzzzz"))
	fail("CreateModule", p("x", "DefaultImageId", "bogus"))
	fail("CreateModule", p("x", "DefaultImageId", "img-060ov1xz")) // 32-bit on 16 GB
	fail("CreateModule", p("x", "DefaultImageId", "img-w2019dc0")) // Windows, IP direct on by default
	fail("CreateModule", p("x", "DefaultImageId", "img-w2019dc0", "CloseIpDirect", false))
	fail("CreateModule", p("x", "InstanceType", "SN9.HUGE"))
	fail("CreateModule", p("x", "DefaultSystemDiskSize", 101))
	fail("CreateModule", p("x", "DefaultSystemDiskSize", -1))
	fail("CreateModule", p("x", "DefaultDataDiskSize", 49))
	fail("CreateModule", p("x", "DefaultDataDiskSize", 1025))
	fail("CreateModule", p("x", "DefaultDataDiskSize", 55))
	fail("CreateModule", p("x", "CloseIpDirect", "true"))
	fail("CreateModule", p("x", "DisableWanIp", 1))
	fail("CreateModule", p("x", "SecurityGroups", []string{"esg-zzzzzzzz"}))
	fail("CreateModule", p("x", "SecurityGroups", []string{"sg-1"}))
	fail("CreateModule", p("x", "SecurityGroups", eleven))
	fail("CreateModule", p("x", "TagSpecification", []map[string]any{{"ResourceType": "instance", "Tags": []tag{{"k", "v"}}}}))
	fail("CreateModule", p("x", "TagSpecification", []map[string]any{{"ResourceType": "module"}}))
	fail("CreateModule", p("x", "TagSpecification", []map[string]any{{"ResourceType": "module", "Tags": make([]tag, 51)}}))
	fail("CreateModule", p("x", "TagSpecification", []map[string]any{{"ResourceType": "module", "Tags": []tag{{"k", strings.Repeat("v", 256)}}}}))
	fail("CreateModule", p("x", "SystemDisk", map[string]any{"DiskType": "CLOUD_BASIC"}))
	fail("CreateModule", p("x", "SystemDisk", map[string]any{"DiskSize": 500}))
	fail("CreateModule", p("x", "DataDisks", []map[string]any{{"DiskType": "LOCAL_BASIC"}}))
	fail("CreateModule", p("x", "DataDisks", []map[string]any{{"DiskSize": 2000}}))
	fail("CreateModule", p("x", "DataDisks", []map[string]any{{"DiskSize": 100, "DiskType": "SSD"}}))

	// The per-group module limit and the module quota.
	lim := sandboxtest.New(t, sandbox.Options{Limits: map[string]int{"ecm.security_group_modules": 1, "ecm.modules": 1}})
	lg := sgCreate(lim, "g")
	modCreate(lim, "first", "SecurityGroups", []string{lg})
	if _, code := lim.Call("CreateModule", p("second", "SecurityGroups", []string{lg})); code == "" {
		t.Error("a second module on a group limited to one succeeded")
	}
	if _, code := lim.Call("CreateModule", p("second")); code == "" {
		t.Error("a module past the quota succeeded")
	}
	if _, code := lim.Call("ModifyModuleSecurityGroups", map[string]any{"ModuleId": modIDOf(lim, "first"), "SecurityGroupIdSet": []string{lg}}); code != "" {
		t.Errorf("rebinding a module's own group: %s", code)
	}
	lim2 := sandboxtest.New(t, sandbox.Options{Limits: map[string]int{"ecm.security_group_modules": 1}})
	g2 := sgCreate(lim2, "g")
	modCreate(lim2, "first", "SecurityGroups", []string{g2})
	if _, code := lim2.Call("ModifyModuleSecurityGroups", map[string]any{"ModuleId": modCreate(lim2, "second"), "SecurityGroupIdSet": []string{g2}}); code == "" {
		t.Error("binding a second module to a group limited to one succeeded")
	}

	// An image restricted to one instance type (a catalog option).
	cat := ecm.DefaultComputeCatalog()
	for i := range cat.Images {
		if cat.Images[i].ImageID == "img-oy9q2bql" {
			cat.Images[i].InstanceTypes = []string{"SN3ne.SMALL2"}
		}
	}
	rc := sandboxtest.New(t, sandbox.Options{ECMComputeCatalog: &cat})
	if _, code := rc.Call("CreateModule", p("x", "DefaultImageId", "img-oy9q2bql")); code == "" {
		t.Error("an image on a type it does not support succeeded")
	}
	if _, code := rc.Call("ModifyModuleImage", map[string]any{"ModuleId": modCreate(rc, "y"), "DefaultImageId": "img-oy9q2bql"}); code == "" {
		t.Error("ModifyModuleImage to an image the type does not support succeeded")
	}

	// DescribeModuleDetail.
	fail("DescribeModuleDetail", map[string]any{"ModuleId": "em-zzzzzzzz"})
	fail("DescribeModuleDetail", map[string]any{"ModuleId": "module-1"})
	fail("DescribeModuleDetail", map[string]any{"ModuleId": 1})

	// DescribeModule.
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []filter{{name, values}}}
	}
	fail("DescribeModule", f("no-such-filter", "x"))
	fail("DescribeModule", f("module-id", "a", "b", "c", "d", "e", "f"))
	fail("DescribeModule", f("module-id", "bogus"))
	fail("DescribeModule", map[string]any{"Filters": make([]filter, 11)})
	fail("DescribeModule", map[string]any{"Filters": []filter{{"module-name", nil}}})
	fail("DescribeModule", map[string]any{"Offset": -1})
	fail("DescribeModule", map[string]any{"Limit": 101})
	fail("DescribeModule", map[string]any{"Limit": "ten"})
	fail("DescribeModule", map[string]any{"OrderByField": "name"})
	fail("DescribeModule", map[string]any{"OrderDirection": 2})

	// DeleteModule.
	fail("DeleteModule", map[string]any{"ModuleId": "em-zzzzzzzz"})
	fail("DeleteModule", map[string]any{"ModuleId": "bogus"})

	// ModifyModuleName.
	fail("ModifyModuleName", map[string]any{"ModuleId": m})
	fail("ModifyModuleName", map[string]any{"ModuleName": "x"})
	fail("ModifyModuleName", map[string]any{"ModuleId": "em-zzzzzzzz", "ModuleName": "x"})
	fail("ModifyModuleName", map[string]any{"ModuleId": m, "ModuleName": "other"})
	fail("ModifyModuleName", map[string]any{"ModuleId": m, "ModuleName": strings.Repeat("n", 61)})
	fail("ModifyModuleName", map[string]any{"ModuleId": m, "ModuleName": " x"})

	// ModifyModuleNetwork.
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": m})
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": "em-zzzzzzzz", "DefaultBandwidth": 50})
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": m, "DefaultBandwidth": 5})
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": m, "DefaultBandwidth": 50, "DefaultBandwidthIn": 5})
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": m, "DefaultBandwidth": 50, "DefaultBandwidthIn": 60})
	fail("ModifyModuleNetwork", map[string]any{"ModuleId": m, "DefaultBandWidth": 50}) // CreateModule's spelling

	// ModifyModuleImage.
	fail("ModifyModuleImage", map[string]any{"ModuleId": m})
	fail("ModifyModuleImage", map[string]any{"ModuleId": "em-zzzzzzzz", "DefaultImageId": "img-oy9q2bql"})
	fail("ModifyModuleImage", map[string]any{"ModuleId": m, "DefaultImageId": "img-zzzzzzzz"})
	fail("ModifyModuleImage", map[string]any{"ModuleId": m, "DefaultImageId": "img-060ov1xz"})
	fail("ModifyModuleImage", map[string]any{"ModuleId": m, "DefaultImageId": "img-w2019dc0"})

	// ModifyModuleIpDirect.
	fail("ModifyModuleIpDirect", map[string]any{"ModuleId": m})
	fail("ModifyModuleIpDirect", map[string]any{"ModuleId": m, "CloseIpDirect": "true"})
	fail("ModifyModuleIpDirect", map[string]any{"ModuleId": "em-zzzzzzzz", "CloseIpDirect": true})
	fail("ModifyModuleIpDirect", map[string]any{"ModuleId": win, "CloseIpDirect": false})

	// ModifyModuleSecurityGroups.
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m})
	fail("ModifyModuleSecurityGroups", map[string]any{"SecurityGroupIdSet": []string{g}})
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": "em-zzzzzzzz", "SecurityGroupIdSet": []string{g}})
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m, "SecurityGroupIdSet": []string{g, g}})
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m, "SecurityGroupIdSet": []string{"esg-zzzzzzzz"}})
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m, "SecurityGroupIdSet": []string{"sg-1"}})
	fail("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m, "SecurityGroupIdSet": eleven})
	h.Ok("ModifyModuleSecurityGroups", map[string]any{"ModuleId": m, "SecurityGroupIdSet": []string{g}})
	fail("DeleteSecurityGroup", map[string]any{"SecurityGroupId": g})

	// ModifyModuleDisableWanIp.
	fail("ModifyModuleDisableWanIp", map[string]any{"ModuleId": m})
	fail("ModifyModuleDisableWanIp", map[string]any{"ModuleId": m, "DisableWanIp": "yes"})
	fail("ModifyModuleDisableWanIp", map[string]any{"ModuleId": "em-zzzzzzzz", "DisableWanIp": true})

	// ModifyModuleConfig.
	cfg := func(kv ...any) map[string]any {
		q := map[string]any{"ModuleId": m, "InstanceType": "SN3ne.2XLARGE16", "DefaultDataDiskSize": 100}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(q, kv[i].(string))
			} else {
				q[kv[i].(string)] = kv[i+1]
			}
		}
		return q
	}
	fail("ModifyModuleConfig", cfg("ModuleId", nil))
	fail("ModifyModuleConfig", cfg("InstanceType", nil))
	fail("ModifyModuleConfig", cfg("DefaultDataDiskSize", nil))
	fail("ModifyModuleConfig", cfg("ModuleId", "em-zzzzzzzz"))
	fail("ModifyModuleConfig", cfg("InstanceType", "SN9.HUGE"))
	fail("ModifyModuleConfig", cfg("DefaultDataDiskSize", 10))
	fail("ModifyModuleConfig", cfg("DefaultSystemDiskSize", 500))
	fail("ModifyModuleConfig", cfg("SystemDisk", map[string]any{"DiskType": "CLOUD_BASIC"}))
	fail("ModifyModuleConfig", cfg("DataDisks", []map[string]any{{"DiskSize": 5}}))
	small := modCreate(h, "small", "DefaultImageId", "img-060ov1xz", "InstanceType", "SN3ne.SMALL2")
	fail("ModifyModuleConfig", cfg("ModuleId", small)) // 32-bit image on a 16 GB type
}

// modIDOf finds a module by name.
func modIDOf(h *harness, name string) string {
	resp := h.Ok("DescribeModule", map[string]any{"Filters": []filter{{"module-name", []string{name}}}})
	return resp["ModuleItemSet"].([]any)[0].(map[string]any)["Module"].(map[string]any)["ModuleId"].(string)
}
