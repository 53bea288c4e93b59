package ecm

import (
	"net/netip"
)

// Private IP allocation for instances: each takes the lowest free host address
// of its subnet.

// subnetInUse counts the addresses of a subnet held by anything (instances, ENIs, HAVIPs).
func (e *state) subnetInUse(id string) int { return len(e.subnetIPs[id]) }

// subnetHosts is the usable range of a subnet: its third address to the one before broadcast.
func subnetHosts(cidr string) (first, last uint32, ok bool) {
	p, aerr := parseCIDR(cidr)
	if aerr != nil || p.Bits() > 30 {
		return 0, 0, false
	}
	b := p.Masked().Addr().As4()
	base := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	size := uint32(1) << (32 - p.Bits())
	return base + 2, base + size - 2, true
}

func u32IP(v uint32) string {
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}).String()
}

func ipU32(s string) (uint32, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return 0, false
	}
	b := a.As4()
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]), true
}

// freePrivateIP returns the lowest free usable address of the subnet.
func (e *state) freePrivateIP(s *subnetRecord, taken map[string]bool) (string, bool) {
	first, last, ok := subnetHosts(s.CIDR)
	if !ok {
		return "", false
	}
	used := e.subnetIPs[s.ID]
	for v := first; v <= last; v++ {
		ip := u32IP(v)
		if _, u := used[ip]; !u && !taken[ip] {
			return ip, true
		}
	}
	return "", false
}
