package ecm

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// Configurable limits (quotas). The core fills host.Call.Limits from
// DefaultLimits plus the user's overrides; handlers read them through limit,
// which falls back to the default when the map lacks a name.
//
// Documented values: DescribeAddressQuota's example gives TOTAL_EIP_QUOTA 20
// and DAILY_EIP_APPLY 40 ("twice the quota", AllocateAddresses'
// LimitExceeded.AddressQuotaLimitExceededDailyAllocate). The document is
// silent on VPC and subnet quotas: the sandbox allows 20 VPCs per region
// (the default VPC included) and 50 subnets per VPC (the default subnets
// included), Tencent Cloud VPC's usual figures.
const (
	LimitVPCsPerRegion      = "ecm.vpcs_per_region"
	LimitSubnetsPerVPC      = "ecm.subnets_per_vpc"
	LimitEIPsPerRegion      = "ecm.eips_per_region"
	LimitEIPDailyAllocation = "ecm.eip_daily_allocations"
	// Security groups: DescribeSecurityGroupLimits' example gives
	// SecurityGroupLimit 50 (per account, the default group included) and
	// SecurityGroupPolicyLimit 100 (per group and direction: the sandbox's
	// reading, as Tencent Cloud VPC counts ingress and egress separately).
	LimitSecurityGroups        = "ecm.security_groups"
	LimitSecurityGroupPolicies = "ecm.security_group_policies"
	// Modules (module.go): DescribeConfig's MaxModuleNum 1000 (modules per
	// account); DescribeSecurityGroupLimits' ModuleSecurityGroupLimit 10
	// (groups per module; ModifyModuleSecurityGroups' text says 5) and
	// SecurityGroupModuleLimit 10 (modules per group).
	LimitModules              = "ecm.modules"
	LimitModuleSecurityGroups = "ecm.module_security_groups"
	LimitSecurityGroupModules = "ecm.security_group_modules"
	// Route tables and HAVIPs (routetable.go, havip.go): silent in the
	// document; Tencent Cloud VPC's usual figures.
	LimitRouteTablesPerVPC = "ecm.route_tables_per_vpc"
	LimitRoutesPerTable    = "ecm.routes_per_table"
	LimitHaVipsPerVPC      = "ecm.havips_per_vpc"
	// Load balancers (clb*.go): silent in the document; the sandbox allows
	// 20 load balancers per region (LimitExceeded.LBLimitExceeded), 50
	// listeners per load balancer (CreateListener's LimitExceeded) and 100
	// targets per listener (the listener lands in FailListenerIdSet).
	LimitCLBsPerRegion         = "ecm.clbs_per_region"
	LimitCLBListenersPerLB     = "ecm.clb_listeners_per_lb"
	LimitCLBTargetsPerListener = "ecm.clb_targets_per_listener"
)

var defaultLimits = map[string]int{
	LimitVPCsPerRegion:      20,
	LimitSubnetsPerVPC:      50,
	LimitEIPsPerRegion:      20,
	LimitEIPDailyAllocation: 40,

	LimitSecurityGroups:        50,
	LimitSecurityGroupPolicies: 100,

	LimitModules:              1000,
	LimitModuleSecurityGroups: 10,
	LimitSecurityGroupModules: 10,

	LimitRouteTablesPerVPC: 10,
	LimitRoutesPerTable:    200,
	LimitHaVipsPerVPC:      10,

	LimitCLBsPerRegion:         20,
	LimitCLBListenersPerLB:     50,
	LimitCLBTargetsPerListener: 100,
}

// DefaultLimits names ECM's limits with their defaults (host.LimitDefaults).
func (e *state) DefaultLimits() map[string]int {
	out := make(map[string]int, len(defaultLimits))
	for k, v := range defaultLimits {
		out[k] = v
	}
	return out
}

// DefaultLimits is the section's DefaultLimits, for the core and the CLI's help.
func (p *Product) DefaultLimits() map[string]int { return p.state.DefaultLimits() }

// limit is the effective value of a named limit for the call.
func limit(c *tencentapi.Call, name string) int {
	if v, ok := c.Limits[name]; ok {
		return v
	}
	if name == LimitEIPDailyAllocation {
		// Twice the EIP quota, as the document says, when only that was raised.
		if v, ok := c.Limits[LimitEIPsPerRegion]; ok {
			return 2 * v
		}
	}
	return defaultLimits[name]
}
