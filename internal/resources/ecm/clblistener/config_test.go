package clblistener_test

import (
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

// configLB is the base network and one load balancer (edgecloud_ecm_clb.test) in it.
func configLB(name string, octet int) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_clb" "test" {
  load_balancer_name = %[1]q
  vip_isp            = "CTCC"
  vpc_id             = edgecloud_ecm_vpc.test.id
}
`, name)
}
