package clbtargets_test

import (
	"fmt"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

// configBackends is the base network, one load balancer (edgecloud_ecm_clb.test), a module and
// instances instances (edgecloud_ecm_instance.web[0..]) in the subnet, and one listener per port
// in ports (edgecloud_ecm_clb_listener.l<port>).
func configBackends(name string, octet, instances int, ports ...int) string {
	var b strings.Builder
	b.WriteString(acctest.ConfigECMNetwork(name, octet))
	fmt.Fprintf(&b, `
resource "edgecloud_ecm_clb" "test" {
  load_balancer_name = %[1]q
  vip_isp            = "CTCC"
  vpc_id             = edgecloud_ecm_vpc.test.id
}

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

resource "edgecloud_ecm_instance" "web" {
  count         = %[3]d
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = "%[1]s-${count.index}"
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}
`, name, acctest.Zone(), instances)
	for _, p := range ports {
		fmt.Fprintf(&b, `
resource "edgecloud_ecm_clb_listener" "l%[1]d" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_name    = "l%[1]d"
  protocol         = "TCP"
  port             = %[1]d
}
`, p)
	}
	return b.String()
}

// configTargets adds edgecloud_ecm_clb_targets.test on listener l80 with the given targets
// (HCL list members such as `{ instance_id = edgecloud_ecm_instance.web[0].id, port = 8080, weight = 10 }`).
func configTargets(targets ...string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_clb_targets" "test" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  listener_id      = edgecloud_ecm_clb_listener.l80.listener_id
  targets = [
    %s,
  ]
}
`, strings.Join(targets, ",\n    "))
}

func web(i, port, weight int) string {
	return fmt.Sprintf("{ instance_id = edgecloud_ecm_instance.web[%d].id, port = %d, weight = %d }", i, port, weight)
}
