package clb

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                       types.String   `tfsdk:"id"`
	EcmRegion                types.String   `tfsdk:"ecm_region"`
	LoadBalancerName         types.String   `tfsdk:"load_balancer_name"`
	VipIsp                   types.String   `tfsdk:"vip_isp"`
	VpcID                    types.String   `tfsdk:"vpc_id"`
	SubnetID                 types.String   `tfsdk:"subnet_id"`
	AddressIPVersion         types.String   `tfsdk:"address_ip_version"`
	InternetMaxBandwidthOut  types.Int64    `tfsdk:"internet_max_bandwidth_out"`
	LoadBalancerPassToTarget types.Bool     `tfsdk:"load_balancer_pass_to_target"`
	SecurityGroupIDs         types.Set      `tfsdk:"security_group_ids"`
	Tags                     types.Map      `tfsdk:"tags"`
	LoadBalancerVips         types.List     `tfsdk:"load_balancer_vips"`
	AddressIPv6              types.String   `tfsdk:"address_ipv6"`
	Status                   types.Int64    `tfsdk:"status"`
	CreateTime               types.String   `tfsdk:"create_time"`
	Timeouts                 timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateLoadBalancerRequest {
	one := int64(1)
	req := ecm.CreateLoadBalancerRequest{
		EcmRegion:          m.EcmRegion.ValueString(),
		LoadBalancerType:   "OPEN",
		VipIsp:             m.VipIsp.ValueString(),
		Number:             &one,
		InternetAccessible: &ecm.LoadBalancerInternetAccessible{InternetMaxBandwidthOut: m.InternetMaxBandwidthOut.ValueInt64Pointer()},
		SecurityGroups:     m.groups(ctx, diags),
		SubnetId:           m.SubnetID.ValueString(),
		AddressIPVersion:   m.AddressIPVersion.ValueString(),
	}
	if !m.LoadBalancerName.IsUnknown() {
		req.LoadBalancerName = m.LoadBalancerName.ValueString()
	}
	if !m.VpcID.IsUnknown() {
		req.VpcId = m.VpcID.ValueString()
	}
	for _, t := range tfutil.TagsToAPI(ctx, m.Tags, diags) {
		req.Tags = append(req.Tags, ecm.TagInfo{TagKey: t.Key, TagValue: t.Value})
	}
	return req
}

// groups is security_group_ids as a sorted list (never nil: SetLoadBalancerSecurityGroups sends it).
func (m *resourceModel) groups(ctx context.Context, diags *diag.Diagnostics) []string {
	out := []string{}
	if !m.SecurityGroupIDs.IsNull() && !m.SecurityGroupIDs.IsUnknown() {
		diags.Append(m.SecurityGroupIDs.ElementsAs(ctx, &out, false)...)
	}
	sort.Strings(out)
	return out
}

// nullUnknowns replaces the computed values not known yet with null, so that the state saved before
// a wait is a valid object even if the wait never finishes.
func (m *resourceModel) nullUnknowns() {
	for _, s := range []*types.String{&m.LoadBalancerName, &m.VpcID, &m.AddressIPv6, &m.CreateTime} {
		if s.IsUnknown() {
			*s = types.StringNull()
		}
	}
	if m.LoadBalancerVips.IsUnknown() {
		m.LoadBalancerVips = types.ListNull(types.StringType)
	}
	if m.Status.IsUnknown() {
		m.Status = types.Int64Null()
	}
}

func (m *resourceModel) fromAPI(b *ecm.LoadBalancer) {
	m.ID = types.StringValue(b.LoadBalancerId)
	if b.Region != "" {
		m.EcmRegion = types.StringValue(b.Region)
	}
	m.LoadBalancerName = types.StringValue(b.LoadBalancerName)
	m.VipIsp = types.StringValue(b.VipIsp)
	m.VpcID = types.StringValue(b.VpcId)
	if b.NetworkAttributes != nil && b.NetworkAttributes.InternetMaxBandwidthOut != nil {
		m.InternetMaxBandwidthOut = types.Int64Value(*b.NetworkAttributes.InternetMaxBandwidthOut)
	}
	m.LoadBalancerPassToTarget = types.BoolValue(b.LoadBalancerPassToTarget != nil && *b.LoadBalancerPassToTarget)
	m.SecurityGroupIDs = stringSet(b.SecureGroups)
	tags := make([]tencent.Tag, len(b.Tags))
	for i, t := range b.Tags {
		tags[i] = tencent.Tag{Key: t.TagKey, Value: t.TagValue}
	}
	m.Tags = tfutil.TagsFromAPI(tags)
	m.LoadBalancerVips = stringList(b.LoadBalancerVips)
	m.AddressIPv6 = types.StringNull()
	m.AddressIPVersion = types.StringValue("IPV4")
	if b.AddressIPv6 != nil && *b.AddressIPv6 != "" {
		m.AddressIPv6 = types.StringValue(*b.AddressIPv6)
		m.AddressIPVersion = types.StringValue("IPv6FullChain")
	}
	m.Status = types.Int64Null()
	if b.Status != nil {
		m.Status = types.Int64Value(*b.Status)
	}
	m.CreateTime = types.StringValue(b.CreateTime)
}

// shows reports whether the API's load balancer is running and carries what this model wrote.
func (m *resourceModel) shows(ctx context.Context) func(*ecm.LoadBalancer) bool {
	var diags diag.Diagnostics
	groups := m.groups(ctx, &diags)
	return func(b *ecm.LoadBalancer) bool {
		got := append([]string{}, b.SecureGroups...)
		sort.Strings(got)
		return b.Running() &&
			(m.LoadBalancerName.IsUnknown() || m.LoadBalancerName.IsNull() || b.LoadBalancerName == m.LoadBalancerName.ValueString()) &&
			(m.InternetMaxBandwidthOut.IsUnknown() || b.NetworkAttributes == nil || b.NetworkAttributes.InternetMaxBandwidthOut == nil ||
				*b.NetworkAttributes.InternetMaxBandwidthOut == m.InternetMaxBandwidthOut.ValueInt64()) &&
			(m.SecurityGroupIDs.IsUnknown() || equalStrings(got, groups))
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func stringSet(v []string) types.Set {
	elems := make([]string, len(v))
	copy(elems, v)
	s, _ := types.SetValueFrom(context.Background(), types.StringType, elems)
	return s
}

func stringList(v []string) types.List {
	elems := make([]string, len(v))
	copy(elems, v)
	l, _ := types.ListValueFrom(context.Background(), types.StringType, elems)
	return l
}
