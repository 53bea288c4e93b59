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
// for some ECM action or common, and a handler's own codes are its action's.
// (Codes of shared helpers are checked per call by the behaviour tests and
// the conformance test.)
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
		for _, decl := range file.Decls {
			// A handler is a method of *state named after its action (createVpc: CreateVpc):
			// the codes it writes itself must be in that action's table or common.
			action := ""
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv != nil && fn.Name != nil {
				name := fn.Name.Name
				if a := strings.ToUpper(name[:1]) + name[1:]; len(table.Actions[a]) > 0 {
					action = a
				}
			}
			ast.Inspect(decl, func(n ast.Node) bool {
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
				if action != "" && !table.Documented(action, s) {
					t.Errorf("%s: %s answers %s, which its table does not list", f, action, s)
				}
				return true
			})
		}
	}
	if found < 20 {
		t.Fatalf("only %d codes found: the scan is broken", found)
	}
}
