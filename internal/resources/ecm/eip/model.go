package eip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                      types.String   `tfsdk:"id"`
	EcmRegion               types.String   `tfsdk:"ecm_region"`
	AddressName             types.String   `tfsdk:"address_name"`
	InternetServiceProvider types.String   `tfsdk:"internet_service_provider"`
	InternetMaxBandwidthOut types.Int64    `tfsdk:"internet_max_bandwidth_out"`
	Tags                    types.Map      `tfsdk:"tags"`
	AddressIP               types.String   `tfsdk:"address_ip"`
	AddressType             types.String   `tfsdk:"address_type"`
	CreatedTime             types.String   `tfsdk:"created_time"`
	AddressStatus           types.String   `tfsdk:"address_status"`
	Timeouts                timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) allocateRequest(ctx context.Context, diags *diag.Diagnostics) ecm.AllocateAddressesRequest {
	one := int64(1)
	req := ecm.AllocateAddressesRequest{
		EcmRegion:               m.EcmRegion.ValueString(),
		AddressCount:            &one,
		InternetMaxBandwidthOut: m.InternetMaxBandwidthOut.ValueInt64Pointer(),
		Tags:                    tfutil.TagsToAPI(ctx, m.Tags, diags),
	}
	if !m.InternetServiceProvider.IsUnknown() {
		req.InternetServiceProvider = m.InternetServiceProvider.ValueString()
	}
	return req
}

// nullUnknowns replaces the computed values not known yet with null, so that the state saved before
// a wait is a valid object even if the wait never finishes.
func (m *resourceModel) nullUnknowns() {
	for _, s := range []*types.String{&m.InternetServiceProvider, &m.AddressIP, &m.AddressType, &m.CreatedTime, &m.AddressStatus} {
		if s.IsUnknown() {
			*s = types.StringNull()
		}
	}
}

func (m *resourceModel) fromAPI(a *ecm.Address) {
	m.ID = types.StringValue(a.AddressId)
	m.AddressName = tfutil.OptionalString(a.AddressName)
	m.InternetServiceProvider = types.StringValue(a.InternetServiceProvider)
	m.InternetMaxBandwidthOut = types.Int64Value(a.Bandwidth)
	m.AddressIP = types.StringValue(a.AddressIp)
	m.AddressType = types.StringValue(a.AddressType)
	m.CreatedTime = types.StringValue(a.CreatedTime)
	m.AddressStatus = types.StringValue(a.AddressStatus)
}

// shows reports whether the API's EIP carries the attributes this model wrote: its name and, once
// a bandwidth task succeeded, its bandwidth.
func (m *resourceModel) shows(a *ecm.Address) bool {
	return tfutil.OptionalString(a.AddressName).Equal(m.AddressName) &&
		(m.InternetMaxBandwidthOut.IsUnknown() || a.Bandwidth == m.InternetMaxBandwidthOut.ValueInt64())
}

type dataSourceModel struct {
	EcmRegion     types.String       `tfsdk:"ecm_region"`
	IDs           types.List         `tfsdk:"ids"`
	AddressName   types.String       `tfsdk:"address_name"`
	AddressIP     types.String       `tfsdk:"address_ip"`
	AddressStatus types.String       `tfsdk:"address_status"`
	Addresses     []addressItemModel `tfsdk:"addresses"`
}

type addressItemModel struct {
	ID                      types.String `tfsdk:"id"`
	AddressName             types.String `tfsdk:"address_name"`
	AddressIP               types.String `tfsdk:"address_ip"`
	AddressStatus           types.String `tfsdk:"address_status"`
	AddressType             types.String `tfsdk:"address_type"`
	InternetServiceProvider types.String `tfsdk:"internet_service_provider"`
	Bandwidth               types.Int64  `tfsdk:"bandwidth"`
	InstanceID              types.String `tfsdk:"instance_id"`
	NetworkInterfaceID      types.String `tfsdk:"network_interface_id"`
	PrivateAddressIP        types.String `tfsdk:"private_address_ip"`
	IsArrears               types.Bool   `tfsdk:"is_arrears"`
	IsBlocked               types.Bool   `tfsdk:"is_blocked"`
	CreatedTime             types.String `tfsdk:"created_time"`
}

// filters turns the data source's arguments into DescribeAddresses filters (catalog §2.10).
func (m *dataSourceModel) filters(ctx context.Context, diags *diag.Diagnostics) []tencent.Filter {
	return ecmbase.Filters(ctx, []ecmbase.FilterArg{
		{Name: "address-name", Value: m.AddressName}, {Name: "address-ip", Value: m.AddressIP}, {Name: "address-status", Value: m.AddressStatus},
	}, types.MapNull(types.StringType), diags)
}

func (m *addressItemModel) fromAPI(a *ecm.Address) {
	m.ID = types.StringValue(a.AddressId)
	m.AddressName = types.StringValue(a.AddressName)
	m.AddressIP = types.StringValue(a.AddressIp)
	m.AddressStatus = types.StringValue(a.AddressStatus)
	m.AddressType = types.StringValue(a.AddressType)
	m.InternetServiceProvider = types.StringValue(a.InternetServiceProvider)
	m.Bandwidth = types.Int64Value(a.Bandwidth)
	m.InstanceID = types.StringValue(a.InstanceId)
	m.NetworkInterfaceID = types.StringValue(a.NetworkInterfaceId)
	m.PrivateAddressIP = types.StringValue(a.PrivateAddressIp)
	m.IsArrears = types.BoolValue(a.IsArrears)
	m.IsBlocked = types.BoolValue(a.IsBlocked)
	m.CreatedTime = types.StringValue(a.CreatedTime)
}
