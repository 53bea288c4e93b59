package securitygroup

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*securityGroupsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_security_groups constructor.
func NewDataSource() datasource.DataSource {
	return &securityGroupsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type securityGroupsDataSource struct {
	ecmbase.DataSource
}

func (d *securityGroupsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM security groups by ID or by filters (DescribeSecurityGroups), the account's default group included. " +
			"Security groups are global. `ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ids":                 ecmbase.IDsAttribute("Security group", idPrefix, "security_group_name", "tags"),
			"security_group_name": schema.StringAttribute{MarkdownDescription: "Match groups with this name.", Optional: true},
			"tags":                schema.MapAttribute{MarkdownDescription: "Match groups carrying all these tags.", ElementType: types.StringType, Optional: true},
			"security_groups": schema.ListNestedAttribute{
				MarkdownDescription: "The matching security groups.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                  tfutil.ComputedString("Security group ID."),
					"security_group_name": tfutil.ComputedString("Name."),
					"description":         tfutil.ComputedString("Description."),
					"is_default":          schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is the account's default group."},
					"created_time":        tfutil.ComputedString("Creation time."),
					"tags":                schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Tags."},
				}},
			},
		},
	}
}

func (d *securityGroupsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	var request ecm.DescribeSecurityGroupsRequest
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.SecurityGroupIds, false)...)
	request.Filters = data.filters(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	groups, err := d.Conn().ECM.ListSecurityGroups(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM security groups", err)
		return
	}
	data.SecurityGroups = make([]securityGroupItem, len(groups))
	for i := range groups {
		data.SecurityGroups[i].fromAPI(&groups[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
