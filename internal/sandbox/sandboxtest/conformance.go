package sandboxtest

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DocTable is a service's documented error codes (apidoc.Table satisfies it; this package may not
// import apidoc, which is not sandbox code).
type DocTable interface {
	// Documented reports whether action may answer code: its own table or a common code.
	Documented(action, code string) bool
	// Codes is the action's own table.
	Codes(action string) []string
	// CommonCodes are the codes every action may answer (a companion action's too).
	CommonCodes() []string
}

// AllowedCode is an error code an action may answer although the API document does not list it for
// that action: a choice of the sandbox, with the reason.
type AllowedCode struct {
	Action string // an emulated action, or "*" for all
	Code   string
	Why    string
	used   bool
}

// Conformance checks, for one Tencent API 3.0 service, that every code the emulated actions
// answered while a package's tests ran is documented for the action: its table in the seed (Doc),
// the companion table from the public documentation for actions no seed documents (Companion, with
// where it comes from in CompanionFrom), a common code (any action may answer those), or a
// recorded sandbox choice (Choices). Codes injected by
// fault rules are the tests' own and are not judged. Use it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(conformance.Main(m)) }
type Conformance struct {
	Service       string   // credential-scope name, "vpc"
	Emulated      []string // the service's emulated actions
	Doc           DocTable
	Companion     map[string][]string // action -> codes, for actions outside the seeds
	CompanionFrom string              // where Companion comes from (printed)
	Choices       []AllowedCode

	mu   sync.Mutex
	seen map[[2]string]int
}

// Main installs the recorder, runs the tests and, when they pass, judges the codes answered; it
// returns the exit code.
func (c *Conformance) Main(m *testing.M) int {
	tencentapi.SetRecorder(c.Add)
	code := m.Run()
	tencentapi.SetRecorder(nil)
	if code == 0 && !c.Check(os.Stdout) {
		code = 1
	}
	return code
}

// Add records one answer (the recorder Main installs; tests of the checker call it directly).
func (c *Conformance) Add(a tencentapi.Answer) {
	if a.Service != c.Service || a.Code == "" || a.Injected {
		return
	}
	c.mu.Lock()
	if c.seen == nil {
		c.seen = map[[2]string]int{}
	}
	c.seen[[2]string{a.Action, a.Code}]++
	c.mu.Unlock()
}

// documented is the action's table: the seed's, or the companion table for an action no seed has.
func (c *Conformance) documented(action string) []string {
	if codes := c.Doc.Codes(action); len(codes) > 0 {
		return codes
	}
	return c.Companion[action]
}

func (c *Conformance) choice(action, code string) (*AllowedCode, bool) {
	for i := range c.Choices {
		a := &c.Choices[i]
		if a.Code == code && (a.Action == action || a.Action == "*") {
			return a, true
		}
	}
	return nil, false
}

// Check writes the violations (failing) and the coverage figure per action.
func (c *Conformance) Check(w io.Writer) bool {
	emulated := map[string]bool{}
	for _, a := range c.Emulated {
		emulated[a] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	produced := map[string]map[string]bool{}
	common := c.Doc.CommonCodes()
	var violations []string
	for k, n := range c.seen {
		action, code := k[0], k[1]
		if !emulated[action] {
			continue // not an emulated action (InvalidAction tests): nothing to judge
		}
		if produced[action] == nil {
			produced[action] = map[string]bool{}
		}
		produced[action][code] = true
		if c.Doc.Documented(action, code) || contains(c.Companion[action], code) || contains(common, code) {
			continue
		}
		if choice, ok := c.choice(action, code); ok {
			choice.used = true
			continue
		}
		violations = append(violations, fmt.Sprintf("  %s answered %s (%d×): neither in its error-code table nor a common code nor a sandbox choice", action, code, n))
	}
	sort.Strings(violations)
	actions := append([]string(nil), c.Emulated...)
	sort.Strings(actions)
	fmt.Fprintf(w, "conformance: documented error codes produced per emulated %s action (own table; common codes not counted):\n", c.Service)
	if c.CompanionFrom != "" {
		fmt.Fprintf(w, "  (actions marked * have no seed: their table is from %s)\n", c.CompanionFrom)
	}
	totalGot, totalDoc := 0, 0
	for _, a := range actions {
		doc := c.documented(a)
		mark := " "
		if len(c.Doc.Codes(a)) == 0 && len(c.Companion[a]) > 0 {
			mark = "*"
		}
		got := 0
		var missing []string
		for _, code := range doc {
			if produced[a][code] {
				got++
			} else {
				missing = append(missing, code)
			}
		}
		totalGot += got
		totalDoc += len(doc)
		fmt.Fprintf(w, "  %s%-30s %2d/%2d  not produced: %s\n", mark, a, got, len(doc), strings.Join(missing, " "))
	}
	fmt.Fprintf(w, "conformance: total %d/%d documented codes produced (%.0f%%)\n", totalGot, totalDoc, 100*float64(totalGot)/float64(max(totalDoc, 1)))
	for i := range c.Choices {
		if a := &c.Choices[i]; !a.used && !strings.HasPrefix(a.Action, "*") {
			fmt.Fprintf(w, "conformance: note: sandbox choice %s %s was not needed in this run\n", a.Action, a.Code)
		}
	}
	if len(violations) > 0 {
		fmt.Fprintf(w, "FAIL conformance: %d undocumented error codes answered:\n%s\n", len(violations), strings.Join(violations, "\n"))
		return false
	}
	return true
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
