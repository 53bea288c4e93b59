package tencentapi

import (
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// maxBodyBytes is the documented POST size limit for TC3-signed requests.
const maxBodyBytes = 10 << 20

// FrontDoor serves Tencent Cloud API 3.0 for the services registered with it.
// It is an http.Handler for the path "/".
type FrontDoor struct {
	core     host.Core
	keys     map[string]string // SecretId -> SecretKey
	services map[string]*Service
}

// NewFrontDoor builds the Tencent API 3.0 front door; keys maps SecretId to
// SecretKey.
func NewFrontDoor(core host.Core, keys map[string]string) *FrontDoor {
	return &FrontDoor{core: core, keys: keys, services: map[string]*Service{}}
}

// Register serves a service (its credential-scope name must be unique).
func (d *FrontDoor) Register(svc *Service) {
	d.services[svc.Name] = svc
}

// ServeHTTP handles one Tencent API 3.0 call: count, authenticate, route,
// rate-limit, apply faults, decode, handle, persist, answer.
func (d *FrontDoor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	requestID := newRequestID()
	actionName := strings.TrimSpace(r.Header.Get(headerAction))
	serviceName := d.serviceHint(r)
	code := "OK"
	defer func() {
		d.core.Logf("%s.%s -> %s (%s) RequestId=%s", serviceName, actionName, code, time.Since(start).Round(time.Microsecond), requestID)
	}()
	fail := func(e *Error) {
		code = e.Code
		writeAPIError(w, requestID, e)
	}
	d.core.CountCall(serviceName + "." + actionName)

	if r.Method != http.MethodPost {
		fail(Errf("UnsupportedProtocol", "The sandbox serves Tencent API 3.0 only as POST with a JSON body; got %s.", r.Method))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
	if err != nil {
		fail(Errf("InvalidRequest", "The request body could not be read: %v.", err))
		return
	}
	if len(body) > maxBodyBytes {
		fail(Errf("RequestSizeLimitExceeded", "The request body exceeds %d bytes.", maxBodyBytes))
		return
	}
	cred, aerr := verifyTC3(r, body, d.keys, d.core.Now())
	if aerr != nil {
		fail(aerr)
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		fail(Errf("UnsupportedProtocol", "Content-Type %q is not supported: TC3-HMAC-SHA256 requests to the sandbox must use application/json.", r.Header.Get("Content-Type")))
		return
	}
	svc, act, aerr := d.route(cred.Service, strings.TrimSpace(r.Header.Get(headerVersion)), actionName)
	if aerr != nil {
		fail(aerr)
		return
	}
	if !d.core.Allow(svc.Name, actionName) {
		fail(Errf("RequestLimitExceeded", "The number of requests to %s.%s exceeds the frequency limit.", svc.Name, actionName))
		return
	}
	fx := d.core.TakeFaults(svc.Name, actionName)
	if fx.Latency > 0 && !host.Wait(r.Context(), fx.Latency) {
		code = "CANCELLED"
		return
	}
	if fx.ErrorCode != "" {
		fail(&Error{Code: fx.ErrorCode, Message: fx.Message})
		return
	}
	var payload any
	d.core.Exec(fx, func(hc host.Call) bool {
		payload, aerr = act.Run(&Call{Call: hc, Service: svc.Name, Action: actionName}, body)
		return aerr == nil && act.Mutating
	})
	if aerr != nil {
		fail(aerr)
		return
	}
	if err := writeAPIResult(w, requestID, payload); err != nil {
		fail(Errf("InternalError", "The sandbox could not encode its answer: %v.", err))
	}
}

// route finds the service (credential scope), checks the version and finds the action.
func (d *FrontDoor) route(service, version, action string) (*Service, Action, *Error) {
	svc, ok := d.services[service]
	if !ok {
		return nil, Action{}, Errf("NoSuchProduct", "The product %q (credential scope service) is not served by this sandbox.", service)
	}
	if version == "" {
		return nil, Action{}, Errf("MissingParameter", "The request is missing the required header %s.", headerVersion)
	}
	if version != svc.Version {
		return nil, Action{}, Errf("NoSuchVersion", "The API version %q does not exist for %s; use %s.", version, svc.Name, svc.Version)
	}
	if action == "" {
		return nil, Action{}, Errf("MissingParameter", "The request is missing the required header %s.", headerAction)
	}
	act, ok := svc.Actions[action]
	if !ok {
		return nil, Action{}, Errf("InvalidAction", "The action %q does not exist in %s %s (or is not emulated by the sandbox).", action, svc.Name, svc.Version)
	}
	return svc, act, nil
}

// serviceHint names the service for call counting before the signature is
// verified: the credential scope if parseable, else the Host's first label
// when it names a served product.
func (d *FrontDoor) serviceHint(r *http.Request) string {
	if cred, aerr := parseTC3Authorization(r.Header.Get(headerAuth)); aerr == nil {
		return cred.Service
	}
	label, _, _ := strings.Cut(r.Host, ".")
	if _, ok := d.services[label]; ok {
		return label
	}
	return "unknown"
}
