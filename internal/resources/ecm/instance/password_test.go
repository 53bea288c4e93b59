package instance

import (
	"strings"
	"testing"
)

func TestPasswordRules_PerActionAndOS(t *testing.T) {
	for _, tt := range []struct {
		password       string
		reset, windows bool
		ok             bool
	}{
		{"Edge2026!", false, false, true},                   // 9 chars, three kinds
		{"edge2026", false, false, true},                    // letters + digits: two kinds suffice on Linux
		{"edgeedge", false, false, false},                   // one kind
		{"Ed9!", false, false, false},                       // too short
		{"Edge2026!Edge2026!Edge2026!", false, false, true}, // 27: fine at creation...
		{"Edge2026!Edge2026!Edge2026!", true, false, false}, // ...too long for a reset (max 16)
		{"Edge2026!Edge", true, false, true},                // 13 on a reset
		{"Edge2026!", false, true, false},                   // Windows needs 12
		{"Edge2026!Win", false, true, true},                 // 12, four kinds
		{"edge2026edge", false, true, false},                // Windows needs three kinds
		{"Edge 2026 abc", false, false, false},              // a space is not allowed
	} {
		problem := rule(tt.reset, tt.windows).check(tt.password)
		if (problem == "") != tt.ok {
			t.Errorf("%q reset=%v windows=%v: %q, want ok=%v", tt.password, tt.reset, tt.windows, problem, tt.ok)
		}
	}
	if p := rule(true, false).check(strings.Repeat("a1", 9)); !strings.Contains(p, "on a reset") {
		t.Errorf("the reset rule's message does not say so: %q", p)
	}
}
