package eipassociation

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/huaweibase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *associationResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	// The calls (and the request path's retries of a busy instance) end at the deadline; the waits
	// get what is left of it as their own timeout, so that running out is reported as such.
	deadline := time.Now().Add(timeout)
	callCtx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	scope, id, ip := plan.scope(), plan.InstanceID.ValueString(), plan.PublicIP.ValueString()
	what := "EIP " + ip + " to " + taurusdb.KindInstance + " " + id
	jobID, err := r.Conn().TaurusDB.BindEip(callCtx, scope, id, plan.bindRequest())
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "binding "+what, err)
		return
	}

	// Save the ID before waiting: an interrupted or failed wait leaves a tainted resource, not an orphan.
	plan.ID = plan.InstanceID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)

	if err := r.Conn().TaurusDB.WaitJob(ctx, wait.Options{Timeout: time.Until(deadline)}, scope, jobID, taurusdb.OpBindEip); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for TaurusDB job "+jobID+" binding "+what, err)
		return
	}
	e, err := waitBound(ctx, r.Conn().TaurusDB, scope, id, plan.PublicIPID.ValueString(), time.Until(deadline))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading back the binding of "+what, err)
		return
	}
	plan.fromAPI(e)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *associationResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if state.InstanceID.IsNull() { // imported: the ID is the instance
		state.InstanceID = state.ID
	}
	if state.ProjectID.IsNull() {
		state.ProjectID = types.StringValue(huaweibase.ResolveProject(r.Conn(), state.ProjectID, &resp.Diagnostics))
		if resp.Diagnostics.HasError() {
			return
		}
	}
	id := state.InstanceID.ValueString()
	e, err := r.Conn().TaurusDB.FindInstanceEip(ctx, state.scope(), id)
	switch {
	case huawei.IsNotFound(err):
		resp.Diagnostics.AddWarning(taurusdb.KindInstance+" "+id+" no longer exists",
			"It was deleted outside Terraform, so its EIP association is removed from the state; the next plan will bind the EIP again "+
				"(and fail if the instance is really gone).")
		resp.State.RemoveResource(ctx)
		return
	case err != nil:
		tfutil.AddError(&resp.Diagnostics, "reading the EIP of "+taurusdb.KindInstance+" "+id, err)
		return
	case !state.ours(e):
		addUnboundWarning(&resp.Diagnostics, id, state.PublicIPID.ValueString(), e)
		resp.State.RemoveResource(ctx)
		return
	}
	state.fromAPI(e)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is never called: every argument forces a new resource. Only timeouts can change, and they
// are kept from the plan.
func (r *associationResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *associationResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if step, err := unbindEIP(ctx, r.Conn().TaurusDB, state.scope(), state.InstanceID.ValueString(), state.PublicIPID.ValueString(), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, step, err)
	}
}
