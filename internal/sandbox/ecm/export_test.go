package ecm

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// Internals the behaviour tests (package ecm_test) check against.
const (
	VpcQuotaPerRegion = 20 // defaultLimits[LimitVPCsPerRegion]
	SubnetQuotaPerVpc = 50 // defaultLimits[LimitSubnetsPerVPC]
)

// IPPools are the documentation ranges EIPs come from.
var IPPools = ipPools

// ErrorTable is the document's error codes per action: internal/apidoc's
// data, read as a file because the sandbox imports no package outside itself
// (depguard's sandbox-standalone rule covers its tests too).
type ErrorTable struct {
	Common  []string            `json:"common"`
	Actions map[string][]string `json:"actions"`
}

// LoadErrorTable reads internal/apidoc/testdata/ecm_error_codes.json.
func LoadErrorTable(t testing.TB) *ErrorTable {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "apidoc", "testdata", "ecm_error_codes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var x ErrorTable
	if err := json.Unmarshal(data, &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Common) == 0 || len(x.Actions) == 0 {
		t.Fatal("ecm_error_codes.json: no common codes or no actions")
	}
	return &x
}

// Documented reports whether action may answer code: its own table or a common code.
func (x *ErrorTable) Documented(action, code string) bool {
	return slices.Contains(x.Actions[action], code) || slices.Contains(x.Common, code)
}
