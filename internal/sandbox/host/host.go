// Package host is the contract between the sandbox core (package sandbox) and
// what it hosts: the front doors that speak a wire protocol
// (internal/sandbox/tencentapi) and the products that keep state and answer
// actions (internal/sandbox/ecm, later vpc, edgezone, taurusdb).
//
// It holds types and small shared machinery only, so that the core can import
// the packages it hosts without those packages importing the core. It uses
// only the Go standard library.
package host

import (
	"context"
	"net/http"
	"time"
)

// Core is what the sandbox core lends a front door for every call.
type Core interface {
	// Now is the sandbox clock (injectable in tests).
	Now() time.Time
	// CountCall counts one call under key, "service.Action", rejected calls included.
	CountCall(key string)
	// CountRefused counts one call under key that the front door refused for
	// reason (RefusedThrottled or RefusedAuth), on top of CountCall.
	CountRefused(key, reason string)
	// Allow takes a token from the (service, action) bucket; false means throttled.
	Allow(service, action string) bool
	// TakeFaults matches the fault rules against a call and consumes their counts.
	TakeFaults(service, action string) Effects
	// Exec runs fn under the state lock: due work of every product is settled
	// first, and the state is persisted afterwards when fn reports a change
	// (or settling changed something).
	Exec(fx Effects, fn func(c Call) (changed bool))
	// Logf writes one log line when the sandbox has a logger.
	Logf(format string, args ...any)
}

// Reasons a front door refuses a call (Core.CountRefused).
const (
	RefusedThrottled = "throttled" // the (service, action) token bucket was empty: RequestLimitExceeded
	RefusedAuth      = "auth"      // authentication failed: AuthFailure.*
)

// Effects is what the matching fault rules do to one call.
type Effects struct {
	ErrorCode    string         // "" = none; else answer this error and do nothing
	Message      string         // message for ErrorCode
	Latency      time.Duration  // delay before the call is handled
	TaskResult   string         // "" or "FAILED"/"SUCCESS": outcome of a task the call starts
	TaskDuration *time.Duration // override of the sandbox's task duration
	// ReadLag makes the call's writes eventually consistent: for the next ReadLag Describe calls
	// that return an object this call wrote, the product answers with the object as it was before
	// the write (none, after a create). 0 = consistent.
	ReadLag int
	// DropResponse loses the answer: the front door handles the call as usual (its changes are made
	// and persisted), then answers nothing (DropResponse).
	DropResponse bool
}

// Call is what a product's handler may know about the current call.
type Call struct {
	Now          time.Time     // the sandbox clock when the call is handled
	TaskDuration time.Duration // how long a task started by this call stays running
	TaskFails    bool          // a task started by this call ends FAILED
	ReadLag      int           // see Effects.ReadLag
	// Limits are the effective named limits (quotas), e.g. "ecm.vpcs_per_region": each product's
	// DefaultLimits overridden by sandbox.Options.Limits, the -limit flag or /_sandbox/limits.
	// Read-only for handlers.
	Limits map[string]int
}

// LimitDefaults is implemented by a Section whose product enforces configurable limits: it names
// them (prefixed with the product, "ecm.") with their defaults.
type LimitDefaults interface {
	DefaultLimits() map[string]int
}

// Section is one product's state: the core settles, resets and persists it.
// Every method is called under the core's state lock.
type Section interface {
	// Settle completes the work that is due at now and reports whether
	// anything changed. It is called before every call of every product, so it
	// must cost next to nothing when nothing is due.
	Settle(now time.Time) bool
	// Reset forgets everything.
	Reset()
	// Save returns the section of the state file (a JSON value).
	Save() ([]byte, error)
	// Load replaces the state with a section written by Save.
	Load(data []byte) error
}

// Fixtures is implemented by a Section whose product holds objects that no documented action
// creates (the VPC service's ENIs, EdgeZone's servers, TaurusDB's instances and EIPs): the control
// surface creates them (POST /_sandbox/fixtures/<product>), so that the sandbox never pretends to
// have an undocumented create action. body is the product's own JSON fixture document; the answer
// (marshalled to JSON) tells what was created, with the IDs and values the product chose. It is
// called under the core's state lock, and a successful call is persisted.
type Fixtures interface {
	AddFixtures(now time.Time, body []byte) (any, error)
}

// DropResponse answers nothing, for a call whose answer a fault loses: it takes the connection
// over and closes it, so the client sees the connection end without a response (EOF or a reset
// after its request was sent: it cannot know whether the call was acted on). A ResponseWriter that
// cannot hand its connection over (httptest.ResponseRecorder, HTTP/2) gets HTTP 502 with no body
// instead, which is no API answer either. Nothing may have been written to w before.
func DropResponse(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	_ = conn.Close()
}

// Wait waits d or until ctx is done; it reports whether d elapsed. It is the
// only timer in the sandbox (latency faults).
func Wait(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
