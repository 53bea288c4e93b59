package vpc_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// On an eventually consistent API the read right after a write may return the old object: the
// read-back after an update polls until the change shows, so the state never records the old
// values (which would show as a diff on the next plan). Sequential: it injects a fault.
func TestAccECMVPC_readAfterWriteLag(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("vpc")
	var id string
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmvpc.ResourceType, ecmvpc.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, `"before"`, `{ team = "edge" }`), Check: acctest.CaptureID(address, &id)},
			{
				PreConfig: func() { sb.AddFault(sandbox.Fault{Action: "ModifyVpcAttribute", ReadLag: 3, Count: 1}) },
				Config:    config(name+"-renamed", `"after"`, `{ team = "core" }`),
				Check:     acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("vpc_name"), knownvalue.StringExact(name+"-renamed")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("after")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("tags"), knownvalue.MapExact(map[string]knownvalue.Check{"team": knownvalue.StringExact("core")})),
				},
			},
		},
	})
}
