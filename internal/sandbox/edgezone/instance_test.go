package edgezone_test

import (
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
)

// every field of PublicNetworkInstanceInfo (other-apis.md §4a).
var instanceFields = []string{
	"NetworkInstanceId", "ZoneId", "NetworkInstanceName", "Bandwidth", "Line", "RouteMode", "ServerCount",
	"Ipv4Count", "Ipv6Count", "Ipv4CidrSet", "Ipv6CidrSet", "CreatedAt", "UpdatedAt",
}

func TestCreateStaticInstance(t *testing.T) {
	e := newEnv(t)
	id := e.ez.Ok("CreatePublicNetworkInstance", map[string]any{
		"ZoneId": zone1, "NetworkInstanceName": "edge-a", "Line": "CT", "RouteMode": "static", "Bandwidth": 200,
	})["NetworkInstanceId"].(string)
	if !instanceIDShape.MatchString(id) {
		t.Fatalf("ID %q is not epn- + 8 lowercase letters/digits", id)
	}
	inst := e.instance(id)
	for _, f := range instanceFields {
		if _, ok := inst[f]; !ok {
			t.Errorf("field %s missing: %v", f, inst)
		}
	}
	if inst["ZoneId"] != zone1 || inst["NetworkInstanceName"] != "edge-a" || inst["Line"] != "CT" || inst["RouteMode"] != "STATIC" ||
		inst["Bandwidth"].(float64) != 200 || inst["ServerCount"].(float64) != 0 || inst["Ipv4Count"].(float64) != 0 ||
		inst["Ipv6Count"].(float64) != 0 || len(inst["Ipv4CidrSet"].([]any)) != 0 || len(inst["Ipv6CidrSet"].([]any)) != 0 {
		t.Fatalf("STATIC instance: %v", inst)
	}
	if inst["CreatedAt"] != "2024-05-17T10:30:00" || inst["UpdatedAt"] != inst["CreatedAt"] {
		t.Fatalf("times %v / %v: want the clock's UTC time in the documented form", inst["CreatedAt"], inst["UpdatedAt"])
	}
}

func TestCreateDynamicInstancesTakeRanges(t *testing.T) {
	e := newEnv(t)
	for i, c := range []struct{ mode, zone, want string }{{"Bgp", zone1, "BGP"}, {"OSPF", zone2, "OSPF"}} {
		id := e.create(c.zone, c.mode)
		inst := e.instance(id)
		if inst["RouteMode"] != c.want {
			t.Fatalf("RouteMode %q answered %v, want %s", c.mode, inst["RouteMode"], c.want)
		}
		v4, v6 := inst["Ipv4CidrSet"].([]any), inst["Ipv6CidrSet"].([]any)
		if len(v4) != 1 || len(v6) != 1 || inst["Ipv4Count"].(float64) != 64 || inst["Ipv6Count"].(float64) != 64 {
			t.Fatalf("%s instance: %v", c.mode, inst)
		}
		r4 := netip.MustParsePrefix(v4[0].(map[string]any)["Cidr"].(string))
		r6 := netip.MustParsePrefix(v6[0].(map[string]any)["Cidr"].(string))
		pool4 := netip.MustParsePrefix([]string{"198.18.1.0/24", "198.18.2.0/24"}[i])
		pool6 := netip.MustParsePrefix([]string{"2001:db8:1:1::/120", "2001:db8:1:2::/120"}[i])
		if r4.Bits() != 26 || !pool4.Contains(r4.Addr()) || r6.Bits() != 122 || !pool6.Contains(r6.Addr()) {
			t.Fatalf("ranges %s, %s: want a /26 of %s and a /122 of %s", r4, r6, pool4, pool6)
		}
		if gw := v4[0].(map[string]any)["Gateway"].(string); gw != r4.Addr().Next().String() {
			t.Fatalf("gateway %s of %s", gw, r4)
		}
		// The range is listed by DescribePublicIps; ApplyPublicIps and ReleasePublicIp refuse.
		rows, n := e.ips(map[string]any{"NetworkInstanceId": []string{id}})
		if n != 2 || rows[0]["NetworkInstanceId"] != id {
			t.Fatalf("ranges as IpInfo: %v", rows)
		}
		e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1}, "FailedOperation.NotSupportedForDynamicInstance")
		e.ez.Fails("ReleasePublicIp", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "IpList": []string{r4.Addr().Next().Next().String()}}, "FailedOperation.NotSupportedForDynamicInstance")
	}
}

// The quotas size a BGP/OSPF instance's ranges: 128 gives a /25, 0 IPv6 no IPv6 range; 0 IPv4 is
// "not configured", other values are out of range; a pool without a free aligned range of that
// size has "no available CIDR".
func TestDynamicRangesFollowTheQuotas(t *testing.T) {
	e := newEnv(t)
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 128, edgezone.LimitIPv6PerInstance: 0}); err != nil {
		t.Fatal(err)
	}
	inst := e.instance(e.create(zone1, "bgp"))
	if v4 := inst["Ipv4CidrSet"].([]any); len(v4) != 1 || !strings.HasSuffix(v4[0].(map[string]any)["Cidr"].(string), "/25") ||
		len(inst["Ipv6CidrSet"].([]any)) != 0 || inst["Ipv6Count"].(float64) != 0 || inst["Ipv4Count"].(float64) != 128 {
		t.Fatalf("quota 128/0: %v", inst)
	}
	params := map[string]any{"ZoneId": zone2, "Line": "BGP", "RouteMode": "ospf"}
	for _, c := range []struct {
		v4, v6 int
		want   string
	}{
		{0, 64, "LimitExceeded.QuotaNotConfigured"},
		{100, 64, "InvalidParameter.InvalidQuota"},
		{64, 32, "InvalidParameter.InvalidQuota"},
	} {
		if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: c.v4, edgezone.LimitIPv6PerInstance: c.v6}); err != nil {
			t.Fatal(err)
		}
		e.ez.Fails("CreatePublicNetworkInstance", params, c.want)
	}
	e.S.ClearLimits()
	e.pool(zone2, "ipv4", "198.18.2.0/27") // smaller than a /26
	e.ez.Fails("CreatePublicNetworkInstance", params, "ResourceInsufficient.NoAvailableCidr")
	e.pool(zone2, "ipv4", "198.18.2.0/26")
	e.pool(zone2, "ipv6", "2001:db8:1:2::/123") // smaller than a /122
	e.ez.Fails("CreatePublicNetworkInstance", params, "ResourceInsufficient.NoAvailableCidr")
	e.pool(zone2, "ipv6", "2001:db8:1:2::/122")
	if n, _ := e.ips(map[string]any{"ZoneId": zone2}); len(n) != 0 {
		t.Fatalf("failed creates left ranges: %v", n)
	}
	e.create(zone2, "ospf") // the pools fit exactly now
	// STATIC instances need no quota to be created.
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 0}); err != nil {
		t.Fatal(err)
	}
	e.create(zone3, "static")
}

// "A user can only create one public network instance in an availability zone": per account; the
// zone's pool is shared, so a BGP range goes back to it with its instance.
func TestOneInstancePerZoneAndAccount(t *testing.T) {
	e := newEnv(t)
	e.pool(zone1, "ipv4", "198.18.1.0/26") // room for one /26
	first := e.create(zone1, "bgp")
	e.ez.Fails("CreatePublicNetworkInstance", map[string]any{"ZoneId": zone1, "Line": "BGP", "RouteMode": "static"}, "FailedOperation.PublicInstanceDuplicate")
	e.create(zone2, "static") // another zone is fine
	other := map[string]any{"ZoneId": zone1, "Line": "CT", "RouteMode": "bgp"}
	if _, code := e.as("CreatePublicNetworkInstance", other); code != "ResourceInsufficient.NoAvailableCidr" {
		t.Fatalf("another account's BGP instance in the full zone: %q", code)
	}
	e.ez.Ok("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": first})
	resp, code := e.as("CreatePublicNetworkInstance", other)
	if code != "" {
		t.Fatalf("after the delete the range is free again: %q %v", code, resp)
	}
	// Each account sees its own instances only.
	if _, n := e.ips(map[string]any{"ZoneId": zone1}); n != 0 {
		t.Fatalf("the first account sees the other's range")
	}
	theirs := resp["NetworkInstanceId"].(string)
	e.ez.Fails("DescribePublicNetworkInstances", map[string]any{"NetworkInstanceId": theirs}, "ResourceNotFound.PublicInstanceNotFound")
	e.ez.Fails("ModifyPublicNetworkInstance", map[string]any{"NetworkInstanceId": theirs, "NetworkInstanceName": "x"}, "ResourceNotFound.PublicInstanceNotFound")
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": theirs}, "ResourceNotFound.PublicInstanceNotFound")
	if _, code := e.as("DescribePublicNetworkInstances", map[string]any{"NetworkInstanceId": theirs}); code != "" {
		t.Fatalf("the owner reads its instance: %q", code)
	}
}

func TestCreateValidation(t *testing.T) {
	stateFile := filepath.Join(t.TempDir(), "state.json")
	e := newEnvWith(t, sandbox.Options{StateFile: stateFile})
	ok := map[string]any{"ZoneId": zone1, "Line": "BGP", "RouteMode": "static"}
	with := func(kv ...any) map[string]any {
		m := map[string]any{}
		for k, v := range ok {
			m[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == nil {
				delete(m, kv[i].(string))
			} else {
				m[kv[i].(string)] = kv[i+1]
			}
		}
		return m
	}
	for _, c := range []struct {
		params map[string]any
		want   string
	}{
		{with("ZoneId", nil), "MissingParameter"},
		{with("Line", nil), "MissingParameter"},
		{with("RouteMode", nil), "MissingParameter"},
		{with("ZoneId", otherZone), "ResourceNotFound.ZoneNotFound"},
		{with("ZoneId", "ap-guangzhou-ez-9"), "ResourceNotFound.ZoneNotFound"},
		{with("RouteMode", "rip"), "InvalidParameter"},
		{with("Line", "XX"), "InvalidParameter"},
		{with("NetworkInstanceName", strings.Repeat("n", 61)), "InvalidParameter"},
		{with("Bandwidth", 0), "InvalidParameter"},
		{with("Bandwidth", 100001), "InvalidParameter"},
		{with("Bandwidth", "100"), "InvalidParameter"},
		{with("InstanceType", "custom"), "InvalidParameter"},
		{with("InstanceType", "large"), "InvalidParameter"},
		{with("BgpAsNumber", 65000), "InvalidParameter"}, // STATIC
		{with("RouteMode", "bgp", "BgpAsNumber", 0), "InvalidParameter"},
		{with("RouteMode", "bgp", "BgpPassword", strings.Repeat("p", 81)), "InvalidParameter"},
		{with("Zone", zone1), "UnknownParameter"},
	} {
		e.ez.Fails("CreatePublicNetworkInstance", c.params, c.want)
	}
	e.ez.InRegion("").Fails("CreatePublicNetworkInstance", ok, "MissingParameter")
	e.ez.InRegion("eu-frankfurt").Fails("CreatePublicNetworkInstance", ok, "UnsupportedRegion")
	if _, n := e.ips(nil); n != 0 {
		t.Fatal("a refused create made something")
	}
	// Name and Bandwidth are optional: null when not given. Line casing is kept.
	id := e.ez.Ok("CreatePublicNetworkInstance", with("Line", "ct", "NetworkInstanceName", "", "InstanceType", "standard"))["NetworkInstanceId"].(string)
	inst := e.instance(id)
	if inst["NetworkInstanceName"] != nil || inst["Bandwidth"] != nil || inst["Line"] != "ct" {
		t.Fatalf("optional fields: %v", inst)
	}
	bgp := with("ZoneId", zone2, "RouteMode", "BGP", "BgpAsNumber", 65000, "BgpPassword", "secret-bgp")
	id = e.ez.Ok("CreatePublicNetworkInstance", bgp)["NetworkInstanceId"].(string)
	if inst := e.instance(id); inst["RouteMode"] != "BGP" {
		t.Fatalf("BGP with AS number: %v", inst)
	}
	if state, err := os.ReadFile(stateFile); err != nil || !strings.Contains(string(state), id) || strings.Contains(string(state), "secret-bgp") {
		t.Fatalf("the state file must hold the instance and not its BGP password (%v): %s", err, state)
	}
	// An instance is regional: not found from another region.
	e.ez.InRegion(otherRegion).Fails("DescribePublicNetworkInstances", map[string]any{"NetworkInstanceId": id}, "ResourceNotFound.PublicInstanceNotFound")
}

func TestDescribePublicNetworkInstances(t *testing.T) {
	e := newEnv(t)
	var ids []string
	for i, z := range []string{zone1, zone2, zone3} {
		ids = append(ids, e.ez.Ok("CreatePublicNetworkInstance", map[string]any{
			"ZoneId": z, "NetworkInstanceName": []string{"a", "b", "a"}[i], "Line": "BGP", "RouteMode": "static",
		})["NetworkInstanceId"].(string))
		e.Clock.Advance(time.Second)
	}
	e.ez.InRegion(otherRegion).Ok("CreatePublicNetworkInstance", map[string]any{"ZoneId": otherZone, "Line": "BGP", "RouteMode": "static"})
	list := func(params map[string]any) ([]string, int) {
		if params == nil {
			params = map[string]any{}
		}
		resp := e.ez.Ok("DescribePublicNetworkInstances", params)
		var got []string
		for _, x := range resp["PublicNetworkInstanceSet"].([]any) {
			got = append(got, x.(map[string]any)["NetworkInstanceId"].(string))
		}
		return got, int(resp["TotalCount"].(float64))
	}
	check := func(params map[string]any, want []string, total int) {
		t.Helper()
		got, n := list(params)
		if strings.Join(got, ",") != strings.Join(want, ",") || n != total {
			t.Fatalf("%v: got %v (%d), want %v (%d)", params, got, n, want, total)
		}
	}
	check(nil, ids, 3) // the region's, in creation order
	check(map[string]any{"NetworkInstanceName": "a"}, []string{ids[0], ids[2]}, 2)
	check(map[string]any{"ZoneId": zone2}, ids[1:2], 1)
	check(map[string]any{"NetworkInstanceId": ids[2]}, ids[2:], 1)
	check(map[string]any{"NetworkInstanceId": ids[2], "ZoneId": zone1}, nil, 0)
	check(map[string]any{"Offset": 1, "Limit": 1}, ids[1:2], 3)
	check(map[string]any{"Offset": 5}, nil, 3)
	check(map[string]any{"Limit": 0}, ids, 3)
	for _, c := range []struct {
		params map[string]any
		want   string
	}{
		{map[string]any{"NetworkInstanceId": "epn-00000000"}, "ResourceNotFound.PublicInstanceNotFound"},
		{map[string]any{"NetworkInstanceId": "vpc-12345678"}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn-ABC"}, "InvalidParameter"},
		{map[string]any{"ZoneId": otherZone}, "InvalidParameter"},
		{map[string]any{"Limit": 101}, "InvalidParameter"},
		{map[string]any{"Offset": -1}, "InvalidParameter"},
		{map[string]any{"Limit": "10"}, "InvalidParameter"},
	} {
		e.ez.Fails("DescribePublicNetworkInstances", c.params, c.want)
	}
}

func TestModifyPublicNetworkInstance(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	e.Clock.Advance(time.Hour)
	e.ez.Ok("ModifyPublicNetworkInstance", map[string]any{"NetworkInstanceId": id, "NetworkInstanceName": "renamed"})
	inst := e.instance(id)
	if inst["NetworkInstanceName"] != "renamed" || inst["UpdatedAt"] != "2024-05-17T11:30:00" || inst["CreatedAt"] != "2024-05-17T10:30:00" {
		t.Fatalf("after the rename: %v", inst)
	}
	for _, c := range []struct {
		params map[string]any
		want   string
	}{
		{map[string]any{"NetworkInstanceId": id}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "NetworkInstanceName": " "}, "MissingParameter"},
		{map[string]any{"NetworkInstanceName": "x"}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "NetworkInstanceName": strings.Repeat("x", 61)}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn_1", "NetworkInstanceName": "x"}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn-00000000", "NetworkInstanceName": "x"}, "ResourceNotFound.PublicInstanceNotFound"},
		// The SDK's request has no Bandwidth: it is not modifiable.
		{map[string]any{"NetworkInstanceId": id, "NetworkInstanceName": "x", "Bandwidth": 10}, "UnknownParameter"},
	} {
		e.ez.Fails("ModifyPublicNetworkInstance", c.params, c.want)
	}
	if got := e.instance(id)["NetworkInstanceName"]; got != "renamed" {
		t.Fatalf("a refused modify changed the name to %v", got)
	}
}

func TestDeletePublicNetworkInstance(t *testing.T) {
	e := newEnv(t)
	static := e.create(zone1, "static")
	ips := e.apply(static, "ipv4", 1)
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": static}, "ResourceInUse.PublicInstanceInUse")
	e.ez.Ok("ReleasePublicIp", map[string]any{"NetworkInstanceId": static, "Type": "ipv4", "IpList": ips})
	e.ez.Ok("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": static})
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": static}, "ResourceNotFound.PublicInstanceNotFound")
	e.ez.Fails("DescribePublicNetworkInstances", map[string]any{"NetworkInstanceId": static}, "ResourceNotFound.PublicInstanceNotFound")

	// A BGP instance with a server bound to an address of its range is in use.
	bgp := e.create(zone2, "bgp")
	r := netip.MustParsePrefix(e.instance(bgp)["Ipv4CidrSet"].([]any)[0].(map[string]any)["Cidr"].(string))
	addr := r.Addr().Next().Next().String()
	e.bind(bgp, addr)
	if n := e.instance(bgp)["ServerCount"].(float64); n != 1 {
		t.Fatalf("ServerCount %v", n)
	}
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": bgp}, "ResourceInUse.PublicInstanceInUse")
	e.fixtures(`{"unbind":[{"NetworkInstanceId":"` + bgp + `","Ip":"` + addr + `"}]}`)
	e.ez.Ok("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": bgp})
	if _, n := e.ips(nil); n != 0 {
		t.Fatal("the deleted instance's range is still listed")
	}
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{}, "MissingParameter")
	e.ez.Fails("DeletePublicNetworkInstance", map[string]any{"NetworkInstanceId": "ins-12345678"}, "InvalidParameter")
}
