package instance

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *instanceResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	var password types.String
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password"), &password)...) // write-only: config only
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.RunInstances(ctx, plan.runRequest(ctx, password.ValueString(), &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	if len(out.InstanceIdSet) != 1 {
		resp.Diagnostics.AddError("Creating "+kind, "RunInstances answered with an unexpected instance set; expected exactly one instance ID.")
		return
	}
	id := out.InstanceIdSet[0]
	// Save the ID before waiting: an interrupted or failed launch leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(id)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)

	inst, err := waitState(ctx, r.Conn(), id, timeout, ecm.InstanceStateRunning)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+id+" to run", err)
		return
	}
	if !plan.Running.ValueBool() {
		if inst, err = r.stop(ctx, id, plan.StopType.ValueString(), timeout); err != nil {
			tfutil.AddError(&resp.Diagnostics, "stopping "+kind+" "+id, err)
			return
		}
	}
	plan.fromAPI(inst)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *instanceResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	i, err := r.Conn().ECM.FindInstanceByID(ctx, state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err) || (err == nil && i.InstanceState == ecm.InstanceStateTerminating), err) {
		return
	}
	state.fromAPI(i)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *instanceResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	var password types.String
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password"), &password)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	if step, err := r.update(ctx, &plan, &state, password, timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, step+" of "+kind+" "+id, err)
		return
	}
	inst, err := waitSettled(ctx, r.Conn(), id, timeout)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+id+" after a change", err)
		return
	}
	plan.fromAPI(inst)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *instanceResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	id := state.ID.ValueString()
	if err := terminate(ctx, r.Conn(), id, state.AssociatedResourceDestroy.ValueBool(), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "terminating "+kind+" "+id, err)
	}
}
