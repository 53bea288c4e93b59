package eip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *eipResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	region := plan.EcmRegion.ValueString()
	out, err := r.Conn().ECM.AllocateAddresses(ctx, plan.allocateRequest(ctx, &resp.Diagnostics))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	if len(out.AddressSet) != 1 {
		resp.Diagnostics.AddError("Creating "+kind, "AllocateAddresses answered "+
			"with an unexpected address set; expected exactly one address ID.")
		return
	}
	id := out.AddressSet[0]

	// Save the ID before waiting: an interrupted or failed wait leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(id)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)

	opts := wait.Options{Timeout: timeout}
	if err := r.Conn().ECM.WaitTask(ctx, opts, region, out.TaskId, "AllocateAddresses"); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+id+" to be allocated", err)
		if wait.IsTaskFailed(err) {
			// A failed allocation normally leaves no address behind; only keep (tainted) what exists.
			if _, findErr := r.Conn().ECM.FindAddressByID(ctx, region, id); tencent.IsNotFound(findErr) {
				resp.State.RemoveResource(ctx)
			}
		}
		return
	}
	if !plan.AddressName.IsNull() {
		if err := r.rename(ctx, region, id, plan.AddressName); err != nil {
			tfutil.AddError(&resp.Diagnostics, "naming "+kind+" "+id, err)
			return
		}
	}
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *eipResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	a, err := r.Conn().ECM.FindAddressByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err) || (err == nil && a.AddressStatus == ecm.AddressStatusOfflining), err) {
		return
	}
	state.fromAPI(a)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *eipResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
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
	region, id := plan.EcmRegion.ValueString(), plan.ID.ValueString()

	if !plan.AddressName.Equal(state.AddressName) {
		if err := r.rename(ctx, region, id, plan.AddressName); err != nil {
			tfutil.AddError(&resp.Diagnostics, "renaming "+kind+" "+id, err)
			return
		}
	}
	if !plan.InternetMaxBandwidthOut.Equal(state.InternetMaxBandwidthOut) {
		out, err := r.Conn().ECM.ModifyAddressesBandwidth(ctx, ecm.ModifyAddressesBandwidthRequest{
			EcmRegion: region, AddressIds: []string{id}, InternetMaxBandwidthOut: plan.InternetMaxBandwidthOut.ValueInt64(),
		})
		if err != nil {
			tfutil.AddError(&resp.Diagnostics, "changing the bandwidth of "+kind+" "+id, err)
			return
		}
		if err := r.Conn().ECM.WaitTask(ctx, wait.Options{Timeout: timeout}, region, out.TaskId, "ModifyAddressesBandwidth"); err != nil {
			tfutil.AddError(&resp.Diagnostics, "waiting for the bandwidth change of "+kind+" "+id, err)
			return
		}
	}
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *eipResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if step, err := releaseEIP(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString(), state.AddressStatus.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, step, err)
	}
}
