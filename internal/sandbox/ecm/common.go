package ecm

import (
	"regexp"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Shared ECM request pieces: regions and zones, tags, time formats.

var (
	regionPattern  = regexp.MustCompile(`^[a-z]{2}-[a-z]+-ecm(-[a-z0-9]+)*$`)
	zoneSuffix     = regexp.MustCompile(`^(-[a-z0-9]+)*$`)
	chinaStandard  = time.FixedZone("CST", 8*3600)
	tcTimeLayout   = "2006-01-02 15:04:05"
	isoTimeLayout  = "2006-01-02T15:04:05Z"
	validISPs      = map[string]bool{"CMCC": true, "CTCC": true, "CUCC": true}
	defaultISP     = "CTCC"
	ecmRegionParam = "EcmRegion"
)

// checkRegion validates a required EcmRegion.
func checkRegion(v string) *tencentapi.Error {
	if aerr := tencentapi.Require(ecmRegionParam, v); aerr != nil {
		return aerr
	}
	return checkOptionalRegion(v)
}

// checkOptionalRegion validates an EcmRegion that may be absent.
func checkOptionalRegion(v string) *tencentapi.Error {
	if v != "" && !regionPattern.MatchString(v) {
		return tencentapi.Errf("InvalidParameterValue.InvalidRegion", "The ECM region %q is invalid; ECM regions look like ap-hangzhou-ecm.", v)
	}
	return nil
}

// checkZone validates that zone belongs to region: the region name itself or
// the region name followed by "-suffix" parts (ap-hangzhou-ecm-1).
func checkZone(region, zone string) *tencentapi.Error {
	if aerr := tencentapi.Require("Zone", zone); aerr != nil {
		return aerr
	}
	rest, ok := strings.CutPrefix(zone, region)
	if !ok || !zoneSuffix.MatchString(rest) {
		return tencentapi.Errf("InvalidParameterValue.InvalidZone", "The zone %q is not a zone of the ECM region %s (zones look like %s-1).", zone, region, region)
	}
	return nil
}

// regionName gives a display name: ap-hangzhou-ecm → "Hangzhou",
// ap-shenzhen-ecm-ct2 → "Shenzhen (CT2)".
func regionName(region string) string {
	parts := strings.Split(region, "-")
	if len(parts) < 3 {
		return region
	}
	name := title(parts[1])
	if extra := parts[3:]; len(extra) > 0 {
		name += " (" + strings.ToUpper(strings.Join(extra, "-")) + ")"
	}
	return name
}

// zoneName gives a display name: ap-hangzhou-ecm-1 → "Hangzhou Zone 1" (as
// in the seed's examples), ap-shenzhen-ecm-ct2 → "Shenzhen Zone CT2".
func zoneName(region, zone string) string {
	parts := strings.Split(region, "-")
	city := region
	if len(parts) >= 2 {
		city = title(parts[1])
	}
	suffix := strings.TrimPrefix(strings.TrimPrefix(zone, region), "-")
	if suffix == "" {
		suffix = strings.Join(parts[min(3, len(parts)):], "-")
	}
	if suffix == "" {
		return city + " Zone"
	}
	return city + " Zone " + strings.ToUpper(suffix)
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// checkTags validates Tags.N: non-empty keys, no duplicate keys.
func checkTags(tags []tencentapi.Tag) *tencentapi.Error {
	seen := map[string]bool{}
	for i, t := range tags {
		if strings.TrimSpace(t.Key) == "" {
			return tencentapi.Errf("InvalidParameterValue", "The parameter Tags.%d.Key must not be empty.", i)
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
