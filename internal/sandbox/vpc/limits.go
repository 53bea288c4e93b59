package vpc

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// Named limits (quotas). The core fills host.Call.Limits from DefaultLimits plus the user's
// overrides (Options.Limits, -limit, /_sandbox/limits).
//
// LimitPrivateIPsPerENI is the number of private IPv4 addresses an ENI may hold, its primary IP
// included. The seed refers to "ENI Use Limits", which depend on the instance type the ENI is
// attached to; the sandbox has no instance types, so it is one number: 10 by default, a sandbox
// choice. Assignments count addresses in every state (PENDING, AVAILABLE, DELETING) until they are
// gone.
const LimitPrivateIPsPerENI = "vpc.private_ips_per_eni"

var defaultLimits = map[string]int{LimitPrivateIPsPerENI: 10}

// DefaultLimits names VPC's limits with their defaults (host.LimitDefaults).
func (s *state) DefaultLimits() map[string]int {
	out := make(map[string]int, len(defaultLimits))
	for k, v := range defaultLimits {
		out[k] = v
	}
	return out
}

// limit is the effective value of a named limit for the call.
func limit(c *tencentapi.Call, name string) int {
	if v, ok := c.Limits[name]; ok {
		return v
	}
	return defaultLimits[name]
}
