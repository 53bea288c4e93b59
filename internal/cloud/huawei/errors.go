package huawei

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// APIError is an error answer of a Huawei Cloud API: an HTTP status outside 2xx with, normally, the
// body {"error_code": "...", "error_msg": "..."} (seed 004, tables 4 and 5). A body that is not
// that JSON leaves Code empty and Message a short excerpt of the body.
type APIError struct {
	Status    int    // HTTP status
	Code      string // error_code
	Message   string // error_msg, or an excerpt of a body that is not JSON
	RequestID string // the X-Request-Id header (or the body's request_id)
	Service   string // "taurusdb"
	Operation string // "ShowInstanceEip"
	Method    string
	Path      string // the request path, project ID included (not a secret)
}

func (e *APIError) Error() string {
	code := e.Code
	if code == "" {
		code = "no error code"
	}
	return fmt.Sprintf("%s (%s %s): HTTP %d [%s] %s (X-Request-Id: %s)", e.operation(), e.Method, e.Path, e.Status, code, e.Message, e.RequestID)
}

func (e *APIError) operation() string { return e.Service + ":" + e.Operation }

// Detail renders the error for a Terraform diagnostic: code, message, request ID and the call, each
// on its own line so that a support ticket can quote them.
func (e *APIError) Detail() string {
	return fmt.Sprintf("Code: %s\nMessage: %s\nX-Request-Id: %s\nHTTP status: %d %s\nOperation: %s (%s %s)",
		e.Code, e.Message, e.RequestID, e.Status, http.StatusText(e.Status), e.operation(), e.Method, e.Path)
}

// TransportError is a request that got no HTTP answer (connection failure, timeout, a body that
// could not be read). Whether the server acted on it is unknown, unless NotSent.
type TransportError struct {
	Service, Operation string
	Method, Path       string
	Err                error
	// NotSent is set when the connection could not be made (refused, DNS, dial timeout): no byte of
	// the request reached the server, so even a write may be sent again.
	NotSent bool
}

func (e *TransportError) Error() string {
	return fmt.Sprintf("%s:%s (%s %s): %v", e.Service, e.Operation, e.Method, e.Path, e.Err)
}

func (e *TransportError) Unwrap() error { return e.Err }

// ConfigError reports provider configuration that makes every Huawei call fail (missing credentials,
// region or project, a bad endpoint).
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

// IsConfigError reports a ConfigError.
func IsConfigError(err error) bool {
	var ce *ConfigError
	return errors.As(err, &ce)
}

// NotFoundError is what finders return when the API answers but the object is not there. Err is
// the API's answer that says so, if any (its code and request ID reach diagnostics through Unwrap).
type NotFoundError struct {
	Kind string // "TaurusDB instance"
	ID   string
	Err  error
}

func (e *NotFoundError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s %s not found: %v", e.Kind, e.ID, e.Err)
	}
	return fmt.Sprintf("%s %s not found", e.Kind, e.ID)
}

func (e *NotFoundError) Unwrap() error { return e.Err }

// IsNotFound reports a finder's NotFoundError.
func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf)
}

// ErrorCode returns the error_code of an API error, or "".
func ErrorCode(err error) string {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// HasCode reports whether err is an API error whose error_code is one of codes.
func HasCode(err error, codes ...string) bool {
	code := ErrorCode(err)
	if code == "" {
		return false
	}
	for _, c := range codes {
		if strings.EqualFold(code, c) {
			return true
		}
	}
	return false
}

// Status returns the HTTP status of an API error, or 0.
func Status(err error) int {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Status
	}
	return 0
}

// throttlingCodes are the API gateway's answers to a caller over its rate limit (HTTP 429): APIGW.0308
// from the cloud services' gateway, APIG.0308 from API Gateway itself ("The throttling threshold has
// been reached: policy user over ratelimit ...").
var throttlingCodes = []string{"APIGW.0308", "APIG.0308"}

// IsThrottled reports the API's rate-limit answer: HTTP 429 or a throttling code.
func IsThrottled(err error) bool {
	return Status(err) == http.StatusTooManyRequests || HasCode(err, throttlingCodes...)
}

// BusyCodes are TaurusDB's 409 answers "the instance is being operated" (other-apis.md §5, from the
// Huawei provider's taurusdb/common.go): the operation was refused, not applied, so it may be sent
// again once the instance is free.
var BusyCodes = []string{"DBS.200019", "DBS.201014", "DBS.201015", "DBS.200047", "DBS.05000084", "DBS.212033"}

// IsBusy reports an "instance is being operated" refusal.
func IsBusy(err error) bool {
	return Status(err) == http.StatusConflict && HasCode(err, BusyCodes...)
}

// DiagnosticDetail renders any error from this package for a Terraform diagnostic detail.
func DiagnosticDetail(err error) string {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Detail()
	}
	return err.Error()
}
