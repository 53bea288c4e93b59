package edgezone

import "strings"

// The document spells its enumerations in two casings: CreatePublicNetworkInstance's examples send
// RouteMode "static"/"bgp" while DescribePublicNetworkInstances answers "STATIC"/"BGP"/"OSPF";
// ApplyPublicIps and ReleasePublicIp take Type "ipv4"/"ipv6" while DescribePublicIps documents its
// Type filter and IpInfo.Type as "Ipv4"/"Ipv6" (its example sends lower case). Everything here
// compares without regard to case, sends the examples' spelling, and gives callers one canonical
// spelling to store.

// Route modes, canonical (upper case, as DescribePublicNetworkInstances answers them).
const (
	RouteModeStatic = "STATIC"
	RouteModeBGP    = "BGP"
	RouteModeOSPF   = "OSPF"
)

// RouteModes are the documented route modes, canonical spelling.
var RouteModes = []string{RouteModeStatic, RouteModeBGP, RouteModeOSPF}

// IP types, canonical (lower case, as ApplyPublicIps and ReleasePublicIp take them).
const (
	IPTypeIPv4 = "ipv4"
	IPTypeIPv6 = "ipv6"
)

// IPTypes are the documented IP types, canonical spelling.
var IPTypes = []string{IPTypeIPv4, IPTypeIPv6}

// IP states of IpInfo.State and the DescribePublicIps State filter (one casing only in the document).
const (
	IPStateInUse   = "InUse"
	IPStateUnbound = "Unbound"
)

// IPStates are the documented IP states.
var IPStates = []string{IPStateInUse, IPStateUnbound}

// CanonicalRouteMode is the stored spelling of a route mode ("static" -> "STATIC").
func CanonicalRouteMode(s string) string { return strings.ToUpper(s) }

// routeModeRequest is the spelling CreatePublicNetworkInstance's examples send ("static").
func routeModeRequest(s string) string { return strings.ToLower(s) }

// CanonicalIPType is the stored spelling of an IP type ("Ipv4", "IPv4" -> "ipv4"), which is also the
// spelling every request sends.
func CanonicalIPType(s string) string { return strings.ToLower(s) }

// CanonicalIPState is the documented spelling of an IP state ("inuse" -> "InUse"); an undocumented
// state is returned unchanged.
func CanonicalIPState(s string) string {
	for _, st := range IPStates {
		if strings.EqualFold(st, s) {
			return st
		}
	}
	return s
}

// IsStatic reports whether a route mode (any casing) is STATIC, the only mode whose addresses are
// applied for and released one by one.
func IsStatic(routeMode string) bool { return strings.EqualFold(routeMode, RouteModeStatic) }
