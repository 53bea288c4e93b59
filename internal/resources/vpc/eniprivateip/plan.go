package eniprivateip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// planAddresses plans the attributes that describe the owned addresses, after the base planned the
// region. With addresses configured, they are what will be owned and the count is their number.
// With a count, the addresses are the ones owned now when the count, the ENI and the region stay
// (nothing to do), and unknown otherwise (the cloud picks the new ones). A refresh that found
// owned addresses gone has lowered the state's count and set, so the plan assigns them again.
func (r *eniPrivateIPResource) planAddresses(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return // destroy
	}
	var config, plan resourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	resp.Diagnostics.Append(resp.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var state *resourceModel
	if !req.State.Raw.IsNull() {
		state = &resourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
		if resp.Diagnostics.HasError() {
			return
		}
	}
	count, addresses, assigned := types.Int64Unknown(), types.SetUnknown(types.StringType), types.SetUnknown(types.StringType)
	switch {
	case !config.PrivateIPAddresses.IsNull():
		addresses = config.PrivateIPAddresses
		if !addresses.IsUnknown() && fullyKnown(addresses) {
			count, assigned = types.Int64Value(int64(len(addresses.Elements()))), addresses
		}
	case !config.SecondaryPrivateIPAddressCount.IsNull():
		count = config.SecondaryPrivateIPAddressCount
		if state != nil && count.Equal(state.SecondaryPrivateIPAddressCount) && sameHome(&plan, state) {
			addresses, assigned = state.PrivateIPAddresses, state.AssignedPrivateIPAddresses
		}
	default:
		return // the config validator reports it
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("secondary_private_ip_address_count"), count)...)
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("private_ip_addresses"), addresses)...)
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("assigned_private_ip_addresses"), assigned)...)
}

// sameHome reports whether the plan keeps the resource where the state has it (same ENI, region and
// QoS level): otherwise it is replaced and gets new addresses.
func sameHome(plan, state *resourceModel) bool {
	return plan.NetworkInterfaceID.Equal(state.NetworkInterfaceID) && plan.Region.Equal(state.Region) &&
		(plan.QosLevel.IsUnknown() || plan.QosLevel.Equal(state.QosLevel))
}

func fullyKnown(s types.Set) bool {
	for _, e := range s.Elements() {
		if e.IsUnknown() {
			return false
		}
	}
	return true
}
