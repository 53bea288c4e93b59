package acctest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// EdgeZoneZone is the n-th EdgeZone zone of the test region, "<region>-ez-<n>" (the sandbox's
// catalog has eight in ap-guangzhou). EdgeZone allows one public network instance per zone, so
// every parallel test that creates an instance uses its own zone (each package keeps a table).
func EdgeZoneZone(n int) string { return fmt.Sprintf("%s-ez-%d", Region(), n) }

// ConfigEdgeZoneInstance is a public network instance (edgecloud_edgezone_public_network_instance.<label>)
// in zone n, named name, with the route mode spelled as given.
func ConfigEdgeZoneInstance(label, name string, zone int, routeMode string) string {
	return fmt.Sprintf(`
resource "edgecloud_edgezone_public_network_instance" %[1]q {
  zone_id    = %[2]q
  name       = %[3]q
  line       = "BGP"
  route_mode = %[4]q
  bandwidth  = 100
}
`, label, EdgeZoneZone(zone), name, routeMode)
}

// ImportIDWithTencentRegion is an ImportStateIdFunc for "<region>/<id>" (VPC and EdgeZone resources,
// whose region attribute is "region").
func ImportIDWithTencentRegion(address string) resource.ImportStateIdFunc {
	return func(s *terraform.State) (string, error) {
		attrs, err := attributes(s, address)
		if err != nil {
			return "", err
		}
		return attrs["region"] + "/" + attrs["id"], nil
	}
}

// Words is phrase as a regular expression that matches it literally, with any run of white space
// between its words: Terraform wraps long diagnostics, so a space in a message may reach the test
// as a line break.
func Words(phrase string) string {
	return strings.Join(strings.Fields(regexp.QuoteMeta(phrase)), `\s+`)
}
