package taurusdb

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/netip"
	"regexp"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// Shapes of identifiers. The seed: project_id "32 characters. Only letters and
// digits"; instance_id "36 characters with a suffix of in07. Only letters and
// digits". Instances the sandbox makes have 32 lower-case hex digits before the
// suffix (the seed's example); EIPs, ports, bandwidths and jobs are UUIDs (the
// seed's example EIP, port and bandwidth IDs, the job example of the task API).
var (
	projectIDShape  = regexp.MustCompile(`^[A-Za-z0-9]{32}$`)
	instanceIDShape = regexp.MustCompile(`^[A-Za-z0-9]{32}in07$`)
	uuidShape       = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

func isUUID(s string) bool { return uuidShape.MatchString(s) }

func checkProjectID(id string) *huaweiapi.Error {
	if !projectIDShape.MatchString(id) {
		return errf(codeParameter, "Parameter error: project_id %q must be 32 letters and digits.", id)
	}
	return nil
}

func checkInstanceID(id string) *huaweiapi.Error {
	if !instanceIDShape.MatchString(id) {
		return errf(codeParameter, "Parameter error: instance_id %q must be 36 letters and digits ending in in07.", id)
	}
	return nil
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("sandbox: crypto/rand failed: " + err.Error())
	}
	return b
}

// newUUID is a random RFC 4122 version 4 UUID.
func newUUID() string {
	b := randomBytes(16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// newInstanceID is 32 lower-case hex digits and "in07".
func newInstanceID() string { return hex.EncodeToString(randomBytes(16)) + "in07" }

// Address pools (sandbox choices): EIPs come from 198.18.0.0/15 (the benchmarking
// range, never routed), unique across the sandbox; an instance's private IP
// from 192.168.0.0/16, from .10 up, unique in its project.
var (
	eipPool     = netip.MustParsePrefix("198.18.0.0/15")
	privatePool = netip.MustParsePrefix("192.168.0.0/16")
)

const privateFirst = 10 // the first host of privatePool handed out

// nth is the n-th address of pool (false past its end).
func nth(pool netip.Prefix, n uint32) (netip.Addr, bool) {
	size := uint64(1) << (32 - pool.Bits())
	if uint64(n) >= size {
		return netip.Addr{}, false
	}
	b := pool.Addr().As4()
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	v += n
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// allocate walks pool from *cursor to the first address taken() refuses.
func allocate(pool netip.Prefix, cursor *uint32, taken func(string) bool) (string, error) {
	for {
		a, ok := nth(pool, *cursor)
		if !ok {
			return "", fmt.Errorf("the sandbox's address pool %s is exhausted", pool)
		}
		*cursor++
		if last := a.As4()[3]; last == 0 || last == 255 {
			continue
		}
		if s := a.String(); !taken(s) {
			return s, nil
		}
	}
}

// parseIPv4 is an IPv4 address in dotted form, or an error.
func parseIPv4(s string) (string, error) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return "", fmt.Errorf("%q is not an IPv4 address", s)
	}
	return a.String(), nil
}
