package ecm_test

import (
	"os"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/apidoc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// TestMain records every code the Tencent front door answers for ECM while this package's tests
// run and, when they pass, checks them against the API document (internal/apidoc): an emulated
// ECM action may answer only a code of its own error-code table, a common code, or a sandbox
// choice listed in conformance_test.go (sandboxChoices). It prints, for each emulated action, how
// many of its documented codes the tests made it answer.
func TestMain(m *testing.M) {
	os.Exit(newConformance().Main(m))
}

func newConformance() *sandboxtest.Conformance {
	table, err := apidoc.ErrorCodes(ecm.ServiceName)
	if err != nil {
		panic(err)
	}
	var emulated []string
	for a := range ecm.New().Service().Actions {
		emulated = append(emulated, a)
	}
	return &sandboxtest.Conformance{Service: ecm.ServiceName, Emulated: emulated, Doc: table, Choices: sandboxChoices}
}
