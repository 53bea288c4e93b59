package ecm

import (
	"net/netip"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// IPv4 CIDR helpers for VPC and subnet validation.

var privateRanges = []netip.Prefix{
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
}

// Prefix lengths allowed for VPCs and subnets (the seed's CreateVpc example
// uses a /28).
const (
	minPrefixBits = 16
	maxPrefixBits = 28
)

// parseCIDR parses the CidrBlock parameter: an IPv4 CIDR written in canonical form (no host bits).
func parseCIDR(v string) (netip.Prefix, *tencentapi.Error) {
	const name = "CidrBlock"
	if aerr := tencentapi.Require(name, v); aerr != nil {
		return netip.Prefix{}, aerr
	}
	p, err := netip.ParsePrefix(strings.TrimSpace(v))
	if err != nil || !p.Addr().Is4() {
		return netip.Prefix{}, tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter %s=%q is not an IPv4 CIDR block such as 10.0.0.0/16.", name, v)
	}
	if p.Masked() != p {
		return netip.Prefix{}, tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter %s=%q has host bits set; did you mean %s?", name, v, p.Masked())
	}
	return p, nil
}

// isPrivate reports whether p lies inside 10.0.0.0/8, 172.16.0.0/12 or
// 192.168.0.0/16.
func isPrivate(p netip.Prefix) bool {
	for _, r := range privateRanges {
		if prefixContains(r, p) {
			return true
		}
	}
	return false
}

// prefixContains reports whether inner lies entirely inside outer.
func prefixContains(outer, inner netip.Prefix) bool {
	return outer.Bits() <= inner.Bits() && outer.Contains(inner.Addr())
}

// addressCount is the number of addresses in p.
func addressCount(p netip.Prefix) int64 {
	return int64(1) << (32 - p.Bits())
}
