package securitygroupattachment_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmsecuritygroupattachment "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygroupattachment"
)

const address = "edgecloud_ecm_security_group_attachment.test"

func config(name string) string {
	return acctest.ConfigECMNetwork(name, 205) + fmt.Sprintf(`
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

resource "edgecloud_ecm_instance" "test" {
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = %[1]q
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}

resource "edgecloud_ecm_security_group" "test" {
  security_group_name = %[1]q
  description         = "attached"
}

resource "edgecloud_ecm_security_group_attachment" "test" {
  instance_id       = edgecloud_ecm_instance.test.id
  security_group_id = edgecloud_ecm_security_group.test.id
}
`, name, acctest.Zone())
}

// Attached, imported, the instance's plan empty (its security_group_ids unset), detached outside
// Terraform and attached again; on destroy the group is detached before it is deleted.
func TestAccECMSecurityGroupAttachment_basic(t *testing.T) {
	name := acctest.Name("sga")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmsecuritygroupattachment.ResourceType, ecmsecuritygroupattachment.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmsecuritygroupattachment.FindByState),
					resource.TestMatchResourceAttr(address, "id", regexp.MustCompile(`^ein-[a-z0-9]+/esg-[a-z0-9]+$`))),
			},
			{RefreshState: true, Check: resource.TestCheckResourceAttr("edgecloud_ecm_instance.test", "security_group_ids.#", "2")},
			{Config: config(name), PlanOnly: true}, // the instance does not fight the attachment
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				Config:             config(name),
				Check:              acctest.DeleteOutside(address, ecmsecuritygroupattachment.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmsecuritygroupattachment.FindByState),
			},
		},
	})
}

func TestAccECMSecurityGroupAttachment_validation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ cfg, want string }{
		{`resource "edgecloud_ecm_security_group_attachment" "test" {
  instance_id       = "ein-2zvpghhc"
  security_group_id = "sg-123"
}`, `esg-`},
		{`import {
  to = edgecloud_ecm_security_group_attachment.test
  id = "ein-2zvpghhc"
}
resource "edgecloud_ecm_security_group_attachment" "test" {
  instance_id       = "ein-2zvpghhc"
  security_group_id = "esg-9id3l839"
}`, `instance-id>/<security-group-id`},
	} {
		resource.UnitTest(t, resource.TestCase{
			PreCheck:                 func() { acctest.PreCheck(t) },
			ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
			Steps:                    []resource.TestStep{{Config: tc.cfg, PlanOnly: true, ExpectError: regexp.MustCompile(tc.want)}},
		})
	}
}
