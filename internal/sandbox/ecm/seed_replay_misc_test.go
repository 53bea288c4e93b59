package ecm_test

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// Seed replays of DescribeInstanceVncUrl, DescribePriceRunInstance,
// DescribeSnapshots and DescribePackingQuotaGroup (TestSeedReplay runs them).

// unquotedPrice is the price example without its notation's double quotes and
// with a documented disk type in place of "234".
var unquotedPrice = strings.NewReplacer(`"SN3ne.LARGE8"`, "SN3ne.LARGE8", `"234"`, "LOCAL_BASIC", `"123"`, "123").Replace(seedDescribePriceRunInstanceIn)

func miscSeedCases() []seedCase {
	return []seedCase{
		{name: "DescribeInstanceVncUrl", action: "DescribeInstanceVncUrl", in: seedDescribeInstanceVncUrlIn, out: seedDescribeInstanceVncUrlOut,
			setup: func(h *harness) ([]string, []string) { return []string{"ein-r9hr2upy"}, []string{insLaunch(h)} },
			check: func(t *testing.T, h *harness, resp map[string]any) {
				u, err := url.QueryUnescape(resp["InstanceVncUrl"].(string))
				if err != nil || !strings.HasPrefix(u, "wss://ecm-vnc.sandbox.invalid/vnc?s=") || len(u) != len("wss://ecm-vnc.sandbox.invalid/vnc?s=")+32 {
					t.Fatalf("VNC URL %q (%v)", u, err)
				}
			}},
		{name: "DescribePriceRunInstance", action: "DescribePriceRunInstance", in: unquotedPrice, out: seedDescribePriceRunInstanceOut,
			ints: []string{"InstanceCount", "DiskSize"},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				want := seedResponse(t, seedDescribePriceRunInstanceOut)["InstancePrice"].(map[string]any)
				want["OriginalPrice"], want["DiscountPrice"] = 21022.0, 13664.0 // the example's totals are one cent off its parts
				sameValues(t, "InstancePrice", want, resp["InstancePrice"])
			}},
		{name: "DescribeSnapshots", action: "DescribeSnapshots", in: seedDescribeSnapshotsIn, out: seedDescribeSnapshotsOutEmpty,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				if resp["TotalCount"].(float64) != 0 || len(resp["SnapshotSet"].([]any)) != 0 {
					t.Fatalf("snapshots: %v", resp)
				}
			}},
		{name: "DescribePackingQuotaGroup", action: "DescribePackingQuotaGroup", in: seedDescribePackingQuotaGroupIn, out: seedDescribePackingQuotaGroupOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				set := resp["PackingQuotaSet"].([]any)
				if len(set) != 1 {
					t.Fatalf("groups: %v", set)
				}
				g := set[0].(map[string]any)
				infos := g["PackingQuotaInfos"].([]any)
				if g["Zone"] != "ap-beijing-ecm-ct" || g["ISPId"] != "CTCC" || g["ZoneId"].(float64) != 10310001 || len(infos) != 1 ||
					infos[0].(map[string]any)["InstanceType"] != "SN3ne.2XLARGE16" || infos[0].(map[string]any)["PackingQuota"].(float64) <= 0 {
					t.Fatalf("group: %v", g)
				}
			}},
	}
}

// The examples as written: the price example's quotes and DiskType "234".
func TestSeedMiscExamplesExpectedToFail(t *testing.T) {
	for _, tc := range []struct{ name, action, in, want, why string }{
		{"DescribePriceRunInstance/quoted", "DescribePriceRunInstance", seedDescribePriceRunInstanceIn, "InvalidParameterValue.InvalidInstanceTypeConfigID",
			`InstanceType="SN3ne.LARGE8" keeps the notation's quotes: no such type`},
		{"DescribePriceRunInstance/234", "DescribePriceRunInstance", strings.Replace(seedDescribePriceRunInstanceIn, `"SN3ne.LARGE8"`, "SN3ne.LARGE8", 1), "InvalidParameterValue.InvalidSystemDiskType",
			`SystemDisk.DiskType "234" is not LOCAL_BASIC or CLOUD_PREMIUM`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			t.Log(tc.why)
			h.Fails(tc.action, queryToJSON(t, tc.in, "InstanceCount", "DiskSize"), tc.want)
		})
	}
}

// The VNC URL is fresh on every call and needs a RUNNING instance.
func TestVncUrl(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 30 * time.Second})
	id := insLaunch(h)
	a := h.Ok("DescribeInstanceVncUrl", map[string]any{"InstanceId": id})["InstanceVncUrl"]
	b := h.Ok("DescribeInstanceVncUrl", map[string]any{"InstanceId": id})["InstanceVncUrl"]
	if a == b {
		t.Fatalf("two calls answered the same URL %v", a)
	}
	h.Fails("DescribeInstanceVncUrl", map[string]any{}, "MissingParameter.MissingInstancesParameter")
	h.Fails("DescribeInstanceVncUrl", map[string]any{"InstanceId": "ein-NOPE"}, "InvalidParameterValue")
	h.Fails("DescribeInstanceVncUrl", map[string]any{"InstanceId": "ein-00000000"}, "ResourceNotFound")
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{id}})
	h.Fails("DescribeInstanceVncUrl", map[string]any{"InstanceId": id}, "OperationDenied.InstanceOperationInProgress")
	h.Clock.Advance(time.Minute)
	h.Fails("DescribeInstanceVncUrl", map[string]any{"InstanceId": id}, "UnsupportedOperation.InvalidInstanceState")
	h.Fails("DescribeInstanceVncUrl", map[string]any{"InstanceId": 7}, "InvalidParameter.InvalidDataFormat")
}

func TestPriceRunInstance(t *testing.T) {
	h := newHarness(t, Options{})
	price := func(p map[string]any) map[string]any {
		return h.Ok("DescribePriceRunInstance", p)["InstancePrice"].(map[string]any)
	}
	base := func() map[string]any {
		return map[string]any{"InstanceType": "SN3ne.LARGE8", "InstanceCount": 1, "SystemDisk": map[string]any{"DiskSize": 50}}
	}
	one := price(base())
	p := base()
	p["InstanceCount"] = 2
	if two := price(p); two["OriginalPrice"].(float64) != 21022 || one["OriginalPrice"].(float64) != 10511 {
		t.Fatalf("one %v, two %v", one, two)
	}
	p = base()
	p["DataDisk"] = []any{map[string]any{"DiskSize": 100, "DiskType": "CLOUD_PREMIUM"}}
	disks := price(p)["InstancePricesPartDetail"].(map[string]any)["DisksPrice"].(map[string]any)
	if disks["OriginalPrice"].(float64) != 58+232 { // 50 GB local (58) + 100 GB premium (232)
		t.Fatalf("disks %v", disks)
	}
	for _, tc := range []struct {
		mod  func(map[string]any)
		want string
	}{
		{func(p map[string]any) { delete(p, "InstanceType") }, "MissingParameter"},
		{func(p map[string]any) { p["InstanceType"] = "SN3ne.HUGE1" }, "InvalidParameterValue.InvalidInstanceTypeConfigID"},
		{func(p map[string]any) { delete(p, "SystemDisk") }, "MissingParameter"},
		{func(p map[string]any) { delete(p, "InstanceCount") }, "MissingParameter"},
		{func(p map[string]any) { p["InstanceCount"] = 0 }, "InvalidParameterValue"},
		{func(p map[string]any) { p["SystemDisk"] = map[string]any{"DiskSize": 500} }, "InvalidParameterValue.InvalidSystemDiskSize"},
		{func(p map[string]any) { p["SystemDisk"] = map[string]any{"DiskType": "SSD"} }, "InvalidParameterValue.InvalidSystemDiskType"},
		{func(p map[string]any) { p["DataDisk"] = []any{map[string]any{"DiskSize": 3}} }, "InvalidParameterValue"},
		{func(p map[string]any) { p["DataDisk"] = []any{map[string]any{}} }, "MissingParameter"},
		{func(p map[string]any) { p["InstanceChargeType"] = 2 }, "InvalidParameterValue"},
		{func(p map[string]any) { p["InstanceChargeType"] = "0" }, "InvalidParameter.InvalidDataFormat"},
	} {
		p := base()
		tc.mod(p)
		h.Fails("DescribePriceRunInstance", p, tc.want)
	}
	p = base()
	p["InstanceChargeType"] = 0
	p["SystemDisk"] = map[string]any{}
	price(p) // SuggestSystemDiskSize
}

func TestSnapshots(t *testing.T) {
	h := newHarness(t, Options{})
	resp := h.Ok("DescribeSnapshots", map[string]any{})
	if resp["TotalCount"].(float64) != 0 || resp["SnapshotSet"] == nil {
		t.Fatalf("%v", resp)
	}
	h.Ok("DescribeSnapshots", map[string]any{"SnapshotIds": []string{"snap-12345678"}, "Limit": 100, "Offset": 5, "OrderField": "CREATE_TIME", "Order": "DESC"})
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []map[string]any{{"Name": name, "Values": values}}}
	}
	h.Ok("DescribeSnapshots", f("disk-id", "ldisk-91p8tj1p", "disk-aq3k1jn0"))
	for _, tc := range []struct {
		params any
		want   string
	}{
		{map[string]any{"SnapshotIds": []string{"snap-1"}, "Filters": []map[string]any{{"Name": "zone", "Values": []string{"z"}}}}, "InvalidParameterValue"},
		{map[string]any{"SnapshotIds": []string{"snap-X"}}, "InvalidParameterValue"},
		{map[string]any{"Limit": 101}, "InvalidParameterValue"},
		{map[string]any{"Offset": -1}, "InvalidParameterValue"},
		{map[string]any{"OrderField": "SIZE"}, "InvalidParameterValue"},
		{map[string]any{"Order": "UP"}, "InvalidParameterValue"},
		{map[string]any{"Limit": "1"}, "InvalidParameter"},
		{f("color", "red"), "InvalidParameterValue.InvalidFilter"},
		{f("snapshot-state", "BROKEN"), "InvalidParameterValue.InvalidFilter"},
		{f("encrypt", "true"), "InvalidParameterValue.InvalidFilter"},
		{f("snapshot-id", "snap_1"), "InvalidParameterValue.InvalidFilter"},
		{f("disk-id", "vol-1"), "InvalidParameterValue.InvalidFilter"},
		{f("zone"), "InvalidParameterValue"},
	} {
		h.Fails("DescribeSnapshots", tc.params, tc.want)
	}
}

func TestPackingQuotaGroup(t *testing.T) {
	h := newHarness(t, Options{})
	f := func(kv ...any) map[string]any {
		var fs []map[string]any
		for i := 0; i+1 < len(kv); i += 2 {
			fs = append(fs, map[string]any{"Name": kv[i], "Values": kv[i+1]})
		}
		return map[string]any{"Filters": fs}
	}
	quota := func(p map[string]any) float64 {
		set := h.Ok("DescribePackingQuotaGroup", p)["PackingQuotaSet"].([]any)
		return set[0].(map[string]any)["PackingQuotaInfos"].([]any)[0].(map[string]any)["PackingQuota"].(float64)
	}
	all := h.Ok("DescribePackingQuotaGroup", map[string]any{})["PackingQuotaSet"].([]any)
	if len(all) < 10 || len(all[0].(map[string]any)["PackingQuotaInfos"].([]any)) != 17 {
		t.Fatalf("every zone, ISP and type: %d groups", len(all))
	}
	q := f("Zone", []string{testZone}, "InstanceType", []string{"SN3ne.LARGE8"})
	group := h.Ok("DescribePackingQuotaGroup", q)["PackingQuotaSet"].([]any)
	if len(group) != 3 { // the test zone's three ISPs
		t.Fatalf("groups %v", group)
	}
	before := quota(q)
	if again := quota(q); again != before {
		t.Fatalf("not deterministic: %v then %v", before, again)
	}
	insLaunch(h) // CTCC, in the test zone
	ctcc := func() float64 {
		for _, g := range h.Ok("DescribePackingQuotaGroup", q)["PackingQuotaSet"].([]any) {
			if g := g.(map[string]any); g["ISPId"] == "CTCC" {
				return g["PackingQuotaInfos"].([]any)[0].(map[string]any)["PackingQuota"].(float64)
			}
		}
		t.Fatal("no CTCC group")
		return 0
	}
	if after := ctcc(); after >= quotaOf(t, q, "CTCC") {
		t.Fatalf("an instance did not use capacity: %v", after)
	}
	for _, tc := range []struct {
		params any
		want   string
	}{
		{f("Zone", []string{"ap-nowhere-1"}), "InvalidParameterValue"},
		{f("InstanceType", []string{"S4.LARGE8"}), "InvalidParameterValue"},
		{f("DataDiskSize", []string{"big"}), "InvalidParameterValue"},
		{f("DataDiskSize", []string{"100", "200"}), "InvalidParameterValue"},
		{f("DataDiskSize", []string{"5000"}), "InvalidParameterValue"},
		{f("ISP", []string{"CTCC"}), "InvalidParameterValue.InvalidFilter"},
		{f("", []string{"x"}), "InvalidParameterValue.InvalidFilter"},
		{f("Zone", []string{}), "InvalidParameterValue"},
		{map[string]any{"Filters": "Zone"}, "InvalidParameter.InvalidDataFormat"},
	} {
		h.Fails("DescribePackingQuotaGroup", tc.params, tc.want)
	}
}

// quotaOf is the quota a fresh account would have for the ISP: the
// capacity is a function of the names only.
func quotaOf(t *testing.T, q map[string]any, isp string) float64 {
	t.Helper()
	fresh := newHarness(t, Options{})
	for _, g := range fresh.Ok("DescribePackingQuotaGroup", q)["PackingQuotaSet"].([]any) {
		if g := g.(map[string]any); g["ISPId"] == isp {
			return g["PackingQuotaInfos"].([]any)[0].(map[string]any)["PackingQuota"].(float64)
		}
	}
	t.Fatalf("no %s group", isp)
	return 0
}
