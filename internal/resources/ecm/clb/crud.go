package clb

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *clbResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	request := plan.createRequest(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateLoadBalancer(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	if len(out.LoadBalancerIds) != 1 {
		resp.Diagnostics.AddError("Creating "+kind, "CreateLoadBalancer (RequestId "+out.RequestId+") answered with an unexpected ID list; expected exactly one load balancer ID.")
		return
	}
	id := out.LoadBalancerIds[0]

	// Save the ID before waiting: an interrupted or failed wait leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(id)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)

	if err := r.Conn().ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "CreateLoadBalancer"); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+id+" to be created", err)
		return
	}
	// CreateLoadBalancer takes no pass-to-target setting: a true one is a change after creation.
	if plan.LoadBalancerPassToTarget.ValueBool() {
		if err := modify(ctx, r.Conn(), timeout, ecm.ModifyLoadBalancerAttributesRequest{LoadBalancerId: id, LoadBalancerPassToTarget: plan.LoadBalancerPassToTarget.ValueBoolPointer()}); err != nil {
			tfutil.AddError(&resp.Diagnostics, "setting load_balancer_pass_to_target of "+kind+" "+id, err)
			return
		}
	}
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *clbResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	b, err := r.Conn().ECM.FindLoadBalancer(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(b)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *clbResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	// Name, bandwidth and pass-to-target: one ModifyLoadBalancerAttributes with what changed.
	change := ecm.ModifyLoadBalancerAttributesRequest{LoadBalancerId: id}
	changed := false
	if !plan.LoadBalancerName.IsUnknown() && !plan.LoadBalancerName.IsNull() && !plan.LoadBalancerName.Equal(state.LoadBalancerName) {
		change.LoadBalancerName, changed = plan.LoadBalancerName.ValueStringPointer(), true
	}
	if !plan.InternetMaxBandwidthOut.Equal(state.InternetMaxBandwidthOut) {
		change.InternetChargeInfo, changed = &ecm.LoadBalancerInternetAccessible{InternetMaxBandwidthOut: plan.InternetMaxBandwidthOut.ValueInt64Pointer()}, true
	}
	if !plan.LoadBalancerPassToTarget.Equal(state.LoadBalancerPassToTarget) {
		change.LoadBalancerPassToTarget, changed = plan.LoadBalancerPassToTarget.ValueBoolPointer(), true
	}
	if changed {
		if err := modify(ctx, r.Conn(), timeout, change); err != nil {
			tfutil.AddError(&resp.Diagnostics, "changing "+kind+" "+id, err)
			return
		}
	}
	if !plan.SecurityGroupIDs.Equal(state.SecurityGroupIDs) {
		groups := plan.groups(ctx, &resp.Diagnostics)
		out, err := r.Conn().ECM.SetLoadBalancerSecurityGroups(ctx, ecm.SetLoadBalancerSecurityGroupsRequest{LoadBalancerId: id, SecurityGroups: groups})
		if err == nil {
			err = r.Conn().ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "SetLoadBalancerSecurityGroups")
		}
		if err != nil {
			tfutil.AddError(&resp.Diagnostics, "setting the security groups of "+kind+" "+id, err)
			return
		}
	}
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *clbResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := state.Timeouts.Delete(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if step, err := deleteLoadBalancer(ctx, r.Conn(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, step, err)
	}
}

// modify sends one ModifyLoadBalancerAttributes and waits for its task.
func modify(ctx context.Context, c *conn.Conn, timeout time.Duration, req ecm.ModifyLoadBalancerAttributesRequest) error {
	out, err := c.ECM.ModifyLoadBalancerAttributes(ctx, req)
	if err != nil {
		return err
	}
	return c.ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "ModifyLoadBalancerAttributes")
}

// deleteLoadBalancer is the delete path that Delete and the sweeper share: DeleteLoadBalancer, its
// task, then until DescribeLoadBalancers no longer returns it. One already gone is success. On
// error it also returns the step that failed, for the diagnostic's summary.
func deleteLoadBalancer(ctx context.Context, c *conn.Conn, id string) (step string, err error) {
	out, err := c.ECM.DeleteLoadBalancer(ctx, ecm.DeleteLoadBalancerRequest{LoadBalancerIds: []string{id}})
	if ecm.IsLoadBalancerGone(err) {
		return "", nil
	}
	if err != nil {
		return "deleting " + kind + " " + id, err
	}
	if err := c.ECM.WaitLoadBalanceTask(ctx, wait.Options{}, out.RequestId, "DeleteLoadBalancer"); err != nil {
		return "waiting for " + kind + " " + id + " to be deleted", err
	}
	err = tencent.WaitNotFound(ctx, wait.Options{Description: kind + " " + id + " deletion"}, func(ctx context.Context) (string, error) {
		if _, err := c.ECM.FindLoadBalancer(ctx, id); err != nil {
			return "", err
		}
		return "present", nil
	})
	if err != nil {
		return "waiting for " + kind + " " + id + " to disappear", err
	}
	return "", nil
}

// refresh reads the load balancer back after a change, until it is running and shows the change,
// and stores it.
func (r *clbResource) refresh(ctx context.Context, m *resourceModel, timeout time.Duration, state *tfsdk.State, diags *diag.Diagnostics) {
	id := m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: timeout}
	b, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.LoadBalancer, error) {
		return r.Conn().ECM.FindLoadBalancer(ctx, id)
	}, m.shows(ctx))
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id, err)
		return
	}
	m.fromAPI(b)
	diags.Append(state.Set(ctx, m)...)
}
