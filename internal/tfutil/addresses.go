package tfutil

import (
	"net/netip"
	"slices"
	"strings"
)

// Sets of addresses, for the resources that own only the addresses they assigned (ECM and VPC ENI
// secondary IPv4, ECM ENI IPv6): which to release, in which order.

// SortAddresses returns the addresses in numeric address order (strings that are not addresses
// sort last, in string order).
func SortAddresses(addresses []string) []string {
	out := slices.Clone(addresses)
	slices.SortFunc(out, func(a, b string) int {
		pa, errA := netip.ParseAddr(a)
		pb, errB := netip.ParseAddr(b)
		switch {
		case errA == nil && errB == nil:
			return pa.Compare(pb)
		case errA == nil:
			return -1
		case errB == nil:
			return 1
		}
		return strings.Compare(a, b)
	})
	return out
}

// Minus returns the elements of a that are not in b, in a's order.
func Minus(a, b []string) []string {
	drop := make(map[string]bool, len(b))
	for _, x := range b {
		drop[x] = true
	}
	var out []string
	for _, x := range a {
		if !drop[x] {
			out = append(out, x)
		}
	}
	return out
}
