package edgezone_test

import (
	"testing"
)

// ReleasePublicIp (seed 002): every code of its table but InternalError, and all or nothing.
func TestReleasePublicIp(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	v4 := e.apply(id, "ipv4", 3)
	v6 := e.apply(id, "ipv6", 2)
	release := func(typ string, ips ...string) map[string]any {
		return map[string]any{"NetworkInstanceId": id, "Type": typ, "IpList": ips}
	}
	held := func() (int, int) {
		inst := e.instance(id)
		return int(inst["Ipv4Count"].(float64)), int(inst["Ipv6Count"].(float64))
	}

	// A bound address refuses the whole list.
	e.bind(id, v4[0])
	e.ez.Fails("ReleasePublicIp", release("ipv4", v4[1], v4[0]), "FailedOperation.IpStillBoundToServer")
	if n4, _ := held(); n4 != 3 {
		t.Fatalf("a refused release released something: %d IPv4 left", n4)
	}
	// An address not applied with that type (never, another family, or already released) refuses
	// the whole list, before any bound address is looked at.
	e.ez.Fails("ReleasePublicIp", release("ipv4", v4[1], "203.0.113.9"), "InvalidParameterValue.PublicIpNotAvailable")
	e.ez.Fails("ReleasePublicIp", release("ipv4", v4[0], v6[0]), "InvalidParameterValue.PublicIpNotAvailable")
	e.ez.Fails("ReleasePublicIp", release("ipv6", v6[0], v4[1]), "InvalidParameterValue.PublicIpv6NotAvailable")
	e.ez.Fails("ReleasePublicIp", release("ipv6", "2001:db8:1:1::ffff"), "InvalidParameterValue.PublicIpv6NotAvailable")
	if n4, n6 := held(); n4 != 3 || n6 != 2 {
		t.Fatalf("refused releases released something: %d/%d left", n4, n6)
	}

	// Released, the addresses are gone; releasing them again is "not available".
	e.ez.Ok("ReleasePublicIp", release("ipv4", v4[1], v4[2], v4[1])) // a repeat counts once
	e.ez.Fails("ReleasePublicIp", release("ipv4", v4[1]), "InvalidParameterValue.PublicIpNotAvailable")
	// Any casing of Type; IPv6 in any textual form.
	upper := []string{"2001:DB8:1:1:0:0:0:" + v6[0][len("2001:db8:1:1::"):]}
	e.ez.Ok("ReleasePublicIp", release("IPv6", upper...))
	e.ez.Fails("ReleasePublicIp", release("ipv6", v6[0]), "InvalidParameterValue.PublicIpv6NotAvailable")
	if n4, n6 := held(); n4 != 1 || n6 != 1 {
		t.Fatalf("after the releases: %d/%d left", n4, n6)
	}
	// After the server is terminated (unbind), the address can be released.
	e.fixtures(`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + v4[0] + `"}]}`)
	e.ez.Ok("ReleasePublicIp", release("ipv4", v4[0]))
	set, _ := e.ips(map[string]any{"NetworkInstanceId": []string{id}})
	if len(set) != 1 || set[0]["Ip"] != v6[1] {
		t.Fatalf("left: %v", set)
	}

	// Parameters.
	for _, c := range []struct {
		params map[string]any
		want   string
	}{
		{map[string]any{"Type": "ipv4", "IpList": []string{"1.2.3.4"}}, "MissingParameter"},
		{map[string]any{"NetworkInstanceId": id, "IpList": []string{"1.2.3.4"}}, "MissingParameter"},
		{release("ipv5", v6[1]), "InvalidParameter"},
		{release("ipv6"), "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv6"}, "InvalidParameter"},
		{release("ipv6", "not-an-ip"), "InvalidParameter"},
		{release("ipv6", "fe80::1%eth0"), "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": id, "Type": "ipv6", "IpList": "1.2.3.4"}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn-Bad", "Type": "ipv6", "IpList": []string{v6[1]}}, "InvalidParameter"},
		{map[string]any{"NetworkInstanceId": "epn-00000000", "Type": "ipv6", "IpList": []string{v6[1]}}, "ResourceNotFound.PublicInstanceNotFound"},
	} {
		e.ez.Fails("ReleasePublicIp", c.params, c.want)
	}
	many := make([]string, 101)
	for i := range many {
		many[i] = v6[1]
	}
	e.ez.Fails("ReleasePublicIp", release("ipv6", many...), "InvalidParameter")
	e.ez.InRegion(otherRegion).Fails("ReleasePublicIp", release("ipv6", v6[1]), "ResourceNotFound.PublicInstanceNotFound")
	e.ez.InRegion("").Fails("ReleasePublicIp", release("ipv6", v6[1]), "MissingParameter")
	e.ez.InRegion("ap-nowhere").Fails("ReleasePublicIp", release("ipv6", v6[1]), "UnsupportedRegion")

	// Another account: the instance exists, but "AppId does not match the instance ownership".
	if _, code := e.as("ReleasePublicIp", release("ipv6", v6[1])); code != "UnauthorizedOperation.PermissionDenied" {
		t.Fatalf("another account's release: %q", code)
	}
	if _, n6 := held(); n6 != 1 {
		t.Fatal("a refused release by another account released the address")
	}
	e.ez.Ok("ReleasePublicIp", release("ipv6", v6[1]))
}

func TestReleasePublicIpDynamicInstance(t *testing.T) {
	e := newEnv(t)
	for _, mode := range []string{"bgp", "ospf"} {
		id := e.create(map[string]string{"bgp": zone1, "ospf": zone2}[mode], mode)
		e.ez.Fails("ReleasePublicIp", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "IpList": []string{"198.18.1.5"}}, "FailedOperation.NotSupportedForDynamicInstance")
		// The ranges are untouched.
		if inst := e.instance(id); inst["Ipv4Count"].(float64) != 64 {
			t.Fatalf("%s: %v", mode, inst)
		}
	}
	// The check order puts the owner before the mode: another account is refused first.
	bgp := e.ez.Ok("DescribePublicNetworkInstances", map[string]any{"ZoneId": zone1})["PublicNetworkInstanceSet"].([]any)[0].(map[string]any)["NetworkInstanceId"].(string)
	if _, code := e.as("ReleasePublicIp", map[string]any{"NetworkInstanceId": bgp, "Type": "ipv4", "IpList": []string{"198.18.1.5"}}); code != "UnauthorizedOperation.PermissionDenied" {
		t.Fatalf("another account: %q", code)
	}
}
