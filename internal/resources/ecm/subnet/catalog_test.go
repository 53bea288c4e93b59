package subnet_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

// Regions and zones come from the cloud's catalog: a well-formed but unknown one reaches the user as
// the documented code, on the resource that named it.
func TestAccECMSubnet_unknownZoneIsAClearError(t *testing.T) {
	name := acctest.Name("subnet")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %[1]q
  cidr_block = "10.32.0.0/16"
}

resource "edgecloud_ecm_subnet" "test" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = %[1]q
  cidr_block  = "10.32.1.0/24"
  zone        = "%[2]s-99"
}
`, name, acctest.ECMRegion()),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM subnet.*Code: InvalidParameterValue\.InvalidZone.*RequestId: \S+`),
			},
		},
	})
}
