package sandbox

import (
	"net/http"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// DefaultRate is the per-action rate a sandbox applies without overrides.
func DefaultRate(s *Sandbox) float64 { return s.defaultRate }

// NewWithSection is New with one more product state hosted under name (a
// product that declares limits, for the limit tests).
func NewWithSection(opts Options, name string, sec host.Section) (*Sandbox, error) {
	return build(opts, func(s *Sandbox) { s.register(name, sec) })
}

// TakeFaults is what the front door asks the core for one call.
func TakeFaults(s *Sandbox, service, action string) host.Effects {
	return core{s}.TakeFaults(service, action)
}

// ExecCall runs an empty handler under fx and returns the host.Call it got.
func ExecCall(s *Sandbox, fx host.Effects) host.Call {
	var got host.Call
	core{s}.Exec(fx, func(c host.Call) bool { got = c; return false })
	return got
}

// NewWithREST is New with a REST front door mounted at prefix and a product hosted under name.
func NewWithREST(opts Options, prefix string, h http.Handler, name string, sec host.Section) (*Sandbox, error) {
	return build(opts, func(s *Sandbox) {
		s.register(name, sec)
		s.mountREST(prefix, h)
	})
}
