package ecm_test

import (
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// ECM's behaviour is tested end to end: signed calls through the whole
// sandbox (sandboxtest), as the provider makes them.

type (
	harness = sandboxtest.Harness
	Options = sandbox.Options
	Fault   = sandbox.Fault
)

// tag and filter are the tests' own copies of the API's Tag and Filter.
type tag struct {
	Key   string `json:"Key"`
	Value string `json:"Value"`
}

type filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}

const (
	testRegion        = sandboxtest.Region
	testZone          = sandboxtest.Zone
	vpcQuotaPerRegion = ecm.VpcQuotaPerRegion
	subnetQuotaPerVpc = ecm.SubnetQuotaPerVpc
)

var ipPools = ecm.IPPools

func newHarness(t testing.TB, opts Options) *harness { return sandboxtest.New(t, opts) }

func queryToJSON(t *testing.T, query string, ints ...string) map[string]any {
	return sandboxtest.QueryToJSON(t, query, ints...)
}
