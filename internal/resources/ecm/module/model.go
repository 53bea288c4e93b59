package module

import (
	"context"
	"regexp"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var noLeadingSpace = regexp.MustCompile(`^\S`)

type resourceModel struct {
	ID                    types.String `tfsdk:"id"`
	ModuleName            types.String `tfsdk:"module_name"`
	DefaultImageID        types.String `tfsdk:"default_image_id"`
	InstanceType          types.String `tfsdk:"instance_type"`
	DefaultSystemDiskSize types.Int64  `tfsdk:"default_system_disk_size"`
	DefaultDataDiskSize   types.Int64  `tfsdk:"default_data_disk_size"`
	DefaultBandwidth      types.Int64  `tfsdk:"default_bandwidth"`
	CloseIPDirect         types.Bool   `tfsdk:"close_ip_direct"`
	DisableWanIP          types.Bool   `tfsdk:"disable_wan_ip"`
	SecurityGroupIDs      types.Set    `tfsdk:"security_group_ids"`
	Tags                  types.Map    `tfsdk:"tags"`
	ModuleState           types.String `tfsdk:"module_state"`
	CreatedTime           types.String `tfsdk:"created_time"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateModuleRequest {
	req := ecm.CreateModuleRequest{
		ModuleName:            m.ModuleName.ValueString(),
		DefaultBandWidth:      m.DefaultBandwidth.ValueInt64(),
		DefaultImageId:        m.DefaultImageID.ValueString(),
		InstanceType:          m.InstanceType.ValueString(),
		DefaultSystemDiskSize: m.DefaultSystemDiskSize.ValueInt64(),
		DefaultDataDiskSize:   m.DefaultDataDiskSize.ValueInt64(),
		CloseIpDirect:         m.CloseIPDirect.ValueBoolPointer(),
		DisableWanIp:          m.DisableWanIP.ValueBoolPointer(),
		SecurityGroups:        m.securityGroups(ctx, diags),
	}
	if tags := tfutil.TagsToAPI(ctx, m.Tags, diags); len(tags) > 0 {
		req.TagSpecification = []ecm.TagSpecification{{ResourceType: "module", Tags: tags}}
	}
	return req
}

func (m *resourceModel) securityGroups(ctx context.Context, diags *diag.Diagnostics) []string {
	var ids []string
	if !m.SecurityGroupIDs.IsNull() && !m.SecurityGroupIDs.IsUnknown() {
		diags.Append(m.SecurityGroupIDs.ElementsAs(ctx, &ids, false)...)
	}
	sort.Strings(ids)
	return ids
}

// modification is one Modify* call an update needs.
type modification struct {
	action  string
	request any
}

// modifications are the calls that take the module from state to the plan, one per changed group
// of attributes (each Modify action sets its own).
func (m *resourceModel) modifications(ctx context.Context, state *resourceModel, diags *diag.Diagnostics) []modification {
	id := m.ID.ValueString()
	var out []modification
	if !m.ModuleName.Equal(state.ModuleName) {
		out = append(out, modification{"ModifyModuleName", ecm.ModifyModuleNameRequest{ModuleId: id, ModuleName: m.ModuleName.ValueString()}})
	}
	if !m.DefaultBandwidth.Equal(state.DefaultBandwidth) {
		out = append(out, modification{"ModifyModuleNetwork", ecm.ModifyModuleNetworkRequest{ModuleId: id, DefaultBandwidth: m.DefaultBandwidth.ValueInt64()}})
	}
	if !m.DefaultImageID.Equal(state.DefaultImageID) {
		out = append(out, modification{"ModifyModuleImage", ecm.ModifyModuleImageRequest{ModuleId: id, DefaultImageId: m.DefaultImageID.ValueString()}})
	}
	if !m.CloseIPDirect.Equal(state.CloseIPDirect) {
		out = append(out, modification{"ModifyModuleIpDirect", ecm.ModifyModuleIpDirectRequest{ModuleId: id, CloseIpDirect: m.CloseIPDirect.ValueBool()}})
	}
	if !m.DisableWanIP.Equal(state.DisableWanIP) {
		out = append(out, modification{"ModifyModuleDisableWanIp", ecm.ModifyModuleDisableWanIpRequest{ModuleId: id, DisableWanIp: m.DisableWanIP.ValueBool()}})
	}
	if !m.SecurityGroupIDs.Equal(state.SecurityGroupIDs) {
		groups := m.securityGroups(ctx, diags)
		if groups == nil {
			groups = []string{}
		}
		out = append(out, modification{"ModifyModuleSecurityGroups", ecm.ModifyModuleSecurityGroupsRequest{ModuleId: id, SecurityGroupIdSet: groups}})
	}
	if m.configChanged(state) {
		system := m.DefaultSystemDiskSize.ValueInt64()
		out = append(out, modification{"ModifyModuleConfig", ecm.ModifyModuleConfigRequest{
			ModuleId: id, InstanceType: m.InstanceType.ValueString(), DefaultDataDiskSize: m.DefaultDataDiskSize.ValueInt64(), DefaultSystemDiskSize: &system,
		}})
	}
	return out
}

// configChanged reports a change that needs ModifyModuleConfig (refused while instances exist).
func (m *resourceModel) configChanged(state *resourceModel) bool {
	return !m.InstanceType.Equal(state.InstanceType) || !m.DefaultDataDiskSize.Equal(state.DefaultDataDiskSize) ||
		!m.DefaultSystemDiskSize.Equal(state.DefaultSystemDiskSize)
}

// fromAPI stores what the API returns. disable_wan_ip is not among it: it keeps its value.
func (m *resourceModel) fromAPI(mod *ecm.Module) {
	m.ID = types.StringValue(mod.ModuleId)
	m.ModuleName = types.StringValue(mod.ModuleName)
	m.DefaultImageID = types.StringValue(mod.DefaultImage.ImageId)
	m.InstanceType = types.StringValue(mod.InstanceTypeConfig.InstanceType)
	m.DefaultSystemDiskSize = types.Int64Value(mod.DefaultSystemDiskSize)
	m.DefaultDataDiskSize = types.Int64Value(mod.DefaultDataDiskSize)
	m.DefaultBandwidth = types.Int64Value(mod.DefaultBandwidth)
	m.CloseIPDirect = types.BoolValue(bool(mod.CloseIpDirect))
	if m.DisableWanIP.IsNull() || m.DisableWanIP.IsUnknown() {
		m.DisableWanIP = types.BoolValue(false)
	}
	m.SecurityGroupIDs = types.SetNull(types.StringType)
	if len(mod.SecurityGroupIds) > 0 {
		m.SecurityGroupIDs, _ = types.SetValueFrom(context.Background(), types.StringType, mod.SecurityGroupIds)
	}
	m.Tags = tfutil.TagsFromAPI(mod.TagSet)
	m.ModuleState = types.StringValue(mod.ModuleState)
	m.CreatedTime = types.StringValue(mod.CreateTime)
}

// shows reports whether the API's module carries what this model wrote.
func (m *resourceModel) shows(mod *ecm.Module) bool {
	var got resourceModel
	got.DisableWanIP = m.DisableWanIP
	got.fromAPI(mod)
	return got.ModuleName.Equal(m.ModuleName) && got.DefaultImageID.Equal(m.DefaultImageID) && got.InstanceType.Equal(m.InstanceType) &&
		got.DefaultBandwidth.Equal(m.DefaultBandwidth) && got.CloseIPDirect.Equal(m.CloseIPDirect) &&
		got.DefaultSystemDiskSize.Equal(m.DefaultSystemDiskSize) && got.DefaultDataDiskSize.Equal(m.DefaultDataDiskSize) &&
		(m.SecurityGroupIDs.IsUnknown() || got.SecurityGroupIDs.Equal(m.SecurityGroupIDs))
}
