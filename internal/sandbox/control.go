package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// controlPrefix is where the unsigned test-control surface lives.
const controlPrefix = "/_sandbox/"

// serveControl serves:
//
//	POST   /_sandbox/reset       clear state, faults, counts, rate-limit overrides
//	GET    /_sandbox/faults      list fault rules
//	POST   /_sandbox/faults      add a fault rule (body: Fault; durations like "2s")
//	DELETE /_sandbox/faults      remove all fault rules
//	POST   /_sandbox/ratelimit   {"action":"DescribeVpcs","per_second":1} (optional "service")
//	GET    /_sandbox/calls       {"ecm.CreateVpc": 3, ...}
//	GET    /_sandbox/health      200 {"status":"ok"}
func (s *Sandbox) serveControl(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, controlPrefix), "/")
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
	case "faults":
		s.serveFaults(w, r)
	case "ratelimit":
		if allowMethods(w, r, http.MethodPost) {
			s.serveRateLimit(w, r)
		}
	default:
		controlError(w, http.StatusNotFound, fmt.Errorf("no control endpoint %s; see /_sandbox/health, reset, faults, ratelimit, calls", r.URL.Path))
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
