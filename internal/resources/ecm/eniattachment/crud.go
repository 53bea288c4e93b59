package eniattachment

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *attachmentResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	c := r.Conn().ECM
	region, id, instance := plan.EcmRegion.ValueString(), plan.NetworkInterfaceID.ValueString(), plan.InstanceID.ValueString()
	// Another change of the ENI (a secondary address, a detachment) may still be settling.
	if _, err := ecmeni.WaitAvailable(ctx, c, region, id, timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for ECM ENI "+id+" to be AVAILABLE before attaching it", err)
		return
	}
	if err := c.AttachNetworkInterface(ctx, ecm.AttachmentRequest{EcmRegion: region, NetworkInterfaceId: id, InstanceId: instance}); err != nil {
		tfutil.AddError(&resp.Diagnostics, "attaching ECM ENI "+id+" to "+instance, err)
		return
	}
	plan.ID = types.StringValue(id)
	plan.DeviceIndex = types.Int64Null()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	r.waitOn(ctx, &plan, instance, timeout, resp.State.Set, &resp.Diagnostics)
}

func (r *attachmentResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, state.EcmRegion.ValueString(), state.ID.ValueString())
	// Detached outside Terraform (or the ENI gone): the next apply attaches it again.
	gone := tencent.IsNotFound(err) || (err == nil && !attached(n))
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), gone, err) {
		return
	}
	state.fromAPI(n)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *attachmentResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
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
	if plan.InstanceID.Equal(state.InstanceID) {
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
		return
	}
	c := r.Conn().ECM
	region, id := plan.EcmRegion.ValueString(), plan.ID.ValueString()
	from, to := state.InstanceID.ValueString(), plan.InstanceID.ValueString()
	if _, err := ecmeni.WaitAvailable(ctx, c, region, id, timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for ECM ENI "+id+" to be AVAILABLE before moving it", err)
		return
	}
	if err := c.MigrateNetworkInterface(ctx, ecm.MigrateNetworkInterfaceRequest{EcmRegion: region, NetworkInterfaceId: id,
		SourceInstanceId: from, DestinationInstanceId: to}); err != nil {
		tfutil.AddError(&resp.Diagnostics, "moving ECM ENI "+id+" from "+from+" to "+to, err)
		return
	}
	r.waitOn(ctx, &plan, to, timeout, resp.State.Set, &resp.Diagnostics)
}

func (r *attachmentResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if err := detach(ctx, r.Conn().ECM, state.EcmRegion.ValueString(), state.ID.ValueString(), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "detaching ECM ENI "+state.ID.ValueString(), err)
	}
}

// detach waits for the ENI to settle, detaches it from the instance it is attached to and waits
// until it is AVAILABLE and detached. An ENI already detached or gone is success.
func detach(ctx context.Context, c *ecm.Client, region, id string, timeout time.Duration) error {
	n, err := ecmeni.WaitAvailable(ctx, c, region, id, timeout)
	if tencent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	instance := n.AttachedTo()
	if instance == "" {
		return nil
	}
	if err := c.DetachNetworkInterface(ctx, ecm.AttachmentRequest{EcmRegion: region, NetworkInterfaceId: id, InstanceId: instance}); err != nil {
		if tencent.IsNotFound(err) {
			return nil
		}
		return err
	}
	_, err = ecmeni.WaitSettledOn(ctx, c, region, id, "", timeout)
	if tencent.IsNotFound(err) {
		return nil
	}
	return err
}
