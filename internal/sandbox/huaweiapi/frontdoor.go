package huaweiapi

import (
	"errors"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// MaxBodyBytes bounds a request body (a sandbox choice: the APIs served take a
// few hundred bytes; larger bodies answer APIGW.0201 with 413, the gateway's
// "Request entity too large").
const MaxBodyBytes = 1 << 20

// DefaultBodyTimeout bounds the reading of a request body, as on the Tencent
// front door: a client that withholds its body is answered APIGW.0201.
const DefaultBodyTimeout = 10 * time.Second

// FrontDoor serves one Huawei Cloud service's REST API. It is an http.Handler
// for the paths of the service's routes (mounted by the core at "/v3/").
type FrontDoor struct {
	core        host.Core
	keys        map[string]string // AK -> SK
	svc         *Service
	bodyTimeout time.Duration
}

// NewFrontDoor builds the front door of svc; keys maps access keys (AK) to
// secret keys (SK): the sandbox's Options.Credentials, the same pairs as the
// Tencent SecretId/SecretKey.
func NewFrontDoor(core host.Core, keys map[string]string, svc *Service) *FrontDoor {
	return &FrontDoor{core: core, keys: keys, svc: svc, bodyTimeout: DefaultBodyTimeout}
}

// SetBodyTimeout sets how long a handler waits for the body (<= 0: DefaultBodyTimeout).
func (d *FrontDoor) SetBodyTimeout(t time.Duration) {
	if t <= 0 {
		t = DefaultBodyTimeout
	}
	d.bodyTimeout = t
}

// Answer is one answered call as a Recorder sees it.
type Answer struct {
	Service  string
	Action   string // the route's action, "unknown" when no route matched
	Status   int
	Code     string // "" for success
	Injected bool   // the code comes from a fault rule
}

// Recorder sees every answer of every Huawei front door (a call cancelled
// during an injected latency is not answered). It is a test hook (the
// error-code conformance test in internal/sandbox/taurusdb); it must be cheap
// and safe for concurrent use.
type Recorder func(Answer)

var recorder atomic.Pointer[Recorder]

// SetRecorder installs r for the whole process (nil removes it).
func SetRecorder(r Recorder) {
	if r == nil {
		recorder.Store(nil)
		return
	}
	recorder.Store(&r)
}

// unknownAction counts calls that match no route.
const unknownAction = "unknown"

// ServeHTTP handles one call: route, count, read the body, verify the
// signature, rate-limit, apply faults, run the handler under the state lock,
// persist, answer.
func (d *FrontDoor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	requestID := newRequestID()
	w.Header().Set("X-Request-Id", requestID)
	action := unknownAction
	status, code := http.StatusOK, ""
	answered, injected := true, false
	defer func() {
		d.core.Logf("%s.%s -> %d %s (%s) X-Request-Id=%s", d.svc.Name, action, status, code, time.Since(start).Round(time.Microsecond), requestID)
		if rec := recorder.Load(); answered && rec != nil {
			(*rec)(Answer{Service: d.svc.Name, Action: action, Status: status, Code: code, Injected: injected})
		}
	}()
	fail := func(e *Error) {
		status, code = e.Status, e.Code
		writeError(w, e)
	}

	route, params := d.svc.match(r.Method, r.URL.EscapedPath())
	if route != nil {
		action = route.Action
	}
	key := d.svc.Name + "." + action
	d.core.CountCall(key)
	if route == nil {
		fail(Errf(http.StatusNotFound, CodeNoSuchAPI, "The API does not exist or has not been published in the environment: %s %s.", r.Method, r.URL.Path))
		return
	}
	body, aerr := d.readBody(w, r)
	if aerr != nil {
		fail(aerr)
		return
	}
	if _, aerr := verify(r, body, d.keys, d.core.Now()); aerr != nil {
		if aerr.Code == CodeAuth {
			d.core.CountRefused(key, host.RefusedAuth)
		}
		fail(aerr)
		return
	}
	if !d.core.Allow(d.svc.Name, action) {
		d.core.CountRefused(key, host.RefusedThrottled)
		fail(Errf(http.StatusTooManyRequests, CodeThrottled, "The throttling threshold has been reached: %s.%s.", d.svc.Name, action))
		return
	}
	fx := d.core.TakeFaults(d.svc.Name, action)
	if fx.Latency > 0 && !host.Wait(r.Context(), fx.Latency) {
		answered = false
		status, code = 0, "CANCELLED"
		return
	}
	if fx.ErrorCode != "" {
		injected = true
		fail(&Error{Status: d.statusOf(fx.ErrorCode), Code: fx.ErrorCode, Message: fx.Message})
		return
	}
	call := &Call{Service: d.svc.Name, Action: action, Params: params, Query: r.URL.Query(), Body: body, Header: r.Header}
	var out any
	d.core.Exec(fx, func(hc host.Call) bool {
		call.Call = hc
		out, aerr = route.Run(call)
		return (aerr == nil && route.Mutating) || call.Changed
	})
	if aerr != nil {
		fail(aerr)
		return
	}
	if err := writeJSON(w, http.StatusOK, out); err != nil {
		fail(Errf(http.StatusInternalServerError, d.internalCode(), "Server failure: the sandbox could not encode its answer: %v.", err))
	}
}

// statusOf is the HTTP status of an injected code: the service's table, the
// gateway's codes, else 400 (a fault with a code nobody knows is a client error).
func (d *FrontDoor) statusOf(code string) int {
	if d.svc.StatusOf != nil {
		if st, ok := d.svc.StatusOf(code); ok {
			return st
		}
	}
	for _, g := range GatewayCodes() {
		if g.Code == code {
			return g.Status
		}
	}
	return http.StatusBadRequest
}

// internalCode is the service's code for a server failure, else the gateway's
// request error.
func (d *FrontDoor) internalCode() string {
	if d.svc.InternalError != "" {
		return d.svc.InternalError
	}
	return CodeBadRequest
}

// readBody reads at most MaxBodyBytes within the body timeout (a connection
// deadline where the ResponseWriter supports one, cleared after a complete
// read); after a failed read the connection is closed with the answer.
func (d *FrontDoor) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *Error) {
	rc := http.NewResponseController(w)
	deadline := rc.SetReadDeadline(time.Now().Add(d.bodyTimeout)) == nil
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBodyBytes+1))
	switch {
	case err != nil:
		w.Header().Set("Connection", "close")
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, Errf(http.StatusBadRequest, CodeBadRequest, "API request error: the request body did not arrive within %s.", d.bodyTimeout)
		}
		return nil, Errf(http.StatusBadRequest, CodeBadRequest, "API request error: the request body could not be read: %v.", err)
	case deadline:
		_ = rc.SetReadDeadline(time.Time{})
	}
	if len(body) > MaxBodyBytes {
		return nil, Errf(http.StatusRequestEntityTooLarge, CodeBadRequest, "Request entity too large: the body exceeds %d bytes.", MaxBodyBytes)
	}
	return body, nil
}
