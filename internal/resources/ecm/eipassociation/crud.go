package eipassociation

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *assocResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	region, id := plan.EcmRegion.ValueString(), plan.AddressID.ValueString()
	// An EIP still being allocated or unbound (a re-association after drift) settles first.
	if err := wait.Until(ctx, wait.Options{Description: "ECM EIP " + id + " settling before binding", Timeout: timeout}, func(ctx context.Context) (bool, string, error) {
		a, err := r.Conn().ECM.FindAddressByID(ctx, region, id)
		if err != nil {
			return false, "", err
		}
		return a.AddressStatus != ecm.AddressStatusCreating && a.AddressStatus != ecm.AddressStatusUnbinding, a.AddressStatus, nil
	}); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for ECM EIP "+id+" to settle before binding", err)
		return
	}
	out, err := r.Conn().ECM.AssociateAddress(ctx, ecm.AssociateAddressRequest{
		EcmRegion: region, AddressId: id, InstanceId: plan.InstanceID.ValueString(),
		NetworkInterfaceId: plan.NetworkInterfaceID.ValueString(), PrivateIpAddress: plan.PrivateIP.ValueString(),
	})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "binding ECM EIP "+id, err)
		return
	}
	// Save the ID before waiting: an interrupted wait leaves a tainted association, not an orphan binding.
	plan.ID = types.StringValue(id)
	plan.AddressStatus, plan.AddressIP = types.StringNull(), types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if err := r.Conn().ECM.WaitTask(ctx, wait.Options{Timeout: timeout}, region, out.TaskId, "AssociateAddress"); err != nil {
		tfutil.AddError(&resp.Diagnostics, "waiting for ECM EIP "+id+" to be bound", err)
		return
	}
	a, err := tencent.ReadAfterWrite(ctx, wait.Options{Description: kind + " " + id + " showing the binding", Timeout: timeout},
		func(ctx context.Context) (*ecm.Address, error) { return r.Conn().ECM.FindAddressByID(ctx, region, id) },
		func(a *ecm.Address) bool { return plan.matches(a) && a.AddressStatus != statusBinding })
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+id, err)
		return
	}
	plan.fromAPI(a)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *assocResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region, id := state.EcmRegion.ValueString(), state.ID.ValueString()
	a, err := r.Conn().ECM.FindAddressByID(ctx, region, id)
	if err == nil && state.InstanceID.IsNull() && state.NetworkInterfaceID.IsNull() {
		// An import: take the binding as the API shows it.
		if err = r.adopt(ctx, &state, a); err != nil {
			tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+id, err)
			return
		}
	}
	// Unbound, or bound to something else, outside Terraform: the association is gone (the next
	// apply binds it again).
	gone := tencent.IsNotFound(err) || (err == nil && !state.matches(a))
	if !tfutil.ReadFound(ctx, resp, kind, id, gone, err) {
		return
	}
	state.fromAPI(a)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// adopt fills an imported association's target: the instance when the EIP sits on the primary
// address of the instance's primary ENI, else the ENI and address.
func (r *assocResource) adopt(ctx context.Context, m *resourceModel, a *ecm.Address) error {
	m.AddressID = types.StringValue(a.AddressId)
	if m.Reallocate.IsNull() {
		m.Reallocate = types.BoolValue(false)
	}
	if !bound(a) || a.NetworkInterfaceId == "" {
		return nil
	}
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, m.EcmRegion.ValueString(), a.NetworkInterfaceId)
	if err != nil {
		return err
	}
	if n.Primary && a.InstanceId != "" && len(n.PrivateIpAddressSet) > 0 && primaryAddress(n) == a.PrivateAddressIp {
		m.InstanceID = types.StringValue(a.InstanceId)
		return nil
	}
	m.NetworkInterfaceID, m.PrivateIP = types.StringValue(a.NetworkInterfaceId), types.StringValue(a.PrivateAddressIp)
	return nil
}

func primaryAddress(n *ecm.NetworkInterface) string {
	for _, ip := range n.PrivateIpAddressSet {
		if ip.Primary != nil && *ip.Primary {
			return ip.PrivateIpAddress
		}
	}
	return n.PrivateIpAddressSet[0].PrivateIpAddress
}

// Update only changes reallocate_normal_public_ip and timeouts, which act on destroy.
func (r *assocResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *assocResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if err := unbind(ctx, r.Conn(), state.EcmRegion.ValueString(), state.ID.ValueString(), state.Reallocate.ValueBool(), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "unbinding ECM EIP "+state.ID.ValueString(), err)
	}
}

// unbind waits for the EIP to leave BINDING/UNBINDING, unbinds it and waits for UNBIND. An EIP
// that is gone or already unbound is success.
func unbind(ctx context.Context, c *conn.Conn, region, id string, reallocate bool, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var status string
	err := wait.Until(ctx, wait.Options{Description: "ECM EIP " + id + " settling"}, func(ctx context.Context) (bool, string, error) {
		a, err := c.ECM.FindAddressByID(ctx, region, id)
		if err != nil {
			return false, "", err
		}
		status = a.AddressStatus
		return status != statusBinding && status != ecm.AddressStatusUnbinding, status, nil
	})
	if ecm.IsAddressGone(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if status != statusBind && status != statusBindENI {
		return nil
	}
	req := ecm.DisassociateAddressRequest{EcmRegion: region, AddressId: id}
	if reallocate {
		req.ReallocateNormalPublicIp = &reallocate
	}
	out, err := c.ECM.DisassociateAddress(ctx, req)
	if ecm.IsAddressGone(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return c.ECM.WaitTask(ctx, wait.Options{}, region, out.TaskId, "DisassociateAddress")
}
