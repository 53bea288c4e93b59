package ecm

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Shared ECM request pieces: regions and zones, tags, time formats.

var (
	chinaStandard  = time.FixedZone("CST", 8*3600)
	tcTimeLayout   = "2006-01-02 15:04:05"
	isoTimeLayout  = "2006-01-02T15:04:05Z"
	validISPs      = map[string]bool{"CMCC": true, "CTCC": true, "CUCC": true}
	defaultISP     = "CTCC"
	ecmRegionParam = "EcmRegion"
)

// Codes for an EcmRegion or Zone missing from the catalog, where the action's
// table lists them. ReleaseAddresses and ModifyAddressesBandwidth list
// neither: they answer InvalidParameterValue, the closest code of their tables.
const (
	codeInvalidRegion = "InvalidParameterValue.InvalidRegion"
	codeInvalidZone   = "InvalidParameterValue.InvalidZone"
)

// checkRegion validates a required EcmRegion against the catalog and touches
// the region (its default VPC and subnets appear the first time a call names it).
func (e *state) checkRegion(c *tencentapi.Call, v string) *tencentapi.Error {
	return e.checkRegionCode(c, v, codeInvalidRegion)
}

// checkRegionCode is checkRegion answering code for a region not in the catalog.
func (e *state) checkRegionCode(c *tencentapi.Call, v, code string) *tencentapi.Error {
	if aerr := tencentapi.Require(ecmRegionParam, v); aerr != nil {
		return aerr
	}
	return e.checkOptionalRegionCode(c, v, code)
}

// checkOptionalRegion validates an EcmRegion that may be absent.
func (e *state) checkOptionalRegion(c *tencentapi.Call, v string) *tencentapi.Error {
	return e.checkOptionalRegionCode(c, v, codeInvalidRegion)
}

func (e *state) checkOptionalRegionCode(c *tencentapi.Call, v, code string) *tencentapi.Error {
	if v == "" {
		return nil
	}
	if _, ok := e.catalog.regions[v]; !ok {
		return tencentapi.Errf(code, "The ECM region %q does not exist (DescribeNode lists the regions).", v)
	}
	e.touch(c, v)
	return nil
}

// checkZone validates that zone is a zone of region in the catalog.
func (e *state) checkZone(region, zone string) *tencentapi.Error {
	if aerr := tencentapi.Require("Zone", zone); aerr != nil {
		return aerr
	}
	if e.catalog.zoneOf[zone] != region {
		return tencentapi.Errf(codeInvalidZone, "The zone %q is not a zone of the ECM region %s (DescribeNode lists the zones).", zone, region)
	}
	return nil
}

// ID shapes. The document gives prefixes (vpc-, subnet-, eip-), not shapes;
// the sandbox, like the provider (internal/cloud/tencent/ecm.ValidID), takes
// an ID to be its prefix followed by lowercase letters and digits. A
// malformed ID is answered with the action's Malformed code (or the closest
// code of its table), never as "not found".
var idBody = regexp.MustCompile(`^[a-z0-9]+$`)

// checkID validates one ID parameter; code is the action's code for a malformed ID.
func checkID(param, prefix, id, code string) *tencentapi.Error {
	if body, ok := strings.CutPrefix(id, prefix+"-"); !ok || !idBody.MatchString(body) {
		return tencentapi.Errf(code, "The parameter %s=%q is malformed: %s IDs are %s- followed by lowercase letters and digits.", param, id, prefix, prefix)
	}
	return nil
}

// checkIDs validates Name.N IDs.
func checkIDs(param, prefix string, ids []string, code string) *tencentapi.Error {
	for i, id := range ids {
		if aerr := checkID(param+"."+strconv.Itoa(i), prefix, id, code); aerr != nil {
			return aerr
		}
	}
	return nil
}

// Tag limits. The document says only that Key and Value are required (Tag,
// L33830); it is silent on counts and lengths, so the sandbox uses those of
// Tencent Cloud's tag service: at most 50 tags per resource, keys up to 127
// characters, values up to 255.
const (
	maxTags        = 50
	maxTagKeyChars = 127
	maxTagValChars = 255
)

// tagCodes are an action's codes for too many tags and a too long key or
// value: its own table's LimitExceeded/TooLong codes when it has them,
// else InvalidParameterValue.
type tagCodes struct{ count, length string }

var plainTagCodes = tagCodes{"InvalidParameterValue", "InvalidParameterValue"}

// checkTags validates Tags.N: Key and Value required and non-empty, no
// duplicate keys, the counts and lengths above.
func checkTags(tags []tencentapi.Tag, codes tagCodes) *tencentapi.Error {
	if len(tags) > maxTags {
		return tencentapi.Errf(codes.count, "At most %d Tags may be given; got %d.", maxTags, len(tags))
	}
	seen := map[string]bool{}
	for i, t := range tags {
		if strings.TrimSpace(t.Key) == "" {
			return tencentapi.Errf("InvalidParameterValue", "The parameter Tags.%d.Key must not be empty.", i)
		}
		if strings.TrimSpace(t.Value) == "" {
			return tencentapi.Errf("InvalidParameterValue", "The parameter Tags.%d.Value must not be empty (a Tag's Key and Value are both required).", i)
		}
		if n := utf8.RuneCountInString(t.Key); n > maxTagKeyChars {
			return tencentapi.Errf(codes.length, "The parameter Tags.%d.Key is %d characters long; at most %d are allowed.", i, n, maxTagKeyChars)
		}
		if n := utf8.RuneCountInString(t.Value); n > maxTagValChars {
			return tencentapi.Errf(codes.length, "The parameter Tags.%d.Value is %d characters long; at most %d are allowed.", i, n, maxTagValChars)
		}
		if seen[t.Key] {
			return tencentapi.Errf("InvalidParameterValue", "The tag key %q is given more than once in Tags.", t.Key)
		}
		seen[t.Key] = true
	}
	return nil
}

// copyTags stores tags; an empty set is nil.
func copyTags(tags []tencentapi.Tag) []tencentapi.Tag {
	if len(tags) == 0 {
		return nil
	}
	return append([]tencentapi.Tag(nil), tags...)
}

// tagSetJSON renders a TagSet: null when empty, as in the seed's examples.
func tagSetJSON(tags []tencentapi.Tag) []tencentapi.Tag {
	if len(tags) == 0 {
		return nil
	}
	return append([]tencentapi.Tag{}, tags...)
}

func tcTime(t time.Time) string  { return t.In(chinaStandard).Format(tcTimeLayout) }
func isoTime(t time.Time) string { return t.UTC().Format(isoTimeLayout) }

// checkBoolString validates a String parameter documented as true/false
// (any case); it returns the value.
func checkBoolString(name, v string) (bool, *tencentapi.Error) {
	switch strings.ToLower(v) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, tencentapi.Errf("InvalidParameterValue", "The parameter %s=%q must be true or false.", name, v)
}
