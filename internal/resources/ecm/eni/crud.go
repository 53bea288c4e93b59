package eni

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *eniResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	creq := plan.createRequest(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateNetworkInterface(ctx, creq)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	id := out.NetworkInterface.NetworkInterfaceId
	// Save the ID before waiting: an interrupted or failed wait leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(id)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)

	region := plan.EcmRegion.ValueString()
	n, err := WaitAvailable(ctx, r.Conn().ECM, region, id, timeout)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for "+kind+" "+id+" to become AVAILABLE", err)
		if tencent.IsNotFound(err) {
			// A failed creation leaves no ENI behind: nothing to keep in state.
			resp.State.RemoveResource(ctx)
		}
		return
	}
	plan.fromAPI(n)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *eniResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	gone := tencent.IsNotFound(err) || (err == nil && n.State == ecm.ENIStateDeleting)
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), gone, err) {
		return
	}
	state.fromAPI(n)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update only ever changes timeouts: every other argument forces a new ENI.
func (r *eniResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *eniResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if err := deleteENI(ctx, r.Conn().ECM, state.EcmRegion.ValueString(), state.ID.ValueString()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
