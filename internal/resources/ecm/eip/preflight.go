package eip

// Plan-time preflight against the region's EIP quotas (issue: "Preflight at plan time").

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// preflight warns when this planned create goes past the region's EIP quota. Terraform plans
// resources one at a time, so the provider cannot see the whole plan; instead it asks for the
// quota once per region per plan (DescribeAddressQuota) and counts every create it plans in that
// region: the create that would be the (remaining+1)-th gets a warning, as does every one after
// it. It never fails the plan: a quota that cannot be read is a warning too.
func (r *eipResource) preflight(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	c := r.Conn()
	if c == nil || !req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return // not a create
	}
	var region types.String
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("ecm_region"), &region)...)
	if region.IsNull() || region.IsUnknown() {
		return
	}
	v, err := c.Memo("ecm.eip_quota/"+region.ValueString(), func() (any, error) {
		return c.ECM.DescribeAddressQuota(ctx, ecm.DescribeAddressQuotaRequest{EcmRegion: region.ValueString()})
	})
	if err != nil {
		resp.Diagnostics.AddWarning("Could not check the ECM EIP quota",
			fmt.Sprintf("DescribeAddressQuota in %s failed, so this plan was not checked against the EIP quota: %v", region.ValueString(), err))
		return
	}
	quota := v.(*ecm.DescribeAddressQuotaResponse)
	n := int64(c.Count("ecm.eip_creates/" + region.ValueString()))
	for _, q := range []struct{ id, what string }{
		{ecm.QuotaTotalEIP, "EIPs the region may hold"},
		{ecm.QuotaDailyEIPApply, "EIPs that may be allocated today"},
	} {
		got, ok := quota.Quota(q.id)
		if !ok || got.QuotaCurrent+n <= got.QuotaLimit {
			continue
		}
		resp.Diagnostics.AddAttributeWarning(path.Root("internet_max_bandwidth_out"),
			"This plan allocates more ECM EIPs than the quota allows",
			fmt.Sprintf("This is new EIP number %d of this plan in %s, but only %d more %s (%s: %d of %d used). "+
				"Its allocation will fail with a LimitExceeded error unless the quota is raised or EIPs are released first; "+
				"see the edgecloud_ecm_eip_quota data source to check this in a precondition.",
				n, region.ValueString(), max(0, got.QuotaLimit-got.QuotaCurrent), q.what, q.id, got.QuotaCurrent, got.QuotaLimit))
	}
}
