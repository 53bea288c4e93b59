package eipassociation_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eipassociation"
)

// stackConfig wires an instance (with secondary IPv4 and IPv6 addresses on its primary ENI), a
// security group with rules bound to it, a second ENI attached to it with a secondary address, an
// EIP on that address, and a route through that address in the subnet's own route table.
func stackConfig(name string) string {
	return acctest.ConfigECMNetwork(name, 215) + fmt.Sprintf(`
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

resource "edgecloud_ecm_security_group" "web" {
  security_group_name = %[1]q
  description         = "web"
}

resource "edgecloud_ecm_security_group_policies" "web" {
  security_group_id = edgecloud_ecm_security_group.web.id
  ingress = [
    { protocol = "TCP", port = "443", cidr_block = "0.0.0.0/0", action = "ACCEPT", description = "https" },
  ]
  egress = [
    { protocol = "ALL", port = "all", cidr_block = "0.0.0.0/0", action = "ACCEPT" },
  ]
}

resource "edgecloud_ecm_instance" "web" {
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = %[1]q
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}

resource "edgecloud_ecm_security_group_attachment" "web" {
  instance_id       = edgecloud_ecm_instance.web.id
  security_group_id = edgecloud_ecm_security_group.web.id
}

resource "edgecloud_ecm_eni" "service" {
  vpc_id             = edgecloud_ecm_vpc.test.id
  subnet_id          = edgecloud_ecm_subnet.test.id
  name               = %[1]q
  security_group_ids = [edgecloud_ecm_security_group.web.id]
}

resource "edgecloud_ecm_eni_attachment" "service" {
  network_interface_id = edgecloud_ecm_eni.service.id
  instance_id          = edgecloud_ecm_instance.web.id
}

resource "edgecloud_ecm_eni_private_ip" "service" {
  network_interface_id               = edgecloud_ecm_eni.service.id
  secondary_private_ip_address_count = 1
  description                        = "service VIP"
}

# Secondary addresses and IPv6 on the instance's own primary ENI.
resource "edgecloud_ecm_eni_private_ip" "web" {
  network_interface_id               = edgecloud_ecm_instance.web.primary_network_interface_id
  secondary_private_ip_address_count = 2
}

resource "edgecloud_ecm_eni_ipv6_addresses" "web" {
  network_interface_id = edgecloud_ecm_instance.web.primary_network_interface_id
  ipv6_address_count   = 1
}

resource "edgecloud_ecm_eip" "service" {
  address_name = %[1]q
}

resource "edgecloud_ecm_eip_association" "service" {
  address_id           = edgecloud_ecm_eip.service.id
  network_interface_id = edgecloud_ecm_eni.service.id
  private_ip_address   = tolist(edgecloud_ecm_eni_private_ip.service.private_ip_addresses)[0]
  depends_on           = [edgecloud_ecm_eni_attachment.service]
}

resource "edgecloud_ecm_route_table" "service" {
  vpc_id           = edgecloud_ecm_vpc.test.id
  route_table_name = %[1]q
}

resource "edgecloud_ecm_route_table_association" "service" {
  subnet_id      = edgecloud_ecm_subnet.test.id
  route_table_id = edgecloud_ecm_route_table.service.id
}

# The office network is reached through the service address (a VPN gateway on the instance).
resource "edgecloud_ecm_route" "office" {
  route_table_id         = edgecloud_ecm_route_table.service.id
  destination_cidr_block = "192.168.0.0/16"
  gateway_type           = "NORMAL_CVM"
  gateway_id             = tolist(edgecloud_ecm_eni_private_ip.service.private_ip_addresses)[0]
  description            = "office via the service address"
}
`, name, acctest.Zone())
}

// The wiring stack applies, plans empty, and destroys in dependency order with no error (the
// association before the EIP and the address, the attachment before the ENI and the instance).
// The sandbox's call counts of each phase are logged (go test -v). Sequential: the counters are
// this test's alone.
func TestAccECMNetworkingStack(t *testing.T) {
	name := acctest.Name("stack")
	cfg := stackConfig(name)
	calls := acctest.NewPhases(t, "wiring stack")
	destroyChecks := []resource.TestCheckFunc{
		calls.Check("destroy (with its refresh)"),
		acctest.CheckDestroy(ecmeipassociation.ResourceType, ecmeipassociation.FindByState),
	}
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             resource.ComposeTestCheckFunc(destroyChecks...),
		Steps: []resource.TestStep{
			{
				PreConfig: calls.Mark,
				Config:    cfg,
				Check: resource.ComposeTestCheckFunc(
					calls.Check("apply (plan + apply)"),
					resource.TestCheckResourceAttr("edgecloud_ecm_eip_association.service", "address_status", "BIND"),
					resource.TestCheckResourceAttr("edgecloud_ecm_eni_private_ip.web", "private_ip_addresses.#", "2"),
					resource.TestCheckResourceAttrPair("edgecloud_ecm_eni_attachment.service", "instance_id", "edgecloud_ecm_instance.web", "id"),
					resource.TestCheckResourceAttrPair("edgecloud_ecm_route.office", "gateway_id", "edgecloud_ecm_eip_association.service", "private_ip_address"),
					resource.TestCheckResourceAttr("edgecloud_ecm_route.office", "enabled", "true"),
				),
			},
			{PreConfig: calls.Mark, Config: cfg, PlanOnly: true},
			{
				PreConfig: func() { calls.Report("refresh + empty plan") },
				Config:    cfg,
				Check:     func(*terraform.State) error { calls.Mark(); return nil },
			},
		},
	})
}
