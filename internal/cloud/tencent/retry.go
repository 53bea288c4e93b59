package tencent

import (
	"errors"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/netfail"
)

// retryKind is what may be done after a failed attempt.
type retryKind int

const (
	retryNever       retryKind = iota
	retryCounted               // the API answered and the answer invites a retry: counts against MaxRetries
	retryResign                // an expired signature: re-sign once (also counted)
	retryUntilWindow           // no answer: retried for TransportRetryWindow from the first unanswered attempt
)

// retryDecision says whether a failed attempt may be sent again, and against which budget.
//
// The rules (DESIGN.md "Retry only what is safe"):
//   - throttling (RequestLimitExceeded*) proves the request was not acted on: always retry;
//   - a stale signature (AuthFailure.SignatureExpire) is re-signed with a fresh timestamp, once;
//   - server-side errors (InternalError, ServiceUnavailable) are retried only when repeating the call
//     is harmless: reads, or writes carrying an idempotency token;
//   - a connection that could not be made (refused, a resolver failure, dial timeout) proves that the
//     request never left: any call is retried, writes included; a host name that does not exist is
//     final (a mistyped endpoint fails at once instead of after the retry window);
//   - other failures with no answer (reset or timeout after sending, a body that is not the API's
//     envelope) leave the outcome unknown: only calls that may be repeated are retried;
//   - everything else (quota, parameters, auth, not found, in use) is final.
func retryDecision(err error, idempotent bool) retryKind {
	switch {
	case IsThrottled(err):
		return retryCounted
	case HasCode(err, "AuthFailure.SignatureExpire"):
		return retryResign
	case HasCode(err, "InternalError", "ServiceUnavailable"):
		if idempotent {
			return retryCounted
		}
		return retryNever
	}
	if netfail.HostUnknown(err) {
		return retryNever // a host that does not exist (a mistyped endpoint) will not appear
	}
	var te *TransportError
	if errors.As(err, &te) && (idempotent || te.NotSent) {
		return retryUntilWindow
	}
	return retryNever
}
