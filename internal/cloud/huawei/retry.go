package huawei

import (
	"errors"
	"net/http"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/netfail"
)

// TransportRetryWindow is how long failures that got no answer are retried, from the first of a run
// of them (the Tencent path's rule); the context deadline ends it sooner.
const TransportRetryWindow = 2 * time.Minute

// BusyRetryWindow is how long "instance is being operated" refusals are retried, from the first of
// them; the context deadline (the resource's timeouts) ends it sooner. Another operation on the
// instance (a backup, a resize, another binding) takes minutes, more than max_retries' backoff covers.
const BusyRetryWindow = 10 * time.Minute

// retryKind is what may be done after a failed attempt.
type retryKind int

const (
	retryNever       retryKind = iota
	retryCounted               // the API answered and the answer invites a retry: counts against MaxRetries
	retryBusy                  // the instance is being operated: retried for BusyRetryWindow
	retryUntilWindow           // no answer: retried for TransportRetryWindow from the first unanswered attempt
)

// retryDecision says whether a failed attempt may be sent again, and against which budget. The rules
// are the Tencent path's (DESIGN.md "Retry only what is safe"), in Huawei's terms; a read is a GET:
//   - throttling (HTTP 429, APIGW.0308) proves the request was not acted on: any call;
//   - "instance is being operated" (HTTP 409 with one of BusyCodes): refused, not applied: any call;
//   - a server error (5xx) leaves a write's outcome unknown: reads only;
//   - a connection that could not be made proves the request never left: any call (a host name that
//     does not exist is final); other failures without an answer: reads only;
//   - everything else (4xx: parameters, auth, not found, quota) is final.
func retryDecision(err error, method string) retryKind {
	read := method == http.MethodGet || method == http.MethodHead
	switch {
	case IsThrottled(err):
		return retryCounted
	case IsBusy(err):
		return retryBusy
	case Status(err) >= 500:
		if read {
			return retryCounted
		}
		return retryNever
	}
	if netfail.HostUnknown(err) {
		return retryNever
	}
	var te *TransportError
	if errors.As(err, &te) && (read || te.NotSent) {
		return retryUntilWindow
	}
	return retryNever
}
