// Package edgezone is the sandbox's emulation of Tencent Cloud EdgeZone, API 3.0 version
// 2026-04-01 (seed 002 and its family, other-apis.md §4): public network instances in STATIC, BGP
// and OSPF route modes, the zones' public address pools, the public IPs a STATIC instance applies
// for and releases, and the physical servers those IPs are bound to (fixtures: no documented action
// creates a server). It mirrors internal/cloud/tencent/edgezone but shares no code with it.
//
// Choices where the documents are silent (seed 002 documents ReleasePublicIp only; the other
// actions come from other-apis.md §4a and the SDK models it cites, tencentcloud/edgezone/v20260401):
//
//   - Region (X-TC-Region) is required by every action: absent is MissingParameter, a region outside
//     the catalog (catalog.go) UnsupportedRegion (common codes). Objects live in their zone's region:
//     an instance is not found from another region.
//   - Accounts: the sandbox has no AppId, so each SecretId is an account. An instance belongs to the
//     SecretId that created it; other accounts do not see it (Describe*, Modify, Delete and Apply
//     answer as for an unknown ID), except ReleasePublicIp, whose table documents the refusal
//     "AppId does not match the instance ownership" (UnauthorizedOperation.PermissionDenied): it
//     looks the instance up across accounts and refuses. "One public network instance per
//     availability zone" is per account; the zones' address pools are shared.
//   - IDs: generated ones are "epn-" (instances) and "epm-" (servers) + 8 lowercase letters or
//     digits. Any "epn-" + lowercase letters/digits is accepted as a well-formed ID (the document's
//     own examples are epn-dfghjkl and epn-asdfghjkl); anything else is InvalidParameter.
//   - Casing: RouteMode is accepted in any casing and stored and answered upper case
//     (STATIC/BGP/OSPF, as DescribePublicNetworkInstances documents); Type in ApplyPublicIps and
//     ReleasePublicIp is accepted in any casing (documented ipv4/ipv6), in DescribePublicIps'
//     Type.N and State.N filters too; IpInfo answers Type "Ipv4"/"Ipv6" and State "InUse"/"Unbound".
//     IPv6 addresses are compared and answered in their canonical form (RFC 5952).
//   - Times (CreatedAt, UpdatedAt) are UTC in the documented "2026-04-07T00:00:00" form.
//   - Decoding: a parameter of the wrong JSON type is InvalidParameter (no table of the family has
//     InvalidParameter.InvalidDataFormat); unknown parameters are UnknownParameter (common).
//   - No action is asynchronous and read_lag faults are not emulated: every write is seen at once.
package edgezone

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// EdgeZone's credential-scope service name and API version (seed 002).
const (
	ServiceName = "edgezone"
	Version     = "2026-04-01"
)

// Product is EdgeZone as the sandbox core hosts it.
type Product struct {
	state   *state
	service *tencentapi.Service
}

// New returns an empty EdgeZone with the default catalog and address pools.
func New() *Product {
	e := newState()
	return &Product{state: e, service: e.service()}
}

// Section is EdgeZone's state: settled, reset and persisted by the core. It also takes the
// fixtures (host.Fixtures) and declares the quotas (host.LimitDefaults).
func (p *Product) Section() host.Section { return p.state }

// Service is EdgeZone's Tencent API 3.0 service table.
func (p *Product) Service() *tencentapi.Service { return p.service }

// service builds the action table; handlers are methods of the state they act on.
func (e *state) service() *tencentapi.Service {
	handle := func(run func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error)) func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
		return func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
			out, aerr := run(c, body)
			if aerr != nil && aerr.Code == "InvalidParameter.InvalidDataFormat" {
				aerr.Code = "InvalidParameter"
			}
			return out, aerr
		}
	}
	return &tencentapi.Service{Name: ServiceName, Version: Version, Actions: map[string]tencentapi.Action{
		"CreatePublicNetworkInstance":    {Run: handle(tencentapi.Handle(e.createPublicNetworkInstance)), Mutating: true},
		"DescribePublicNetworkInstances": {Run: handle(tencentapi.Handle(e.describePublicNetworkInstances))},
		"ModifyPublicNetworkInstance":    {Run: handle(tencentapi.Handle(e.modifyPublicNetworkInstance)), Mutating: true},
		"DeletePublicNetworkInstance":    {Run: handle(tencentapi.Handle(e.deletePublicNetworkInstance)), Mutating: true},
		"ApplyPublicIps":                 {Run: handle(tencentapi.Handle(e.applyPublicIps)), Mutating: true},
		"DescribePublicIps":              {Run: handle(tencentapi.Handle(e.describePublicIps))},
		"ReleasePublicIp":                {Run: handle(tencentapi.Handle(e.releasePublicIp)), Mutating: true},
	}}
}
