package tencentapi

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// Service is one Tencent API 3.0 product served by the sandbox: its
// credential-scope name, its X-TC-Version and its action table. A product
// package (ecm, later vpc, edgezone) builds one and the core registers it
// with the front door.
type Service struct {
	Name    string // credential-scope service name, e.g. "ecm"
	Version string // X-TC-Version, e.g. "2019-07-19"
	Actions map[string]Action
}

// Action is one API action: a decoder+handler and whether it mutates state
// (mutating calls are persisted to the state file).
type Action struct {
	Run      func(c *Call, body []byte) (any, *Error)
	Mutating bool
}

// Call is what a handler may know about the current request. Handlers run
// under the core's state lock.
type Call struct {
	host.Call
	Service string
	Action  string
	// Region is the X-TC-Region header as sent ("" when absent). Services whose actions are regional
	// (VPC, EdgeZone) require it; ECM names its region in EcmRegion instead.
	Region string
	// RequestID is the RequestId the front door answers this call with (success or error). An
	// async action whose task is keyed by its call's RequestId (VPC's AssignPrivateIpAddresses,
	// polled with DescribeVpcTaskResult) records its task under it.
	RequestID string
}

// Handle adapts a typed handler: the body is strictly decoded into a new T
// (unknown parameters and wrong JSON types are rejected) before fn runs.
func Handle[T any](fn func(c *Call, req *T) (any, *Error)) func(c *Call, body []byte) (any, *Error) {
	return func(c *Call, body []byte) (any, *Error) {
		req := new(T)
		if aerr := decodeParams(c.Action, body, req); aerr != nil {
			return nil, aerr
		}
		return fn(c, req)
	}
}
