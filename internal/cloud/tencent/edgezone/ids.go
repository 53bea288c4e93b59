package edgezone

import (
	"net/netip"
	"regexp"
	"strings"
)

// ID prefixes of the document's examples: public network instances "epn-", physical servers "epm-".
const (
	NetworkInstancePrefix = "epn-"
	ServerPrefix          = "epm-"
)

// The document gives prefixes and examples ("epn-dfghjkl", "epn-xxxxxxxx"), not lengths: an ID is
// the prefix followed by lowercase letters and digits, the rule of every Tencent ID in this provider.
var idBody = regexp.MustCompile(`^[a-z0-9]+$`)

// ValidID reports whether id is prefix followed by lowercase letters and digits. Checking the shape
// first matters: DescribePublicIps filters by substring, so a malformed or partial ID would match
// other instances' addresses.
func ValidID(prefix, id string) bool {
	body, ok := strings.CutPrefix(id, prefix)
	return ok && idBody.MatchString(body)
}

// SameIP reports whether two textual addresses are the same address: IPv6 has several spellings
// ("2001:db8::1a2b" and "2001:0db8:0:0:0:0:0:1a2b"), and an exact match must not depend on which one
// the API answers. Strings that are not addresses compare as strings.
func SameIP(a, b string) bool {
	pa, errA := netip.ParseAddr(a)
	pb, errB := netip.ParseAddr(b)
	if errA != nil || errB != nil {
		return a == b
	}
	return pa == pb
}

// CanonicalIP is the shortest textual form of an address ("2001:0db8::01" -> "2001:db8::1"); a
// string that is not an address is returned unchanged.
func CanonicalIP(s string) string {
	if p, err := netip.ParseAddr(s); err == nil {
		return p.String()
	}
	return s
}
