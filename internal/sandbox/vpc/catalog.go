package vpc

import (
	"regexp"
	"sort"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Regions. Every VPC action requires the common parameter Region (X-TC-Region): absent, it is
// MissingParameter; a region the sandbox does not serve is UnsupportedRegion (both common codes).
//
// Sandbox choices (the seeds list no regions; "see the list of regions supported by the product"):
//   - The catalog is a small set of Tencent Cloud regions that host VPC (DefaultRegions). It is
//     configuration, not state: Reset keeps it.
//   - A fixture VPC may name another well-formed region (lowercase words joined by '-', such as
//     "ap-nanjing"): the fixture document defines the world, and a region that holds a VPC is served.
//     So a region is answered UnsupportedRegion when it is neither in the catalog nor holds a VPC.
//   - A subnet's zone is "<its VPC's region>-<name>" (ap-guangzhou-3); the sandbox keeps no zone
//     list, any such name is accepted.

// DefaultRegions is the region catalog a fresh VPC service serves.
func DefaultRegions() []string {
	return []string{
		"ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-nanjing", "ap-chengdu", "ap-chongqing",
		"ap-hongkong", "ap-singapore", "ap-bangkok", "ap-jakarta", "ap-seoul", "ap-tokyo", "ap-mumbai",
		"na-siliconvalley", "na-ashburn", "eu-frankfurt", "sa-saopaulo",
	}
}

var (
	regionShape = regexp.MustCompile(`^[a-z]+(-[a-z0-9]+)+$`)
	zoneSuffix  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// checkRegion validates the call's Region: required, and served (in the catalog or holding a VPC).
func (s *state) checkRegion(c *tencentapi.Call) *tencentapi.Error {
	if strings.TrimSpace(c.Region) == "" {
		return tencentapi.Errf("MissingParameter", "The common parameter Region (header X-TC-Region) is required by %s.", c.Action)
	}
	if !s.catalog[c.Region] && s.vpcsPerRegion[c.Region] == 0 {
		return tencentapi.Errf("UnsupportedRegion", "The region %q is not served by the sandbox's VPC service (served: %s, and any region holding a fixture VPC).", c.Region, strings.Join(s.catalogNames(), ", "))
	}
	return nil
}

func (s *state) catalogNames() []string {
	names := make([]string, 0, len(s.catalog))
	for r := range s.catalog {
		names = append(names, r)
	}
	sort.Strings(names)
	return names
}

// validZone reports whether zone is a zone name of region.
func validZone(region, zone string) bool {
	rest, ok := strings.CutPrefix(zone, region+"-")
	return ok && zoneSuffix.MatchString(rest)
}
