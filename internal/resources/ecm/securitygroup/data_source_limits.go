package securitygroup

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*limitsDataSource)(nil)

// NewLimitsDataSource is the edgecloud_ecm_security_group_limits constructor.
func NewLimitsDataSource() datasource.DataSource {
	return &limitsDataSource{DataSource: ecmbase.NewDataSource(LimitsDataSourceType)}
}

type limitsDataSource struct {
	ecmbase.DataSource
}

type limitsModel struct {
	SecurityGroups             types.Int64 `tfsdk:"security_groups"`
	PoliciesPerSecurityGroup   types.Int64 `tfsdk:"policies_per_security_group"`
	ReferencesPerSecurityGroup types.Int64 `tfsdk:"references_per_security_group"`
	InstancesPerSecurityGroup  types.Int64 `tfsdk:"instances_per_security_group"`
	SecurityGroupsPerInstance  types.Int64 `tfsdk:"security_groups_per_instance"`
	ModulesPerSecurityGroup    types.Int64 `tfsdk:"modules_per_security_group"`
	SecurityGroupsPerModule    types.Int64 `tfsdk:"security_groups_per_module"`
}

func (d *limitsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The account's security group quotas (DescribeSecurityGroupLimits), e.g. to check in a `precondition` that a rule set fits.",
		Attributes: map[string]schema.Attribute{
			"security_groups":               tfutil.ComputedInt64("How many security groups the account may have (`SecurityGroupLimit`)."),
			"policies_per_security_group":   tfutil.ComputedInt64("How many rules one security group may hold (`SecurityGroupPolicyLimit`)."),
			"references_per_security_group": tfutil.ComputedInt64("How many times one group may be referenced by other groups' rules (`ReferedSecurityGroupLimit`)."),
			"instances_per_security_group":  tfutil.ComputedInt64("How many instances one group may be bound to (`SecurityGroupInstanceLimit`)."),
			"security_groups_per_instance":  tfutil.ComputedInt64("How many groups one instance may have (`InstanceSecurityGroupLimit`)."),
			"modules_per_security_group":    tfutil.ComputedInt64("How many modules one group may be bound to (`SecurityGroupModuleLimit`)."),
			"security_groups_per_module":    tfutil.ComputedInt64("How many groups one module may have (`ModuleSecurityGroupLimit`)."),
		},
	}
}

func (d *limitsDataSource) Read(ctx context.Context, _ datasource.ReadRequest, resp *datasource.ReadResponse) {
	out, err := d.Conn().ECM.DescribeSecurityGroupLimits(ctx)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the ECM security group limits", err)
		return
	}
	l := out.SecurityGroupLimitSet
	resp.Diagnostics.Append(resp.State.Set(ctx, &limitsModel{
		SecurityGroups:             types.Int64Value(l.SecurityGroupLimit),
		PoliciesPerSecurityGroup:   types.Int64Value(l.SecurityGroupPolicyLimit),
		ReferencesPerSecurityGroup: types.Int64Value(l.ReferedSecurityGroupLimit),
		InstancesPerSecurityGroup:  types.Int64Value(l.SecurityGroupInstanceLimit),
		SecurityGroupsPerInstance:  types.Int64Value(l.InstanceSecurityGroupLimit),
		ModulesPerSecurityGroup:    types.Int64Value(l.SecurityGroupModuleLimit),
		SecurityGroupsPerModule:    types.Int64Value(l.ModuleSecurityGroupLimit),
	})...)
}
