package eip_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
)

// A plan of more EIPs than the region's quota allows warns on every create past it, with one
// DescribeAddressQuota call for the whole plan.
func TestPreflight_WarnsPastTheQuota(t *testing.T) {
	sb := acctest.Sandbox(t)
	ctx := context.Background()
	const region = "ap-xian-ecm" // no other test allocates here
	c := acctest.Conn()
	q, err := c.ECM.DescribeAddressQuota(ctx, ecm.DescribeAddressQuotaRequest{EcmRegion: region})
	if err != nil {
		t.Fatal(err)
	}
	total, _ := q.Quota(ecm.QuotaTotalEIP)
	remaining := int(total.QuotaLimit - total.QuotaCurrent)
	planned := remaining + 3

	r := ecmeip.NewResource()
	var cresp resource.ConfigureResponse
	r.(resource.ResourceWithConfigure).Configure(ctx, resource.ConfigureRequest{ProviderData: acctest.FreshConn()}, &cresp)
	var sresp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &sresp)
	before := sb.CallCounts()["ecm.DescribeAddressQuota"]

	warned := 0
	for i := 1; i <= planned; i++ {
		req := createPlan(ctx, t, sresp, region)
		resp := resource.ModifyPlanResponse{Plan: req.Plan}
		r.(resource.ResourceWithModifyPlan).ModifyPlan(ctx, req, &resp)
		if resp.Diagnostics.HasError() {
			t.Fatal(resp.Diagnostics)
		}
		if resp.Diagnostics.WarningsCount() > 0 {
			warned++
			if d := resp.Diagnostics.Warnings()[0].Detail(); !strings.Contains(d, "TOTAL_EIP_QUOTA") || !strings.Contains(d, region) {
				t.Errorf("warning detail %q does not name the quota and region", d)
			}
		}
	}
	if warned != 3 {
		t.Errorf("%d of %d planned creates warned with %d remaining; want 3", warned, planned, remaining)
	}
	if n := sb.CallCounts()["ecm.DescribeAddressQuota"] - before; n != 1 {
		t.Errorf("%d DescribeAddressQuota calls for one plan; want 1", n)
	}
}

// createPlan is a ModifyPlan request for a create in region with everything else unset.
func createPlan(ctx context.Context, t *testing.T, sresp resource.SchemaResponse, region string) resource.ModifyPlanRequest {
	t.Helper()
	typ := sresp.Schema.Type().TerraformType(ctx).(tftypes.Object)
	vals := make(map[string]tftypes.Value, len(typ.AttributeTypes))
	for k, at := range typ.AttributeTypes {
		vals[k] = tftypes.NewValue(at, nil)
	}
	vals["ecm_region"] = tftypes.NewValue(tftypes.String, region)
	raw := tftypes.NewValue(typ, vals)
	return resource.ModifyPlanRequest{
		Config: tfsdk.Config{Schema: sresp.Schema, Raw: raw},
		Plan:   tfsdk.Plan{Schema: sresp.Schema, Raw: raw},
		State:  tfsdk.State{Schema: sresp.Schema, Raw: tftypes.NewValue(typ, nil)},
	}
}
