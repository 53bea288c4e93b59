package ecm

// Internals the behaviour tests (package ecm_test) check against.
const (
	VpcQuotaPerRegion = 20 // defaultLimits[LimitVPCsPerRegion]
	SubnetQuotaPerVpc = 50 // defaultLimits[LimitSubnetsPerVPC]
)

// IPPools are the documentation ranges EIPs come from.
var IPPools = ipPools
