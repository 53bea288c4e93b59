package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// controlPrefix is where the unsigned test-control surface lives.
const controlPrefix = "/_sandbox/"

// serveControl serves:
//
//	POST   /_sandbox/reset       clear state, faults, counts, rate-limit and limit overrides
//	GET    /_sandbox/faults      list fault rules
//	POST   /_sandbox/faults      add a fault rule (body: Fault; durations like "2s"); "action": ""
//	                             (or none) matches every action, "count": 0 every call: so
//	                             {"latency":"50ms"} slows every call until DELETE;
//	                             {"action":"ApplyPublicIps","drop_response":true,"count":1} loses the
//	                             next answer: the call is acted on and persisted, then the connection
//	                             is closed without a response (HTTP 502, no body, where it cannot be)
//	DELETE /_sandbox/faults      remove all fault rules
//	POST   /_sandbox/ratelimit   {"action":"DescribeVpcs","per_second":1} (optional "service")
//	GET    /_sandbox/calls       {"ecm.CreateVpc": 3, ...}
//	GET    /_sandbox/refused     calls refused by the rate limit: {"ecm.DescribeAddresses": 3, ...};
//	                             ?reason=auth: those refused for authentication (AuthFailure.*)
//	GET    /_sandbox/limits      effective named limits (quotas): {"ecm.vpcs_per_region": 5, ...}
//	POST   /_sandbox/limits      override some: {"ecm.vpcs_per_region": 10000}; unknown names are 400
//	DELETE /_sandbox/limits      drop the overrides (back to defaults and -limit / Options.Limits)
//	POST   /_sandbox/credentials {"ttl":"1h"}: mint temporary credentials, answered as
//	                             {"secret_id","secret_key","token","expires_at"}; send the token as X-TC-Token
//	POST   /_sandbox/fixtures/<product>  create objects no documented action creates (host.Fixtures):
//	                             the body is the product's fixture document, the answer what was created
//	GET    /_sandbox/health      200 {"status":"ok"}
func (s *Sandbox) serveControl(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, controlPrefix), "/")
	if product, ok := strings.CutPrefix(path, fixturesPrefix); ok {
		s.serveFixtures(w, r, product)
		return
	}
	switch path {
	case "health":
		if allowMethods(w, r, http.MethodGet, http.MethodHead) {
			writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		}
	case "reset":
		if allowMethods(w, r, http.MethodPost) {
			s.Reset()
			writeJSON(w, http.StatusOK, map[string]string{"status": "reset"})
		}
	case "calls":
		if allowMethods(w, r, http.MethodGet) {
			writeJSON(w, http.StatusOK, s.CallCounts())
		}
	case "refused":
		if allowMethods(w, r, http.MethodGet) {
			switch reason := r.URL.Query().Get("reason"); reason {
			case "", "throttled", "ratelimit":
				writeJSON(w, http.StatusOK, s.RefusedCalls())
			case "auth":
				writeJSON(w, http.StatusOK, s.AuthRefusedCalls())
			default:
				controlError(w, http.StatusBadRequest, fmt.Errorf("reason must be throttled (default) or auth, got %q", reason))
			}
		}
	case "limits":
		s.serveLimits(w, r)
	case "credentials":
		if allowMethods(w, r, http.MethodPost) {
			s.serveCredentials(w, r)
		}
	case "faults":
		s.serveFaults(w, r)
	case "ratelimit":
		if allowMethods(w, r, http.MethodPost) {
			s.serveRateLimit(w, r)
		}
	default:
		controlError(w, http.StatusNotFound, fmt.Errorf("no control endpoint %s; see /_sandbox/health, reset, faults, ratelimit, calls, refused, limits, credentials, fixtures/<product>", r.URL.Path))
	}
}

func (s *Sandbox) serveFaults(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, s.Faults())
	case http.MethodDelete:
		s.ClearFaults()
		writeJSON(w, http.StatusOK, map[string]string{"status": "cleared"})
	case http.MethodPost:
		var f Fault
		if err := decodeControl(r, &f); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		if err := f.validate(); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		s.AddFault(f)
		writeJSON(w, http.StatusOK, f)
	default:
		allowMethods(w, r, http.MethodGet, http.MethodPost, http.MethodDelete)
	}
}

func (s *Sandbox) serveLimits(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, s.Limits())
	case http.MethodDelete:
		s.ClearLimits()
		writeJSON(w, http.StatusOK, s.Limits())
	case http.MethodPost:
		var values map[string]int
		if err := decodeControl(r, &values); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		if err := s.SetLimits(values); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		writeJSON(w, http.StatusOK, s.Limits())
	default:
		allowMethods(w, r, http.MethodGet, http.MethodPost, http.MethodDelete)
	}
}

type credentialsRequest struct {
	TTL jsonDuration `json:"ttl"`
}

func (s *Sandbox) serveCredentials(w http.ResponseWriter, r *http.Request) {
	var req credentialsRequest
	if err := decodeControl(r, &req); err != nil {
		controlError(w, http.StatusBadRequest, err)
		return
	}
	tc, err := s.MintTemporaryCredentials(time.Duration(req.TTL))
	if err != nil {
		controlError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, tc)
}

type rateLimitRequest struct {
	Service   string   `json:"service,omitempty"`
	Action    string   `json:"action"`
	PerSecond *float64 `json:"per_second"`
}

func (s *Sandbox) serveRateLimit(w http.ResponseWriter, r *http.Request) {
	var req rateLimitRequest
	if err := decodeControl(r, &req); err != nil {
		controlError(w, http.StatusBadRequest, err)
		return
	}
	if req.Action == "" || req.PerSecond == nil {
		controlError(w, http.StatusBadRequest, fmt.Errorf("action and per_second are required"))
		return
	}
	key := req.Action
	if req.Service != "" {
		key = req.Service + "." + req.Action
	}
	s.SetRateLimit(key, *req.PerSecond)
	writeJSON(w, http.StatusOK, map[string]any{"action": key, "per_second": *req.PerSecond})
}

func decodeControl(r *http.Request, dst any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return fmt.Errorf("invalid JSON body: %w", err)
	}
	return nil
}

func allowMethods(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	controlError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed on %s", r.Method, r.URL.Path))
	return false
}

func controlError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

// writeJSON writes an arbitrary JSON document (control surface).
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
