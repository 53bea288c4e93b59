package ecm

// Internals the behaviour tests (package ecm_test) check against.
const (
	VpcQuotaPerRegion = vpcQuotaPerRegion
	SubnetQuotaPerVpc = subnetQuotaPerVpc
)

// IPPools are the documentation ranges EIPs come from.
var IPPools = ipPools
