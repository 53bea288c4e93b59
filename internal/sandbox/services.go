package sandbox

import (
	"time"
)

// service is one Tencent API 3.0 product served by the sandbox. Adding a
// product (vpc, edgezone, ...) means building one of these with its version
// and action table and registering it in New.
type service struct {
	name    string // credential-scope service name, e.g. "ecm"
	version string // X-TC-Version, e.g. "2019-07-19"
	actions map[string]action
}

// action is one API action: a decoder+handler and whether it mutates state
// (mutating calls are persisted to the state file).
type action struct {
	run      func(c *call, body []byte) (any, *apiError)
	mutating bool
}

// call carries what a handler may need about the current request.
type call struct {
	s       *Sandbox
	st      *state // locked by the caller for the whole handler
	now     time.Time
	service string
	action  string
	// Fault effects for tasks this call starts.
	taskResult   string         // "" or "FAILED"/"SUCCESS"
	taskDuration *time.Duration // override of Options.TaskDuration
}

// handle adapts a typed handler: the body is strictly decoded into a new T
// (unknown parameters and wrong JSON types are rejected) before fn runs.
func handle[T any](fn func(c *call, req *T) (any, *apiError)) func(c *call, body []byte) (any, *apiError) {
	return func(c *call, body []byte) (any, *apiError) {
		req := new(T)
		if aerr := decodeParams(c.action, body, req); aerr != nil {
			return nil, aerr
		}
		return fn(c, req)
	}
}

func (s *Sandbox) register(svc *service) {
	s.services[svc.name] = svc
}

// taskDurationFor returns how long a task started by this call stays RUNNING.
func (c *call) taskDurationFor() time.Duration {
	if c.taskDuration != nil {
		return *c.taskDuration
	}
	return c.s.taskDuration
}

// taskOutcome returns the terminal result of a task started by this call.
func (c *call) taskOutcome() string {
	if c.taskResult == taskFailed {
		return taskFailed
	}
	return taskSuccess
}
