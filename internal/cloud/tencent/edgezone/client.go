// Package edgezone holds typed requests and responses for the Tencent Cloud EdgeZone (2026-04-01)
// network actions the provider uses, named as the API document (seed 002, ReleasePublicIp) and its
// companion actions (other-apis.md §4a, the public SDKs) name them, plus finders and listings. Every
// call goes through the one request path in package tencent, with the resource's region as
// X-TC-Region (EdgeZone actions are regional through the request, not through a parameter).
//
// Choices where the documents are silent, made here:
//   - None of the write actions carries a ClientToken, so none is ever marked Idempotent: a write
//     whose answer is lost is not repeated by the request path; the caller reconciles by listing.
//   - DescribePublicIps filters NetworkInstanceId and Ip by substring (documented): every finder
//     and listing here re-filters exactly on the client. DescribePublicNetworkInstances does not say
//     how it matches NetworkInstanceId or NetworkInstanceName, so its results are re-filtered
//     exactly too.
//   - Casing (casing.go): requests use the spelling of the document's examples (RouteMode
//     "static", Type "ipv4"), answers are compared without regard to case, and callers store one
//     canonical spelling (RouteMode upper case, IP type lower case).
package edgezone

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/keylock"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Service is EdgeZone's credential-scope name and API version (seed 002).
var Service = tencent.Service{Name: "edgezone", Version: "2026-04-01"}

// Client calls EdgeZone actions. It holds no state of its own: reads are one Describe each (the
// service has no batch-by-IDs read to merge into).
type Client struct {
	api *tencent.Client
	// applyTurns serialises ApplyPublicIP per instance and type within this provider instance, so
	// that a lost answer's before/after comparison never mistakes a sibling resource's address
	// for its own (apply.go).
	applyTurns keylock.Set
}

// New wraps the shared request path.
func New(api *tencent.Client) *Client { return &Client{api: api} }

// read sends a call that may be repeated safely (a Describe). On error the response is nil.
func read[T any](ctx context.Context, c *Client, region, action string, req any) (*T, error) {
	var resp T
	if err := c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req, Idempotent: true, Region: region}, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// write sends a call that must not be repeated after an unknown outcome: EdgeZone writes carry no
// ClientToken. On error the response is nil.
func write[T any](ctx context.Context, c *Client, region, action string, req any) (*T, error) {
	var resp T
	if err := c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req, Region: region}, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}
