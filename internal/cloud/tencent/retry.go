package tencent

import "errors"

// retryDecision says whether a failed attempt may be sent again.
//
// The rules (DESIGN.md "Retry only what is safe"):
//   - throttling (RequestLimitExceeded*) proves the request was not acted on: always retry;
//   - a stale signature (AuthFailure.SignatureExpire) is re-signed with a fresh timestamp, once;
//   - transport failures and server-side errors (InternalError, ServiceUnavailable) are retried only when
//     repeating the call is harmless: reads, or writes carrying an idempotency token;
//   - everything else (quota, parameters, auth, not found, in use) is final.
func retryDecision(err error, idempotent bool, attempt int) bool {
	switch {
	case IsThrottled(err):
		return true
	case HasCode(err, "AuthFailure.SignatureExpire"):
		return attempt == 0
	case HasCode(err, "InternalError", "ServiceUnavailable"):
		return idempotent
	}
	var te *TransportError
	if errors.As(err, &te) {
		return idempotent
	}
	return false
}
