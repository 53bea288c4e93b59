package tencent

import (
	"errors"
	"fmt"
	"strings"
)

// APIError is an error answered by a Tencent Cloud API in the {"Response":{"Error":...}} envelope.
type APIError struct {
	Service   string
	Action    string
	Code      string
	Message   string
	RequestID string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%s:%s: [%s] %s (RequestId: %s)", e.Service, e.Action, e.Code, e.Message, e.RequestID)
}

// Detail renders the error for a Terraform diagnostic: code, message, RequestId and the call,
// each on its own line so that a support ticket can quote them.
func (e *APIError) Detail() string {
	return fmt.Sprintf("Code: %s\nMessage: %s\nRequestId: %s\nAction: %s:%s", e.Code, e.Message, e.RequestID, e.Service, e.Action)
}

// TransportError is a request that got no API answer: connection failure, timeout, a body that is not
// the API envelope. Whether the server acted on it is unknown, unless NotSent.
type TransportError struct {
	Service, Action string
	StatusCode      int // 0 when no HTTP response arrived
	Err             error
	// NotSent is set when the connection could not be made (refused, DNS, dial timeout): no byte of
	// the request reached the server, so even a write may be sent again.
	NotSent bool
}

func (e *TransportError) Error() string {
	if e.StatusCode != 0 {
		return fmt.Sprintf("%s:%s: HTTP %d: %v", e.Service, e.Action, e.StatusCode, e.Err)
	}
	return fmt.Sprintf("%s:%s: %v", e.Service, e.Action, e.Err)
}

func (e *TransportError) Unwrap() error { return e.Err }

// ConfigError reports provider configuration that makes every call fail (missing credentials).
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

// NotFoundError is what finders return when the API answers but the object is not there.
type NotFoundError struct {
	Kind string // e.g. "ECM VPC"
	ID   string
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %s not found", e.Kind, e.ID) }

// ErrorCode returns the API error code of err, or "" if err is not an API error.
func ErrorCode(err error) string {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// HasCode reports whether err is an API error whose code equals one of codes, or starts with one of
// them followed by "." (so "RequestLimitExceeded" matches "RequestLimitExceeded.UinLimitExceeded").
func HasCode(err error, codes ...string) bool {
	code := ErrorCode(err)
	if code == "" {
		return false
	}
	for _, c := range codes {
		if code == c || strings.HasPrefix(code, c+".") {
			return true
		}
	}
	return false
}

// IsNotFound reports a finder's NotFoundError or an API "does not exist" answer.
func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf) || HasCode(err, "ResourceNotFound")
}

// IsThrottled reports the API's rate-limit answer.
func IsThrottled(err error) bool { return HasCode(err, "RequestLimitExceeded") }

// DiagnosticDetail renders any error from this package for a Terraform diagnostic detail.
func DiagnosticDetail(err error) string {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr.Detail()
	}
	return err.Error()
}
