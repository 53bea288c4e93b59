package sandboxtest_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// docTable is a seed table with one action and one common code.
type docTable struct{}

func (docTable) Documented(action, code string) bool {
	return action == "Seeded" && (code == "Own.Code" || code == "MissingParameter")
}

func (docTable) Codes(action string) []string {
	if action == "Seeded" {
		return []string{"Own.Code"}
	}
	return nil
}

func (docTable) CommonCodes() []string { return []string{"MissingParameter"} }

// A companion action (no seed) may answer its companion table and the common codes, like a
// seeded one; anything else is a violation naming the action and the code.
func TestConformanceAllowsCommonCodesForCompanionActions(t *testing.T) {
	c := &sandboxtest.Conformance{
		Service: "vpc", Emulated: []string{"Seeded", "Companion"}, Doc: docTable{},
		Companion: map[string][]string{"Companion": {"Companion.Code"}}, CompanionFrom: "a test",
	}
	for _, a := range []tencentapi.Answer{
		{Service: "vpc", Action: "Seeded", Code: "Own.Code"},
		{Service: "vpc", Action: "Seeded", Code: "MissingParameter"},
		{Service: "vpc", Action: "Companion", Code: "Companion.Code"},
		{Service: "vpc", Action: "Companion", Code: "MissingParameter"},
	} {
		c.Add(a)
	}
	var out bytes.Buffer
	if !c.Check(&out) {
		t.Fatalf("documented and common codes were refused:\n%s", out.String())
	}
	c.Add(tencentapi.Answer{Service: "vpc", Action: "Companion", Code: "Own.Code"})
	out.Reset()
	if c.Check(&out) || !strings.Contains(out.String(), "Companion answered Own.Code") {
		t.Fatalf("another action's code passed for a companion action:\n%s", out.String())
	}
}
