package securitygroup

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
	ID                types.String `tfsdk:"id"`
	SecurityGroupName types.String `tfsdk:"security_group_name"`
	Description       types.String `tfsdk:"description"`
	Tags              types.Map    `tfsdk:"tags"`
	IsDefault         types.Bool   `tfsdk:"is_default"`
	CreatedTime       types.String `tfsdk:"created_time"`
}

func (m *resourceModel) createRequest(ctx context.Context, diags *diag.Diagnostics) ecm.CreateSecurityGroupRequest {
	return ecm.CreateSecurityGroupRequest{
		GroupName:        m.SecurityGroupName.ValueString(),
		GroupDescription: m.Description.ValueString(),
		Tags:             tfutil.TagsToAPI(ctx, m.Tags, diags),
	}
}

// modifyRequest sends every mutable attribute.
func (m *resourceModel) modifyRequest() ecm.ModifySecurityGroupAttributeRequest {
	return ecm.ModifySecurityGroupAttributeRequest{
		SecurityGroupId:  m.ID.ValueString(),
		GroupName:        m.SecurityGroupName.ValueStringPointer(),
		GroupDescription: m.Description.ValueStringPointer(),
	}
}

func (m *resourceModel) fromAPI(g *ecm.SecurityGroup) {
	m.ID = types.StringValue(g.SecurityGroupId)
	m.SecurityGroupName = types.StringValue(g.SecurityGroupName)
	m.Description = types.StringValue(g.SecurityGroupDesc)
	m.Tags = tfutil.TagsFromAPI(g.TagSet)
	m.IsDefault = types.BoolValue(bool(g.IsDefault))
	m.CreatedTime = types.StringValue(g.CreatedTime)
}

// shows reports whether the API's group carries the attributes this model would write.
func (m *resourceModel) shows(g *ecm.SecurityGroup) bool {
	return g.SecurityGroupName == m.SecurityGroupName.ValueString() && g.SecurityGroupDesc == m.Description.ValueString()
}

type dataSourceModel struct {
	IDs               types.List          `tfsdk:"ids"`
	SecurityGroupName types.String        `tfsdk:"security_group_name"`
	Tags              types.Map           `tfsdk:"tags"`
	SecurityGroups    []securityGroupItem `tfsdk:"security_groups"`
}

type securityGroupItem struct {
	ID                types.String `tfsdk:"id"`
	SecurityGroupName types.String `tfsdk:"security_group_name"`
	Description       types.String `tfsdk:"description"`
	IsDefault         types.Bool   `tfsdk:"is_default"`
	CreatedTime       types.String `tfsdk:"created_time"`
	Tags              types.Map    `tfsdk:"tags"`
}

// filters turns the data source's arguments into DescribeSecurityGroups filters (catalog §2.13a).
func (m *dataSourceModel) filters(ctx context.Context, diags *diag.Diagnostics) []tencent.Filter {
	return ecmbase.Filters(ctx, []ecmbase.FilterArg{{Name: "security-group-name", Value: m.SecurityGroupName}}, m.Tags, diags)
}

func (m *securityGroupItem) fromAPI(g *ecm.SecurityGroup) {
	m.ID = types.StringValue(g.SecurityGroupId)
	m.SecurityGroupName = types.StringValue(g.SecurityGroupName)
	m.Description = types.StringValue(g.SecurityGroupDesc)
	m.IsDefault = types.BoolValue(bool(g.IsDefault))
	m.CreatedTime = types.StringValue(g.CreatedTime)
	m.Tags = tfutil.TagsFromAPI(g.TagSet)
}
