package eniipv6addresses

import (
	"context"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func (r *ipv6Resource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	region, eni := plan.EcmRegion.ValueString(), plan.NetworkInterfaceID.ValueString()
	var mine []string
	got := func(ips []string) {
		mine = append(mine, ips...)
		if plan.ID.IsUnknown() || plan.ID.IsNull() {
			plan.ID = types.StringValue(tfutil.JoinImportID(eni, sortIPs(ips)[0]))
		}
		plan.setOwned(mine)
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	}
	if err := assign(ctx, r.Conn().ECM, region, eni, plan.ISP.ValueString(), plan.Count.ValueInt64(), plan.addresses(ctx),
		plan.Description.ValueStringPointer(), timeout, got); err != nil {
		tfutil.AddError(&resp.Diagnostics, "assigning IPv6 addresses to ECM ENI "+eni, err)
		return
	}
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *ipv6Resource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, state.EcmRegion.ValueString(), state.NetworkInterfaceID.ValueString())
	var ips []string
	var desc map[string]string
	if err == nil {
		ips, desc, _ = owned(n, state.addresses(ctx))
	}
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err) || (err == nil && len(ips) == 0), err) {
		return
	}
	state.setOwned(ips)
	state.Description = readDescription(state.Description, ips, desc)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *ipv6Resource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
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
	c := r.Conn().ECM
	region, eni := plan.EcmRegion.ValueString(), plan.NetworkInterfaceID.ValueString()
	mine := state.addresses(ctx)
	save := func() {
		next := state
		next.setOwned(mine)
		resp.Diagnostics.Append(resp.State.Set(ctx, &next)...)
	}
	var drop []string
	want := plan.addresses(ctx)
	if want != nil {
		drop = tfutil.Minus(mine, want)
	} else if k := int64(len(mine)) - plan.Count.ValueInt64(); k > 0 {
		drop = mine[len(mine)-int(k):]
	}
	if len(drop) > 0 {
		if err := release(ctx, c, region, eni, drop, timeout); err != nil {
			tfutil.AddError(&resp.Diagnostics, "releasing IPv6 addresses of ECM ENI "+eni, err)
			return
		}
		mine = tfutil.Minus(mine, drop)
		save()
	}
	if !plan.Description.Equal(state.Description) && len(mine) > 0 {
		if err := modify(ctx, c, region, eni, mine, plan.Description.ValueStringPointer()); err != nil {
			tfutil.AddError(&resp.Diagnostics, "describing IPv6 addresses of ECM ENI "+eni, err)
			return
		}
		state.Description = plan.Description
		save()
	}
	var n int64
	var list []string
	if want != nil {
		list = tfutil.Minus(want, mine)
	} else {
		n = plan.Count.ValueInt64() - int64(len(mine))
	}
	if err := assign(ctx, c, region, eni, plan.ISP.ValueString(), n, list, plan.Description.ValueStringPointer(), timeout,
		func(ips []string) { mine = append(mine, ips...); save() }); err != nil {
		tfutil.AddError(&resp.Diagnostics, "assigning IPv6 addresses to ECM ENI "+eni, err)
		return
	}
	plan.setOwned(mine)
	plan.ID = state.ID
	r.refresh(ctx, &plan, timeout, &resp.State, &resp.Diagnostics)
}

func (r *ipv6Resource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	region, eni := state.EcmRegion.ValueString(), state.NetworkInterfaceID.ValueString()
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, region, eni)
	if tencent.IsNotFound(err) {
		return
	}
	if err == nil {
		left, _, _ := owned(n, state.addresses(ctx))
		err = release(ctx, r.Conn().ECM, region, eni, left, timeout)
	}
	if err != nil && !tencent.IsNotFound(err) {
		tfutil.AddError(&resp.Diagnostics, "releasing IPv6 addresses of ECM ENI "+eni, err)
	}
}

// ImportState accepts "<eni-id>/<addr>,<addr>…" or "<ecm_region>/<eni-id>/<addr>,<addr>…".
func (r *ipv6Resource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts := strings.Split(req.ID, tfutil.ImportIDSeparator)
	region := ""
	if len(parts) == 3 {
		region, parts = parts[0], parts[1:]
	}
	if region == "" && r.Conn() != nil {
		region = r.Conn().ECMRegion
	}
	var ips []string
	if len(parts) == 2 {
		ips = tfutil.SplitImportIDList(parts[1])
	}
	ok := len(parts) == 2 && ecmbase.ValidID("eni-", parts[0]) && len(ips) > 0 && region != "" && ecmbase.RegionPattern.MatchString(region)
	for _, ip := range ips {
		ok = ok && canonical(ip) != "" && strings.Contains(ip, ":")
	}
	if !ok {
		resp.Diagnostics.AddError("Invalid import ID", "Expected \"<eni-id>/<address>,<address>…\" or \"<ecm_region>/<eni-id>/<address>,<address>…\" for "+ResourceType+
			", e.g. \"ap-hangzhou-ecm/eni-12121212/2001:db8::7\"; got \""+req.ID+"\".")
		return
	}
	var m resourceModel
	m.setOwned(ips)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), tfutil.JoinImportID(parts[0], sortIPs(ips)[0]))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ecm_region"), region)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("network_interface_id"), parts[0])...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ipv6_addresses"), m.Addresses)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ipv6_address_count"), m.Count)...)
}

// planAddresses: a changed count makes the list unknown, a list fixes the count, an unchanged
// count keeps the addresses in state.
func (r *ipv6Resource) planAddresses(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var plan, config resourceModel
	resp.Diagnostics.Append(resp.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var state *resourceModel
	if !req.State.Raw.IsNull() {
		state = &resourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
	}
	switch {
	case !config.Addresses.IsNull():
		if !config.Addresses.IsUnknown() {
			plan.Count = types.Int64Value(int64(len(config.addresses(ctx))))
		} else {
			plan.Count = types.Int64Unknown()
		}
	case state != nil && !plan.Count.IsUnknown() && plan.Count.Equal(state.Count):
		plan.Addresses = state.Addresses
	default:
		plan.Addresses = types.SetUnknown(types.StringType)
	}
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &plan)...)
}

// refresh waits for the owned addresses to be AVAILABLE and stores them as the API shows them.
func (r *ipv6Resource) refresh(ctx context.Context, m *resourceModel, timeout time.Duration, state *tfsdk.State, diags *diag.Diagnostics) {
	mine := m.addresses(ctx)
	n, err := waitAvailable(ctx, r.Conn().ECM, m.EcmRegion.ValueString(), m.NetworkInterfaceID.ValueString(), mine, timeout)
	if err != nil {
		tfutil.AddError(diags, "waiting for "+kind+" "+m.ID.ValueString(), err)
		return
	}
	ips, desc, _ := owned(n, mine)
	m.setOwned(ips)
	m.Description = readDescription(m.Description, ips, desc)
	diags.Append(state.Set(ctx, m)...)
}
