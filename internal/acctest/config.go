package acctest

import "fmt"

// ConfigECMNetwork is the base network most ECM resources need: a VPC (edgecloud_ecm_vpc.test) and
// one subnet in the test zone (edgecloud_ecm_subnet.test), both named after name. cidr is the VPC's
// /16 second octet ("10.<octet>.0.0/16"), so that tests running in parallel in one region do not
// share address space by accident. Compose it with the resource under test:
//
//	acctest.ConfigECMNetwork(name, 30) + `resource "edgecloud_ecm_eni" "test" { subnet_id = edgecloud_ecm_subnet.test.id ... }`
func ConfigECMNetwork(name string, octet int) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %[1]q
  cidr_block = "10.%[2]d.0.0/16"
}

resource "edgecloud_ecm_subnet" "test" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = %[1]q
  cidr_block  = "10.%[2]d.1.0/24"
  zone        = %[3]q
}
`, name, octet, Zone())
}
