// Package vpc is the sandbox's emulation of Tencent Cloud VPC, API 3.0 version 2017-03-12, for the
// part the provider uses: the private IPs of elastic network interfaces (ENIs).
//
// Actions: DescribeUsedIpAddress (seed 000), AssignPrivateIpAddresses (seed 001, async), and the
// companions of other-apis.md §2a–§2c: UnassignPrivateIpAddresses (async), DescribeNetworkInterfaces
// and DescribeVpcTaskResult. The async actions answer no TaskId: their task is keyed by the call's
// RequestId, which DescribeVpcTaskResult takes as TaskId.
//
// VPCs, subnets and ENIs are created by no documented action the sandbox serves, so they exist only
// as fixtures (POST /_sandbox/fixtures/vpc, fixtures.go). Every action is regional through the
// common Region parameter (X-TC-Region); objects live in their VPC's region and are invisible from
// another. The choices where the documents are silent are written at the top of the file that makes
// them; the region catalog is in catalog.go.
//
// The sandbox core hosts it as a state section (host.Section, with host.Fixtures and
// host.LimitDefaults) and a Tencent API service (tencentapi.Service).
package vpc

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// VPC's credential-scope service name and API version (seeds 000 and 001).
const (
	ServiceName = "vpc"
	Version     = "2017-03-12"
)

// Product is VPC as the sandbox core hosts it.
type Product struct {
	state   *state
	service *tencentapi.Service
}

// New returns an empty VPC service with the default region catalog.
func New() *Product {
	s := newState()
	return &Product{state: s, service: s.service()}
}

// Section is VPC's state: settled, reset and persisted by the core; it also takes fixtures and
// declares the named limits.
func (p *Product) Section() host.Section { return p.state }

// Service is VPC's Tencent API 3.0 service table.
func (p *Product) Service() *tencentapi.Service { return p.service }

// DefaultLimits names VPC's limits with their defaults (for the CLI's help).
func (p *Product) DefaultLimits() map[string]int { return p.state.DefaultLimits() }

// service builds the action table; handlers are methods of the state they act on.
func (s *state) service() *tencentapi.Service {
	return &tencentapi.Service{Name: ServiceName, Version: Version, Actions: map[string]tencentapi.Action{
		"DescribeUsedIpAddress":      {Run: withCodes(tencentapi.Handle(s.describeUsedIpAddress), malformedCodes)},
		"AssignPrivateIpAddresses":   {Run: withCodes(tencentapi.Handle(s.assignPrivateIpAddresses), malformedCodes), Mutating: true},
		"UnassignPrivateIpAddresses": {Run: withCodes(tencentapi.Handle(s.unassignPrivateIpAddresses), malformedCodes), Mutating: true},
		"DescribeNetworkInterfaces":  {Run: withCodes(tencentapi.Handle(s.describeNetworkInterfaces), malformedCodes)},
		"DescribeVpcTaskResult":      {Run: withCodes(tencentapi.Handle(s.describeVpcTaskResult), invalidValueCodes)},
	}}
}

// The front door's strict decoding answers a parameter of the wrong JSON type with
// InvalidParameter.InvalidDataFormat, which no VPC action's table lists. It becomes
// InvalidParameterValue.Malformed ("Invalid input parameter format.") for the actions whose tables
// have it, and InvalidParameterValue (its table's closest code) for DescribeVpcTaskResult.
var (
	malformedCodes    = map[string]string{"InvalidParameter.InvalidDataFormat": codeMalformed}
	invalidValueCodes = map[string]string{"InvalidParameter.InvalidDataFormat": "InvalidParameterValue"}
)

// withCodes answers an action's documented code for the front door's decoding codes its table lacks.
func withCodes(run func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error), codes map[string]string) func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
	return func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
		out, aerr := run(c, body)
		if aerr != nil {
			if code, ok := codes[aerr.Code]; ok {
				aerr = &tencentapi.Error{Code: code, Message: aerr.Message}
			}
		}
		return out, aerr
	}
}
