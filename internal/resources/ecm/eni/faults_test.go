package eni_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// A creation the cloud fails (the ENI goes away instead of becoming AVAILABLE) is an error that
// leaves nothing in state; the next apply creates the ENI.
func TestAccECMENI_failedCreation(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("eni")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeni.ResourceType, ecmeni.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "CreateNetworkInterface", TaskResult: "FAILED", Count: 1}) },
				Config:      config(name, 183, name, ""),
				ExpectError: regexp.MustCompile(`(?s)Waiting for ECM ENI eni-\S+ to become AVAILABLE`),
			},
			{
				Config: config(name, 183, name, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmeni.FindByState),
			},
		},
	})
}
