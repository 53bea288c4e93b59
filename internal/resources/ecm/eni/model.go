package eni

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID               types.String   `tfsdk:"id"`
	EcmRegion        types.String   `tfsdk:"ecm_region"`
	VpcID            types.String   `tfsdk:"vpc_id"`
	SubnetID         types.String   `tfsdk:"subnet_id"`
	Name             types.String   `tfsdk:"name"`
	Description      types.String   `tfsdk:"description"`
	SecurityGroupIDs types.Set      `tfsdk:"security_group_ids"`
	PrimaryIP        types.String   `tfsdk:"primary_private_ip_address"`
	Tags             types.Map      `tfsdk:"tags"`
	MacAddress       types.String   `tfsdk:"mac_address"`
	Zone             types.String   `tfsdk:"zone"`
	Primary          types.Bool     `tfsdk:"primary"`
	CreatedTime      types.String   `tfsdk:"created_time"`
	Timeouts         timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateNetworkInterfaceRequest {
	req := ecm.CreateNetworkInterfaceRequest{
		EcmRegion: m.EcmRegion.ValueString(), VpcId: m.VpcID.ValueString(), SubnetId: m.SubnetID.ValueString(),
		NetworkInterfaceName: m.Name.ValueString(), NetworkInterfaceDescription: m.Description.ValueString(),
		Tags: tfutil.TagsToAPI(ctx, m.Tags, diags),
	}
	if !m.SecurityGroupIDs.IsNull() {
		diags.Append(m.SecurityGroupIDs.ElementsAs(ctx, &req.SecurityGroupIds, false)...)
	}
	if !m.PrimaryIP.IsNull() && !m.PrimaryIP.IsUnknown() {
		primary := true
		req.PrivateIpAddresses = []ecm.PrivateIPSpec{{PrivateIpAddress: m.PrimaryIP.ValueString(), Primary: &primary}}
	}
	return req
}

// nullUnknowns replaces computed values not known yet with null, so the state saved before the
// wait is valid even if the wait never ends.
func (m *resourceModel) nullUnknowns() {
	for _, s := range []*types.String{&m.PrimaryIP, &m.MacAddress, &m.Zone, &m.CreatedTime} {
		if s.IsUnknown() {
			*s = types.StringNull()
		}
	}
	if m.Primary.IsUnknown() {
		m.Primary = types.BoolNull()
	}
}

func (m *resourceModel) fromAPI(n *ecm.NetworkInterface) {
	m.ID = types.StringValue(n.NetworkInterfaceId)
	m.VpcID = types.StringValue(n.VpcId)
	m.SubnetID = types.StringValue(n.SubnetId)
	m.Name = types.StringValue(n.NetworkInterfaceName)
	m.Description = tfutil.OptionalString(n.NetworkInterfaceDescription)
	if len(n.GroupSet) == 0 {
		m.SecurityGroupIDs = types.SetNull(types.StringType)
	} else {
		m.SecurityGroupIDs, _ = types.SetValueFrom(context.Background(), types.StringType, n.GroupSet)
	}
	if len(n.PrivateIpAddressSet) > 0 {
		m.PrimaryIP = types.StringValue(PrimaryAddress(n))
	}
	m.Tags = tfutil.TagsFromAPI(n.TagSet)
	m.MacAddress = types.StringValue(n.MacAddress)
	m.Zone = types.StringValue(n.Zone)
	m.Primary = types.BoolValue(n.Primary)
	m.CreatedTime = types.StringValue(n.CreatedTime)
}

// PrimaryAddress is the ENI's primary private IPv4 address.
func PrimaryAddress(n *ecm.NetworkInterface) string {
	for _, ip := range n.PrivateIpAddressSet {
		if ip.Primary != nil && *ip.Primary {
			return ip.PrivateIpAddress
		}
	}
	if len(n.PrivateIpAddressSet) > 0 {
		return n.PrivateIpAddressSet[0].PrivateIpAddress
	}
	return ""
}
