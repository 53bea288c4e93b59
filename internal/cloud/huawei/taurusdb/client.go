// Package taurusdb holds typed requests and responses for the Huawei Cloud TaurusDB (GaussDB for
// MySQL) v3 operations the provider uses, named as the API documents name them: ShowInstanceEip
// (seed 004), and from other-apis.md §5 its companions UpdateGaussMySqlInstanceEip (bind),
// CancelGaussMySqlInstanceEip (unbind) and ShowGaussMySqlJobInfo (jobs), plus the finder and the
// job adapter for internal/wait. Every call goes through the one request path in package huawei.
package taurusdb

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Operation names: what logs, errors, rate limits and the sandbox's faults call each operation.
const (
	OpShowInstanceEip = "ShowInstanceEip"
	OpBindEip         = "UpdateGaussMySqlInstanceEip"
	OpUnbindEip       = "CancelGaussMySqlInstanceEip"
	OpShowJob         = "ShowGaussMySqlJobInfo"
)

// Scope is where a call goes: the region (the endpoint) and the project (the path). Empty fields
// use the provider's huawei_region and huawei_project_id.
type Scope struct {
	Region    string
	ProjectID string
}

// Client calls TaurusDB operations.
type Client struct {
	api *huawei.Client

	jobs wait.TaskTimes // how long jobs take, per operation that starts them

	// jobGrace is how long a job may stay invisible to ShowGaussMySqlJobInfo (tests shorten it).
	jobGrace time.Duration
}

// New wraps the shared Huawei request path.
func New(api *huawei.Client) *Client { return &Client{api: api, jobGrace: JobVisibilityGrace} }

// do sends one operation of the service and decodes its answer into a new T; on error the result
// is nil, never a half-filled value.
func do[T any](ctx context.Context, c *Client, scope Scope, op, method, path string, params map[string]string, query url.Values, body any) (*T, error) {
	var out T
	call := huawei.Call{Service: huawei.ServiceTaurusDB, Operation: op, Method: method, Path: path, PathParams: params,
		ProjectID: scope.ProjectID, Region: scope.Region, Query: query, Body: body}
	if err := c.api.Do(ctx, call, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func read[T any](ctx context.Context, c *Client, scope Scope, op, path string, params map[string]string, query url.Values) (*T, error) {
	return do[T](ctx, c, scope, op, http.MethodGet, path, params, query, nil)
}
