package eipassociation

import (
	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

type resourceModel struct {
	ID                 types.String   `tfsdk:"id"`
	EcmRegion          types.String   `tfsdk:"ecm_region"`
	AddressID          types.String   `tfsdk:"address_id"`
	InstanceID         types.String   `tfsdk:"instance_id"`
	NetworkInterfaceID types.String   `tfsdk:"network_interface_id"`
	PrivateIP          types.String   `tfsdk:"private_ip_address"`
	Reallocate         types.Bool     `tfsdk:"reallocate_normal_public_ip"`
	AddressStatus      types.String   `tfsdk:"address_status"`
	AddressIP          types.String   `tfsdk:"address_ip"`
	Timeouts           timeouts.Value `tfsdk:"timeouts"`
}

// Bound statuses (catalog §3.7); BINDING still shows the target.
const (
	statusBind    = "BIND"
	statusBindENI = "BIND_ENI"
	statusBinding = "BINDING"
)

func bound(a *ecm.Address) bool {
	return a.AddressStatus == statusBind || a.AddressStatus == statusBindENI || a.AddressStatus == statusBinding
}

// matches reports whether the EIP is bound to what this association describes.
func (m *resourceModel) matches(a *ecm.Address) bool {
	if !bound(a) {
		return false
	}
	if !m.InstanceID.IsNull() {
		return a.InstanceId == m.InstanceID.ValueString()
	}
	return a.NetworkInterfaceId == m.NetworkInterfaceID.ValueString() && a.PrivateAddressIp == m.PrivateIP.ValueString()
}

func (m *resourceModel) fromAPI(a *ecm.Address) {
	m.ID = types.StringValue(a.AddressId)
	m.AddressID = types.StringValue(a.AddressId)
	m.AddressStatus = types.StringValue(a.AddressStatus)
	m.AddressIP = types.StringValue(a.AddressIp)
}
