package ecm

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Limits (host.Call.Limits) and read-after-write lag (host.Call.ReadLag) are
// filled by the core, whose side lands separately: these tests call ECM's
// handlers directly, as the core does (Settle, then the action), with the
// Call fields set by hand.

const (
	dRegion = "ap-hangzhou-ecm"
	dZone   = "ap-hangzhou-ecm-1"
)

type direct struct {
	t      testing.TB
	p      *Product
	now    time.Time
	limits map[string]int
	lag    int // ReadLag of the next call only
}

func newDirect(t testing.TB) *direct {
	return &direct{t: t, p: New(), now: time.Date(2024, 5, 17, 10, 30, 0, 0, time.UTC)}
}

func (d *direct) call(action string, params any) (map[string]any, string) {
	d.t.Helper()
	body, err := json.Marshal(params)
	if err != nil {
		d.t.Fatal(err)
	}
	d.p.state.Settle(d.now)
	act, ok := d.p.Service().Actions[action]
	if !ok {
		d.t.Fatalf("no action %s", action)
	}
	c := &tencentapi.Call{Call: host.Call{Now: d.now, TaskDuration: time.Second, Limits: d.limits, ReadLag: d.lag}, Service: ServiceName, Action: action}
	d.lag = 0
	payload, aerr := act.Run(c, body)
	if aerr != nil {
		return nil, aerr.Code
	}
	out := map[string]any{}
	if payload != nil {
		b, _ := json.Marshal(payload)
		if err := json.Unmarshal(b, &out); err != nil {
			d.t.Fatal(err)
		}
	}
	return out, ""
}

func (d *direct) ok(action string, params any) map[string]any {
	d.t.Helper()
	resp, code := d.call(action, params)
	if code != "" {
		d.t.Fatalf("%s: unexpected %s", action, code)
	}
	return resp
}

func (d *direct) fails(action string, params any, want string) {
	d.t.Helper()
	if _, code := d.call(action, params); code != want {
		d.t.Fatalf("%s: want %s, got %q", action, want, code)
	}
}

func (d *direct) vpc(cidr string) string {
	d.t.Helper()
	return d.ok("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": cidr, "EcmRegion": dRegion})["Vpc"].(map[string]any)["VpcId"].(string)
}

func (d *direct) allocate(n int) []string {
	d.t.Helper()
	var ids []string
	for _, id := range d.ok("AllocateAddresses", map[string]any{"EcmRegion": dRegion, "AddressCount": n})["AddressSet"].([]any) {
		ids = append(ids, id.(string))
	}
	return ids
}

func TestLimitsComeFromTheCall(t *testing.T) {
	d := newDirect(t)
	d.limits = map[string]int{LimitVPCsPerRegion: 3, LimitSubnetsPerVPC: 2, LimitEIPsPerRegion: 3, LimitEIPDailyAllocation: 4}
	a := d.vpc("10.0.0.0/16")
	d.vpc("10.1.0.0/16")
	d.fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.2.0.0/16", "EcmRegion": dRegion}, "LimitExceeded") // 2 + the default VPC
	sub := func(cidr string) (map[string]any, string) {
		return d.call("CreateSubnet", map[string]any{"VpcId": a, "SubnetName": "s", "CidrBlock": cidr, "Zone": dZone, "EcmRegion": dRegion})
	}
	sub("10.0.1.0/24")
	sub("10.0.2.0/24")
	if _, code := sub("10.0.3.0/24"); code != "LimitExceeded" {
		t.Fatalf("third subnet: %q", code)
	}
	d.allocate(3)
	d.fails("AllocateAddresses", map[string]any{"EcmRegion": dRegion}, "LimitExceeded.AddressQuotaLimitExceeded")

	quota := func() map[string][2]int {
		out := map[string][2]int{}
		for _, q := range d.ok("DescribeAddressQuota", map[string]any{"EcmRegion": dRegion})["QuotaSet"].([]any) {
			m := q.(map[string]any)
			out[m["QuotaId"].(string)] = [2]int{int(m["QuotaCurrent"].(float64)), int(m["QuotaLimit"].(float64))}
		}
		return out
	}
	if q := quota(); q["TOTAL_EIP_QUOTA"] != [2]int{3, 3} || q["DAILY_EIP_APPLY"] != [2]int{3, 4} {
		t.Fatalf("quota %v", q)
	}
	// The daily allocations count releases too: after releasing, one more
	// fits the total but the fifth of the day does not.
	d.now = d.now.Add(2 * time.Second)
	ids := []string{}
	for id := range d.p.state.Regions[dRegion].Addresses {
		ids = append(ids, id)
	}
	d.ok("ReleaseAddresses", map[string]any{"EcmRegion": dRegion, "AddressIds": ids})
	d.now = d.now.Add(2 * time.Second)
	d.allocate(1)
	d.fails("AllocateAddresses", map[string]any{"EcmRegion": dRegion}, "LimitExceeded.AddressQuotaLimitExceededDailyAllocate")
	d.now = d.now.Add(24 * time.Hour) // a new UTC day
	d.allocate(1)

	// Without Limits in the call (the core not filling them), the defaults hold.
	d2 := newDirect(t)
	if q := d2.ok("DescribeAddressQuota", map[string]any{"EcmRegion": dRegion})["QuotaSet"].([]any)[0].(map[string]any); q["QuotaLimit"].(float64) != 20 {
		t.Fatalf("default quota %v", q)
	}
	if got := d2.p.DefaultLimits(); got[LimitSubnetsPerVPC] < 40 || got[LimitVPCsPerRegion] != 20 || got[LimitEIPsPerRegion] != 20 || got[LimitEIPDailyAllocation] != 40 {
		t.Fatalf("DefaultLimits %v", got)
	}
	var _ host.LimitDefaults = d2.p.state // the section tells the core its limits
}

// Raised limits hold 10,000 objects: 100 VPCs of 100 subnets, and 10,000 EIPs.
func TestTenThousandObjects(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	d := newDirect(t)
	d.limits = map[string]int{LimitVPCsPerRegion: 10000, LimitSubnetsPerVPC: 10000, LimitEIPsPerRegion: 10000, LimitEIPDailyAllocation: 10000}
	for i := 0; i < 100; i++ {
		v := d.vpc(fmt.Sprintf("10.%d.0.0/16", i))
		for j := 0; j < 100; j++ {
			d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "s", "CidrBlock": fmt.Sprintf("10.%d.%d.0/24", i, j), "Zone": dZone, "EcmRegion": dRegion})
		}
	}
	for i := 0; i < 100; i++ {
		d.allocate(100)
	}
	if n := d.ok("DescribeSubnets", map[string]any{"EcmRegion": dRegion})["TotalCount"].(float64); n != 10001 {
		t.Fatalf("subnets: %v", n)
	}
	if n := d.ok("DescribeAddresses", map[string]any{"EcmRegion": dRegion})["TotalCount"].(float64); n != 10000 {
		t.Fatalf("addresses: %v", n)
	}
}

func TestReadLag(t *testing.T) {
	d := newDirect(t)
	vpcs := func(params map[string]any) []map[string]any {
		var out []map[string]any
		for _, v := range d.ok("DescribeVpcs", params)["VpcSet"].([]any) {
			out = append(out, v.(map[string]any))
		}
		return out
	}
	byID := func(id string) []map[string]any { return vpcs(map[string]any{"VpcIds": []string{id}}) }

	// A create is not seen by the next 2 Describe calls that look at it.
	d.lag = 2
	id := d.vpc("10.0.0.0/16")
	if got := byID(id); len(got) != 0 {
		t.Fatalf("1st read saw the new VPC: %v", got)
	}
	if got := vpcs(map[string]any{"EcmRegion": dRegion}); len(got) != 1 || got[0]["VpcId"] == id { // the default VPC only
		t.Fatalf("2nd read (a list): %v", got)
	}
	if got := byID(id); len(got) != 1 {
		t.Fatal("3rd read does not see the VPC")
	}
	// Calls that do not look at the object do not count.
	d.lag = 1
	d.ok("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": dRegion, "VpcName": "renamed"})
	vpcs(map[string]any{"EcmRegion": "ap-xian-ecm"})
	if got := byID(id); got[0]["VpcName"] != "v" {
		t.Fatalf("read after a lagged modify: %v", got[0])
	}
	if got := byID(id); got[0]["VpcName"] != "renamed" {
		t.Fatalf("second read: %v", got[0])
	}
	// A delete is seen late too.
	d.lag = 1
	d.ok("DeleteVpc", map[string]any{"VpcId": id, "EcmRegion": dRegion})
	if got := byID(id); len(got) != 1 {
		t.Fatal("the deleted VPC vanished at once")
	}
	if got := byID(id); len(got) != 0 {
		t.Fatal("the deleted VPC is still there")
	}
	// Writes without ReadLag are consistent.
	id = d.vpc("10.1.0.0/16")
	if got := byID(id); len(got) != 1 {
		t.Fatal("consistent create not seen")
	}

	// Subnets.
	d.lag = 1
	s := d.ok("CreateSubnet", map[string]any{"VpcId": id, "SubnetName": "s", "CidrBlock": "10.1.1.0/24", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)["SubnetId"].(string)
	subnets := func() int {
		return int(d.ok("DescribeSubnets", map[string]any{"SubnetIds": []string{s}})["TotalCount"].(float64))
	}
	if subnets() != 0 || subnets() != 1 {
		t.Fatal("lagged subnet create")
	}

	// EIPs: an allocation is not listed, then its task's completion is seen late.
	d.lag = 1
	eip := d.allocate(1)[0]
	addr := func() []any {
		return d.ok("DescribeAddresses", map[string]any{"EcmRegion": dRegion, "AddressIds": []string{eip}})["AddressSet"].([]any)
	}
	if len(addr()) != 0 {
		t.Fatal("lagged allocation listed")
	}
	d.now = d.now.Add(2 * time.Second) // the task completes at the next call
	if got := addr(); len(got) != 1 || got[0].(map[string]any)["AddressStatus"] != "CREATING" {
		t.Fatalf("completion seen at once: %v", got)
	}
	if got := addr(); got[0].(map[string]any)["AddressStatus"] != "UNBIND" {
		t.Fatalf("completion never seen: %v", got)
	}
}

// Default VPC and subnets, route tables and default-subnet flags survive the state file.
func TestDefaultsPersist(t *testing.T) {
	d := newDirect(t)
	v := d.vpc("10.0.0.0/16")
	s := d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	got := d2.ok("DescribeDefaultSubnet", map[string]any{"EcmRegion": dRegion, "Zone": dZone})["Subnet"].(map[string]any)
	if got["SubnetId"] != s["SubnetId"] || got["RouteTableId"] != s["RouteTableId"] || got["IsDefault"] != true {
		t.Fatalf("after reload %v, before %v", got, s)
	}
	if n := d2.ok("DescribeVpcs", map[string]any{"EcmRegion": dRegion})["TotalCount"].(float64); n != 2 {
		t.Fatalf("VPCs after reload: %v (the default VPC must not be made twice)", n)
	}
	if kind := d2.p.state.ids[s["RouteTableId"].(string)].kind; kind != kindRoute {
		t.Fatalf("route table not registered after reload: %q", kind)
	}
}

func TestSetCatalog(t *testing.T) {
	d := newDirect(t)
	c, err := ParseCatalog([]byte(`{"regions":[{"region":"eu-test-ecm","region_name":"Test","region_id":9,"zones":[{"zone":"eu-test-ecm-1","zone_name":"Test Zone 1","zone_id":90001,"isps":["CMCC"]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.p.SetCatalog(c); err != nil {
		t.Fatal(err)
	}
	d.fails("DescribeVpcs", map[string]any{"EcmRegion": dRegion}, "InvalidParameterValue.InvalidRegion")
	d.ok("AllocateAddresses", map[string]any{"EcmRegion": "eu-test-ecm"}) // defaults to the only ISP
	if n := d.ok("DescribeNode", map[string]any{})["TotalCount"].(float64); n != 1 {
		t.Fatalf("nodes %v", n)
	}
	for _, bad := range []string{`{"regions":[]}`, `{"regions":[{"region":"Bad Name","zones":[{"zone":"z","isps":["CMCC"]}]}]}`,
		`{"regions":[{"region":"r","zones":[]}]}`, `{"regions":[{"region":"r","zones":[{"zone":"z","isps":["ACME"]}]}]}`, `{`} {
		if _, err := ParseCatalog([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
	if err := d.p.SetCatalog(DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkTenThousandSubnets measures ECM's handlers (no HTTP, no signing) over a region whose
// raised limits hold 100 VPCs of 100 subnets: a page of VPCs (each counting its subnets) and one
// VPC's subnets by filter.
func BenchmarkTenThousandSubnets(b *testing.B) {
	d := newDirect(b)
	d.limits = map[string]int{LimitVPCsPerRegion: 10000, LimitSubnetsPerVPC: 10000}
	var last string
	for i := 0; i < 100; i++ {
		last = d.vpc(fmt.Sprintf("10.%d.0.0/16", i))
		for j := 0; j < 100; j++ {
			d.ok("CreateSubnet", map[string]any{"VpcId": last, "SubnetName": "s", "CidrBlock": fmt.Sprintf("10.%d.%d.0/24", i, j), "Zone": dZone, "EcmRegion": dRegion})
		}
	}
	b.Run("DescribeVpcs", func(b *testing.B) {
		for b.Loop() {
			d.ok("DescribeVpcs", map[string]any{"EcmRegion": dRegion, "Limit": 100})
		}
	})
	b.Run("DescribeSubnets/vpc-id", func(b *testing.B) {
		for b.Loop() {
			d.ok("DescribeSubnets", map[string]any{"EcmRegion": dRegion, "Filters": []map[string]any{{"Name": "vpc-id", "Values": []string{last}}}, "Limit": "100"})
		}
	})
}

// BenchmarkCallWithManyTasksKept measures a call while many finished tasks
// are kept (a figure, not an assertion: it should not grow with the tasks).
// It calls the handlers directly because keeping 2,000 tasks takes 1,000
// allocations in a day, over the default daily quota, and only a direct call
// can raise the limit until the core fills host.Call.Limits.
func BenchmarkCallWithManyTasksKept(b *testing.B) {
	for _, kept := range []int{0, 2000} {
		b.Run(fmt.Sprint("tasks=", kept), func(b *testing.B) {
			d := newDirect(b)
			d.limits = map[string]int{LimitEIPDailyAllocation: 1 << 30}
			d.ok("DescribeAddressQuota", map[string]any{"EcmRegion": dRegion}) // the region and its defaults exist in both cases
			for i := 0; i < kept/2; i++ {
				ids := d.allocate(1)
				d.now = d.now.Add(2 * time.Second)
				d.ok("ReleaseAddresses", map[string]any{"EcmRegion": dRegion, "AddressIds": ids})
				d.now = d.now.Add(2 * time.Second)
				d.ok("DescribeVpcs", map[string]any{}) // settles
			}
			if n := len(d.p.state.peekRegion(dRegion).Tasks); n != kept {
				b.Fatalf("%d tasks kept", n)
			}
			b.ReportAllocs()
			for b.Loop() {
				d.ok("DescribeVpcs", map[string]any{})
			}
		})
	}
}
