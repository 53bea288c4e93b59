package publicip_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccEdgeZonePublicIPsDataSource_basic(t *testing.T) {
	name := acctest.Name("eips")
	const ds = "data.edgecloud_edgezone_public_ips."
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: acctest.ConfigEdgeZoneInstance("test", name, 8, "STATIC") + `
resource "edgecloud_edgezone_public_ip" "two" {
  count               = 2
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  type                = "ipv4"
}

data "edgecloud_edgezone_public_ips" "instance" {
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  depends_on          = [edgecloud_edgezone_public_ip.two]
}

data "edgecloud_edgezone_public_ips" "one" {
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  ips                 = [edgecloud_edgezone_public_ip.two[0].ip]
}

data "edgecloud_edgezone_public_ips" "unbound_v4" {
  zone_id    = edgecloud_edgezone_public_network_instance.test.zone_id
  types      = ["IPv4"]
  states     = ["unbound"]
  depends_on = [edgecloud_edgezone_public_ip.two]
}

data "edgecloud_edgezone_public_ips" "in_use" {
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  states              = ["InUse"]
  depends_on          = [edgecloud_edgezone_public_ip.two]
}

data "edgecloud_edgezone_public_network_instances" "it" {
  ids        = [edgecloud_edgezone_public_network_instance.test.id]
  depends_on = [edgecloud_edgezone_public_ip.two]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(ds+"instance", "public_ips.#", "2"),
					resource.TestCheckResourceAttr(ds+"instance", "public_ips.0.type", "ipv4"),
					resource.TestCheckResourceAttr(ds+"instance", "public_ips.0.state", "Unbound"),
					resource.TestCheckTypeSetElemAttrPair(ds+"instance", "public_ips.*.ip", "edgecloud_edgezone_public_ip.two.0", "ip"),
					resource.TestCheckTypeSetElemAttrPair(ds+"instance", "public_ips.*.ip", "edgecloud_edgezone_public_ip.two.1", "ip"),
					resource.TestCheckResourceAttr(ds+"one", "public_ips.#", "1"),
					resource.TestCheckResourceAttrPair(ds+"one", "public_ips.0.ip", "edgecloud_edgezone_public_ip.two.0", "ip"),
					resource.TestCheckResourceAttr(ds+"unbound_v4", "public_ips.#", "2"),
					resource.TestCheckResourceAttr(ds+"in_use", "public_ips.#", "0"),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.it", "public_network_instances.0.ipv4_count", "2"),
				),
			},
		},
	})
}

func TestAccEdgeZonePublicIPsDataSource_invalidFiltersArePlanErrors(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
data "edgecloud_edgezone_public_ips" "bad" {
  ips    = ["300.1.1.1"]
  states = ["Bound"]
}
`,
			ExpectError: regexp.MustCompile(`(?s)Invalid IP address.*300\.1\.1\.1.*states.*` + acctest.Words("value must be one of")),
		}},
	})
}
