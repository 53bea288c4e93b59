package eip_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
)

// An exhausted daily allocation quota reaches the user as the documented code, and the EIPs that
// were allocated stay managed. Sequential: it lowers the sandbox's quota for its region.
func TestAccECMEIP_dailyQuotaExhaustedIsAClearError(t *testing.T) {
	sb := acctest.Sandbox(t)
	const region = "ap-qingdao-ecm"
	q, err := acctest.Conn().ECM.DescribeAddressQuota(context.Background(), ecm.DescribeAddressQuotaRequest{EcmRegion: region})
	if err != nil {
		t.Fatal(err)
	}
	daily, _ := q.Quota(ecm.QuotaDailyEIPApply)
	if err := sb.SetLimit("ecm.eip_daily_allocations", int(daily.QuotaCurrent)+1); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sb.ClearLimits)
	config := func(n int) string {
		return fmt.Sprintf(`
resource "edgecloud_ecm_eip" "test" {
  count                      = %d
  ecm_region                 = %q
  internet_max_bandwidth_out = 1
}
`, n, region)
	}
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeip.ResourceType, ecmeip.FindByState),
		Steps: []resource.TestStep{
			{Config: config(1), Check: acctest.CheckExists("edgecloud_ecm_eip.test.0", ecmeip.FindByState)},
			{
				Config:      config(2),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM EIP.*Code: LimitExceeded\.AddressQuotaLimitExceededDailyAllocate.*RequestId: \S+`),
			},
		},
	})
}
