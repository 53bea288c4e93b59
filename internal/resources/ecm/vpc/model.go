package vpc

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID          types.String `tfsdk:"id"`
	EcmRegion   types.String `tfsdk:"ecm_region"`
	VpcName     types.String `tfsdk:"vpc_name"`
	CidrBlock   types.String `tfsdk:"cidr_block"`
	Description types.String `tfsdk:"description"`
	Tags        types.Map    `tfsdk:"tags"`
	IsDefault   types.Bool   `tfsdk:"is_default"`
	CreatedTime types.String `tfsdk:"created_time"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateVpcRequest {
	return ecm.CreateVpcRequest{
		VpcName:     m.VpcName.ValueString(),
		CidrBlock:   m.CidrBlock.ValueString(),
		EcmRegion:   m.EcmRegion.ValueString(),
		Description: m.Description.ValueStringPointer(),
		Tags:        tfutil.TagsToAPI(ctx, m.Tags, diags),
	}
}

// modifyRequest sends every mutable attribute, so that removing one from the configuration clears it.
func (m *resourceModel) modifyRequest(ctx context.Context, diags *diag.Diagnostics) ecm.ModifyVpcAttributeRequest {
	tags := tfutil.TagsToAPI(ctx, m.Tags, diags)
	if tags == nil {
		tags = []tencent.Tag{}
	}
	description := m.Description.ValueString()
	return ecm.ModifyVpcAttributeRequest{
		VpcId:       m.ID.ValueString(),
		EcmRegion:   m.EcmRegion.ValueString(),
		VpcName:     m.VpcName.ValueStringPointer(),
		Description: &description,
		Tags:        &tags,
	}
}

func (m *resourceModel) fromAPI(v *ecm.VpcInfo) {
	m.ID = types.StringValue(v.VpcId)
	if v.Region != "" {
		m.EcmRegion = types.StringValue(v.Region)
	}
	m.VpcName = types.StringValue(v.VpcName)
	m.CidrBlock = types.StringValue(v.CidrBlock)
	m.Description = tfutil.OptionalString(v.Description)
	m.Tags = tfutil.TagsFromAPI(v.TagSet)
	m.IsDefault = types.BoolValue(v.IsDefault)
	m.CreatedTime = types.StringValue(v.CreatedTime)
}

// shows reports whether the API's VPC carries the attributes this model would write.
func (m *resourceModel) shows(v *ecm.VpcInfo) bool {
	var got resourceModel
	got.fromAPI(v)
	return got.VpcName.Equal(m.VpcName) && got.Description.Equal(m.Description) && got.Tags.Equal(m.Tags)
}

type dataSourceModel struct {
	EcmRegion types.String   `tfsdk:"ecm_region"`
	IDs       types.List     `tfsdk:"ids"`
	VpcName   types.String   `tfsdk:"vpc_name"`
	CidrBlock types.String   `tfsdk:"cidr_block"`
	Tags      types.Map      `tfsdk:"tags"`
	Vpcs      []vpcItemModel `tfsdk:"vpcs"`
}

type vpcItemModel struct {
	ID            types.String `tfsdk:"id"`
	VpcName       types.String `tfsdk:"vpc_name"`
	CidrBlock     types.String `tfsdk:"cidr_block"`
	Description   types.String `tfsdk:"description"`
	IsDefault     types.Bool   `tfsdk:"is_default"`
	CreatedTime   types.String `tfsdk:"created_time"`
	RegionName    types.String `tfsdk:"region_name"`
	SubnetCount   types.Int64  `tfsdk:"subnet_count"`
	InstanceCount types.Int64  `tfsdk:"instance_count"`
	Tags          types.Map    `tfsdk:"tags"`
}

// filters turns the data source's arguments into DescribeVpcs filters (catalog §2.5).
func (m *dataSourceModel) filters(ctx context.Context, diags *diag.Diagnostics) []tencent.Filter {
	return ecmbase.Filters(ctx, []ecmbase.FilterArg{{Name: "vpc-name", Value: m.VpcName}, {Name: "cidr-block", Value: m.CidrBlock}}, m.Tags, diags)
}

func (m *vpcItemModel) fromAPI(v *ecm.VpcInfo) {
	m.ID = types.StringValue(v.VpcId)
	m.VpcName = types.StringValue(v.VpcName)
	m.CidrBlock = types.StringValue(v.CidrBlock)
	m.Description = types.StringValue(v.Description)
	m.IsDefault = types.BoolValue(v.IsDefault)
	m.CreatedTime = types.StringValue(v.CreatedTime)
	m.RegionName = types.StringValue(v.RegionName)
	m.SubnetCount = types.Int64Value(v.SubnetCount)
	m.InstanceCount = types.Int64Value(v.InstanceCount)
	m.Tags = tfutil.TagsFromAPI(v.TagSet)
}
