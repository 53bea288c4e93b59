package sandbox

import (
	"context"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
)

// maxBodyBytes is the documented POST size limit for TC3-signed requests.
const maxBodyBytes = 10 << 20

// serveAPI handles one Tencent API 3.0 call: count, authenticate, route,
// rate-limit, apply faults, decode, handle, persist, answer.
func (s *Sandbox) serveAPI(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	requestID := newRequestID()
	actionName := strings.TrimSpace(r.Header.Get(headerAction))
	serviceName := s.serviceHint(r)
	code := "OK"
	defer func() {
		s.logf("%s.%s -> %s (%s) RequestId=%s", serviceName, actionName, code, time.Since(start).Round(time.Microsecond), requestID)
	}()
	fail := func(e *apiError) {
		code = e.Code
		writeAPIError(w, requestID, e)
	}
	s.countCall(serviceName + "." + actionName)

	if r.Method != http.MethodPost {
		fail(errf("UnsupportedProtocol", "The sandbox serves Tencent API 3.0 only as POST with a JSON body; got %s.", r.Method))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
	if err != nil {
		fail(errf("InvalidRequest", "The request body could not be read: %v.", err))
		return
	}
	if len(body) > maxBodyBytes {
		fail(errf("RequestSizeLimitExceeded", "The request body exceeds %d bytes.", maxBodyBytes))
		return
	}
	cred, aerr := verifyTC3(r, body, s.keys, s.now())
	if aerr != nil {
		fail(aerr)
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		fail(errf("UnsupportedProtocol", "Content-Type %q is not supported: TC3-HMAC-SHA256 requests to the sandbox must use application/json.", r.Header.Get("Content-Type")))
		return
	}
	svc, ok := s.services[cred.Service]
	if !ok {
		fail(errf("NoSuchProduct", "The product %q (credential scope service) is not served by this sandbox.", cred.Service))
		return
	}
	version := strings.TrimSpace(r.Header.Get(headerVersion))
	if version == "" {
		fail(errf("MissingParameter", "The request is missing the required header %s.", headerVersion))
		return
	}
	if version != svc.version {
		fail(errf("NoSuchVersion", "The API version %q does not exist for %s; use %s.", version, svc.name, svc.version))
		return
	}
	if actionName == "" {
		fail(errf("MissingParameter", "The request is missing the required header %s.", headerAction))
		return
	}
	act, ok := svc.actions[actionName]
	if !ok {
		fail(errf("InvalidAction", "The action %q does not exist in %s %s (or is not emulated by the sandbox).", actionName, svc.name, svc.version))
		return
	}
	if !s.allow(svc.name, actionName) {
		fail(errf("RequestLimitExceeded", "The number of requests to %s.%s exceeds the frequency limit.", svc.name, actionName))
		return
	}
	fx := s.takeFaults(svc.name, actionName)
	if fx.latency > 0 && !waitCtx(r.Context(), fx.latency) {
		code = "CANCELLED"
		return
	}
	if fx.err != nil {
		fail(fx.err)
		return
	}
	payload, aerr := s.runAction(svc, actionName, act, body, fx)
	if aerr != nil {
		fail(aerr)
		return
	}
	if err := writeAPIResult(w, requestID, payload); err != nil {
		fail(errf("InternalError", "The sandbox could not encode its answer: %v.", err))
	}
}

// runAction runs a handler under the state lock, settling due tasks first
// and persisting afterwards when anything changed.
func (s *Sandbox) runAction(svc *service, name string, act action, body []byte, fx faultEffect) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &call{
		s:            s,
		st:           s.state,
		now:          s.now(),
		service:      svc.name,
		action:       name,
		taskResult:   fx.taskResult,
		taskDuration: fx.taskDuration,
	}
	settled := s.state.settle(c.now)
	payload, aerr := act.run(c, body)
	if settled || (aerr == nil && act.mutating) {
		s.persistLocked()
	}
	return payload, aerr
}

// serviceHint names the service for call counting before the signature is
// verified: the credential scope if parseable, else the Host's first label
// when it names a served product.
func (s *Sandbox) serviceHint(r *http.Request) string {
	if cred, aerr := parseTC3Authorization(r.Header.Get(headerAuth)); aerr == nil {
		return cred.Service
	}
	label, _, _ := strings.Cut(r.Host, ".")
	if _, ok := s.services[label]; ok {
		return label
	}
	return "unknown"
}

// waitCtx waits d or until ctx is done; it reports whether d elapsed.
func waitCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
