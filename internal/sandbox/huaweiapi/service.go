package huaweiapi

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// Service is one Huawei Cloud service served by a front door: its name (for
// call counts, rate limits and fault rules, e.g. "taurusdb"), its routes, and
// the HTTP status of each error code it may answer (for injected faults).
type Service struct {
	Name   string
	Routes []Route
	// StatusOf is the HTTP status of a code (false: unknown to the service).
	StatusOf func(code string) (int, bool)
	// InternalError is the service's code for a server failure (HTTP 500), answered
	// when the sandbox cannot encode an answer.
	InternalError string
}

// Route is one API: "METHOD /v3/{project_id}/..." and its handler.
type Route struct {
	Method string
	// Path is the URI template, e.g. "/v3/{project_id}/instances/{instance_id}/eip": a
	// "{name}" segment matches any non-empty segment and is given to the handler as a
	// path parameter; the others must match exactly.
	Path string
	// Action names the API for counts, rate limits and faults ("ShowInstanceEip").
	Action string
	// Mutating routes persist the state after a successful call.
	Mutating bool
	Run      func(c *Call) (any, *Error)
}

// Call is what a handler knows about one call.
type Call struct {
	host.Call
	Service string
	Action  string
	Params  map[string]string // path parameters, percent-decoded
	Query   url.Values
	Body    []byte
	Header  http.Header
	// Changed may be set by a handler of a route that is not Mutating when the
	// call changed the state all the same (a read that consumes a counter), so that
	// it is persisted.
	Changed bool
}

// Param is the path parameter name.
func (c *Call) Param(name string) string { return c.Params[name] }

// splitPath splits an escaped path into its percent-decoded segments.
func splitPath(escaped string) []string {
	segs := strings.Split(strings.TrimPrefix(escaped, "/"), "/")
	for i, s := range segs {
		if v, err := url.PathUnescape(s); err == nil {
			segs[i] = v
		}
	}
	return segs
}

// match finds the route for method and path. A path that matches a route of
// another method is not found all the same (APIGW.0101, "The API does not
// exist": an API is its method and path).
func (s *Service) match(method, escapedPath string) (*Route, map[string]string) {
	segs := splitPath(escapedPath)
	for i := range s.Routes {
		rt := &s.Routes[i]
		if rt.Method != method {
			continue
		}
		if params, ok := matchTemplate(splitPath(rt.Path), segs); ok {
			return rt, params
		}
	}
	return nil, nil
}

func matchTemplate(tmpl, segs []string) (map[string]string, bool) {
	if len(tmpl) != len(segs) {
		return nil, false
	}
	params := map[string]string{}
	for i, t := range tmpl {
		if name, ok := strings.CutPrefix(t, "{"); ok && strings.HasSuffix(name, "}") {
			if segs[i] == "" {
				return nil, false
			}
			params[strings.TrimSuffix(name, "}")] = segs[i]
			continue
		}
		if t != segs[i] {
			return nil, false
		}
	}
	return params, true
}
