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

// read sends a call that may be repeated safely.
func (c *Client) read(ctx context.Context, action string, req, resp any) error {
	return c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req, Idempotent: true}, resp)
}

// write sends a call that must not be repeated after an unknown outcome (ECM actions carry no ClientToken).
func (c *Client) write(ctx context.Context, action string, req, resp any) error {
	return c.api.Do(ctx, tencent.Call{Service: Service, Action: action, Params: req}, resp)
}

// Tag is the ECM key/value tag (catalog §3.5 Tag).
type Tag struct {
	Key   string `json:"Key"`
	Value string `json:"Value"`
}

// Filter is one Describe* filter (catalog §3.5 Filter).
type Filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}
