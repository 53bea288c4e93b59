// Package ecm holds typed requests and responses for the Tencent Cloud ECM actions the provider uses,
// named exactly as the API document (seed 003) names them, plus finders and task waits. Every call
// goes through the one request path in package tencent.
package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Service is ECM's credential-scope name and API version (catalog §1.2).
var Service = tencent.Service{Name: "ecm", Version: "2019-07-19"}

// Client calls ECM actions. Its finders read through one batch.Reader per object type (see
// readers.go), so concurrent reads of one type in one region share Describe calls.
type Client struct {
	api     *tencent.Client
	readers readers

	tasks wait.TaskTimes // how long tasks take, per action that starts them
}

// Options tune a Client.
type Options struct {
	// DirectReads turns read batching and listing off: every finder call is one Describe of one ID.
	// Acceptance-test checks use it, because they must see what exists at this instant even when
	// another process changed it.
	DirectReads bool
}

// New wraps the shared request path.
func New(api *tencent.Client) *Client { return NewWithOptions(api, Options{}) }

// NewWithOptions wraps the shared request path with opts.
func NewWithOptions(api *tencent.Client, opts Options) *Client {
	c := &Client{api: api}
	c.readers = newReaders(c, opts)
	return c
}

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
