package publicnetworkinstance_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccEdgeZonePublicNetworkInstancesDataSource_basic(t *testing.T) {
	name := acctest.Name("epns")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 8, "static", 100) + `
data "edgecloud_edgezone_public_network_instances" "by_id" {
  ids = [edgecloud_edgezone_public_network_instance.test.id]
}

data "edgecloud_edgezone_public_network_instances" "by_zone" {
  zone_id    = edgecloud_edgezone_public_network_instance.test.zone_id
  depends_on = [edgecloud_edgezone_public_network_instance.test]
}

data "edgecloud_edgezone_public_network_instances" "by_name" {
  name       = edgecloud_edgezone_public_network_instance.test.name
  depends_on = [edgecloud_edgezone_public_network_instance.test]
}

# A name is matched exactly: a prefix of it matches nothing.
data "edgecloud_edgezone_public_network_instances" "by_prefix" {
  name       = substr(edgecloud_edgezone_public_network_instance.test.name, 0, 8)
  depends_on = [edgecloud_edgezone_public_network_instance.test]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_id", "public_network_instances.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_edgezone_public_network_instances.by_id", "public_network_instances.0.id", address, "id"),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_id", "public_network_instances.0.route_mode", "STATIC"),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_id", "public_network_instances.0.name", name),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_id", "region", acctest.Region()),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_zone", "public_network_instances.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_edgezone_public_network_instances.by_zone", "public_network_instances.0.id", address, "id"),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_name", "public_network_instances.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_edgezone_public_network_instances.by_prefix", "public_network_instances.#", "0"),
				),
			},
		},
	})
}

func TestAccEdgeZonePublicNetworkInstancesDataSource_malformedIDIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      `data "edgecloud_edgezone_public_network_instances" "bad" { ids = ["epn-NOT_AN_ID"] }`,
			ExpectError: regexp.MustCompile(`(?s)must be a public network instance ID`),
		}},
	})
}
