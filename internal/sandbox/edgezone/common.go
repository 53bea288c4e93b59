package edgezone

import (
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// timeLayout is how CreatedAt and UpdatedAt are answered (IpInfo's example "2026-04-07T00:00:00"),
// in UTC.
const timeLayout = "2006-01-02T15:04:05"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// checkRegion requires a region of the catalog (the common Region parameter, X-TC-Region).
func checkRegion(c *tencentapi.Call) *tencentapi.Error {
	if c.Region == "" {
		return tencentapi.Errf("MissingParameter", "The common parameter Region (header X-TC-Region) is required by %s.", c.Action)
	}
	if !regionCatalog[c.Region] {
		return tencentapi.Errf("UnsupportedRegion", "%s does not support the region %q.", c.Action, c.Region)
	}
	return nil
}

// checkInstanceID requires a well-formed NetworkInstanceId: "epn-" and lowercase letters or
// digits (any length: the document's examples have 7, 8 and 9).
func checkInstanceID(id string) *tencentapi.Error {
	if strings.TrimSpace(id) == "" {
		return tencentapi.Errf("MissingParameter", "The parameter NetworkInstanceId is required.")
	}
	if !wellFormed(id, "epn-") {
		return tencentapi.Errf("InvalidParameter", "The parameter NetworkInstanceId=%q is not a public network instance ID (epn- followed by lowercase letters and digits).", id)
	}
	return nil
}

// wellFormed reports whether id is prefix followed by at least one lowercase letter or digit.
func wellFormed(id, prefix string) bool {
	rest, ok := strings.CutPrefix(id, prefix)
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// parseType reads an IP type in any casing ("ipv4", "Ipv4", "IPV4") as typeIPv4 or typeIPv6.
func parseType(v string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case typeIPv4:
		return typeIPv4, true
	case typeIPv6:
		return typeIPv6, true
	}
	return "", false
}

// answerType is IpInfo's spelling of a type ("Ipv4", "Ipv6").
func answerType(typ string) string { return "I" + typ[1:] }

// requireType checks a required Type parameter of ApplyPublicIps / ReleasePublicIp.
func requireType(v string) (string, *tencentapi.Error) {
	if strings.TrimSpace(v) == "" {
		return "", tencentapi.Errf("MissingParameter", "The parameter Type is required (ipv4 or ipv6).")
	}
	typ, ok := parseType(v)
	if !ok {
		return "", tencentapi.Errf("InvalidParameter", "The parameter Type=%q must be ipv4 or ipv6.", v)
	}
	return typ, nil
}

// Generated IDs: prefix + 8 lowercase letters or digits.
const idChars = "abcdefghijklmnopqrstuvwxyz0123456789"

func randomID(prefix string) string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = idChars[rand.IntN(len(idChars))]
	}
	return prefix + string(b)
}

// nextIDs holds IDs tests want CreatePublicNetworkInstance to use next (export_test.go), so that
// the document's examples, whose IDs do not have the generated shape, can be replayed.
var nextIDs struct {
	mu  sync.Mutex
	ids []string
}

// newInstanceID returns an unused instance ID.
func (e *state) newInstanceID() string {
	nextIDs.mu.Lock()
	if len(nextIDs.ids) > 0 {
		id := nextIDs.ids[0]
		nextIDs.ids = nextIDs.ids[1:]
		nextIDs.mu.Unlock()
		if _, taken := e.Instances[id]; !taken {
			return id
		}
	} else {
		nextIDs.mu.Unlock()
	}
	for {
		if id := randomID("epn-"); e.Instances[id] == nil {
			return id
		}
	}
}

// visible returns the instance id when the caller's account sees it in the call's region.
func (e *state) visible(c *tencentapi.Call, id string) *instanceRecord {
	inst := e.Instances[id]
	if inst == nil || inst.Region != c.Region || inst.Owner != c.SecretID {
		return nil
	}
	return inst
}

// checkZone requires a zone of the call's region.
func checkZone(c *tencentapi.Call, name, zone, code string) *tencentapi.Error {
	if zoneCatalog[zone] != c.Region {
		return tencentapi.Errf(code, "The parameter %s=%q is not an availability zone of the region %s (zones: %s).", name, zone, c.Region, strings.Join(zonesOf(c.Region), ", "))
	}
	return nil
}

// paging checks Offset (default 0) and Limit (default 20, at most 100; 0 means the default).
func paging(offset, limit *int64) (int, int, *tencentapi.Error) {
	return tencentapi.CheckPaging(tencentapi.Int64Or(offset, 0), tencentapi.Int64Or(limit, 0), "InvalidParameter")
}
