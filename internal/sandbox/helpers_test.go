package sandbox_test

import (
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// The core is tested end to end through ServeHTTP (sandboxtest), with ECM as
// the product it hosts.

type (
	harness = sandboxtest.Harness
	Options = sandbox.Options
	Fault   = sandbox.Fault
)

const (
	DefaultRateLimit = sandbox.DefaultRateLimit
	testSecretID     = sandboxtest.SecretID
	testSecretKey    = sandboxtest.SecretKey
	testRegion       = sandboxtest.Region
)

var (
	New      = sandbox.New
	testSign = sandboxtest.Sign
	errCode  = sandboxtest.ErrCode
)

func newHarness(t testing.TB, opts Options) *harness { return sandboxtest.New(t, opts) }

func vpcParams(cidr string) map[string]any {
	return map[string]any{"VpcName": "v", "CidrBlock": cidr, "EcmRegion": testRegion}
}
