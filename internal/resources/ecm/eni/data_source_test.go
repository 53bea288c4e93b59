package eni_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

// The ENIs of an instance (its primary ENI and an attached one), filtered, and what a security
// group is bound to.
func TestAccECMENIsDataSource_basic(t *testing.T) {
	name := acctest.Name("enids")
	base := acctest.ConfigECMNetwork(name, 196) + fmt.Sprintf(`
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

resource "edgecloud_ecm_security_group" "test" {
  security_group_name = %[1]q
  description         = "enis"
}

resource "edgecloud_ecm_instance" "test" {
  module_id          = edgecloud_ecm_module.test.id
  zone               = %[2]q
  isp                = "CTCC"
  instance_name      = %[1]q
  vpc_id             = edgecloud_ecm_vpc.test.id
  subnet_id          = edgecloud_ecm_subnet.test.id
  security_group_ids = [edgecloud_ecm_security_group.test.id]
}

resource "edgecloud_ecm_eni" "test" {
  vpc_id             = edgecloud_ecm_vpc.test.id
  subnet_id          = edgecloud_ecm_subnet.test.id
  name               = %[1]q
  security_group_ids = [edgecloud_ecm_security_group.test.id]
  tags               = { role = "data" }
}

resource "edgecloud_ecm_eni_attachment" "test" {
  network_interface_id = edgecloud_ecm_eni.test.id
  instance_id          = edgecloud_ecm_instance.test.id
}
`, name, acctest.Zone())
	data := `
data "edgecloud_ecm_enis" "all" {
  instance_id = edgecloud_ecm_eni_attachment.test.instance_id
}

data "edgecloud_ecm_enis" "primary" {
  instance_id = edgecloud_ecm_eni_attachment.test.instance_id
  is_primary  = true
}

data "edgecloud_ecm_enis" "tagged" {
  vpc_id     = edgecloud_ecm_vpc.test.id
  tags       = { role = "data" }
  depends_on = [edgecloud_ecm_eni_attachment.test]
}

data "edgecloud_ecm_enis" "by_id" {
  ids = [edgecloud_ecm_eni.test.id]
}

data "edgecloud_ecm_security_group_association_statistics" "test" {
  security_group_ids = [edgecloud_ecm_security_group.test.id]
  depends_on         = [edgecloud_ecm_eni_attachment.test]
}
`
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: base},
			{
				Config: base + data,
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.all", "enis.#", "2"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.primary", "enis.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_enis.primary", "enis.0.id", "edgecloud_ecm_instance.test", "primary_network_interface_id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_enis.primary", "enis.0.primary_private_ip_address", "edgecloud_ecm_instance.test", "private_ip_address"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.tagged", "enis.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_enis.tagged", "enis.0.id", "edgecloud_ecm_eni.test", "id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.by_id", "enis.0.device_index", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.by_id", "enis.0.state", "AVAILABLE"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_enis.by_id", "enis.0.tags.role", "data"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_group_association_statistics.test", "statistics.0.instances", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_group_association_statistics.test", "statistics.0.enis", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_security_group_association_statistics.test", "statistics.0.instance_types.0.instance_type", "SN3ne.LARGE8"),
				),
			},
		},
	})
}
