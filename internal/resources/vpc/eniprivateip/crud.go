package eniprivateip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *eniPrivateIPResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan, config resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	eni := plan.NetworkInterfaceID.ValueString()
	o := &operation{c: r.Conn().VPC, region: plan.Region.ValueString(), eni: eni, qos: plan.qos()}
	// Save the ID and the addresses before every wait: an interrupted or failed wait leaves a
	// tainted resource owning exactly what was assigned, never an orphan. Nothing owned, nothing saved.
	o.record = func(owned []string) {
		if len(owned) == 0 {
			resp.State.RemoveResource(ctx)
			return
		}
		m := plan
		m.ID = types.StringValue(resourceID(eni, owned))
		m.setOwned(ctx, owned, &resp.Diagnostics)
		if m.QosLevel.IsUnknown() {
			m.QosLevel = types.StringNull()
		}
		resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
	}
	var err error
	if listMode(&config) {
		err = o.assignAddresses(ctx, setStrings(ctx, plan.PrivateIPAddresses, &resp.Diagnostics))
	} else {
		err = o.assignCount(ctx, int(plan.SecondaryPrivateIPAddressCount.ValueInt64()))
	}
	if err != nil {
		step, cause := stepOf(err, "creating "+kind)
		tfutil.AddError(&resp.Diagnostics, step, cause)
		return
	}
	r.finish(ctx, o, plan, plan.ID, &resp.State, &resp.Diagnostics)
}

func (r *eniPrivateIPResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, eniID := state.ID.ValueString(), state.NetworkInterfaceID.ValueString()
	eni, err := r.Conn().VPC.FindNetworkInterfaceByID(ctx, state.Region.ValueString(), eniID)
	if tencent.IsNotFound(err) {
		resp.Diagnostics.AddWarning(vpc.KindNetworkInterface+" "+eniID+" no longer exists",
			"It was deleted outside Terraform, and its private IPs with it, so "+ResourceType+" "+id+
				" is removed from the state; the next plan will assign them again (which fails until the ENI exists).")
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+id, err)
		return
	}
	owned := state.owned(ctx, &resp.Diagnostics)
	present := presentOn(eni, owned)
	// Only the owned addresses are looked at: others on the ENI are none of this resource's business.
	if !tfutil.ReadFound(ctx, resp, kind, id, len(present) == 0, nil) {
		return
	}
	state.setOwned(ctx, present, &resp.Diagnostics)
	state.readQos(eni, present)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *eniPrivateIPResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state, config resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	base := plan
	base.ID, base.QosLevel = state.ID, state.QosLevel
	o := &operation{
		c: r.Conn().VPC, region: state.Region.ValueString(), eni: state.NetworkInterfaceID.ValueString(), qos: state.qos(),
		owned: state.owned(ctx, &resp.Diagnostics),
	}
	// Every change is recorded as it happens, so an update that stops halfway leaves the state
	// owning exactly what is assigned.
	o.record = func(owned []string) {
		m := base
		m.setOwned(ctx, owned, &resp.Diagnostics)
		resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
	}
	o.record(o.owned)
	var toRemove, toAdd []string
	addCount := 0
	if listMode(&config) {
		want := setStrings(ctx, plan.PrivateIPAddresses, &resp.Diagnostics)
		toRemove, toAdd = tfutil.Minus(o.owned, want), tfutil.Minus(want, o.owned)
	} else if n := int(plan.SecondaryPrivateIPAddressCount.ValueInt64()) - len(o.owned); n < 0 {
		toRemove = o.owned[len(o.owned)+n:] // the highest: the anchor, the lowest, stays longest
	} else {
		addCount = n
	}
	if resp.Diagnostics.HasError() {
		return
	}
	// Unassign first: it frees the ENI's quota for what is assigned next.
	err := o.unassign(ctx, toRemove, false)
	if err == nil {
		err = o.assignAddresses(ctx, toAdd)
	}
	if err == nil {
		err = o.assignCount(ctx, addCount)
	}
	if err != nil {
		step, cause := stepOf(err, "updating "+kind+" "+state.ID.ValueString())
		tfutil.AddError(&resp.Diagnostics, step, cause)
		return
	}
	r.finish(ctx, o, base, state.ID, &resp.State, &resp.Diagnostics)
}

func (r *eniPrivateIPResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	if err := unassignOwned(ctx, r.Conn().VPC, state.Region.ValueString(), state.NetworkInterfaceID.ValueString(), state.owned(ctx, &resp.Diagnostics)); err != nil {
		step, cause := stepOf(err, "deleting "+kind+" "+state.ID.ValueString())
		tfutil.AddError(&resp.Diagnostics, step, cause)
	}
}

// unassignOwned is the delete path: unassign the owned addresses still on the ENI (an ENI already
// gone takes them with it) and wait until they are gone.
func unassignOwned(ctx context.Context, c *vpc.Client, region, eni string, owned []string) error {
	o := &operation{c: c, region: region, eni: eni, owned: owned, record: func([]string) {}}
	return o.unassign(ctx, owned, true)
}

// finish reads the ENI back until every owned address is AVAILABLE and saves the final state. id
// is the resource's ID: Update keeps the state's; Create's (unknown in the plan) comes from the
// owned set.
func (r *eniPrivateIPResource) finish(ctx context.Context, o *operation, m resourceModel, id types.String, state *tfsdk.State, diags *diag.Diagnostics) {
	eni, err := o.confirmAvailable(ctx)
	if err != nil {
		step, cause := stepOf(err, "reading "+kind)
		tfutil.AddError(diags, step, cause)
		return
	}
	if id.IsUnknown() || id.IsNull() {
		id = types.StringValue(resourceID(o.eni, o.owned))
	}
	m.ID = id
	m.setOwned(ctx, o.owned, diags)
	m.readQos(eni, o.owned)
	diags.Append(state.Set(ctx, &m)...)
}
