package quote_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccECMInstancePriceDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "edgecloud_ecm_instance_price" "one" {
  instance_type    = "SN3ne.LARGE8"
  system_disk_size = 50
}

data "edgecloud_ecm_instance_price" "ten" {
  instance_type    = "SN3ne.LARGE8"
  system_disk_size = 50
  instance_count   = 10
}
`,
				Check: func(s *terraform.State) error {
					one := attr(s, "data.edgecloud_ecm_instance_price.one", "original_price")
					ten := attr(s, "data.edgecloud_ecm_instance_price.ten", "original_price")
					disc := attr(s, "data.edgecloud_ecm_instance_price.one", "discount_price")
					if one <= 0 || disc <= 0 || disc > one || ten < 9*one {
						return fmt.Errorf("one %v (discounted %v), ten %v", one, disc, ten)
					}
					return nil
				},
			},
			{
				Config: `data "edgecloud_ecm_instance_price" "bad" {
  instance_type    = "XX9.NOPE"
  system_disk_size = 50
}`,
				ExpectError: regexp.MustCompile(`(?s)Code: InvalidParameterValue\.InvalidInstanceTypeConfigID.*RequestId`),
			},
		},
	})
}

func TestAccECMPackingQuotaDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "edgecloud_ecm_packing_quota" "hz" {
  zone          = "ap-hangzhou-ecm-1"
  instance_type = "SN3ne.LARGE8"
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_packing_quota.hz", "quotas.#", "3"), // the zone's three carriers
					resource.TestCheckResourceAttr("data.edgecloud_ecm_packing_quota.hz", "quotas.0.instance_type", "SN3ne.LARGE8"),
					resource.TestCheckResourceAttrWith("data.edgecloud_ecm_packing_quota.hz", "quotas.0.quota", func(v string) error {
						if n, _ := strconv.Atoi(v); n <= 0 {
							return fmt.Errorf("quota %s", v)
						}
						return nil
					}),
				),
			},
		},
	})
}

func attr(s *terraform.State, address, name string) float64 {
	v, _ := strconv.ParseFloat(s.RootModule().Resources[address].Primary.Attributes[name], 64)
	return v
}

// The sandbox account has no snapshots: the list is empty, and the state filter is checked at plan time.
func TestAccECMSnapshotsDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      `data "edgecloud_ecm_snapshots" "bad" { snapshot_state = "SLEEPING" }`,
				ExpectError: regexp.MustCompile(`(?s)snapshot_state.*value\s+must\s+be\s+one\s+of`),
			},
			{
				Config: `data "edgecloud_ecm_snapshots" "all" { snapshot_state = "NORMAL" }`,
				Check:  resource.TestCheckResourceAttr("data.edgecloud_ecm_snapshots.all", "snapshots.#", "0"),
			},
		},
	})
}
