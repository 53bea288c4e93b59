// Package ecm holds typed requests and responses for the Tencent Cloud ECM actions the provider uses,
// named exactly as the API document (seed 003) names them, plus finders and task waits. Every call
// goes through the one request path in package tencent.
package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Service is ECM's credential-scope name and API version (catalog §1.2).
var Service = tencent.Service{Name: "ecm", Version: "2019-07-19"}

// Client calls ECM actions.
type Client struct {
	api *tencent.Client
}

// New wraps the shared request path.
func New(api *tencent.Client) *Client { return &Client{api: api} }

// read sends a call that may be repeated safely. On error the response is nil, never a half-filled value.
func read[T any](ctx context.Context, c *Client, action string, req any) (*T, error) {
	var resp T
	if err := c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req, Idempotent: true}, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// write sends a call that must not be repeated after an unknown outcome (ECM actions carry no
// ClientToken). On error the response is nil.
func write[T any](ctx context.Context, c *Client, action string, req any) (*T, error) {
	var resp T
	if err := c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req}, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// writeOnly sends a write whose answer carries nothing but the RequestId.
func writeOnly(ctx context.Context, c *Client, action string, req any) error {
	return c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req}, nil)
}
