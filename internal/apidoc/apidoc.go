// Package apidoc gives tests the error codes the API documents list for each action, so the
// sandbox can be checked for answering an action only with codes the document allows: the
// action's own "6. Error Code" table plus the common error codes.
//
// The data is generated from the API documents (the "seeds", absent in CI) and committed under
// testdata/. Regenerate it with:
//
//	go run ./scripts/gen-apidoc-codes -seeds /work/shared/seeds -out internal/apidoc/testdata
package apidoc

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

//go:embed testdata/*.json
var files embed.FS

// Table is the documented error codes of one service ("ecm", "vpc", "edgezone", "taurusdb").
type Table struct {
	Service string `json:"service"`
	Version string `json:"version"`
	// Sources maps each seed file the table was generated from to its SHA-256.
	Sources    map[string]string `json:"sources"`
	CommonFrom map[string]string `json:"common_from"`
	// Common codes may be returned by every action: the union of the document's common lists.
	Common      []string                     `json:"common"`
	CommonLists map[string]map[string]string `json:"common_lists"`
	// ActionCodes maps each action to the codes of its own error-code table.
	ActionCodes         map[string][]string          `json:"actions"`
	ActionDescriptions  map[string]map[string]string `json:"action_descriptions"`
	OtherLists          map[string]map[string]string `json:"other_lists"`
	ServiceCodes        []string                     `json:"service_codes"`
	ServiceDescriptions map[string]string            `json:"service_descriptions"`
	StatusCodes         map[string]string            `json:"status_codes"`
	Notes               []string                     `json:"notes"`

	common  map[string]bool
	actions map[string]map[string]bool
}

var (
	mu     sync.Mutex
	tables = map[string]*Table{}
)

// ErrorCodes returns the table of a service. Tables are loaded once and shared: do not modify.
func ErrorCodes(service string) (*Table, error) {
	mu.Lock()
	defer mu.Unlock()
	if t, ok := tables[service]; ok {
		return t, nil
	}
	b, err := files.ReadFile("testdata/" + service + "_error_codes.json")
	if err != nil {
		return nil, fmt.Errorf("apidoc: no error-code table for service %q (have %v)", service, Services())
	}
	t := &Table{}
	if err := json.Unmarshal(b, t); err != nil {
		return nil, fmt.Errorf("apidoc: %s: %w", service, err)
	}
	if t.Service != service {
		return nil, fmt.Errorf("apidoc: %s_error_codes.json is for service %q", service, t.Service)
	}
	t.common = set(t.Common)
	t.actions = make(map[string]map[string]bool, len(t.ActionCodes))
	for a, codes := range t.ActionCodes {
		t.actions[a] = set(codes)
	}
	tables[service] = t
	return t, nil
}

// Services lists the services that have a table.
func Services() []string {
	entries, _ := files.ReadDir("testdata")
	var out []string
	for _, e := range entries {
		const suffix = "_error_codes.json"
		if n := e.Name(); len(n) > len(suffix) && n[len(n)-len(suffix):] == suffix {
			out = append(out, n[:len(n)-len(suffix)])
		}
	}
	sort.Strings(out)
	return out
}

// Documented reports whether the document allows action to answer with code: the code is in the
// action's own table or is a common code. It is false for an action the document does not have.
func (t *Table) Documented(action, code string) bool {
	own, ok := t.actions[action]
	if !ok {
		return false
	}
	return own[code] || t.common[code]
}

// HasAction reports whether the document has the action.
func (t *Table) HasAction(action string) bool {
	_, ok := t.actions[action]
	return ok
}

// Actions returns the documented actions, sorted.
func (t *Table) Actions() []string {
	out := make([]string, 0, len(t.ActionCodes))
	for a := range t.ActionCodes {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// Codes returns the codes of the action's own table, sorted (nil for an unknown action). The
// common codes are not included.
func (t *Table) Codes(action string) []string {
	codes, ok := t.ActionCodes[action]
	if !ok {
		return nil
	}
	return append([]string(nil), codes...)
}

// CommonCodes returns the common codes, sorted.
func (t *Table) CommonCodes() []string {
	return append([]string(nil), t.Common...)
}

// Description returns the document's description of code for action: from the action's table,
// else from the common lists (the longest wording). It is "" when the document has none.
func (t *Table) Description(action, code string) string {
	if d := t.ActionDescriptions[action][code]; d != "" {
		return d
	}
	best := ""
	for _, l := range t.CommonLists {
		if d := l[code]; len(d) > len(best) {
			best = d
		}
	}
	return best
}

func set(codes []string) map[string]bool {
	m := make(map[string]bool, len(codes))
	for _, c := range codes {
		m[c] = true
	}
	return m
}
