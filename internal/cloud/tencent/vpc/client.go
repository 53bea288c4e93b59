// Package vpc holds typed requests and responses for the Tencent Cloud VPC actions the provider uses
// (service "vpc", version 2017-03-12), named exactly as the API documents name them (seeds 000 and
// 001; the companion actions from other-apis.md §2), plus the finder, the task adapter for
// DescribeVpcTaskResult and the retry of the VPC service's "try again later" answers. Every call goes
// through the one request path in package tencent, naming the object's region (X-TC-Region).
package vpc

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/keylock"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Service is the VPC API's credential-scope name and version (seeds 000 and 001).
var Service = tencent.Service{Name: "vpc", Version: "2017-03-12"}

// Client calls VPC actions. It is safe for concurrent use.
type Client struct {
	api *tencent.Client

	tasks wait.TaskTimes // how long tasks take, per action that starts them

	eniLocks keylock.Set // turns on an ENI (enilock.go)
}

// New wraps the shared request path.
func New(api *tencent.Client) *Client { return &Client{api: api} }

// read sends a call that may be repeated safely. On error the response is nil, never a half-filled value.
func read[T any](ctx context.Context, c *Client, region, action string, req any) (*T, error) {
	var resp T
	if err := c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req, Idempotent: true, Region: region}, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// write sends a write, retrying the VPC answers that say the request was not acted on and may be
// sent again (retryableWriteCodes) until ctx ends. idempotent marks a write that carries a
// ClientToken: the request path may then also repeat it after a lost answer. On error the response
// is nil.
func write[T any](ctx context.Context, c *Client, region, action string, req any, idempotent bool) (*T, error) {
	var resp T
	call := tencent.Call{Service: Service, Action: action, Params: req, Idempotent: idempotent, Region: region}
	if err := retryRefusals(ctx, action, func(ctx context.Context) error { return c.api.Do(ctx, call, &resp) }); err != nil {
		return nil, err
	}
	return &resp, nil
}
