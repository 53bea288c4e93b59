// Package sandbox is a local HTTP emulator of the cloud APIs the
// terraform-provider-edgecloud talks to. It speaks Tencent Cloud API 3.0
// (POST JSON, TC3-HMAC-SHA256 signatures, the documented response envelope
// and error codes) for ECM, keeps honest state (IDs with the documented
// prefixes, async tasks, dependency rules, quotas) and exposes a control
// surface under /_sandbox/ for tests: reset, fault injection, per-action
// rate limits and call counts.
//
// The package decodes and verifies requests on its own; it imports nothing
// from the provider or its cloud client, so that a client bug and a sandbox
// bug cannot agree by construction.
package sandbox

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Options configures a Sandbox.
type Options struct {
	Credentials  map[string]string // SecretId -> SecretKey; required
	TaskDuration time.Duration     // how long async tasks stay RUNNING (0 = complete on first poll after creation)
	StateFile    string            // optional: load at New, save after every mutating call (atomic write: temp file + rename)
	Now          func() time.Time  // optional clock, default time.Now
	RateLimit    float64           // default per-action requests/second (0 => 20, < 0 => unlimited); exceeding answers RequestLimitExceeded
	Logger       *log.Logger       // optional, one line per call: action, code, duration (never secrets)
}

// DefaultRateLimit is the documented ECM frequency limit per action.
const DefaultRateLimit = 20

// Sandbox is the emulator. It is an http.Handler: the Tencent API is served
// at "/", the control surface at "/_sandbox/".
type Sandbox struct {
	keys         map[string]string
	taskDuration time.Duration
	stateFile    string
	now          func() time.Time
	logger       *log.Logger
	services     map[string]*service

	mu    sync.Mutex // guards state
	state *state

	ctl         sync.Mutex // guards the fields below
	faults      []*faultRule
	counts      map[string]int
	limiter     *limiter
	defaultRate float64
}

// New builds a Sandbox. With a StateFile that exists, its state is loaded.
func New(opts Options) (*Sandbox, error) {
	if len(opts.Credentials) == 0 {
		return nil, errors.New("sandbox: Options.Credentials must hold at least one SecretId/SecretKey pair")
	}
	if opts.TaskDuration < 0 {
		return nil, errors.New("sandbox: Options.TaskDuration must not be negative")
	}
	keys := make(map[string]string, len(opts.Credentials))
	for id, key := range opts.Credentials {
		if id == "" || key == "" {
			return nil, errors.New("sandbox: Options.Credentials has an empty SecretId or SecretKey")
		}
		keys[id] = key
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	rate := opts.RateLimit
	if rate == 0 {
		rate = DefaultRateLimit
	}
	s := &Sandbox{
		keys:         keys,
		taskDuration: opts.TaskDuration,
		stateFile:    opts.StateFile,
		now:          now,
		logger:       opts.Logger,
		services:     map[string]*service{},
		state:        newState(),
		counts:       map[string]int{},
		limiter:      newLimiter(),
		defaultRate:  rate,
	}
	registerECM(s)
	if s.stateFile != "" {
		st, err := loadState(s.stateFile)
		if err != nil {
			return nil, err
		}
		if st != nil {
			s.state = st
		}
	}
	return s, nil
}

// ServeHTTP serves the Tencent API at "/" and the control surface at "/_sandbox/".
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == controlPrefix[:len(controlPrefix)-1] || strings.HasPrefix(r.URL.Path, controlPrefix) {
		s.serveControl(w, r)
		return
	}
	if r.URL.Path != "/" && r.URL.Path != "" {
		controlError(w, http.StatusNotFound, fmt.Errorf("no such path %s: the Tencent API 3.0 is served at / and the control surface at %s", r.URL.Path, controlPrefix))
		return
	}
	s.serveAPI(w, r)
}

// Reset clears all state, faults, call counts and rate-limit overrides.
func (s *Sandbox) Reset() {
	s.ctl.Lock()
	s.faults = nil
	s.counts = map[string]int{}
	s.limiter = newLimiter()
	s.ctl.Unlock()

	s.mu.Lock()
	s.state = newState()
	s.persistLocked()
	s.mu.Unlock()
}

// CallCounts returns the number of API calls received per "service.action"
// (for example "ecm.CreateVpc"), including rejected ones.
func (s *Sandbox) CallCounts() map[string]int {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	out := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}

// SetRateLimit overrides the requests/second allowed for an action. action
// is either a bare action name ("DescribeVpcs", any service) or
// "service.Action". perSecond > 0 sets the limit (burst = ceil(perSecond)),
// 0 removes the override, < 0 disables rate limiting for that action.
func (s *Sandbox) SetRateLimit(action string, perSecond float64) {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	s.limiter.setOverride(action, perSecond)
}

func (s *Sandbox) countCall(key string) {
	s.ctl.Lock()
	s.counts[key]++
	s.ctl.Unlock()
}

func (s *Sandbox) logf(format string, args ...any) {
	if s.logger != nil {
		s.logger.Printf(format, args...)
	}
}
