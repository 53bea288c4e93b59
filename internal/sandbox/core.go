package sandbox

import (
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// core is the Sandbox as its front doors see it (host.Core); it keeps these
// methods off the Sandbox's own exported API.
type core struct{ s *Sandbox }

var _ host.Core = core{}

func (c core) Now() time.Time { return c.s.now() }

func (c core) CountCall(key string) {
	c.s.ctl.Lock()
	c.s.counts[key]++
	c.s.ctl.Unlock()
}

func (c core) CountRefused(key, reason string) {
	c.s.ctl.Lock()
	m := c.s.refused[reason]
	if m == nil {
		m = map[string]int{}
		c.s.refused[reason] = m
	}
	m[key]++
	c.s.ctl.Unlock()
}

func (c core) Allow(service, action string) bool { return c.s.allow(service, action) }

func (c core) TakeFaults(service, action string) host.Effects { return c.s.takeFaults(service, action) }

func (c core) Logf(format string, args ...any) { c.s.logf(format, args...) }

// Exec runs fn under the state lock: every product settles what is due
// first (an O(1) look when nothing is), and the state file is written when
// fn or settling changed something.
func (c core) Exec(fx host.Effects, fn func(host.Call) bool) {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	call := host.Call{
		Now: s.now(), TaskDuration: s.taskDuration, TaskFails: fx.TaskResult == taskFailed,
		ReadLag: fx.ReadLag, Limits: s.limits.effective(),
	}
	if fx.TaskDuration != nil {
		call.TaskDuration = *fx.TaskDuration
	}
	settled := false
	for _, p := range s.products {
		if p.state.Settle(call.Now) {
			settled = true
		}
	}
	if fn(call) || settled {
		s.persistLocked()
	}
}
