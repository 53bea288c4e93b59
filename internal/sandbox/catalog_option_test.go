package sandbox_test

import (
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

// Options.ECMCatalog replaces the regions and zones the sandbox serves.
func TestOptionsECMCatalog(t *testing.T) {
	c, err := ecm.ParseCatalog([]byte(`{"regions":[{"region":"ap-test-ecm","region_name":"Test","region_id":1,
		"zones":[{"zone":"ap-test-ecm-1","zone_name":"Test Zone 1","zone_id":11,"isps":["CTCC"]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, sandbox.Options{ECMCatalog: &c})
	h.Ok("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-test-ecm"})
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-hangzhou-ecm"}, "InvalidParameterValue.InvalidRegion")
	if _, err := sandbox.New(sandbox.Options{Credentials: map[string]string{"AKIDx": "k"}, ECMCatalog: &ecm.Catalog{}}); err == nil {
		t.Fatal("an empty catalog was accepted")
	}
}
