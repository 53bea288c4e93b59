package eniattachment_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeniattachment "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniattachment"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// An attachment the cloud undoes (ATTACHING, then AVAILABLE and detached) is an error at once, not
// a wait until the timeout; the next apply attaches again.
func TestAccECMENIAttachment_failedAttach(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("enia")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniattachment.ResourceType, ecmeniattachment.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "AttachNetworkInterface", TaskResult: "FAILED", Count: 1}) },
				Config:      config(name, "a"),
				ExpectError: regexp.MustCompile(`(?s)did not take effect`),
			},
			{
				// The tainted attachment reads as gone (the ENI is detached): a plain create.
				Config: config(name, "a"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmeniattachment.FindByState),
			},
		},
	})
}
