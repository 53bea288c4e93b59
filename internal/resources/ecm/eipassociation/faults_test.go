package eipassociation_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eipassociation"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// A binding task that FAILS is an error naming the task; the EIP stays unbound, and the next apply
// binds it.
func TestAccECMEIPAssociation_failedTask(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("eipa")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeipassociation.ResourceType, ecmeipassociation.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "AssociateAddress", TaskResult: "FAILED", Count: 1}) },
				Config:      configInstance(name, 191),
				ExpectError: regexp.MustCompile(`(?s)ECM task \d+\s+\(AssociateAddress\)\s+finished\s+with\s+status\s+FAILED`),
			},
			{
				Config: configInstance(name, 191),
				Check:  resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeipassociation.FindByState), checkAPIBinding("edgecloud_ecm_instance.test", "InstanceId")),
			},
		},
	})
}
