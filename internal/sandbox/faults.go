package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// Fault is a fault-injection rule. Every API call that passed authentication
// and routing is matched against the rules in the order they were added;
// every matching rule that fires contributes its effects: latencies add up,
// the first error code wins (the call is then answered with it and nothing
// happens), task overrides apply to the async task the call starts, the
// largest read lag applies to the call's writes.
//
// Service "" and Action "" match every call, so {"latency": "50ms"} (Count 0)
// slows down every call until the rule is removed (Options.Latency, the
// -latency flag, does the same and survives Reset).
//
// DropResponse is the lost answer: the call is handled as usual (its changes
// are made and persisted, or its error decided), then nothing is answered:
// the connection is closed without a response (host.DropResponse). It
// combines with the other effects (with ErrorCode, the error is not answered
// either).
type Fault struct {
	Service      string        `json:"service,omitempty"`       // "" = any
	Action       string        `json:"action"`                  // e.g. "AllocateAddresses"; "" = any
	ErrorCode    string        `json:"error_code,omitempty"`    // answer this error instead of handling (nothing happens)
	Message      string        `json:"message,omitempty"`       // message for ErrorCode
	Latency      time.Duration `json:"latency,omitempty"`       // delay before answering (honours request context cancellation)
	TaskResult   string        `json:"task_result,omitempty"`   // "FAILED": the async task the action starts ends FAILED
	TaskDuration time.Duration `json:"task_duration,omitempty"` // override task duration for tasks this action starts
	ReadLag      int           `json:"read_lag,omitempty"`      // the call's writes stay invisible to the next ReadLag Describe calls that would show them (host.Effects.ReadLag)
	DropResponse bool          `json:"drop_response,omitempty"` // handle the call, then close the connection without answering (a lost answer)
	Count        int           `json:"count,omitempty"`         // applies to the next Count matching calls (0 = unlimited)
	Probability  float64       `json:"probability,omitempty"`   // 0 = always; else apply with this probability using rand seeded by Seed
	Seed         int64         `json:"seed,omitempty"`
}

// faultWire is Fault with durations as Go duration strings ("2s", "150ms").
type faultWire struct {
	Service      string       `json:"service,omitempty"`
	Action       string       `json:"action"`
	ErrorCode    string       `json:"error_code,omitempty"`
	Message      string       `json:"message,omitempty"`
	Latency      jsonDuration `json:"latency,omitempty"`
	TaskResult   string       `json:"task_result,omitempty"`
	TaskDuration jsonDuration `json:"task_duration,omitempty"`
	ReadLag      int          `json:"read_lag,omitempty"`
	DropResponse bool         `json:"drop_response,omitempty"`
	Count        int          `json:"count,omitempty"`
	Probability  float64      `json:"probability,omitempty"`
	Seed         int64        `json:"seed,omitempty"`
}

// MarshalJSON writes durations as Go duration strings.
func (f Fault) MarshalJSON() ([]byte, error) {
	return json.Marshal(faultWire{
		Service: f.Service, Action: f.Action, ErrorCode: f.ErrorCode, Message: f.Message,
		Latency: jsonDuration(f.Latency), TaskResult: f.TaskResult, TaskDuration: jsonDuration(f.TaskDuration),
		ReadLag: f.ReadLag, DropResponse: f.DropResponse, Count: f.Count, Probability: f.Probability, Seed: f.Seed,
	})
}

// UnmarshalJSON reads durations as Go duration strings (a bare number is
// nanoseconds) and rejects unknown fields.
func (f *Fault) UnmarshalJSON(b []byte) error {
	var w faultWire
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return err
	}
	*f = Fault{
		Service: w.Service, Action: w.Action, ErrorCode: w.ErrorCode, Message: w.Message,
		Latency: time.Duration(w.Latency), TaskResult: w.TaskResult, TaskDuration: time.Duration(w.TaskDuration),
		ReadLag: w.ReadLag, DropResponse: w.DropResponse, Count: w.Count, Probability: w.Probability, Seed: w.Seed,
	}
	return nil
}

type jsonDuration time.Duration

func (d jsonDuration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

func (d *jsonDuration) UnmarshalJSON(b []byte) error {
	if isJSONNumber(b) {
		var n int64
		if err := json.Unmarshal(b, &n); err != nil {
			return err
		}
		*d = jsonDuration(n)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string like \"2s\": %w", err)
	}
	if s == "" {
		*d = 0
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = jsonDuration(v)
	return nil
}

// isJSONNumber reports whether b is a JSON number (not a string, object, ...).
func isJSONNumber(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9'))
}

// validate reports a problem with a fault rule (used by the control surface).
func (f Fault) validate() error {
	switch strings.ToUpper(f.TaskResult) {
	case "", taskSuccess, taskFailed:
	default:
		return fmt.Errorf("task_result must be SUCCESS or FAILED, got %q", f.TaskResult)
	}
	if f.Latency < 0 || f.TaskDuration < 0 {
		return fmt.Errorf("latency and task_duration must not be negative")
	}
	if f.Count < 0 {
		return fmt.Errorf("count must not be negative")
	}
	if f.ReadLag < 0 {
		return fmt.Errorf("read_lag must not be negative")
	}
	if f.Probability < 0 || f.Probability > 1 {
		return fmt.Errorf("probability must be within [0, 1]")
	}
	if f.ErrorCode == "" && f.Latency == 0 && f.TaskResult == "" && f.TaskDuration == 0 && f.ReadLag == 0 && !f.DropResponse {
		return fmt.Errorf("a fault needs at least one of error_code, latency, task_result, task_duration, read_lag, drop_response")
	}
	return nil
}

type faultRule struct {
	f         Fault
	remaining int // matching calls left when f.Count > 0
	rng       *rand.Rand
}

// Task outcomes a fault may force.
const (
	taskSuccess = "SUCCESS"
	taskFailed  = "FAILED"
)

// AddFault installs a fault rule.
func (s *Sandbox) AddFault(f Fault) {
	f.TaskResult = strings.ToUpper(f.TaskResult)
	seed := uint64(f.Seed)
	r := &faultRule{f: f, remaining: f.Count, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	s.ctl.Lock()
	s.faults = append(s.faults, r)
	s.ctl.Unlock()
}

// ClearFaults removes every fault rule.
func (s *Sandbox) ClearFaults() {
	s.ctl.Lock()
	s.faults = nil
	s.ctl.Unlock()
}

// Faults returns the active fault rules (with Count = calls left).
func (s *Sandbox) Faults() []Fault {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	out := make([]Fault, 0, len(s.faults))
	for _, r := range s.faults {
		f := r.f
		if f.Count > 0 {
			f.Count = r.remaining
		}
		out = append(out, f)
	}
	return out
}

// takeFaults matches the rules against a call and consumes their counts. A
// rule with Count considers the next Count matching calls; with Probability
// each of those calls is affected with that probability.
func (s *Sandbox) takeFaults(svc, act string) host.Effects {
	s.ctl.Lock()
	defer s.ctl.Unlock()
	fx := host.Effects{Latency: s.latency}
	kept := s.faults[:0]
	for _, r := range s.faults {
		f := r.f
		if (f.Service != "" && f.Service != svc) || (f.Action != "" && f.Action != act) {
			kept = append(kept, r)
			continue
		}
		fires := f.Probability <= 0 || f.Probability >= 1 || r.rng.Float64() < f.Probability
		if f.Count > 0 {
			r.remaining--
		}
		if f.Count == 0 || r.remaining > 0 {
			kept = append(kept, r)
		}
		if !fires {
			continue
		}
		fx.Latency += f.Latency
		if fx.ErrorCode == "" && f.ErrorCode != "" {
			fx.ErrorCode, fx.Message = f.ErrorCode, f.Message
			if fx.Message == "" {
				fx.Message = fmt.Sprintf("Injected fault: %s.%s answers %s.", svc, act, f.ErrorCode)
			}
		}
		if fx.TaskResult == "" && f.TaskResult != "" {
			fx.TaskResult = f.TaskResult
		}
		fx.ReadLag = max(fx.ReadLag, f.ReadLag)
		fx.DropResponse = fx.DropResponse || f.DropResponse
		if fx.TaskDuration == nil && f.TaskDuration > 0 {
			d := f.TaskDuration
			fx.TaskDuration = &d
		}
	}
	for i := len(kept); i < len(s.faults); i++ {
		s.faults[i] = nil
	}
	s.faults = kept
	return fx
}
