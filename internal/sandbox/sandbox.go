// Package sandbox is a local HTTP emulator of the cloud APIs the
// terraform-provider-edgecloud talks to. This package is its core: the
// http.Handler that routes to the front doors, the control surface under
// /_sandbox/ (reset, fault injection, per-action rate limits, call and
// refusal counts, named limits, temporary credentials), the clock,
// persistence and the list of products it hosts.
//
// What it hosts lives in subpackages: one front door per wire protocol
// (tencentapi: Tencent Cloud API 3.0 with TC3 signatures) and one package per
// product (ecm), joined through the contract in package host.
//
// The sandbox decodes and verifies requests on its own; it imports nothing
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

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// Options configures a Sandbox.
type Options struct {
	Credentials  map[string]string // SecretId -> SecretKey; required
	TaskDuration time.Duration     // how long async tasks stay RUNNING (0 = complete on first poll after creation)
	StateFile    string            // optional: load at New, save after every mutating call (atomic write: temp file + rename)
	Now          func() time.Time  // optional clock, default time.Now
	RateLimit    float64           // default per-action requests/second (0 => 20, < 0 => unlimited); exceeding answers RequestLimitExceeded
	Logger       *log.Logger       // optional, one line per call: action, code, duration (never secrets)
	// Limits overrides the products' named limits (quotas), e.g. {"ecm.vpcs_per_region": 10000}.
	// Names a product declares are checked; the values survive Reset (they are configuration,
	// like the -limit flag), while SetLimit's overrides do not.
	Limits map[string]int
	// Latency delays every API call (on top of latency faults); it survives Reset. 0 = none.
	Latency time.Duration
	// BodyTimeout bounds the reading of a request body (0 = tencentapi.DefaultBodyTimeout):
	// a client that trickles its body is answered InvalidRequest.
	BodyTimeout time.Duration
	// ECMCatalog replaces the ECM regions and zones the sandbox knows (nil: ecm.DefaultCatalog, every
	// region and zone the API document's examples use).
	ECMCatalog *ecm.Catalog
	// ECMComputeCatalog replaces the instance types, account limits and public images the sandbox
	// serves (nil: ecm.DefaultComputeCatalog, from the API document's examples).
	ECMComputeCatalog *ecm.ComputeCatalog
}

// DefaultRateLimit is the documented ECM frequency limit per action.
const DefaultRateLimit = 20

// Sandbox is the emulator. It is an http.Handler: the Tencent API is served
// at "/", the control surface at "/_sandbox/".
type Sandbox struct {
	ecm          *ecm.Product // for the test hooks that reach into ECM's state
	taskDuration time.Duration
	stateFile    string
	now          func() time.Time
	logger       *log.Logger
	tencent      *tencentapi.FrontDoor // Tencent API 3.0, at "/"
	rest         []restMount           // REST front doors (Huawei Cloud), by path prefix

	mu       sync.Mutex // guards the products' state
	products []product  // in registration order; names are unique

	ctl         sync.Mutex // guards the fields below
	faults      []*faultRule
	counts      map[string]int
	refused     map[string]map[string]int // reason (host.Refused*) -> "service.Action" -> calls
	limiter     *limiter
	defaultRate float64
	latency     time.Duration // Options.Latency, added to every call

	limits limitSet // named limits (quotas); its own lock
}

// product is one hosted product: its name is its section of the state file.
type product struct {
	name  string
	state host.Section
}

// New builds a Sandbox. With a StateFile that exists, its state is loaded.
func New(opts Options) (*Sandbox, error) { return build(opts, nil) }

// build is New; more, when set, registers more products (tests).
func build(opts Options, more func(s *Sandbox)) (*Sandbox, error) {
	if len(opts.Credentials) == 0 {
		return nil, errors.New("sandbox: Options.Credentials must hold at least one SecretId/SecretKey pair")
	}
	if opts.TaskDuration < 0 {
		return nil, errors.New("sandbox: Options.TaskDuration must not be negative")
	}
	if opts.Latency < 0 || opts.BodyTimeout < 0 {
		return nil, errors.New("sandbox: Options.Latency and Options.BodyTimeout must not be negative")
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
		taskDuration: opts.TaskDuration,
		stateFile:    opts.StateFile,
		now:          now,
		logger:       opts.Logger,
		counts:       map[string]int{},
		refused:      map[string]map[string]int{},
		limiter:      newLimiter(),
		defaultRate:  rate,
		latency:      opts.Latency,
	}
	s.tencent = tencentapi.NewFrontDoor(core{s}, keys)
	s.tencent.SetBodyTimeout(opts.BodyTimeout)

	// The products served. A Tencent product is a state section plus a
	// service on the Tencent front door; VPC and EdgeZone will be two more
	// lines here, a Huawei product a section plus its own front door.
	ecmProduct := ecm.New()
	if opts.ECMCatalog != nil {
		if err := ecmProduct.SetCatalog(*opts.ECMCatalog); err != nil {
			return nil, fmt.Errorf("sandbox: Options.ECMCatalog: %w", err)
		}
	}
	if opts.ECMComputeCatalog != nil {
		if err := ecmProduct.SetComputeCatalog(*opts.ECMComputeCatalog); err != nil {
			return nil, fmt.Errorf("sandbox: Options.ECMComputeCatalog: %w", err)
		}
	}
	s.ecm = ecmProduct
	s.register(ecm.ServiceName, ecmProduct.Section())
	s.tencent.Register(ecmProduct.Service())
	vpcProduct := vpc.New()
	s.register(vpc.ServiceName, vpcProduct.Section())
	s.tencent.Register(vpcProduct.Service())
	if more != nil {
		more(s)
	}

	if err := s.limits.configure(s.products, opts.Limits); err != nil {
		return nil, err
	}

	if s.stateFile != "" {
		if err := s.load(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// register hosts a product's state under name.
func (s *Sandbox) register(name string, st host.Section) {
	s.products = append(s.products, product{name: name, state: st})
}

// MintTemporaryCredentials creates temporary credentials (SecretId, SecretKey
// and the token to send as X-TC-Token) that expire ttl from now on the sandbox
// clock. They work alongside Options.Credentials and survive Reset. A token
// with a long-term key, a temporary key without its token or with another
// one, and an expired one are answered AuthFailure.TokenFailure.
func (s *Sandbox) MintTemporaryCredentials(ttl time.Duration) (TemporaryCredentials, error) {
	tc, err := s.tencent.MintTemporaryCredentials(s.now(), ttl)
	if err != nil {
		return TemporaryCredentials{}, fmt.Errorf("sandbox: %w", err)
	}
	return tc, nil
}

// TemporaryCredentials are minted by MintTemporaryCredentials.
type TemporaryCredentials = tencentapi.TemporaryCredentials

// ServeHTTP serves the Tencent API at "/" and the control surface at "/_sandbox/".
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == controlPrefix[:len(controlPrefix)-1] || strings.HasPrefix(r.URL.Path, controlPrefix) {
		s.serveControl(w, r)
		return
	}
	for _, m := range s.rest {
		if strings.HasPrefix(r.URL.Path, m.prefix) {
			m.handler.ServeHTTP(w, r)
			return
		}
	}
	if r.URL.Path != "/" && r.URL.Path != "" {
		controlError(w, http.StatusNotFound, fmt.Errorf("no such path %s: the Tencent API 3.0 is served at / and the control surface at %s", r.URL.Path, controlPrefix))
		return
	}
	s.tencent.ServeHTTP(w, r)
}

// Reset clears all state, faults, call and refusal counts, rate-limit
// overrides and limit overrides (SetLimit; Options.Limits stay). Minted
// temporary credentials stay valid until they expire.
func (s *Sandbox) Reset() {
	s.ctl.Lock()
	s.faults = nil
	s.counts = map[string]int{}
	s.refused = map[string]map[string]int{}
	s.limiter = newLimiter()
	s.ctl.Unlock()
	s.limits.clearOverrides()

	s.mu.Lock()
	for _, p := range s.products {
		p.state.Reset()
	}
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

// RefusedCalls returns the number of calls the sandbox refused because of its
// rate limit (answered RequestLimitExceeded) per "service.Action"; injected
// error faults are not refusals. The calls are also in CallCounts.
func (s *Sandbox) RefusedCalls() map[string]int { return s.refusedCounts(host.RefusedThrottled) }

// AuthRefusedCalls returns the number of calls refused for failed
// authentication (AuthFailure.*: signature, key, token) per "service.Action".
func (s *Sandbox) AuthRefusedCalls() map[string]int { return s.refusedCounts(host.RefusedAuth) }

func (s *Sandbox) refusedCounts(reason string) map[string]int {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	out := make(map[string]int, len(s.refused[reason]))
	for k, v := range s.refused[reason] {
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

func (s *Sandbox) logf(format string, args ...any) {
	if s.logger != nil {
		s.logger.Printf(format, args...)
	}
}

// SetModuleInstanceCount makes the ECM module id have n instances, until instances are emulated:
// DeleteModule then answers FailedOperation.InstanceInModule and ModifyModuleConfig
// InvalidParameterValue.ModuleNotAllowChange, as the real API does for a module with instances.
func (s *Sandbox) SetModuleInstanceCount(id string, n int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ecm.SetModuleInstanceCount(id, n); err != nil {
		return err
	}
	s.persistLocked()
	return nil
}
