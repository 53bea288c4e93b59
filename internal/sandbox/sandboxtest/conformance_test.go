package sandboxtest

import (
	"io"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

type fakeDoc struct{}

func (fakeDoc) Documented(action, code string) bool {
	return action == "Seeded" && (code == "Own.Code" || code == "MissingParameter")
}
func (fakeDoc) Codes(action string) []string {
	if action == "Seeded" {
		return []string{"Own.Code"}
	}
	return nil
}
func (fakeDoc) CommonCodes() []string { return []string{"MissingParameter"} }

// A companion action (no seed) may answer its companion table and the common codes; an action
// with neither seed nor companion table, nothing but a recorded choice.
func TestConformanceCompanionActionsMayAnswerCommonCodes(t *testing.T) {
	run := func(answers ...tencentapi.Answer) bool {
		c := &Conformance{Service: "svc", Emulated: []string{"Seeded", "Companion", "Bare"}, Doc: fakeDoc{},
			Companion: map[string][]string{"Companion": {"Companion.Code"}}}
		for _, a := range answers {
			a.Service = "svc"
			c.Add(a)
		}
		return c.Check(io.Discard)
	}
	for _, ok := range [][2]string{{"Seeded", "Own.Code"}, {"Seeded", "MissingParameter"}, {"Companion", "Companion.Code"}, {"Companion", "MissingParameter"}} {
		if !run(tencentapi.Answer{Action: ok[0], Code: ok[1]}) {
			t.Errorf("%s answering %s was judged undocumented", ok[0], ok[1])
		}
	}
	for _, bad := range [][2]string{{"Seeded", "Companion.Code"}, {"Companion", "Own.Code"}, {"Bare", "MissingParameter"}} {
		if run(tencentapi.Answer{Action: bad[0], Code: bad[1]}) {
			t.Errorf("%s answering %s was judged documented", bad[0], bad[1])
		}
	}
}
