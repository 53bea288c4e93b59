package eip_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
)

// A refresh reads a type's objects with as few Describe calls as the API allows: 50 EIPs are one
// page of DescribeAddresses, not 50 calls (counted by the sandbox). Sequential, in a region no other
// test uses, so the counters are this test's alone.
func TestAccECMEIP_refreshOf50IsOnePage(t *testing.T) {
	sb := acctest.Sandbox(t)
	const region = "ap-beijing-ecm"
	config := fmt.Sprintf(`
resource "edgecloud_ecm_eip" "many" {
  count                      = 50
  ecm_region                 = %q
  internet_max_bandwidth_out = 1
}
`, region)
	var before int
	describes := func() int { return sb.CallCounts()["ecm.DescribeAddresses"] }
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig:    func() { before = describes() },
				RefreshState: true,
				Check: func(*terraform.State) error {
					if n := describes() - before; n > 2 {
						return fmt.Errorf("refreshing 50 EIPs made %d DescribeAddresses calls; want at most 2", n)
					}
					return nil
				},
			},
		},
	})
}
