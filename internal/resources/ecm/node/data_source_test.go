package node_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccECMNodesDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "edgecloud_ecm_nodes" "all" {}

data "edgecloud_ecm_nodes" "hangzhou" {
  ecm_region      = "ap-hangzhou-ecm"
  instance_family = "SN3ne"
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_nodes.hangzhou", "nodes.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_nodes.hangzhou", "nodes.0.zone", "ap-hangzhou-ecm-1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_nodes.hangzhou", "nodes.0.zone_id", "10110001"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_nodes.hangzhou", "nodes.0.city_name", "Hangzhou"),
					// The document's Non-BGP combination entry is not a carrier.
					resource.TestCheckResourceAttr("data.edgecloud_ecm_nodes.hangzhou", "nodes.0.isps.#", "3"),
					resource.TestCheckTypeSetElemNestedAttrs("data.edgecloud_ecm_nodes.all", "nodes.*", map[string]string{"zone": "ap-shenzhen-ecm-ct2", "isps.#": "1", "isps.0": "CTCC"}),
				),
			},
		},
	})
}
