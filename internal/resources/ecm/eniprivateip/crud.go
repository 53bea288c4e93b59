package eniprivateip

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *privateIPResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	region, eni := plan.EcmRegion.ValueString(), plan.NetworkInterfaceID.ValueString()
	desc := plan.Description.ValueStringPointer()
	var mine []string
	// Each successful call's addresses go to state at once: a later failure leaves a tainted
	// resource that owns them, never addresses nobody owns.
	got := func(ips []string) {
		mine = append(mine, ips...)
		if plan.ID.IsUnknown() || plan.ID.IsNull() {
			plan.ID = types.StringValue(tfutil.JoinImportID(eni, tfutil.SortAddresses(ips)[0]))
		}
		plan.setOwned(mine)
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	}
	var err error
	if want := plan.addresses(ctx); want != nil {
		err = assignList(ctx, c, region, eni, want, desc, timeout, got)
	} else {
		err = assignCount(ctx, c, region, eni, plan.Count.ValueInt64(), desc, timeout, got)
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "assigning private IPs to ECM ENI "+eni, err)
		return
	}
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *privateIPResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	n, err := r.Conn().ECM.FindNetworkInterfaceByID(ctx, state.EcmRegion.ValueString(), state.NetworkInterfaceID.ValueString())
	var ips []string
	var desc map[string]string
	if err == nil {
		ips, desc = owned(n, state.addresses(ctx))
	}
	// The ENI is gone, or every address of this resource was removed outside Terraform.
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err) || (err == nil && len(ips) == 0), err) {
		return
	}
	state.setOwned(ips)
	state.Description = readDescription(state.Description, ips, desc)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *privateIPResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
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
	desc := plan.Description.ValueStringPointer()
	mine := state.addresses(ctx)
	save := func() {
		next := state
		next.Description, next.Timeouts = plan.Description, plan.Timeouts
		next.setOwned(mine)
		resp.Diagnostics.Append(resp.State.Set(ctx, &next)...)
	}
	got := func(ips []string) { mine = append(mine, ips...); save() }

	// Which addresses go: those no longer listed, or the highest ones when the count shrinks.
	var drop []string
	want := plan.addresses(ctx)
	if want != nil {
		drop = tfutil.Minus(mine, want)
	} else if k := int64(len(mine)) - plan.Count.ValueInt64(); k > 0 {
		drop = mine[len(mine)-int(k):]
	}
	if len(drop) > 0 {
		if err := remove(ctx, c, region, eni, drop, timeout); err != nil {
			tfutil.AddError(&resp.Diagnostics, "removing private IPs of ECM ENI "+eni, err)
			return
		}
		mine = tfutil.Minus(mine, drop)
		save()
	}
	// Descriptions of the addresses kept, when the description changed.
	if !plan.Description.Equal(state.Description) && len(mine) > 0 {
		if err := modify(ctx, c, region, eni, mine, desc, timeout); err != nil {
			tfutil.AddError(&resp.Diagnostics, "describing private IPs of ECM ENI "+eni, err)
			return
		}
		state.Description = plan.Description
		save()
	}
	var err error
	if want != nil {
		err = assignList(ctx, c, region, eni, tfutil.Minus(want, mine), desc, timeout, got)
	} else if k := plan.Count.ValueInt64() - int64(len(mine)); k > 0 {
		err = assignCount(ctx, c, region, eni, k, desc, timeout, got)
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "assigning private IPs to ECM ENI "+eni, err)
		return
	}
	plan.setOwned(mine)
	plan.ID = state.ID
	r.refresh(ctx, &plan, &resp.State, &resp.Diagnostics)
}

func (r *privateIPResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	eni := state.NetworkInterfaceID.ValueString()
	if err := removeOwned(ctx, r.Conn().ECM, state.EcmRegion.ValueString(), eni, state.addresses(ctx), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "removing private IPs of ECM ENI "+eni, err)
	}
}

// ImportState accepts "<eni-id>/<ip>,<ip>…" or "<ecm_region>/<eni-id>/<ip>,<ip>…": the addresses
// the resource is to own.
func (r *privateIPResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
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
		ok = ok && validate.IsIPv4(ip)
	}
	if !ok {
		resp.Diagnostics.AddError("Invalid import ID", "Expected \"<eni-id>/<ip>,<ip>…\" or \"<ecm_region>/<eni-id>/<ip>,<ip>…\" for "+ResourceType+
			" (the addresses the resource is to own), e.g. \"ap-hangzhou-ecm/eni-12121212/10.0.1.21,10.0.1.22\"; got \""+req.ID+"\".")
		return
	}
	ips = tfutil.SortAddresses(ips)
	var m resourceModel
	m.ID = types.StringValue(tfutil.JoinImportID(parts[0], ips[0]))
	m.EcmRegion, m.NetworkInterfaceID = types.StringValue(region), types.StringValue(parts[0])
	m.Description = types.StringNull()
	m.setOwned(ips)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), m.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ecm_region"), m.EcmRegion)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("network_interface_id"), m.NetworkInterfaceID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("private_ip_addresses"), m.Addresses)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("secondary_private_ip_address_count"), m.Count)...)
}

// planAddresses keeps the plan of the addresses honest: a changed count makes the list unknown
// (the subnet chooses), a list fixes the count, an unchanged count keeps the addresses in state.
func (r *privateIPResource) planAddresses(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var plan, config resourceModel
	resp.Diagnostics.Append(resp.Plan.Get(ctx, &plan)...) // with the region the base planned
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

// refresh reads the ENI back, until it shows every address written, and stores the owned
// addresses as the API shows them.
func (r *privateIPResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	region, eni, mine := m.EcmRegion.ValueString(), m.NetworkInterfaceID.ValueString(), m.addresses(ctx)
	n, err := tencent.ReadAfterWrite(ctx, wait.Options{Description: kind + " " + m.ID.ValueString() + " showing the change", Timeout: defaultTimeout},
		func(ctx context.Context) (*ecm.NetworkInterface, error) {
			return r.Conn().ECM.FindNetworkInterfaceByID(ctx, region, eni)
		},
		func(n *ecm.NetworkInterface) bool { ips, _ := owned(n, mine); return len(ips) == len(mine) })
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString(), err)
		return
	}
	ips, desc := owned(n, m.addresses(ctx))
	m.setOwned(ips)
	m.Description = readDescription(m.Description, ips, desc)
	diags.Append(state.Set(ctx, m)...)
}
