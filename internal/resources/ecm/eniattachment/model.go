package eniattachment

import (
	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

type resourceModel struct {
	ID                 types.String   `tfsdk:"id"`
	EcmRegion          types.String   `tfsdk:"ecm_region"`
	NetworkInterfaceID types.String   `tfsdk:"network_interface_id"`
	InstanceID         types.String   `tfsdk:"instance_id"`
	DeviceIndex        types.Int64    `tfsdk:"device_index"`
	Timeouts           timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) fromAPI(n *ecm.NetworkInterface) {
	m.ID = types.StringValue(n.NetworkInterfaceId)
	m.NetworkInterfaceID = types.StringValue(n.NetworkInterfaceId)
	m.InstanceID = types.StringValue(n.Attachment.InstanceId)
	m.DeviceIndex = types.Int64Value(n.Attachment.DeviceIndex)
}

// attached reports whether the ENI is attached (and not being detached).
func attached(n *ecm.NetworkInterface) bool {
	return n.AttachedTo() != "" && n.State != ecm.ENIStateDetaching
}
