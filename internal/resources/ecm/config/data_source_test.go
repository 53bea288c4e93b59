package config_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccECMConfigDataSource_basic(t *testing.T) {
	const c = "data.edgecloud_ecm_config.this"
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `data "edgecloud_ecm_config" "this" {}`,
				Check: func(s *terraform.State) error {
					a := s.RootModule().Resources[c].Primary.Attributes
					for _, pair := range [][2]string{{"min_bandwidth", "max_bandwidth"}, {"min_system_disk_size", "max_system_disk_size"}, {"min_data_disk_size", "max_data_disk_size"}, {"min_vcpu", "max_vcpu"}} {
						lo, _ := strconv.Atoi(a[pair[0]])
						hi, _ := strconv.Atoi(a[pair[1]])
						if hi <= 0 || lo > hi {
							return fmt.Errorf("%s %d, %s %d", pair[0], lo, pair[1], hi)
						}
					}
					if a["network_limits.#"] == "0" || a["image_white_set.#"] == "0" {
						return fmt.Errorf("empty lists: %s network limits, %s images", a["network_limits.#"], a["image_white_set.#"])
					}
					return nil
				},
			},
		},
	})
}
