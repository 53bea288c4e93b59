package instance

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// resourceModel is the state (and plan). Password is write-only: it is read from the
// configuration only, and always null here.
type resourceModel struct {
	ID                        types.String   `tfsdk:"id"`
	Zone                      types.String   `tfsdk:"zone"`
	ISP                       types.String   `tfsdk:"isp"`
	ModuleID                  types.String   `tfsdk:"module_id"`
	ImageID                   types.String   `tfsdk:"image_id"`
	ReinstallOnImageChange    types.Bool     `tfsdk:"reinstall_on_image_change"`
	InstanceType              types.String   `tfsdk:"instance_type"`
	SystemDiskSize            types.Int64    `tfsdk:"system_disk_size"`
	DataDiskSize              types.Int64    `tfsdk:"data_disk_size"`
	InternetMaxBandwidthOut   types.Int64    `tfsdk:"internet_max_bandwidth_out"`
	VpcID                     types.String   `tfsdk:"vpc_id"`
	SubnetID                  types.String   `tfsdk:"subnet_id"`
	InstanceName              types.String   `tfsdk:"instance_name"`
	SecurityGroupIDs          types.Set      `tfsdk:"security_group_ids"`
	KeyIDs                    types.Set      `tfsdk:"key_ids"`
	Password                  types.String   `tfsdk:"password"`
	PasswordVersion           types.Int64    `tfsdk:"password_version"`
	ForceStopOnPasswordReset  types.Bool     `tfsdk:"force_stop_on_password_reset"`
	UserData                  types.String   `tfsdk:"user_data"`
	Running                   types.Bool     `tfsdk:"running"`
	StopType                  types.String   `tfsdk:"stop_type"`
	AssociatedResourceDestroy types.Bool     `tfsdk:"associated_resource_destroy"`
	Tags                      types.Map      `tfsdk:"tags"`
	InstanceState             types.String   `tfsdk:"instance_state"`
	PrimaryNetworkInterfaceID types.String   `tfsdk:"primary_network_interface_id"`
	PrivateIPAddress          types.String   `tfsdk:"private_ip_address"`
	PublicIPAddress           types.String   `tfsdk:"public_ip_address"`
	CreatedTime               types.String   `tfsdk:"created_time"`
	Timeouts                  timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) runRequest(ctx context.Context, password string, diags *diag.Diagnostics) ecm.RunInstancesRequest {
	req := ecm.RunInstancesRequest{
		ZoneInstanceCountISPSet: []ecm.ZoneInstanceCountISP{{
			Zone: m.Zone.ValueString(), InstanceCount: 1, ISP: m.ISP.ValueString(),
			VpcId: known(m.VpcID), SubnetId: known(m.SubnetID),
		}},
		Password:                password,
		ModuleId:                m.ModuleID.ValueString(),
		ImageId:                 known(m.ImageID),
		InstanceType:            known(m.InstanceType),
		InstanceName:            known(m.InstanceName),
		UserData:                m.UserData.ValueString(),
		InternetMaxBandwidthOut: knownInt(m.InternetMaxBandwidthOut),
		SystemDiskSize:          knownInt(m.SystemDiskSize),
		DataDiskSize:            knownInt(m.DataDiskSize),
		SecurityGroupIds:        setStrings(ctx, m.SecurityGroupIDs, diags),
		KeyIds:                  setStrings(ctx, m.KeyIDs, diags),
	}
	if tags := tfutil.TagsToAPI(ctx, m.Tags, diags); len(tags) > 0 {
		req.TagSpecification = []ecm.TagSpecification{{ResourceType: "instance", Tags: tags}}
	}
	return req
}

// nullUnknowns makes the state saved before the launch wait a valid object.
func (m *resourceModel) nullUnknowns() {
	for _, s := range []*types.String{&m.ImageID, &m.InstanceType, &m.VpcID, &m.SubnetID, &m.InstanceName, &m.InstanceState,
		&m.PrimaryNetworkInterfaceID, &m.PrivateIPAddress, &m.PublicIPAddress, &m.CreatedTime} {
		if s.IsUnknown() {
			*s = types.StringNull()
		}
	}
	for _, n := range []*types.Int64{&m.SystemDiskSize, &m.DataDiskSize, &m.InternetMaxBandwidthOut} {
		if n.IsUnknown() {
			*n = types.Int64Null()
		}
	}
	if m.SecurityGroupIDs.IsUnknown() {
		m.SecurityGroupIDs = types.SetNull(types.StringType)
	}
}

// fromAPI stores what DescribeInstances returns. What it cannot return (the module when the
// instance was launched without one, key pairs, user data, the password) keeps its value.
func (m *resourceModel) fromAPI(i *ecm.Instance) {
	importing := m.Zone.IsNull() // zone is required: only an import reads into a state without one
	m.ID = types.StringValue(i.InstanceId)
	m.Zone = types.StringValue(i.Position.ZoneInfo.Zone)
	if i.ISP != "" {
		m.ISP = types.StringValue(i.ISP)
	}
	if i.SimpleModule.ModuleId != "" && (importing || !m.ModuleID.IsNull()) {
		m.ModuleID = types.StringValue(i.SimpleModule.ModuleId)
	}
	m.ImageID = types.StringValue(i.Image.ImageId)
	m.InstanceType = types.StringValue(i.InstanceTypeConfig.InstanceType)
	m.SystemDiskSize = types.Int64Value(i.SystemDiskSize)
	m.DataDiskSize = types.Int64Value(i.DataDiskSize)
	m.VpcID = types.StringValue(i.VirtualPrivateCloud.VpcId)
	m.SubnetID = types.StringValue(i.VirtualPrivateCloud.SubnetId)
	m.InstanceName = types.StringValue(i.InstanceName)
	m.SecurityGroupIDs, _ = types.SetValueFrom(context.Background(), types.StringType, sorted(i.SecurityGroupIds))
	m.Tags = tfutil.TagsFromAPI(i.TagSet)
	m.InstanceState = types.StringValue(i.InstanceState)
	m.Running = types.BoolValue(i.InstanceState != ecm.InstanceStateStopped && i.InstanceState != ecm.InstanceStateStopping)
	eni, private, public, bandwidth := i.Primary()
	m.PrimaryNetworkInterfaceID = types.StringValue(eni)
	m.PrivateIPAddress = types.StringValue(private)
	m.PublicIPAddress = types.StringValue(public)
	m.InternetMaxBandwidthOut = types.Int64Value(bandwidth)
	m.CreatedTime = types.StringValue(i.CreateTime)
	m.Password = types.StringNull()
	// Settings of this provider's calls, not of the instance: an import starts from the defaults.
	if m.StopType.IsNull() {
		m.StopType = types.StringValue("SOFT_FIRST")
	}
	if m.AssociatedResourceDestroy.IsNull() {
		m.AssociatedResourceDestroy = types.BoolValue(false)
	}
	if m.ForceStopOnPasswordReset.IsNull() {
		m.ForceStopOnPasswordReset = types.BoolValue(false)
	}
	if m.ReinstallOnImageChange.IsNull() {
		m.ReinstallOnImageChange = types.BoolValue(false)
	}
}

func known(v types.String) string {
	if v.IsNull() || v.IsUnknown() {
		return ""
	}
	return v.ValueString()
}

func knownInt(v types.Int64) *int64 {
	if v.IsNull() || v.IsUnknown() {
		return nil
	}
	return v.ValueInt64Pointer()
}

func setStrings(ctx context.Context, s types.Set, diags *diag.Diagnostics) []string {
	if s.IsNull() || s.IsUnknown() {
		return nil
	}
	var out []string
	diags.Append(s.ElementsAs(ctx, &out, false)...)
	return sorted(out)
}

func sorted(in []string) []string {
	out := append([]string{}, in...)
	sort.Strings(out)
	return out
}
