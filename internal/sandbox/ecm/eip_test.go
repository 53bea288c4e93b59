package ecm_test

import (
	"net/netip"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestAllocateTaskRunningThenSuccess(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 2 * time.Second})
	ids, task := h.Allocate(2)
	if len(ids) != 2 || !regexp.MustCompile(`^[0-9]+$`).MatchString(task) {
		t.Fatalf("ids %v task %q", ids, task)
	}
	a := h.Address(ids[0])
	if a["AddressStatus"] != "CREATING" || a["AddressType"] != "EIP" || a["Bandwidth"].(float64) != 1 || a["InternetServiceProvider"] != "CTCC" {
		t.Fatalf("new address %v", a)
	}
	if a["InstanceId"] != nil || a["NetworkInterfaceId"] != nil || a["PrivateAddressIp"] != nil || a["IsArrears"] != false || a["CascadeRelease"] != false {
		t.Fatalf("nullable/boolean fields %v", a)
	}
	if a["CreatedTime"] != "2024-05-17T10:30:00Z" {
		t.Fatalf("CreatedTime %v", a["CreatedTime"])
	}
	if got := h.TaskResult(task); got != "RUNNING" {
		t.Fatalf("task %s", got)
	}
	h.Clock.Advance(1999 * time.Millisecond)
	if got := h.TaskResult(task); got != "RUNNING" {
		t.Fatalf("task before due: %s", got)
	}
	h.Clock.Advance(time.Millisecond)
	if got := h.TaskResult(task); got != "SUCCESS" {
		t.Fatalf("task at due: %s", got)
	}
	for _, id := range ids {
		if s := h.Address(id)["AddressStatus"]; s != "UNBIND" {
			t.Fatalf("%s status %v", id, s)
		}
	}
}

func TestZeroTaskDurationCompletesOnNextCall(t *testing.T) {
	h := newHarness(t, Options{})
	ids, task := h.Allocate(1)
	if got := h.TaskResult(task); got != "SUCCESS" {
		t.Fatalf("task %s", got)
	}
	if s := h.Address(ids[0])["AddressStatus"]; s != "UNBIND" {
		t.Fatalf("status %v", s)
	}
}

func TestAllocateIPsUniqueFromDocumentationRanges(t *testing.T) {
	h := newHarness(t, Options{})
	ids, _ := h.Allocate(20)
	seen := map[string]bool{}
	for _, id := range ids {
		ip := netip.MustParseAddr(h.Address(id)["AddressIp"].(string))
		if !ipPools[0].Contains(ip) && !ipPools[1].Contains(ip) {
			t.Fatalf("IP %s outside the documentation ranges", ip)
		}
		if seen[ip.String()] {
			t.Fatalf("IP %s handed out twice", ip)
		}
		seen[ip.String()] = true
	}
}

func TestFailedAllocationRemovesAddresses(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	h.S.AddFault(Fault{Action: "AllocateAddresses", TaskResult: "FAILED", Count: 1})
	ids, task := h.Allocate(2)
	if h.Address(ids[0])["AddressStatus"] != "CREATING" {
		t.Fatal("address should exist while the task runs")
	}
	h.Clock.Advance(time.Second)
	if got := h.TaskResult(task); got != "FAILED" {
		t.Fatalf("task %s", got)
	}
	for _, id := range ids {
		if a := h.Address(id); a != nil {
			t.Fatalf("address %s survived a failed allocation: %v", id, a)
		}
	}
	// The fault was for one call only.
	ids, task = h.Allocate(1)
	h.Clock.Advance(time.Second)
	if h.TaskResult(task) != "SUCCESS" || h.Address(ids[0]) == nil {
		t.Fatal("second allocation should succeed")
	}
}

func TestBandwidthAppliedWhenTaskSucceeds(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 5 * time.Second})
	ids, _ := h.Allocate(1)
	id := ids[0]
	bw := func(v any) map[string]any {
		return map[string]any{"EcmRegion": testRegion, "AddressIds": []string{id}, "InternetMaxBandwidthOut": v}
	}
	h.Fails("ModifyAddressesBandwidth", bw(100), "UnsupportedOperation.StatusNotPermit") // still CREATING
	h.Clock.Advance(5 * time.Second)
	task := h.Ok("ModifyAddressesBandwidth", bw(100))["TaskId"].(string)
	h.Fails("ModifyAddressesBandwidth", bw(200), "UnsupportedOperation.StatusNotPermit") // change in progress
	if got := h.Address(id)["Bandwidth"].(float64); got != 1 {
		t.Fatalf("bandwidth applied before the task finished: %v", got)
	}
	h.Clock.Advance(5 * time.Second)
	if h.TaskResult(task) != "SUCCESS" || h.Address(id)["Bandwidth"].(float64) != 100 {
		t.Fatalf("bandwidth after task: %v", h.Address(id))
	}
	h.Fails("ModifyAddressesBandwidth", bw(0), "InvalidParameterValue.BandwidthOutOfRange")
	h.Fails("ModifyAddressesBandwidth", bw(5001), "InvalidParameterValue.BandwidthOutOfRange")
	h.Fails("ModifyAddressesBandwidth", map[string]any{"EcmRegion": testRegion, "AddressIds": []string{id}}, "MissingParameter")
	h.Fails("ModifyAddressesBandwidth", map[string]any{"EcmRegion": testRegion, "AddressIds": []string{"eip-nothere"}, "InternetMaxBandwidthOut": 10}, "UnsupportedOperation.AddressIdNotFound")

	// A failed bandwidth task leaves the bandwidth unchanged.
	h.S.AddFault(Fault{Action: "ModifyAddressesBandwidth", TaskResult: "FAILED"})
	task = h.Ok("ModifyAddressesBandwidth", bw(300))["TaskId"].(string)
	h.Clock.Advance(5 * time.Second)
	if h.TaskResult(task) != "FAILED" || h.Address(id)["Bandwidth"].(float64) != 100 {
		t.Fatalf("after failed task: %v", h.Address(id))
	}
}

func TestReleaseOnlyWhenUnbind(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	ids, _ := h.Allocate(1)
	id := ids[0]
	rel := map[string]any{"EcmRegion": testRegion, "AddressIds": []string{id}}
	h.Fails("ReleaseAddresses", rel, "UnsupportedOperation.StatusNotPermit")
	h.Clock.Advance(time.Second)
	task := h.Ok("ReleaseAddresses", rel)["TaskId"].(string)
	if s := h.Address(id)["AddressStatus"]; s != "OFFLINING" {
		t.Fatalf("status while releasing %v", s)
	}
	h.Fails("ReleaseAddresses", rel, "UnsupportedOperation.StatusNotPermit")
	h.Fails("ModifyAddressAttribute", map[string]any{"EcmRegion": testRegion, "AddressId": id, "AddressName": "x"}, "UnsupportedOperation.StatusNotPermit")
	h.Clock.Advance(time.Second)
	if h.TaskResult(task) != "SUCCESS" || h.Address(id) != nil {
		t.Fatal("released address should be gone")
	}
	h.Fails("ReleaseAddresses", rel, "UnsupportedOperation.AddressIdNotFound")
	h.Fails("ReleaseAddresses", map[string]any{"EcmRegion": testRegion}, "MissingParameter")

	// A failed release returns the address to UNBIND.
	ids, _ = h.Allocate(1)
	h.Clock.Advance(time.Second)
	h.S.AddFault(Fault{Action: "ReleaseAddresses", TaskResult: "failed", Count: 1})
	task = h.Ok("ReleaseAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": ids})["TaskId"].(string)
	h.Clock.Advance(time.Second)
	if h.TaskResult(task) != "FAILED" || h.Address(ids[0])["AddressStatus"] != "UNBIND" {
		t.Fatalf("after failed release: %v", h.Address(ids[0]))
	}
}

func TestModifyAddressAttribute(t *testing.T) {
	h := newHarness(t, Options{})
	ids, _ := h.Allocate(1)
	id := ids[0]
	mod := func(k string, v any) map[string]any {
		return map[string]any{"EcmRegion": testRegion, "AddressId": id, k: v}
	}
	h.Ok("ModifyAddressAttribute", mod("AddressName", strings.Repeat("名", 20)))
	h.Ok("ModifyAddressAttribute", mod("EipDirectConnection", "TRUE"))
	a := h.Address(id)
	if a["AddressName"] != strings.Repeat("名", 20) || a["IsEipDirectConnection"] != true {
		t.Fatalf("after modify %v", a)
	}
	h.Fails("ModifyAddressAttribute", mod("AddressName", strings.Repeat("n", 21)), "InvalidParameterValue.TooLong")
	h.Fails("ModifyAddressAttribute", mod("EipDirectConnection", "maybe"), "InvalidParameterValue")
	h.Fails("ModifyAddressAttribute", map[string]any{"EcmRegion": testRegion, "AddressId": "eip-nothere", "AddressName": "x"}, "UnsupportedOperation.AddressIdNotFound")
	h.Fails("ModifyAddressAttribute", map[string]any{"EcmRegion": testRegion, "AddressName": "x"}, "MissingParameter")
}

func TestAllocateValidationAndQuota(t *testing.T) {
	h := newHarness(t, Options{})
	alloc := func(extra map[string]any) map[string]any {
		p := map[string]any{"EcmRegion": testRegion}
		for k, v := range extra {
			p[k] = v
		}
		return p
	}
	h.Fails("AllocateAddresses", map[string]any{}, "MissingParameter")
	h.Fails("AllocateAddresses", alloc(map[string]any{"InternetServiceProvider": "ACME"}), "InvalidParameterValue")
	h.Fails("AllocateAddresses", alloc(map[string]any{"InternetMaxBandwidthOut": 0}), "InvalidParameterValue.InvalidBandwidth")
	h.Fails("AllocateAddresses", alloc(map[string]any{"InternetMaxBandwidthOut": 5001}), "InvalidParameterValue.InvalidBandwidth")
	h.Fails("AllocateAddresses", alloc(map[string]any{"AddressCount": 0}), "InvalidParameterValue")
	h.Fails("AllocateAddresses", alloc(map[string]any{"InstanceId": "ein-1", "NetworkInterfaceId": "eni-1"}), "InvalidParameter.InvalidParameterConflict")
	h.Fails("AllocateAddresses", alloc(map[string]any{"NetworkInterfaceId": "eni-1"}), "MissingParameter.MissingPrivateIpAddress")
	h.Fails("AllocateAddresses", alloc(map[string]any{"InstanceId": "ein-12345678"}), "UnsupportedOperation")

	resp := h.Ok("AllocateAddresses", alloc(map[string]any{"AddressCount": 19, "InternetServiceProvider": "CMCC", "InternetMaxBandwidthOut": 5000}))
	h.Fails("AllocateAddresses", alloc(map[string]any{"AddressCount": 2}), "LimitExceeded.AddressQuotaLimitExceeded")
	h.Ok("AllocateAddresses", alloc(nil))
	h.Fails("AllocateAddresses", alloc(nil), "LimitExceeded.AddressQuotaLimitExceeded")

	quota := h.Ok("DescribeAddressQuota", map[string]any{"EcmRegion": testRegion})["QuotaSet"].([]any)
	total := quota[0].(map[string]any)
	if total["QuotaId"] != "TOTAL_EIP_QUOTA" || total["QuotaCurrent"].(float64) != 20 || total["QuotaLimit"].(float64) != 20 {
		t.Fatalf("quota %v", quota)
	}
	if daily := quota[1].(map[string]any); daily["QuotaId"] != "DAILY_EIP_APPLY" || daily["QuotaCurrent"].(float64) != 20 {
		t.Fatalf("daily quota %v", daily)
	}
	first := resp["AddressSet"].([]any)[0].(string)
	if a := h.Address(first); a["InternetServiceProvider"] != "CMCC" || a["Bandwidth"].(float64) != 5000 {
		t.Fatalf("address %v", a)
	}
}

func TestDescribeAddressesQueries(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	ids, _ := h.Allocate(3)
	h.Clock.Advance(time.Second)
	more, _ := h.Allocate(2) // still CREATING
	h.Ok("ModifyAddressAttribute", map[string]any{"EcmRegion": testRegion, "AddressId": ids[0], "AddressName": "web"})

	query := func(params map[string]any) (int, int) {
		params["EcmRegion"] = testRegion
		resp := h.Ok("DescribeAddresses", params)
		return int(resp["TotalCount"].(float64)), len(resp["AddressSet"].([]any))
	}
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []filter{{name, values}}}
	}
	for name, tc := range map[string]struct {
		params map[string]any
		want   int
	}{
		"all":                 {map[string]any{}, 5},
		"address-status":      {f("address-status", "CREATING"), 2},
		"address-name exact":  {f("address-name", "we"), 0},
		"address-name":        {f("address-name", "web"), 1},
		"address-id":          {f("address-id", ids[1], more[0]), 2},
		"is-arrears":          {f("is-arrears", "FALSE"), 5},
		"instance-id":         {f("instance-id", "ein-12345678"), 0},
		"ids":                 {map[string]any{"AddressIds": []string{ids[2], "eip-nothere"}}, 1},
		"paging keeps totals": {map[string]any{"Offset": 1, "Limit": 2}, 5},
	} {
		if n, _ := query(tc.params); n != tc.want {
			t.Errorf("%s: %d, want %d", name, n, tc.want)
		}
	}
	if _, got := query(map[string]any{"Offset": 3, "Limit": 10}); got != 2 {
		t.Errorf("page size %d", got)
	}
	six := f("address-id", "a", "b", "c", "d", "e", "f")
	six["EcmRegion"] = testRegion
	h.Fails("DescribeAddresses", six, "InvalidParameterValue.ParameterValueTooLarge")
	var eleven []filter
	for i := 0; i < 11; i++ {
		eleven = append(eleven, filter{"address-status", []string{"UNBIND"}})
	}
	h.Fails("DescribeAddresses", map[string]any{"EcmRegion": testRegion, "Filters": eleven}, "InvalidParameterValue.ParameterValueTooLarge")
	h.Fails("DescribeAddresses", map[string]any{}, "MissingParameter")
	h.Fails("DescribeAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": ids, "Filters": []filter{{"address-id", ids}}}, "InvalidParameter")
	// Addresses are per region.
	if n := h.Ok("DescribeAddresses", map[string]any{"EcmRegion": "ap-xian-ecm"})["TotalCount"].(float64); n != 0 {
		t.Errorf("other region sees %v addresses", n)
	}
}

func TestDescribeTaskResultErrors(t *testing.T) {
	h := newHarness(t, Options{})
	_, task := h.Allocate(1)
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": "999"}, "InvalidParameterValue")
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": "ap-xian-ecm", "TaskId": task}, "InvalidParameterValue")
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": testRegion}, "MissingParameter")
	h.Fails("DescribeTaskResult", map[string]any{"TaskId": task}, "MissingParameter")
	h.Fails("DescribeTaskResult", `{"EcmRegion":"ap-hangzhou-ecm","TaskId":true}`, "InvalidParameter.InvalidDataFormat")
	if got := h.Ok("DescribeTaskResult", `{"EcmRegion":"ap-hangzhou-ecm","TaskId":`+task+`}`)["TaskId"]; got != task {
		t.Fatalf("numeric TaskId answered %v", got)
	}
}
