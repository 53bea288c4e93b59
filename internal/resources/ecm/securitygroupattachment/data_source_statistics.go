package securitygroupattachment

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// StatisticsDataSourceType is the Terraform type name of the statistics data source.
const StatisticsDataSourceType = "edgecloud_ecm_security_group_association_statistics"

var _ datasource.DataSourceWithConfigure = (*statisticsDataSource)(nil)

// NewStatisticsDataSource is the edgecloud_ecm_security_group_association_statistics constructor.
func NewStatisticsDataSource() datasource.DataSource {
	return &statisticsDataSource{DataSource: ecmbase.NewDataSource(StatisticsDataSourceType)}
}

type statisticsDataSource struct {
	ecmbase.DataSource
}

type statisticsModel struct {
	SecurityGroupIDs types.List       `tfsdk:"security_group_ids"`
	Statistics       []statisticModel `tfsdk:"statistics"`
}

type statisticModel struct {
	SecurityGroupID types.String        `tfsdk:"security_group_id"`
	Instances       types.Int64         `tfsdk:"instances"`
	Modules         types.Int64         `tfsdk:"modules"`
	ENIs            types.Int64         `tfsdk:"enis"`
	SecurityGroups  types.Int64         `tfsdk:"security_groups"`
	LoadBalancers   types.Int64         `tfsdk:"load_balancers"`
	Total           types.Int64         `tfsdk:"total"`
	InstanceTypes   []instanceTypeCount `tfsdk:"instance_types"`
}

type instanceTypeCount struct {
	InstanceType types.String `tfsdk:"instance_type"`
	Count        types.Int64  `tfsdk:"count"`
}

func (d *statisticsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	n := tfutil.ComputedInt64
	resp.Schema = schema.Schema{
		MarkdownDescription: "What ECM security groups are bound to (DescribeSecurityGroupAssociationStatistics; global): instances, modules, " +
			"ENIs, load balancers, and the groups whose rules reference them — e.g. to check in a `precondition` that a group is unused before removing it.",
		Attributes: map[string]schema.Attribute{
			"security_group_ids": schema.ListAttribute{
				MarkdownDescription: "The security groups (`esg-…`), 1 to 100.",
				Required:            true,
				ElementType:         types.StringType,
				Validators:          []validator.List{listvalidator.SizeBetween(1, 100), listvalidator.ValueStringsAre(ecmbase.IDValidator("esg-"))},
			},
			"statistics": schema.ListNestedAttribute{
				MarkdownDescription: "One entry per group, in the order asked.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"security_group_id": tfutil.ComputedString("The group."),
					"instances":         n("Instances bound to it (`ECM`)."),
					"modules":           n("Modules that give it to their instances (`Module`)."),
					"enis":              n("ENIs bound to it (`ENI`)."),
					"security_groups":   n("Other groups whose rules reference it (`SG`)."),
					"load_balancers":    n("Load balancers bound to it (`CLB`)."),
					"total":             n("`TotalCount` as the API reports it."),
					"instance_types": schema.ListNestedAttribute{
						MarkdownDescription: "Instances per instance type (`InstanceStatistics`).",
						Computed:            true,
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"instance_type": tfutil.ComputedString("Instance type."),
							"count":         n("Instances of that type."),
						}},
					},
				}},
			},
		},
	}
}

func (d *statisticsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data statisticsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	var request ecm.DescribeSecurityGroupAssociationStatisticsRequest
	resp.Diagnostics.Append(data.SecurityGroupIDs.ElementsAs(ctx, &request.SecurityGroupIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeSecurityGroupAssociationStatistics(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading ECM security group association statistics", err)
		return
	}
	data.Statistics = make([]statisticModel, 0, len(out.SecurityGroupAssociationStatisticsSet))
	for _, s := range out.SecurityGroupAssociationStatisticsSet {
		m := statisticModel{
			SecurityGroupID: types.StringValue(s.SecurityGroupId), Instances: types.Int64Value(s.ECM), Modules: types.Int64Value(s.Module),
			ENIs: types.Int64Value(s.ENI), SecurityGroups: types.Int64Value(s.SG), LoadBalancers: types.Int64Value(s.CLB),
			Total: types.Int64Value(s.TotalCount), InstanceTypes: []instanceTypeCount{},
		}
		for _, it := range s.InstanceStatistics {
			m.InstanceTypes = append(m.InstanceTypes, instanceTypeCount{InstanceType: types.StringValue(it.InstanceType), Count: types.Int64Value(it.InstanceCount)})
		}
		data.Statistics = append(data.Statistics, m)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
