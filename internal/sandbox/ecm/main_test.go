package ecm_test

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/apidoc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// TestMain records every code the Tencent front door answers while this
// package's tests run and, when they pass, checks the codes against the API
// document (internal/apidoc): an emulated ECM action may answer only a code of
// its own error-code table, a common code, or a sandbox choice listed in
// conformance_test.go (sandboxChoices). Codes injected by fault rules are the
// tests' own and are not judged. It prints, for each emulated action, how many
// of its documented codes the tests made it answer.
func TestMain(m *testing.M) {
	tencentapi.SetRecorder(answers.add)
	code := m.Run()
	tencentapi.SetRecorder(nil)
	if code == 0 && !checkConformance(os.Stdout, answers) {
		code = 1
	}
	os.Exit(code)
}

// answers holds the (action, code) pairs answered for ECM, with their counts.
var answers = newAnswerLog()

func newAnswerLog() *answerLog { return &answerLog{seen: map[[2]string]int{}} }

type answerLog struct {
	mu   sync.Mutex
	seen map[[2]string]int
}

func (l *answerLog) add(a tencentapi.Answer) {
	if a.Service != ecm.ServiceName || a.Code == "" || a.Injected {
		return
	}
	l.mu.Lock()
	l.seen[[2]string{a.Action, a.Code}]++
	l.mu.Unlock()
}

// checkConformance writes the violations (failing) and the coverage figure.
func checkConformance(w io.Writer, answers *answerLog) bool {
	table, err := apidoc.ErrorCodes(ecm.ServiceName)
	if err != nil {
		fmt.Fprintln(w, "conformance:", err)
		return false
	}
	emulated := ecm.New().Service().Actions
	answers.mu.Lock()
	defer answers.mu.Unlock()

	produced := map[string]map[string]bool{} // action -> codes answered
	var violations []string
	for k, n := range answers.seen {
		action, code := k[0], k[1]
		if _, ok := emulated[action]; !ok {
			continue // not an emulated action (InvalidAction tests): nothing to judge
		}
		if produced[action] == nil {
			produced[action] = map[string]bool{}
		}
		produced[action][code] = true
		if table.Documented(action, code) {
			continue
		}
		if choice, ok := sandboxChoice(action, code); ok {
			choice.used = true
			continue
		}
		violations = append(violations, fmt.Sprintf("  %s answered %s (%d×): neither in its error-code table nor a common code nor in sandboxChoices", action, code, n))
	}
	sort.Strings(violations)

	actions := make([]string, 0, len(emulated))
	for a := range emulated {
		actions = append(actions, a)
	}
	sort.Strings(actions)
	fmt.Fprintln(w, "conformance: documented error codes produced per emulated ECM action (own table; common codes not counted):")
	totalGot, totalDoc := 0, 0
	for _, a := range actions {
		doc := table.Codes(a)
		got := 0
		var missing []string
		for _, c := range doc {
			if produced[a][c] {
				got++
			} else {
				missing = append(missing, c)
			}
		}
		totalGot += got
		totalDoc += len(doc)
		fmt.Fprintf(w, "  %-26s %2d/%2d  not produced: %s\n", a, got, len(doc), strings.Join(missing, " "))
	}
	fmt.Fprintf(w, "conformance: total %d/%d documented codes produced (%.0f%%)\n", totalGot, totalDoc, 100*float64(totalGot)/float64(max(totalDoc, 1)))
	for i := range sandboxChoices {
		if c := &sandboxChoices[i]; !c.used && !strings.HasPrefix(c.Action, "*") {
			fmt.Fprintf(w, "conformance: note: sandboxChoices entry %s %s was not needed in this run\n", c.Action, c.Code)
		}
	}
	if len(violations) > 0 {
		fmt.Fprintf(w, "FAIL conformance: %d undocumented error codes answered:\n%s\n", len(violations), strings.Join(violations, "\n"))
		return false
	}
	return true
}

// sandboxChoice finds the allowlist entry for (action, code); Action "*"
// matches every action.
func sandboxChoice(action, code string) (*allowedCode, bool) {
	for i := range sandboxChoices {
		c := &sandboxChoices[i]
		if c.Code == code && (c.Action == action || c.Action == "*") {
			return c, true
		}
	}
	return nil, false
}
