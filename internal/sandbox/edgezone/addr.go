package edgezone

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"sort"
)

// Address arithmetic over the zones' pools. Pools are small enough to enumerate (an IPv4 pool is
// a /16 to /32, an IPv6 pool a /112 to /128: at most 65,536 addresses), so free addresses are
// found by walking the pool. Usable addresses of a pool: all of it, except, for an IPv4 pool of
// /30 or larger, its network and broadcast addresses and, for an IPv6 pool of /126 or larger, its
// first address (the subnet-router anycast address). A /31 or /32 (/127, /128) pool is all usable,
// so a test can make a pool of exactly the addresses it wants.

// Pool size bounds (prefix lengths).
const (
	minPoolBits4 = 16
	minPoolBits6 = 112
)

func mustPrefix(s string) netip.Prefix {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		panic(fmt.Sprintf("edgezone: stored prefix %q: %v", s, err))
	}
	return p
}

// prefixSize is the number of addresses of p (p is at most 2^16 addresses large, or a range
// taken from such a pool).
func prefixSize(p netip.Prefix) uint64 { return 1 << (p.Addr().BitLen() - p.Bits()) }

// nth is the address at offset i of p.
func nth(p netip.Prefix, i uint64) netip.Addr {
	b := p.Masked().Addr().As16()
	carry := i
	for k := 15; k >= 0 && carry > 0; k-- {
		sum := uint64(b[k]) + carry&0xff
		b[k] = byte(sum)
		carry = carry>>8 + sum>>8
	}
	a := netip.AddrFrom16(b)
	if p.Addr().Is4() {
		return a.Unmap()
	}
	return a
}

// typeOf is the type of an address.
func typeOf(a netip.Addr) string {
	if a.Is4() {
		return typeIPv4
	}
	return typeIPv6
}

// usable lists the usable addresses of a pool, in order.
func usable(pool netip.Prefix) []netip.Addr {
	size := prefixSize(pool)
	first, last := uint64(0), size
	if pool.Addr().Is4() && pool.Bits() <= 30 {
		first, last = 1, size-1
	}
	if pool.Addr().Is6() && pool.Bits() <= 126 {
		first = 1
	}
	out := make([]netip.Addr, 0, last-first)
	for i := first; i < last; i++ {
		out = append(out, nth(pool, i))
	}
	return out
}

// taken reports whether an address of the zone is held by any instance of any account: applied,
// or inside a range.
func (e *state) taken(zone string) func(netip.Addr) bool {
	held := map[netip.Addr]bool{}
	var ranges []netip.Prefix
	for _, inst := range e.Instances {
		if inst.Zone != zone {
			continue
		}
		for _, ip := range inst.IPs {
			held[netip.MustParseAddr(ip.IP)] = true
		}
		for _, c := range inst.CIDRs {
			ranges = append(ranges, mustPrefix(c.Cidr))
		}
	}
	return func(a netip.Addr) bool {
		if held[a] {
			return true
		}
		for _, r := range ranges {
			if r.Contains(a) {
				return true
			}
		}
		return false
	}
}

// allocateIPs picks n free usable addresses of the zone's pool of typ at random, in address order;
// ok is false when the pool has fewer than n free.
func (e *state) allocateIPs(zone, typ string, n int) ([]netip.Addr, bool) {
	pool := mustPrefix(e.Pools[poolKey(zone, typ)].Cidr)
	isTaken := e.taken(zone)
	var free []netip.Addr
	for _, a := range usable(pool) {
		if !isTaken(a) {
			free = append(free, a)
		}
	}
	if len(free) < n {
		return nil, false
	}
	for i := 0; i < n; i++ { // a partial Fisher-Yates shuffle: free[:n] is a random choice
		j := i + rand.IntN(len(free)-i)
		free[i], free[j] = free[j], free[i]
	}
	out := append([]netip.Addr(nil), free[:n]...)
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out, true
}

// allocateRange finds the first aligned range of size addresses in the zone's pool of typ none of
// whose addresses is held; ok is false when there is none.
func (e *state) allocateRange(zone, typ string, size uint64) (netip.Prefix, bool) {
	pool := mustPrefix(e.Pools[poolKey(zone, typ)].Cidr)
	bits := pool.Addr().BitLen()
	for size > 1 && size&1 == 0 {
		size >>= 1
		bits--
	}
	if size != 1 || bits < pool.Bits() {
		return netip.Prefix{}, false
	}
	isTaken := e.taken(zone)
	block := uint64(1) << (pool.Addr().BitLen() - bits)
	for off := uint64(0); off < prefixSize(pool); off += block {
		candidate := netip.PrefixFrom(nth(pool, off), bits)
		free := true
		for i := uint64(0); i < block && free; i++ {
			free = !isTaken(nth(candidate, i))
		}
		if free {
			return candidate, true
		}
	}
	return netip.Prefix{}, false
}
