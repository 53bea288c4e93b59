package vpc

import (
	"net/netip"
	"slices"
)

// Subnet IP accounting, shared by everything that takes an address: the primary IPs of fixture
// ENIs and the secondary IPs AssignPrivateIpAddresses adds. An address is held from the moment it
// is assigned (PENDING) until it is gone (after DELETING), so DescribeUsedIpAddress, explicit
// assignments and allocation by count all see the same occupancy.
//
// Sandbox choices, as ECM's subnets: a subnet reserves its network address, its first host address
// (the gateway) and its broadcast address, so a subnet of size n has n − 3 usable addresses (253 in
// a /24, 5 in a /29). The reserved ones are never held by a resource, so DescribeUsedIpAddress does
// not list them, and AssignPrivateIpAddresses refuses them (InvalidParameterValue.Reserved).
// Allocation by count takes the next free usable address after the last one taken (next fit,
// wrapping), so addresses are not handed out again at once after being released.

type pool struct {
	prefix      netip.Prefix
	first, last uint32            // the usable range
	used        map[uint32]string // address -> the ENI holding it
	cursor      uint32            // where the next allocation looks first
}

func newPool(p netip.Prefix) *pool {
	base := u32(p.Masked().Addr())
	size := uint32(1) << (32 - p.Bits())
	return &pool{prefix: p.Masked(), first: base + 2, last: base + size - 2, used: map[uint32]string{}, cursor: base + 2}
}

func u32(a netip.Addr) uint32 {
	b := a.As4()
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func addr(v uint32) netip.Addr {
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

// contains reports whether a lies in the subnet (reserved addresses included).
func (p *pool) contains(a netip.Addr) bool { return a.Is4() && p.prefix.Contains(a) }

// reserved reports whether a is one of the subnet's three reserved addresses.
func (p *pool) reserved(a netip.Addr) bool {
	v := u32(a)
	return p.contains(a) && (v < p.first || v > p.last)
}

// usable is the number of addresses resources may hold.
func (p *pool) usable() int {
	if p.last < p.first {
		return 0
	}
	return int(p.last - p.first + 1)
}

// free is the number of usable addresses nobody holds.
func (p *pool) free() int { return p.usable() - len(p.used) }

// holder is the ENI holding a, if any.
func (p *pool) holder(a netip.Addr) (string, bool) {
	id, ok := p.used[u32(a)]
	return id, ok
}

func (p *pool) take(a netip.Addr, eni string) { p.used[u32(a)] = eni }

func (p *pool) release(a netip.Addr) { delete(p.used, u32(a)) }

// next takes the next free usable address for eni (false when the subnet is full).
func (p *pool) next(eni string) (netip.Addr, bool) {
	if p.free() <= 0 {
		return netip.Addr{}, false
	}
	if p.cursor < p.first || p.cursor > p.last {
		p.cursor = p.first
	}
	for v := p.cursor; ; {
		if _, held := p.used[v]; !held {
			p.used[v] = eni
			p.cursor = v + 1
			return addr(v), true
		}
		if v == p.last {
			v = p.first
		} else {
			v++
		}
	}
}

// addresses returns the held addresses in ascending order.
func (p *pool) addresses() []uint32 {
	out := make([]uint32, 0, len(p.used))
	for v := range p.used {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}
