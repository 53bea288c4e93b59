package acctest

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// Phases counts the sandbox's API calls per phase of a stack test (apply, refresh, destroy) and
// logs them (go test -v): Mark starts a phase, Report ends it and starts the next. Use it in
// sequential tests only, whose counters are their own.
type Phases struct {
	t     *testing.T
	label string
	mark  map[string]int
}

// NewPhases starts counting for the stack named label.
func NewPhases(t *testing.T, label string) *Phases {
	t.Helper()
	return &Phases{t: t, label: label, mark: Sandbox(t).CallCounts()}
}

// Mark starts a phase.
func (p *Phases) Mark() { p.mark = sb.CallCounts() }

// Report logs the calls since the last Mark or Report, per action, and starts the next phase.
func (p *Phases) Report(phase string) {
	now := sb.CallCounts()
	var lines []string
	total := 0
	for k, v := range now {
		if d := v - p.mark[k]; d > 0 {
			lines = append(lines, fmt.Sprintf("%s %d", k, d))
			total += d
		}
	}
	sort.Strings(lines)
	p.t.Logf("%s %s: %d calls: %s", p.label, phase, total, strings.Join(lines, ", "))
	p.mark = now
}

// Check is Report as a check function, for a step's Check or a test's CheckDestroy.
func (p *Phases) Check(phase string) func(*terraform.State) error {
	return func(*terraform.State) error { p.Report(phase); return nil }
}
