package publicnetworkinstance

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *instanceResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region, zone := plan.Region.ValueString(), plan.ZoneID.ValueString()
	// One instance per zone (documented): say which one is there before trying.
	existing, err := r.Conn().EdgeZone.FindPublicNetworkInstanceInZone(ctx, region, zone)
	switch {
	case err == nil:
		resp.Diagnostics.Append(duplicateDiagnostic(zone, existing, nil))
		return
	case !tencent.IsNotFound(err):
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+": looking up the zone's instance", err)
		return
	}
	id, adopted, err := r.create(ctx, region, &plan)
	if err != nil {
		if tencent.HasCode(err, edgezone.CodePublicInstanceDuplicate) {
			existing, _ := r.Conn().EdgeZone.FindPublicNetworkInstanceInZone(ctx, region, zone)
			resp.Diagnostics.Append(duplicateDiagnostic(zone, existing, err))
			return
		}
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+" in "+zone, err)
		return
	}
	if adopted != nil {
		resp.Diagnostics.AddWarning("Adopted "+kind+" "+id+" after a lost answer",
			"The answer to CreatePublicNetworkInstance was lost ("+adopted.Error()+"). It has no ClientToken, so it was not sent again; "+
				"instead the zone was looked up, and "+id+", which carries this resource's name, was taken as the one this call created.")
	}

	// Save the ID before reading back: an interrupted read-back leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(id)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *instanceResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	i, err := r.Conn().EdgeZone.FindPublicNetworkInstanceByID(ctx, state.Region.ValueString(), state.ID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(i, false)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *instanceResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Only the name can change in place; every other argument forces a new instance.
	err := r.Conn().EdgeZone.ModifyPublicNetworkInstance(ctx, plan.Region.ValueString(), edgezone.ModifyPublicNetworkInstanceRequest{
		NetworkInstanceId: plan.ID.ValueString(), NetworkInstanceName: plan.Name.ValueString(),
	})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "renaming "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *instanceResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := deleteInstance(ctx, r.Conn(), state.Region.ValueString(), state.ID.ValueString()); err != nil {
		var inUse *inUseError
		if errors.As(err, &inUse) {
			resp.Diagnostics.AddError("Cannot delete "+kind+" "+state.ID.ValueString()+": it is still in use", inUse.Detail())
			return
		}
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}
