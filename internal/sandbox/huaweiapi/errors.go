package huaweiapi

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
)

// The codes the front door answers itself, before a service's handler runs.
// They are Huawei API Gateway codes from the error table of the API Request
// Signing Guide (APIGW.*, the shared gateway's prefix), each with its
// documented HTTP status. The full table of what the sandbox answers, with
// the reasons, is at the top of internal/sandbox/taurusdb/codes.go.
const (
	// CodeNoSuchAPI: no route for the method and path ("The API does not exist", 404).
	CodeNoSuchAPI = "APIGW.0101"
	// CodeBadRequest: the request could not be taken as one: a body that did not arrive in
	// time or could not be read, a query string that is not properly percent-encoded
	// ("API request error", 400); a body over MaxBodyBytes ("Request entity too large", 413).
	CodeBadRequest = "APIGW.0201"
	// CodeAuth: every AK/SK failure ("Incorrect IAM authentication information", 401).
	CodeAuth = "APIGW.0301"
	// CodeThrottled: the (service, action) token bucket is empty ("The throttling threshold
	// has been reached", 429).
	CodeThrottled = "APIGW.0308"
)

// GatewayCode is one code the front door answers with its HTTP status.
type GatewayCode struct {
	Code   string
	Status int
}

// GatewayCodes lists every (code, status) the front door answers on its own.
func GatewayCodes() []GatewayCode {
	return []GatewayCode{
		{CodeNoSuchAPI, http.StatusNotFound},
		{CodeBadRequest, http.StatusBadRequest},
		{CodeBadRequest, http.StatusRequestEntityTooLarge},
		{CodeAuth, http.StatusUnauthorized},
		{CodeThrottled, http.StatusTooManyRequests},
	}
}

// Error is a Huawei Cloud API error: answered with Status and the body
// {"error_code": Code, "error_msg": Message}.
type Error struct {
	Status  int
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Errf builds an Error with a formatted message.
func Errf(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// authErr is an APIGW.0301 answer; the message starts as the gateway's do.
func authErr(format string, args ...any) *Error {
	return &Error{Status: http.StatusUnauthorized, Code: CodeAuth, Message: "Incorrect IAM authentication information: " + fmt.Sprintf(format, args...)}
}

// errorBody is Huawei's error body (the seed's tables 4 and 5).
type errorBody struct {
	Code    string `json:"error_code"`
	Message string `json:"error_msg"`
}

// newRequestID returns 32 lowercase hex digits, the shape of Huawei's X-Request-Id.
func newRequestID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("sandbox: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
	return nil
}

func writeError(w http.ResponseWriter, e *Error) {
	_ = writeJSON(w, e.Status, errorBody{Code: e.Code, Message: e.Message})
}
