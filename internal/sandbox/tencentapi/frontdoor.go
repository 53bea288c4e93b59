package tencentapi

import (
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// maxBodyBytes is the documented POST size limit for TC3-signed requests.
const maxBodyBytes = 10 << 20

// DefaultBodyTimeout bounds the reading of a request body (from the moment
// the handler starts): a client that sends its headers and then trickles or
// withholds the body is answered with bodyTimeoutCode instead of holding a
// handler forever.
const DefaultBodyTimeout = 10 * time.Second

// bodyTimeoutCode answers a body that did not arrive in time. The document
// has no code for a request timeout; InvalidRequest is a common code ("The
// multipart format of the request body is incorrect.": the body could not be
// taken as a request), as for any other body that cannot be read. A sandbox
// choice.
const bodyTimeoutCode = "InvalidRequest"

// FrontDoor serves Tencent Cloud API 3.0 for the services registered with it.
// It is an http.Handler for the path "/".
type FrontDoor struct {
	core        host.Core
	keys        *keyring
	services    map[string]*Service
	bodyTimeout time.Duration
}

// NewFrontDoor builds the Tencent API 3.0 front door; keys maps SecretId to
// SecretKey (the long-term keys; temporary ones are minted with
// MintTemporaryCredentials).
func NewFrontDoor(core host.Core, keys map[string]string) *FrontDoor {
	return &FrontDoor{core: core, keys: newKeyring(keys), services: map[string]*Service{}, bodyTimeout: DefaultBodyTimeout}
}

func newKeyring(long map[string]string) *keyring {
	return &keyring{long: long, temp: map[string]TemporaryCredentials{}}
}

// SetBodyTimeout sets how long a handler waits for the request body
// (d <= 0: DefaultBodyTimeout). It is a wall-clock network deadline, set
// through http.ResponseController where the connection supports it.
func (d *FrontDoor) SetBodyTimeout(t time.Duration) {
	if t <= 0 {
		t = DefaultBodyTimeout
	}
	d.bodyTimeout = t
}

// Answer is one answered call as a Recorder sees it.
type Answer struct {
	Service  string // as named by the request (credential scope or Host), before it is known to exist
	Action   string // X-TC-Action as sent
	Code     string // the error code, "" for success
	Injected bool   // the code comes from a fault rule, not from the sandbox's own logic
}

// Recorder sees every answer of every front door (a call cancelled during an
// injected latency is not answered). It is a test hook (the error-code
// conformance test in internal/sandbox/ecm); it must be cheap and safe for
// concurrent use.
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

func record(a Answer) {
	if r := recorder.Load(); r != nil {
		(*r)(a)
	}
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
	answered, injected := true, false
	defer func() {
		d.core.Logf("%s.%s -> %s (%s) RequestId=%s", serviceName, actionName, code, time.Since(start).Round(time.Microsecond), requestID)
		if answered {
			rc := code
			if rc == "OK" {
				rc = ""
			}
			record(Answer{Service: serviceName, Action: actionName, Code: rc, Injected: injected})
		}
	}()
	fail := func(e *Error) {
		code = e.Code
		writeAPIError(w, requestID, e)
	}
	key := serviceName + "." + actionName
	d.core.CountCall(key)

	if r.Method != http.MethodPost {
		fail(Errf("UnsupportedProtocol", "The sandbox serves Tencent API 3.0 only as POST with a JSON body; got %s.", r.Method))
		return
	}
	body, err := d.readBody(w, r)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			fail(Errf(bodyTimeoutCode, "The request body did not arrive within %s.", d.bodyTimeout))
			return
		}
		fail(Errf("InvalidRequest", "The request body could not be read: %v.", err))
		return
	}
	if len(body) > maxBodyBytes {
		fail(Errf("RequestSizeLimitExceeded", "The request body exceeds %d bytes.", maxBodyBytes))
		return
	}
	cred, aerr := verifyTC3(r, body, d.keys, d.core.Now())
	if aerr != nil {
		if strings.HasPrefix(aerr.Code, "AuthFailure") {
			d.core.CountRefused(key, host.RefusedAuth)
		}
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
		d.core.CountRefused(key, host.RefusedThrottled)
		fail(Errf("RequestLimitExceeded", "The number of requests to %s.%s exceeds the frequency limit.", svc.Name, actionName))
		return
	}
	fx := d.core.TakeFaults(svc.Name, actionName)
	if fx.Latency > 0 && !host.Wait(r.Context(), fx.Latency) {
		code = "CANCELLED"
		answered = false
		return
	}
	if fx.ErrorCode != "" {
		injected = true
		fail(&Error{Code: fx.ErrorCode, Message: fx.Message})
		return
	}
	var payload any
	d.core.Exec(fx, func(hc host.Call) bool {
		call := &Call{Call: hc, Service: svc.Name, Action: actionName, Region: strings.TrimSpace(r.Header.Get(headerRegion)), RequestID: requestID}
		payload, aerr = act.Run(call, body)
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

// readBody reads at most maxBodyBytes+1 bytes of the body within the body
// timeout. The deadline is set on the connection when the ResponseWriter
// supports it (a real server; not httptest.ResponseRecorder) and cleared
// after a complete read, so that a latency fault does not trip it. After a
// failed read the connection is closed with the answer: the server must not
// wait for the rest of a body that does not come.
func (d *FrontDoor) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	rc := http.NewResponseController(w)
	deadline := rc.SetReadDeadline(time.Now().Add(d.bodyTimeout)) == nil
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
	switch {
	case err != nil:
		w.Header().Set("Connection", "close")
	case deadline:
		_ = rc.SetReadDeadline(time.Time{})
	}
	return body, err
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
