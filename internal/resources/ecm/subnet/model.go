package subnet

import (
	"context"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID              types.String `tfsdk:"id"`
	EcmRegion       types.String `tfsdk:"ecm_region"`
	VpcID           types.String `tfsdk:"vpc_id"`
	SubnetName      types.String `tfsdk:"subnet_name"`
	CidrBlock       types.String `tfsdk:"cidr_block"`
	Zone            types.String `tfsdk:"zone"`
	EnableBroadcast types.Bool   `tfsdk:"enable_broadcast"`
	Tags            types.Map    `tfsdk:"tags"`
	RouteTableID    types.String `tfsdk:"route_table_id"`
	VpcCidrBlock    types.String `tfsdk:"vpc_cidr_block"`
	CreatedTime     types.String `tfsdk:"created_time"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateSubnetRequest {
	return ecm.CreateSubnetRequest{
		VpcId:      m.VpcID.ValueString(),
		SubnetName: m.SubnetName.ValueString(),
		CidrBlock:  m.CidrBlock.ValueString(),
		Zone:       m.Zone.ValueString(),
		EcmRegion:  m.EcmRegion.ValueString(),
		Tags:       tfutil.TagsToAPI(ctx, m.Tags, diags),
	}
}

// modifyRequest sends every mutable attribute, so that removing tags from the configuration clears
// them. EnableBroadcast is a String input in the API (catalog §5.4 item 25).
func (m *resourceModel) modifyRequest(ctx context.Context, diags *diag.Diagnostics) ecm.ModifySubnetAttributeRequest {
	tags := tfutil.TagsToAPI(ctx, m.Tags, diags)
	if tags == nil {
		tags = []tencent.Tag{}
	}
	req := ecm.ModifySubnetAttributeRequest{
		SubnetId:   m.ID.ValueString(),
		EcmRegion:  m.EcmRegion.ValueString(),
		SubnetName: m.SubnetName.ValueStringPointer(),
		Tags:       &tags,
	}
	if !m.EnableBroadcast.IsNull() && !m.EnableBroadcast.IsUnknown() {
		b := strconv.FormatBool(m.EnableBroadcast.ValueBool())
		req.EnableBroadcast = &b
	}
	return req
}

func (m *resourceModel) fromAPI(s *ecm.Subnet) {
	m.ID = types.StringValue(s.SubnetId)
	if s.Region != "" {
		m.EcmRegion = types.StringValue(s.Region)
	}
	m.VpcID = types.StringValue(s.VpcId)
	m.SubnetName = types.StringValue(s.SubnetName)
	m.CidrBlock = types.StringValue(s.CidrBlock)
	m.Zone = types.StringValue(s.Zone)
	m.EnableBroadcast = types.BoolValue(s.EnableBroadcast)
	m.Tags = tfutil.TagsFromAPI(s.TagSet)
	m.RouteTableID = types.StringValue(s.RouteTableId)
	m.VpcCidrBlock = types.StringValue(s.VpcCidrBlock)
	m.CreatedTime = types.StringValue(s.CreatedTime)
}

// shows reports whether the API's subnet carries the attributes this model would write.
func (m *resourceModel) shows(s *ecm.Subnet) bool {
	var got resourceModel
	got.fromAPI(s)
	broadcast := m.EnableBroadcast.IsUnknown() || m.EnableBroadcast.IsNull() || got.EnableBroadcast.Equal(m.EnableBroadcast)
	return got.SubnetName.Equal(m.SubnetName) && got.Tags.Equal(m.Tags) && broadcast
}

type dataSourceModel struct {
	EcmRegion  types.String      `tfsdk:"ecm_region"`
	IDs        types.List        `tfsdk:"ids"`
	VpcID      types.String      `tfsdk:"vpc_id"`
	SubnetName types.String      `tfsdk:"subnet_name"`
	CidrBlock  types.String      `tfsdk:"cidr_block"`
	Zone       types.String      `tfsdk:"zone"`
	Tags       types.Map         `tfsdk:"tags"`
	Subnets    []subnetItemModel `tfsdk:"subnets"`
}

type subnetItemModel struct {
	ID                      types.String `tfsdk:"id"`
	VpcID                   types.String `tfsdk:"vpc_id"`
	SubnetName              types.String `tfsdk:"subnet_name"`
	CidrBlock               types.String `tfsdk:"cidr_block"`
	Zone                    types.String `tfsdk:"zone"`
	IsDefault               types.Bool   `tfsdk:"is_default"`
	EnableBroadcast         types.Bool   `tfsdk:"enable_broadcast"`
	RouteTableID            types.String `tfsdk:"route_table_id"`
	AvailableIPAddressCount types.Int64  `tfsdk:"available_ip_address_count"`
	CreatedTime             types.String `tfsdk:"created_time"`
	Tags                    types.Map    `tfsdk:"tags"`
}

// filters turns the data source's arguments into DescribeSubnets filters (catalog §2.6).
func (m *dataSourceModel) filters(ctx context.Context, diags *diag.Diagnostics) []tencent.Filter {
	return ecmbase.Filters(ctx, []ecmbase.FilterArg{
		{Name: "vpc-id", Value: m.VpcID}, {Name: "subnet-name", Value: m.SubnetName},
		{Name: "cidr-block", Value: m.CidrBlock}, {Name: "zone", Value: m.Zone},
	}, m.Tags, diags)
}

func (m *subnetItemModel) fromAPI(s *ecm.Subnet) {
	m.ID = types.StringValue(s.SubnetId)
	m.VpcID = types.StringValue(s.VpcId)
	m.SubnetName = types.StringValue(s.SubnetName)
	m.CidrBlock = types.StringValue(s.CidrBlock)
	m.Zone = types.StringValue(s.Zone)
	m.IsDefault = types.BoolValue(s.IsDefault)
	m.EnableBroadcast = types.BoolValue(s.EnableBroadcast)
	m.RouteTableID = types.StringValue(s.RouteTableId)
	m.AvailableIPAddressCount = types.Int64Value(s.AvailableIpAddressCount)
	m.CreatedTime = types.StringValue(s.CreatedTime)
	m.Tags = tfutil.TagsFromAPI(s.TagSet)
}
