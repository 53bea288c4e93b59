package edgezone_test

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

func TestApplyPublicIps(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	v4 := e.apply(id, "ipv4", 10)
	v6 := e.apply(id, "IPv6", 2) // any casing
	pool4, pool6 := netip.MustParsePrefix("198.18.1.0/24"), netip.MustParsePrefix("2001:db8:1:1::/120")
	seen := map[string]bool{}
	for _, ip := range append(append([]string(nil), v4...), v6...) {
		a := netip.MustParseAddr(ip)
		if inPool := pool4.Contains(a) || pool6.Contains(a); seen[ip] || !inPool || a == pool4.Addr() || ip == "198.18.1.255" || a == pool6.Addr() {
			t.Fatalf("address %s: repeated, outside the zone's pools, or not usable (%v)", ip, v4)
		}
		seen[ip] = true
	}
	if !slices.IsSortedFunc(v4, func(a, b string) int { return netip.MustParseAddr(a).Compare(netip.MustParseAddr(b)) }) {
		t.Fatalf("IpList not in address order: %v", v4)
	}
	// Random allocation: ten addresses are not simply the pool's first ten.
	if slices.Equal(v4, []string{"198.18.1.1", "198.18.1.2", "198.18.1.3", "198.18.1.4", "198.18.1.5", "198.18.1.6", "198.18.1.7", "198.18.1.8", "198.18.1.9", "198.18.1.10"}) {
		t.Fatalf("allocation is sequential, not random: %v", v4)
	}
	inst := e.instance(id)
	if inst["Ipv4Count"].(float64) != 10 || inst["Ipv6Count"].(float64) != 2 || inst["ServerCount"].(float64) != 0 {
		t.Fatalf("counts: %v", inst)
	}
	ip := e.ipOf(id, v6[0])
	if ip["State"] != "Unbound" || ip["Type"] != "Ipv6" || ip["InstanceId"] != "" || ip["NetworkInstanceId"] != id ||
		ip["CreatedAt"] != "2024-05-17T10:30:00" || !timeShape.MatchString(ip["UpdatedAt"].(string)) {
		t.Fatalf("IpInfo: %v", ip)
	}
	// No ClientToken: the same request twice allocates twice.
	again := e.apply(id, "ipv4", 10)
	for _, a := range again {
		if seen[a] {
			t.Fatalf("a second apply handed out %s again", a)
		}
	}
	if n := e.instance(id)["Ipv4Count"].(float64); n != 20 {
		t.Fatalf("after two applies: %v IPv4 addresses", n)
	}
}

func TestApplyPublicIpsQuotas(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 3, edgezone.LimitIPv6PerInstance: 1}); err != nil {
		t.Fatal(err)
	}
	e.apply(id, "ipv4", 2)
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 2}, "LimitExceeded.QuotaExceeded")
	e.apply(id, "ipv4", 1)
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1}, "LimitExceeded.QuotaExceeded")
	e.apply(id, "ipv6", 1)
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv6", "Count": 1}, "LimitExceeded.Ipv6QuotaExceeded")
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 0, edgezone.LimitIPv6PerInstance: 0}); err != nil {
		t.Fatal(err)
	}
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1}, "LimitExceeded.QuotaNotConfigured")
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv6", "Count": 1}, "LimitExceeded.Ipv6QuotaNotConfigured")
	inst := e.instance(id)
	if inst["Ipv4Count"].(float64) != 3 || inst["Ipv6Count"].(float64) != 1 {
		t.Fatalf("refused applies allocated: %v", inst)
	}
	// The defaults are 64 and 64.
	e.S.ClearLimits()
	if got := e.S.Limits(); got[edgezone.LimitIPv4PerInstance] != 64 || got[edgezone.LimitIPv6PerInstance] != 64 {
		t.Fatalf("default quotas %v", got)
	}
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 62}, "LimitExceeded.QuotaExceeded")
	e.apply(id, "ipv4", 61)
}

// The pool is the zone's, shared by every account: exhaustion is all or nothing.
func TestApplyPublicIpsPoolExhaustion(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	e.pool(zone1, "ipv4", "198.51.100.0/30") // 2 usable addresses
	e.pool(zone1, "ipv6", "2001:db8:ff::/127")
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 3}, "ResourceInsufficient.PublicIpInsufficient")
	if got := e.apply(id, "ipv4", 2); !slices.Equal(got, []string{"198.51.100.1", "198.51.100.2"}) {
		t.Fatalf("a /30 pool's usable addresses: %v", got)
	}
	if _, code := e.as("CreatePublicNetworkInstance", map[string]any{"ZoneId": zone1, "Line": "BGP", "RouteMode": "static"}); code != "" {
		t.Fatal(code)
	}
	theirs, _ := e.as("DescribePublicNetworkInstances", map[string]any{})
	otherInst := theirs["PublicNetworkInstanceSet"].([]any)[0].(map[string]any)["NetworkInstanceId"].(string)
	if _, code := e.as("ApplyPublicIps", map[string]any{"NetworkInstanceId": otherInst, "Type": "ipv4", "Count": 1}); code != "ResourceInsufficient.PublicIpInsufficient" {
		t.Fatalf("another account in the exhausted zone: %q", code)
	}
	if got := e.apply(id, "ipv6", 2); len(got) != 2 {
		t.Fatalf("a /127 pool: %v", got)
	}
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv6", "Count": 1}, "ResourceInsufficient.PublicIpv6Insufficient")
	// Released addresses go back to the pool.
	e.ez.Ok("ReleasePublicIp", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "IpList": []string{"198.51.100.2"}})
	if _, code := e.as("ApplyPublicIps", map[string]any{"NetworkInstanceId": otherInst, "Type": "ipv4", "Count": 1}); code != "" {
		t.Fatalf("after a release: %q", code)
	}
}

func TestApplyPublicIpsValidation(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	bgp := e.create(zone2, "bgp")
	for _, c := range []struct {
		params map[string]any
		want   string
	}{
		{map[string]any{"Type": "ipv4", "Count": 1}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "Count": 1}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv4"}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 0}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1.5}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv5", "Count": 1}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "EPN-1", "Type": "ipv4", "Count": 1}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn-00000000", "Type": "ipv4", "Count": 1}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": bgp, "Type": "ipv6", "Count": 1}, "FailedOperation.NotSupportedForDynamicInstance"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1, "ClientToken": "x"}, "UnknownParameter"},
	} {
		e.ez.Fails("ApplyPublicIps", c.params, c.want)
	}
	e.ez.InRegion(otherRegion).Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1}, "InvalidParameter")
	if n := e.instance(id)["Ipv4Count"].(float64); n != 0 {
		t.Fatalf("refused applies allocated %v", n)
	}
}

// The lost answer the provider's edgecloud_edgezone_public_ip test provokes: with a drop_response
// fault ApplyPublicIps allocates, persists and answers nothing; DescribePublicIps shows what it
// did, so a client can reconcile instead of applying again.
func TestApplyPublicIpsLostAnswer(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	e.S.AddFault(sandbox.Fault{Action: "ApplyPublicIps", DropResponse: true, Count: 1})
	w := httptest.NewRecorder()
	e.S.ServeHTTP(w, e.request(sandboxtest.SecretID, sandboxtest.SecretKey, region, "ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "Count": 1}))
	if w.Code != http.StatusBadGateway || w.Body.Len() != 0 {
		t.Fatalf("the answer was not dropped: %d %s", w.Code, w.Body.String())
	}
	set, n := e.ips(map[string]any{"NetworkInstanceId": []string{id}})
	if n != 1 || set[0]["State"] != "Unbound" {
		t.Fatalf("the dropped call must have applied one address: %v", set)
	}
	e.ez.Ok("ReleasePublicIp", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "IpList": []string{set[0]["Ip"].(string)}})
}
