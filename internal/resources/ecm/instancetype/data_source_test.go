package instancetype_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccECMInstanceTypesDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "edgecloud_ecm_instance_types" "all" {}

data "edgecloud_ecm_instance_types" "eight_by_sixteen" {
  instance_family = "SN3ne"
  vcpu            = 8
  memory          = 16
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrWith("data.edgecloud_ecm_instance_types.all", "instance_types.#", nonZero),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_instance_types.eight_by_sixteen", "instance_types.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_instance_types.eight_by_sixteen", "instance_types.0.instance_type", "SN3ne.2XLARGE16"),
				),
			},
		},
	})
}

func nonZero(v string) error {
	if v == "0" || v == "" {
		return errEmpty
	}
	return nil
}
