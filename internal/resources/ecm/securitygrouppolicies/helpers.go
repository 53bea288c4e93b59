package securitygrouppolicies

// Helpers behind the CRUD methods: the one write (replace both directions), the read, and the
// concurrent-edit check around the write.

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// describe reads a group's rule set. DescribeSecurityGroupPolicies takes one group: no batching.
func (r *policiesResource) describe(ctx context.Context, id string) (*ecm.SecurityGroupPolicySet, error) {
	out, err := r.Conn().ECM.DescribeSecurityGroupPolicies(ctx, ecm.DescribeSecurityGroupPoliciesRequest{SecurityGroupId: id})
	if err != nil {
		return nil, err
	}
	return &out.SecurityGroupPolicySet, nil
}

// apply replaces the group's rules with the plan's and stores what the API then holds. The
// version before and after tells whether someone else changed the rules meanwhile: one write of
// ours moves it by exactly one.
func (r *policiesResource) apply(ctx context.Context, plan *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	id := plan.ID.ValueString()
	before, err := r.describe(ctx, id)
	if err != nil {
		tfutil.AddError(diags, "reading the "+kind+" of "+id, err)
		return
	}
	err = r.Conn().ECM.ModifySecurityGroupPolicies(ctx, ecm.ModifySecurityGroupPoliciesRequest{SecurityGroupId: id, SecurityGroupPolicySet: plan.policySet()})
	if err != nil {
		tfutil.AddError(diags, "setting the "+kind+" of "+id, err)
		return
	}
	after, err := r.describe(ctx, id)
	if err != nil {
		tfutil.AddError(diags, "reading the "+kind+" of "+id+" after setting them", err)
		return
	}
	if moved, ok := versionDelta(before.Version, after.Version); ok && moved != 1 {
		diags.AddWarning("The rules of "+id+" were changed by someone else during this apply",
			fmt.Sprintf("The rule set's version went from %s to %s while this apply made one change. The state records the rules "+
				"as they are now; the next plan shows any difference from the configuration.", before.Version, after.Version))
	}
	plan.fromAPI(after)
	diags.Append(state.Set(ctx, plan)...)
}

// versionDelta is after-before when both are numbers.
func versionDelta(before, after string) (int64, bool) {
	b, err1 := strconv.ParseInt(before, 10, 64)
	a, err2 := strconv.ParseInt(after, 10, 64)
	return a - b, err1 == nil && err2 == nil
}

// clearRules removes every rule of the group (what destroying this resource means).
func clearRules(ctx context.Context, c *conn.Conn, id string) error {
	return c.ECM.ModifySecurityGroupPolicies(ctx, ecm.ModifySecurityGroupPoliciesRequest{
		SecurityGroupId:        id,
		SecurityGroupPolicySet: ecm.SecurityGroupPolicySet{Ingress: []ecm.SecurityGroupPolicy{}, Egress: []ecm.SecurityGroupPolicy{}},
	})
}
