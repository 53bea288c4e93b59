package instanceeip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type dataSourceModel struct {
	InstanceID            types.String `tfsdk:"instance_id"`
	Region                types.String `tfsdk:"region"`
	ProjectID             types.String `tfsdk:"project_id"`
	Bound                 types.Bool   `tfsdk:"bound"`
	CanEnablePublicAccess types.Bool   `tfsdk:"can_enable_public_access"`
	EipID                 types.String `tfsdk:"eip_id"`
	Type                  types.String `tfsdk:"type"`
	PortID                types.String `tfsdk:"port_id"`
	PublicIPAddress       types.String `tfsdk:"public_ip_address"`
	PrivateIPAddress      types.String `tfsdk:"private_ip_address"`
	Status                types.String `tfsdk:"status"`
	TenantID              types.String `tfsdk:"tenant_id"`
	CreateTime            types.String `tfsdk:"create_time"`
	BandwidthID           types.String `tfsdk:"bandwidth_id"`
	BandwidthName         types.String `tfsdk:"bandwidth_name"`
	BandwidthSize         types.Int64  `tfsdk:"bandwidth_size"`
	BandwidthShareType    types.String `tfsdk:"bandwidth_share_type"`
	Profile               types.Map    `tfsdk:"profile"`
}

// fromAPI fills the outputs. Without an EIP every EIP attribute is null, so that "none" cannot be
// mistaken for an EIP with empty fields; empty strings of a bound EIP are null too.
func (m *dataSourceModel) fromAPI(ctx context.Context, e *taurusdb.InstanceEip) diag.Diagnostics {
	m.Bound = types.BoolValue(e.Bound())
	m.CanEnablePublicAccess = types.BoolValue(e.CanEnablePublicAccess)
	if !e.Bound() {
		// A fresh model: every other attribute is null (the zero value).
		*m = dataSourceModel{InstanceID: m.InstanceID, Region: m.Region, ProjectID: m.ProjectID, Bound: m.Bound,
			CanEnablePublicAccess: m.CanEnablePublicAccess, Profile: types.MapNull(types.StringType)}
		return nil
	}
	m.EipID = tfutil.OptionalString(e.ID)
	m.Type = tfutil.OptionalString(e.Type)
	m.PortID = tfutil.OptionalString(e.PortID)
	m.PublicIPAddress = tfutil.OptionalString(e.PublicIPAddress)
	m.PrivateIPAddress = tfutil.OptionalString(e.PrivateIPAddress)
	m.Status = tfutil.OptionalString(e.Status)
	m.TenantID = tfutil.OptionalString(e.TenantID)
	m.CreateTime = tfutil.OptionalString(e.CreateTime)
	m.BandwidthID = tfutil.OptionalString(e.BandwidthID)
	m.BandwidthName = tfutil.OptionalString(e.BandwidthName)
	m.BandwidthSize = types.Int64Value(int64(e.BandwidthSize))
	m.BandwidthShareType = tfutil.OptionalString(e.BandwidthShareType)
	var diags diag.Diagnostics
	m.Profile, diags = types.MapValueFrom(ctx, types.StringType, e.ProfileStrings())
	return diags
}

// eipStrings are the EIP's string attributes.
func (m *dataSourceModel) eipStrings() []*types.String {
	return []*types.String{&m.EipID, &m.Type, &m.PortID, &m.PublicIPAddress, &m.PrivateIPAddress, &m.Status, &m.TenantID,
		&m.CreateTime, &m.BandwidthID, &m.BandwidthName, &m.BandwidthShareType}
}
