package ecm_test

import (
	"regexp"
	"strings"
	"testing"
)

// Seed replays of the module actions (TestSeedReplay runs them). The Modify,
// Delete and Describe examples name modules that do not exist: each setup
// makes one (the CreateModule example's parameters) and substitutes its ID.

// modParams are the CreateModule example's parameters as JSON.
func modParams(name string, extra ...any) map[string]any {
	p := map[string]any{"ModuleName": name, "DefaultBandWidth": 50, "DefaultImageId": "img-1tyt4apn",
		"InstanceType": "SN3ne.2XLARGE16", "DefaultSystemDiskSize": 50, "DefaultDataDiskSize": 100}
	for i := 0; i+1 < len(extra); i += 2 {
		p[extra[i].(string)] = extra[i+1]
	}
	return p
}

// modCreate makes a module and returns its ID.
func modCreate(h *harness, name string, extra ...any) string {
	return h.Ok("CreateModule", modParams(name, extra...))["ModuleId"].(string)
}

// modDetail is DescribeModuleDetail's Module.
func modDetail(h *harness, id string) map[string]any {
	return h.Ok("DescribeModuleDetail", map[string]any{"ModuleId": id})["Module"].(map[string]any)
}

var beijingTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$`)

func moduleSeedCases() []seedCase {
	withModule := func(exampleID string) func(h *harness) ([]string, []string) {
		return func(h *harness) ([]string, []string) {
			return []string{exampleID}, []string{modCreate(h, "Smart voice module")}
		}
	}
	return []seedCase{
		{name: "CreateModule", action: "CreateModule", in: seedCreateModuleIn, out: seedCreateModuleOut,
			ints: []string{"DefaultBandWidth", "DefaultSystemDiskSize", "DefaultDataDiskSize"},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				id := resp["ModuleId"].(string)
				if !strings.HasPrefix(id, "em-") || len(id) != 11 {
					t.Fatalf("ModuleId %q", id)
				}
				m := modDetail(h, id)
				if m["ModuleName"] != "Smart voice module" || m["DefaultBandwidth"].(float64) != 50 || m["DefaultBandwidthIn"].(float64) != 0 ||
					m["DefaultImage"].(map[string]any)["ImageName"] != "CentOS 7.4 Bare Metal 64-bit" ||
					m["InstanceTypeConfig"].(map[string]any)["Memory"].(float64) != 16 || m["CloseIpDirect"].(float64) != 0 {
					t.Fatalf("module %v", m)
				}
			}},
		{name: "DescribeModuleDetail", action: "DescribeModuleDetail", in: seedDescribeModuleDetailIn,
			// No instances exist yet: ISPCounterSet is [] (the example lists two ISPs).
			out: regexp.MustCompile(`"ISPCounterSet":\[.*\],"NodeNum"`).ReplaceAllString(seedDescribeModuleDetailOut, `"ISPCounterSet":[],"NodeNum"`),
			// The example's module: DefaultDataDiskSize 48 is below DescribeConfig's
			// MinDataDiskSize (50): the replay's module has 50.
			setup: func(h *harness) ([]string, []string) {
				id := modCreate(h, "test1", "DefaultBandWidth", 106, "DefaultImageId", "img-oikl1tzv", "DefaultDataDiskSize", 50)
				return []string{"em-eedttqfb"}, []string{id}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				m := resp["Module"].(map[string]any)
				want := seedResponse(t, seedDescribeModuleDetailOut)["Module"].(map[string]any)
				for _, k := range []string{"ModuleName", "ModuleState", "DefaultBandwidth", "DefaultSystemDiskSize"} {
					sameValues(t, k, want[k], m[k])
				}
				for _, k := range []string{"ImageId", "ImageName", "ImageState", "ImageType", "ImageOwner", "ImageOsName", "Architecture", "OsType", "Platform", "OsVersion", "ImageCreateTime", "ImageSize"} {
					sameValues(t, "DefaultImage."+k, want["DefaultImage"].(map[string]any)[k], m["DefaultImage"].(map[string]any)[k])
				}
				sameValues(t, "InstanceTypeConfig", want["InstanceTypeConfig"].(map[string]any)["InstanceFamilyConfig"], m["InstanceTypeConfig"].(map[string]any)["InstanceFamilyConfig"])
				if !beijingTime.MatchString(m["CreateTime"].(string)) {
					t.Fatalf("CreateTime %v", m["CreateTime"])
				}
				if c := resp["ModuleCounter"].(map[string]any); c["InstanceNum"].(float64) != 0 || c["NodeNum"].(float64) != 0 {
					t.Fatalf("counter %v", c)
				}
			}},
		{name: "DescribeModule", action: "DescribeModule", in: seedDescribeModuleIn, out: seedDescribeModuleOut, ints: []string{"Offset", "Limit"},
			// The example's module has a security group and a tag.
			setup: func(h *harness) ([]string, []string) {
				g := sgCreate(h, "g")
				modCreate(h, "xx", "SecurityGroups", []string{g}, "TagSpecification", []map[string]any{{"ResourceType": "module", "Tags": []tag{{"xx", "xx"}}}})
				return nil, nil
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if resp["TotalCount"].(float64) != 1 {
					t.Fatalf("%v", resp)
				}
			}},
		{name: "DeleteModule", action: "DeleteModule", in: seedDeleteModuleIn, out: seedDeleteModuleOut, setup: withModule("em-bvr8f24q"),
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if n := h.Ok("DescribeModule", map[string]any{})["TotalCount"].(float64); n != 0 {
					t.Fatalf("%v modules after the delete", n)
				}
			}},
		{name: "ModifyModuleName", action: "ModifyModuleName", in: seedModifyModuleNameIn, out: seedModifyModuleNameOut, setup: withModule("em-0vag13d1")},
		{name: "ModifyModuleNetwork", action: "ModifyModuleNetwork", in: seedModifyModuleNetworkIn, out: seedModifyModuleNetworkOut,
			ints: []string{"DefaultBandwidth"}, setup: withModule("em-bvr8f24q")},
		{name: "ModifyModuleImage", action: "ModifyModuleImage", in: seedModifyModuleImageIn, out: seedModifyModuleImageOut, setup: withModule("em-bvr8f24q")},
		{name: "ModifyModuleIpDirect", action: "ModifyModuleIpDirect", in: seedModifyModuleIpDirectIn, out: seedModifyModuleIpDirectOut,
			bools: []string{"CloseIpDirect"}, setup: withModule("em-0vag13d1")},
		{name: "ModifyModuleSecurityGroups", action: "ModifyModuleSecurityGroups", in: seedModifyModuleSecurityGroupsIn, out: seedModifyModuleSecurityGroupsOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"em-06qmx7wa", "esg-2071nxxw", "esg-belgyqvu"}, []string{modCreate(h, "m"), sgCreate(h, "a"), sgCreate(h, "b")}
			}},
		{name: "ModifyModuleDisableWanIp", action: "ModifyModuleDisableWanIp", in: seedModifyModuleDisableWanIpIn, out: seedModifyModuleDisableWanIpOut,
			bools: []string{"DisableWanIp"}, setup: withModule("em-0vag13d1")},
		{name: "ModifyModuleConfig", action: "ModifyModuleConfig", in: seedModifyModuleConfigIn, out: seedModifyModuleConfigOut,
			ints: []string{"DefaultDataDiskSize"}, setup: withModule("em-0vag13d1")},
	}
}

// The module examples as the document writes them (no module made, no ID
// substituted) name modules that do not exist: InvalidModuleID, the tables'
// only code for a module ID. The DescribeModuleDetail example's module cannot
// be made as shown either: its DefaultDataDiskSize 48 is below DescribeConfig's
// MinDataDiskSize 50.
func TestModuleSeedExamplesExpectedToFail(t *testing.T) {
	for _, tc := range []struct {
		action, in  string
		ints, bools []string
	}{
		{"DescribeModuleDetail", seedDescribeModuleDetailIn, nil, nil},
		{"DeleteModule", seedDeleteModuleIn, nil, nil},
		{"ModifyModuleName", seedModifyModuleNameIn, nil, nil},
		{"ModifyModuleNetwork", seedModifyModuleNetworkIn, []string{"DefaultBandwidth"}, nil},
		{"ModifyModuleImage", seedModifyModuleImageIn, nil, nil},
		{"ModifyModuleIpDirect", seedModifyModuleIpDirectIn, nil, []string{"CloseIpDirect"}},
		{"ModifyModuleDisableWanIp", seedModifyModuleDisableWanIpIn, nil, []string{"DisableWanIp"}},
		{"ModifyModuleConfig", seedModifyModuleConfigIn, []string{"DefaultDataDiskSize"}, nil},
		{"ModifyModuleSecurityGroups", seedModifyModuleSecurityGroupsIn, nil, nil},
	} {
		t.Run(tc.action, func(t *testing.T) {
			h := newHarness(t, Options{})
			params := queryToJSON(t, tc.in, tc.ints...)
			for _, b := range tc.bools {
				params[b] = params[b] == "true"
			}
			h.Fails(tc.action, params, "InvalidParameterValue.InvalidModuleID")
		})
	}
	h := newHarness(t, Options{})
	h.Fails("CreateModule", modParams("test1", "DefaultBandWidth", 106, "DefaultImageId", "img-oikl1tzv", "DefaultDataDiskSize", 48), "InvalidParameterValue.InvalidDataDiskSize")
}
