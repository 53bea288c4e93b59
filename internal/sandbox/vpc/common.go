package vpc

import (
	"net/netip"
	"regexp"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Shared request pieces: ID shapes, addresses, times.

const codeMalformed = "InvalidParameterValue.Malformed"

// ID shapes. The documents give prefixes (vpc-, subnet-, eni-, ins-) and examples with 8 lowercase
// letters and digits after them. API parameters are checked as ECM's are (and as the provider
// checks them): the prefix followed by lowercase letters and digits, so a malformed ID is
// InvalidParameterValue.Malformed, never "not found". Fixture IDs must have exactly 8 (the
// fixture contract).
var (
	idBody      = regexp.MustCompile(`^[a-z0-9]+$`)
	fixtureBody = regexp.MustCompile(`^[a-z0-9]{8}$`)
)

// checkID validates an ID parameter against its prefix.
func checkID(param, prefix, id string) *tencentapi.Error {
	if body, ok := strings.CutPrefix(id, prefix+"-"); !ok || !idBody.MatchString(body) {
		return tencentapi.Errf(codeMalformed, "The parameter %s=%q is malformed: %s IDs are %s- followed by lowercase letters and digits.", param, id, prefix, prefix)
	}
	return nil
}

// validFixtureID reports whether id is prefix- and 8 lowercase letters or digits.
func validFixtureID(prefix, id string) bool {
	body, ok := strings.CutPrefix(id, prefix+"-")
	return ok && fixtureBody.MatchString(body)
}

// parseIPv4 parses an IPv4 address parameter written canonically (no leading zeros, no zone).
func parseIPv4(param, v string) (netip.Addr, *tencentapi.Error) {
	a, err := netip.ParseAddr(v)
	if err != nil || !a.Is4() || a.String() != v {
		return netip.Addr{}, tencentapi.Errf(codeMalformed, "The parameter %s=%q is not an IPv4 address such as 10.0.1.5.", param, v)
	}
	return a, nil
}

// Times are shown as the document's examples show them: Beijing time, YYYY-MM-DD hh:mm:ss.
var chinaStandard = time.FixedZone("CST", 8*3600)

func tcTime(t time.Time) string { return t.In(chinaStandard).Format("2006-01-02 15:04:05") }
