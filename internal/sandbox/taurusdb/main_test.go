package taurusdb_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/taurusdb"
)

// TestMain records every answer of the Huawei front door while this package's tests run and,
// when they pass, fails the binary if any answer (not injected by a fault rule) carried a code,
// or a code with an HTTP status, that is not in the one table of codes.go. When the whole
// package runs (no -run), every row of the table must also have been answered at least once,
// so that the table lists nothing the sandbox never says, except the 500 for an answer the
// sandbox cannot encode, which no request can provoke.
func TestMain(m *testing.M) {
	var mu sync.Mutex
	seen := map[taurusdb.Code]int{}
	var violations []string
	table := map[taurusdb.Code]bool{}
	for _, c := range taurusdb.Codes() {
		table[c] = true
	}
	huaweiapi.SetRecorder(func(a huaweiapi.Answer) {
		if a.Code == "" || a.Injected {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		k := taurusdb.Code{Code: a.Code, Status: a.Status}
		seen[k]++
		if !table[k] || a.Service != taurusdb.ServiceName {
			violations = append(violations, fmt.Sprintf("  %s.%s answered %d %s", a.Service, a.Action, a.Status, a.Code))
		}
	})
	code := m.Run()
	huaweiapi.SetRecorder(nil)
	if code != 0 {
		os.Exit(code)
	}
	if len(violations) > 0 {
		sort.Strings(violations)
		fmt.Printf("FAIL conformance: codes outside the table of codes.go:\n%v\n", violations)
		os.Exit(1)
	}
	fmt.Println("conformance: (code, HTTP status) answered by the TaurusDB sandbox, from the table of codes.go:")
	var missing []string
	for _, c := range taurusdb.Codes() {
		fmt.Printf("  %-11s %d  %d×\n", c.Code, c.Status, seen[c])
		if seen[c] == 0 && c.Status != 500 {
			missing = append(missing, fmt.Sprintf("%s %d", c.Code, c.Status))
		}
	}
	if run := flag.Lookup("test.run"); run != nil && run.Value.String() == "" && len(missing) > 0 {
		fmt.Printf("FAIL conformance: rows of the table no test provoked: %v\n", missing)
		os.Exit(1)
	}
}
