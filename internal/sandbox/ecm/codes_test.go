package ecm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every error code written in ECM's source is one the document knows: listed
// for some ECM action or common. (Which action may answer which code is
// checked per call by the behaviour tests and the conformance test.)
func TestEveryCodeInTheSourceIsDocumented(t *testing.T) {
	table := LoadErrorTable(t)
	known := map[string]bool{}
	for _, c := range table.Common {
		known[c] = true
	}
	for _, codes := range table.Actions {
		for _, c := range codes {
			known[c] = true
		}
	}
	codeShape := regexp.MustCompile(`^(FailedOperation|InvalidParameter|InvalidParameterValue|LimitExceeded|MissingParameter|ResourceNotFound|ResourceInUse|ResourceInsufficient|UnsupportedOperation|UnauthorizedOperation|InternalError)(\.[A-Za-z]+)?$`)
	files, _ := filepath.Glob("*.go")
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !codeShape.MatchString(s) {
				return true
			}
			found++
			if !known[s] {
				t.Errorf("%s: code %s is in no ECM error table", f, s)
			}
			return true
		})
	}
	if found < 20 {
		t.Fatalf("only %d codes found: the scan is broken", found)
	}
}
