package edgezone_test

import (
	"strings"
	"testing"
	"time"
)

func TestDescribePublicIpsFilters(t *testing.T) {
	e := newEnv(t)
	a := e.create(zone1, "static")
	b := e.create(zone2, "static")
	bgp := e.create(zone3, "bgp")
	e.pool(zone1, "ipv4", "198.18.1.16/30")
	e.pool(zone2, "ipv4", "198.18.2.16/30")
	a4 := e.apply(a, "ipv4", 2)
	e.Clock.Advance(time.Minute)
	a6 := e.apply(a, "ipv6", 1)
	e.Clock.Advance(time.Minute)
	b4 := e.apply(b, "ipv4", 1)
	server := e.bind(a, a4[1])
	e.ez.InRegion(otherRegion).Ok("CreatePublicNetworkInstance", map[string]any{"ZoneId": otherZone, "Line": "BGP", "RouteMode": "bgp"})

	ipsOf := func(params map[string]any) []string {
		t.Helper()
		set, n := e.ips(params)
		if n != len(set) {
			t.Fatalf("%v: TotalCount %d for %d entries", params, n, len(set))
		}
		var out []string
		for _, x := range set {
			out = append(out, x["Ip"].(string))
		}
		return out
	}
	bgpRanges := ipsOf(map[string]any{"NetworkInstanceId": []string{bgp}})
	if len(bgpRanges) != 2 || !strings.HasSuffix(bgpRanges[0], "/26") && !strings.HasSuffix(bgpRanges[1], "/26") {
		t.Fatalf("a BGP instance lists its ranges: %v", bgpRanges)
	}
	for _, c := range []struct {
		name   string
		params map[string]any
		want   []string // newest first (the default order)
	}{
		// The BGP ranges and a4 were made at the same second: creation order (seq) breaks the tie.
		{"all of the region", map[string]any{}, append([]string{b4[0], a6[0], a4[1], a4[0]}, bgpRanges...)},
		{"instance substring, ORed", map[string]any{"NetworkInstanceId": []string{a[4:9], b}, "Type": []string{"IPV4"}}, []string{b4[0], a4[1], a4[0]}},
		{"the epn- prefix matches all", map[string]any{"NetworkInstanceId": []string{"epn-"}, "Type": []string{"ipv6"}, "ZoneId": zone1}, a6},
		{"Ip substring", map[string]any{"Ip": []string{"198.18.2."}}, b4},
		{"Ip substrings ORed", map[string]any{"Ip": []string{a4[0], "2001:db8:1:1::"}}, append(append([]string(nil), a6...), a4[0])},
		{"zone", map[string]any{"ZoneId": zone2}, b4},
		{"state InUse", map[string]any{"State": []string{"InUse"}}, []string{a4[1]}},
		{"state any casing", map[string]any{"State": []string{"unbound"}, "ZoneId": zone1}, []string{a6[0], a4[0]}},
		{"type Ipv6", map[string]any{"Type": []string{"Ipv6"}, "NetworkInstanceId": []string{a}}, a6},
		{"oldest first", map[string]any{"OrderByCreateTime": "asc", "ZoneId": zone1}, []string{a4[0], a4[1], a6[0]}},
		{"no match", map[string]any{"Ip": []string{"203.0.113."}}, nil},
	} {
		if got := ipsOf(c.params); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	bound := e.ipOf(a, a4[1])
	if bound["State"] != "InUse" || bound["InstanceId"] != server || !serverIDShape.MatchString(server) {
		t.Fatalf("a bound address: %v", bound)
	}
	// A server bound to an address of a range makes the range InUse.
	rangeAddr := strings.TrimSuffix(bgpRanges[0], "/26")
	if strings.Contains(bgpRanges[0], ":") {
		rangeAddr = strings.TrimSuffix(bgpRanges[1], "/26")
	}
	rangeAddr = rangeAddr[:strings.LastIndex(rangeAddr, ".")+1] + "10"
	if got := ipsOf(map[string]any{"NetworkInstanceId": []string{bgp}, "State": []string{"InUse"}}); len(got) != 0 {
		t.Fatalf("unbound ranges are InUse: %v", got)
	}
	e.bind(bgp, rangeAddr)
	if got := ipsOf(map[string]any{"NetworkInstanceId": []string{bgp}, "State": []string{"InUse"}, "Type": []string{"ipv4"}}); len(got) != 1 {
		t.Fatalf("the range with a server is not InUse: %v", got)
	}
}

func TestDescribePublicIpsOrderAndPaging(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	var order []string // in creation order
	for i := 0; i < 5; i++ {
		order = append(order, e.apply(id, "ipv4", 1)...)
		e.Clock.Advance(time.Second)
	}
	// The oldest address is bound last: newest by update time.
	e.bind(id, order[0])
	page := func(params map[string]any) ([]string, int) {
		set, n := e.ips(params)
		var out []string
		for _, x := range set {
			out = append(out, x["Ip"].(string))
		}
		return out, n
	}
	rev := []string{order[4], order[3], order[2], order[1], order[0]}
	for _, c := range []struct {
		params map[string]any
		want   []string
	}{
		{map[string]any{}, rev},
		{map[string]any{"OrderByCreateTime": "desc"}, rev},
		{map[string]any{"OrderByCreateTime": "ASC"}, order},
		{map[string]any{"OrderByUpdateTime": "desc"}, []string{order[0], order[4], order[3], order[2], order[1]}},
		// OrderByUpdateTime takes precedence over OrderByCreateTime.
		{map[string]any{"OrderByUpdateTime": "asc", "OrderByCreateTime": "desc"}, []string{order[1], order[2], order[3], order[4], order[0]}},
		{map[string]any{"OrderByCreateTime": "asc", "Offset": 1, "Limit": 2}, order[1:3]},
		{map[string]any{"Offset": 5}, nil},
	} {
		got, n := page(c.params)
		if strings.Join(got, ",") != strings.Join(c.want, ",") || n != 5 {
			t.Errorf("%v: got %v (TotalCount %d), want %v (5)", c.params, got, n, c.want)
		}
	}
	for _, bad := range []map[string]any{
		{"OrderByCreateTime": "newest"}, {"OrderByUpdateTime": "up"}, {"State": []string{"Bound"}}, {"Type": []string{"ipv5"}},
		{"Limit": 101}, {"Offset": -1}, {"ZoneId": otherZone}, {"ZoneId": "ap-guangzhou-ez-99"}, {"Ip": "198.18.1.1"},
		{"NetworkInstanceId": id},
	} {
		e.ez.Fails("DescribePublicIps", bad, "InvalidParameter")
	}
	e.ez.InRegion("").Fails("DescribePublicIps", map[string]any{}, "MissingParameter")
	e.ez.InRegion("ap-mars").Fails("DescribePublicIps", map[string]any{}, "UnsupportedRegion")
	if _, n := e.ips(map[string]any{"Limit": 100}); n != 5 {
		t.Fatal("Limit 100 is allowed")
	}
	// Another region lists nothing of this one.
	if set := e.ez.InRegion(otherRegion).Ok("DescribePublicIps", map[string]any{})["IpInfoSet"].([]any); len(set) != 0 {
		t.Fatalf("another region: %v", set)
	}
}
