package edgezone_test

import (
	"sort"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
)

// TestErrorCodeConformance provokes, for every emulated action, the front door's and decoding's
// refusals (a body that is no object, broken JSON, an unknown parameter, a mistyped parameter, no
// region, an unknown region) and then every code of every action's table that the sandbox can
// produce, each asserted exactly. InternalError (in every table) is only ever injected by a fault.
// TestMain then judges all codes answered against the tables and prints the coverage.
func TestErrorCodeConformance(t *testing.T) {
	e := newEnv(t)
	actions := make([]string, 0)
	for a := range edgezone.New().Service().Actions {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	mistyped := map[string]map[string]any{
		"CreatePublicNetworkInstance":    {"ZoneId": 1},
		"DescribePublicNetworkInstances": {"Limit": "20"},
		"ModifyPublicNetworkInstance":    {"NetworkInstanceName": []string{"x"}},
		"DeletePublicNetworkInstance":    {"NetworkInstanceId": true},
		"ApplyPublicIps":                 {"Count": "1"},
		"DescribePublicIps":              {"Ip": "1.2.3.4"},
		"ReleasePublicIp":                {"IpList": "1.2.3.4"},
	}
	for _, a := range actions {
		e.ez.Fails(a, "[]", "InvalidParameter")
		e.ez.Fails(a, "{", "InvalidParameter")
		e.ez.Fails(a, map[string]any{"Bogus": 1}, "UnknownParameter")
		e.ez.Fails(a, mistyped[a], "InvalidParameter")
		e.ez.InRegion("").Fails(a, map[string]any{}, "MissingParameter")
		e.ez.InRegion("ap-atlantis").Fails(a, map[string]any{}, "UnsupportedRegion")
	}

	static := e.create(zone1, "static")
	bgp := e.create(zone2, "bgp")
	v4 := e.apply(static, "ipv4", 2)
	e.bind(static, v4[0])
	type c = map[string]any
	for _, x := range []struct {
		action string
		params c
		want   string
	}{
		{"CreatePublicNetworkInstance", c{"ZoneId": zone1, "Line": "BGP", "RouteMode": "bgp"}, "FailedOperation.PublicInstanceDuplicate"},
		{"CreatePublicNetworkInstance", c{"ZoneId": zone3, "Line": "BGP", "RouteMode": "rip"}, "InvalidParameter"},
		{"CreatePublicNetworkInstance", c{"ZoneId": otherZone, "Line": "BGP", "RouteMode": "bgp"}, "ResourceNotFound.ZoneNotFound"},
		{"DescribePublicNetworkInstances", c{"Limit": 1000}, "InvalidParameter"},
		{"DescribePublicNetworkInstances", c{"NetworkInstanceId": "epn-zzzzzzzz"}, "ResourceNotFound.PublicInstanceNotFound"},
		{"ModifyPublicNetworkInstance", c{"NetworkInstanceId": "epn", "NetworkInstanceName": "x"}, "InvalidParameter"},
		{"ModifyPublicNetworkInstance", c{"NetworkInstanceId": "epn-zzzzzzzz", "NetworkInstanceName": "x"}, "ResourceNotFound.PublicInstanceNotFound"},
		{"DeletePublicNetworkInstance", c{"NetworkInstanceId": "epn-"}, "InvalidParameter"},
		{"DeletePublicNetworkInstance", c{"NetworkInstanceId": "epn-zzzzzzzz"}, "ResourceNotFound.PublicInstanceNotFound"},
		{"DeletePublicNetworkInstance", c{"NetworkInstanceId": static}, "ResourceInUse.PublicInstanceInUse"},
		{"ApplyPublicIps", c{"NetworkInstanceId": bgp, "Type": "ipv4", "Count": 1}, "FailedOperation.NotSupportedForDynamicInstance"},
		{"ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv4", "Count": -1}, "InvalidParameter"},
		{"ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv4", "Count": 63}, "LimitExceeded.QuotaExceeded"},
		{"ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv6", "Count": 65}, "LimitExceeded.Ipv6QuotaExceeded"},
		{"DescribePublicIps", c{"State": []string{"Lost"}}, "InvalidParameter"},
		{"ReleasePublicIp", c{"NetworkInstanceId": static, "Type": "ipv4", "IpList": []string{v4[0]}}, "FailedOperation.IpStillBoundToServer"},
		{"ReleasePublicIp", c{"NetworkInstanceId": bgp, "Type": "ipv4", "IpList": []string{"198.18.2.5"}}, "FailedOperation.NotSupportedForDynamicInstance"},
		{"ReleasePublicIp", c{"NetworkInstanceId": static, "Type": "ip", "IpList": []string{v4[1]}}, "InvalidParameter"},
		{"ReleasePublicIp", c{"NetworkInstanceId": static, "Type": "ipv4", "IpList": []string{"192.0.2.1"}}, "InvalidParameterValue.PublicIpNotAvailable"},
		{"ReleasePublicIp", c{"NetworkInstanceId": static, "Type": "ipv6", "IpList": []string{"2001:db8::1"}}, "InvalidParameterValue.PublicIpv6NotAvailable"},
		{"ReleasePublicIp", c{"NetworkInstanceId": "epn-zzzzzzzz", "Type": "ipv4", "IpList": []string{v4[1]}}, "ResourceNotFound.PublicInstanceNotFound"},
	} {
		e.ez.Fails(x.action, x.params, x.want)
	}
	if _, code := e.as("ReleasePublicIp", c{"NetworkInstanceId": static, "Type": "ipv4", "IpList": []string{v4[1]}}); code != "UnauthorizedOperation.PermissionDenied" {
		t.Fatalf("another account: %q", code)
	}

	// Quotas not configured, ranges out of range, pools exhausted.
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 0, edgezone.LimitIPv6PerInstance: 0}); err != nil {
		t.Fatal(err)
	}
	e.ez.Fails("ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv4", "Count": 1}, "LimitExceeded.QuotaNotConfigured")
	e.ez.Fails("ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv6", "Count": 1}, "LimitExceeded.Ipv6QuotaNotConfigured")
	e.ez.Fails("CreatePublicNetworkInstance", c{"ZoneId": zone3, "Line": "BGP", "RouteMode": "ospf"}, "LimitExceeded.QuotaNotConfigured")
	if err := e.S.SetLimits(map[string]int{edgezone.LimitIPv4PerInstance: 32}); err != nil {
		t.Fatal(err)
	}
	e.ez.Fails("CreatePublicNetworkInstance", c{"ZoneId": zone3, "Line": "BGP", "RouteMode": "ospf"}, "InvalidParameter.InvalidQuota")
	e.S.ClearLimits()
	e.pool(zone3, "ipv4", "198.18.3.0/28")
	e.ez.Fails("CreatePublicNetworkInstance", c{"ZoneId": zone3, "Line": "BGP", "RouteMode": "ospf"}, "ResourceInsufficient.NoAvailableCidr")
	e.pool(zone1, "ipv4", "198.18.1.0/30")
	e.pool(zone1, "ipv6", "2001:db8:1:1::/128")
	e.ez.Fails("ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv4", "Count": 10}, "ResourceInsufficient.PublicIpInsufficient")
	e.ez.Fails("ApplyPublicIps", c{"NetworkInstanceId": static, "Type": "ipv6", "Count": 2}, "ResourceInsufficient.PublicIpv6Insufficient")
}
