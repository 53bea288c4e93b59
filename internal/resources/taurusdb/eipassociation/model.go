package eipassociation

import (
	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
)

type resourceModel struct {
	ID         types.String   `tfsdk:"id"`
	InstanceID types.String   `tfsdk:"instance_id"`
	PublicIP   types.String   `tfsdk:"public_ip"`
	PublicIPID types.String   `tfsdk:"public_ip_id"`
	Region     types.String   `tfsdk:"region"`
	ProjectID  types.String   `tfsdk:"project_id"`
	Timeouts   timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) scope() taurusdb.Scope {
	return taurusdb.Scope{Region: m.Region.ValueString(), ProjectID: m.ProjectID.ValueString()}
}

func (m *resourceModel) bindRequest() taurusdb.BindEipRequest {
	return taurusdb.BindEipRequest{PublicIP: m.PublicIP.ValueString(), PublicIPID: m.PublicIPID.ValueString()}
}

// fromAPI records the EIP the instance shows.
func (m *resourceModel) fromAPI(e *taurusdb.InstanceEip) {
	m.ID = m.InstanceID
	m.PublicIP = types.StringValue(e.PublicIPAddress)
	m.PublicIPID = types.StringValue(e.ID)
}

// ours reports whether e shows this resource's EIP bound (or being bound) to the instance. An
// imported resource, whose EIP is not known yet, takes whatever EIP the instance has.
func (m *resourceModel) ours(e *taurusdb.InstanceEip) bool {
	if !e.Bound() {
		return false
	}
	return m.PublicIPID.IsNull() || m.PublicIPID.IsUnknown() || e.ID == m.PublicIPID.ValueString()
}
