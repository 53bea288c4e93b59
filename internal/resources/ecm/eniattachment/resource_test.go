package eniattachment_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeniattachment "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniattachment"
)

const address = "edgecloud_ecm_eni_attachment.test"

// config is a network, two instances in its subnet, an ENI, and the ENI attached to instance
// "a" or "b".
func config(name string, to string) string {
	return acctest.ConfigECMNetwork(name, 195) + fmt.Sprintf(`
data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_module" "test" {
  module_name              = %[1]q
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
}

resource "edgecloud_ecm_instance" "a" {
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = "%[1]s-a"
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}

resource "edgecloud_ecm_instance" "b" {
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = "%[1]s-b"
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}

resource "edgecloud_ecm_eni" "test" {
  vpc_id    = edgecloud_ecm_vpc.test.id
  subnet_id = edgecloud_ecm_subnet.test.id
  name      = %[1]q
}

resource "edgecloud_ecm_eni_attachment" "test" {
  network_interface_id = edgecloud_ecm_eni.test.id
  instance_id          = edgecloud_ecm_instance.%[3]s.id
}
`, name, acctest.Zone(), to)
}

func TestAccECMENIAttachment_basic(t *testing.T) {
	name := acctest.Name("enia")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniattachment.ResourceType, ecmeniattachment.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, "a"),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeniattachment.FindByState), acctest.CaptureID(address, &id),
					resource.TestCheckResourceAttrPair(address, "instance_id", "edgecloud_ecm_instance.a", "id")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("device_index"), knownvalue.Int64Exact(1)),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				// Moving to the other instance is an in-place update (MigrateNetworkInterface).
				Config: config(name, "b"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(acctest.CheckSameID(address, &id),
					resource.TestCheckResourceAttrPair(address, "instance_id", "edgecloud_ecm_instance.b", "id")),
			},
			{
				// Detached outside Terraform: the next apply attaches it again.
				Config:             config(name, "b"),
				Check:              acctest.DeleteOutside(address, ecmeniattachment.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, "b"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmeniattachment.FindByState),
			},
		},
	})
}

func TestAccECMENIAttachment_validation(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `resource "edgecloud_ecm_eni_attachment" "test" {
  network_interface_id = "eni-12121212"
  instance_id          = "ins-11221122"
}`,
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`ein-`),
		}},
	})
}
