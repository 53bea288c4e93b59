package eip_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// Right after an allocation an eventually consistent API may not list the new EIP, and right after
// a rename may return the old name: neither is a deletion, and the state records what was written.
// Sequential: it injects faults.
func TestAccECMEIP_readAfterWriteLag(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					sb.AddFault(sandbox.Fault{Action: "AllocateAddresses", ReadLag: 3, Count: 1})
					sb.AddFault(sandbox.Fault{Action: "ModifyAddressAttribute", ReadLag: 3, Count: 1})
				},
				Config: config("lagging", 1, ""),
				Check:  acctest.CheckExists(address, ecmeip.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.StringExact("lagging")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("UNBIND")),
				},
			},
		},
	})
}
