// Package instancetype is the edgecloud_ecm_instance_types data source (DescribeInstanceTypeConfig).
package instancetype

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// DataSourceType is the Terraform type name of this package.
const DataSourceType = "edgecloud_ecm_instance_types"

var _ datasource.DataSourceWithConfigure = (*instanceTypesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_instance_types constructor.
func NewDataSource() datasource.DataSource {
	return &instanceTypesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type instanceTypesDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	InstanceFamily types.String        `tfsdk:"instance_family"`
	Vcpu           types.Int64         `tfsdk:"vcpu"`
	Memory         types.Int64         `tfsdk:"memory"`
	InstanceTypes  []instanceTypeModel `tfsdk:"instance_types"`
}

type instanceTypeModel struct {
	InstanceType       types.String  `tfsdk:"instance_type"`
	InstanceFamily     types.String  `tfsdk:"instance_family"`
	InstanceFamilyName types.String  `tfsdk:"instance_family_name"`
	FamilyType         types.String  `tfsdk:"family_type"`
	Vcpu               types.Int64   `tfsdk:"vcpu"`
	Memory             types.Int64   `tfsdk:"memory"`
	Frequency          types.String  `tfsdk:"frequency"`
	CPUModelName       types.String  `tfsdk:"cpu_model_name"`
	Vgpu               types.Float64 `tfsdk:"vgpu"`
	GPUModelName       types.String  `tfsdk:"gpu_model_name"`
}

func (d *instanceTypesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the ECM instance types (DescribeInstanceTypeConfig), optionally narrowed here by family, vCPUs or memory " +
			"(the API takes no filter).",
		Attributes: map[string]schema.Attribute{
			"instance_family": schema.StringAttribute{MarkdownDescription: "Only this family, e.g. `SN3ne`.", Optional: true},
			"vcpu":            schema.Int64Attribute{MarkdownDescription: "Only types with this many vCPUs.", Optional: true},
			"memory":          schema.Int64Attribute{MarkdownDescription: "Only types with this much memory, in GB.", Optional: true},
			"instance_types": schema.ListNestedAttribute{
				MarkdownDescription: "The matching instance types.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"instance_type":        tfutil.ComputedString("Instance type, e.g. `SN3ne.2XLARGE16`."),
					"instance_family":      tfutil.ComputedString("Family, e.g. `SN3ne`."),
					"instance_family_name": tfutil.ComputedString("Readable family name."),
					"family_type":          tfutil.ComputedString("Family type, e.g. `S`."),
					"vcpu":                 schema.Int64Attribute{Computed: true, MarkdownDescription: "vCPUs."},
					"memory":               schema.Int64Attribute{Computed: true, MarkdownDescription: "Memory in GB."},
					"frequency":            tfutil.ComputedString("CPU frequency, e.g. `2.5 GHz`."),
					"cpu_model_name":       tfutil.ComputedString("CPU model."),
					"vgpu":                 schema.Float64Attribute{Computed: true, MarkdownDescription: "GPU cards (0 without GPU)."},
					"gpu_model_name":       tfutil.ComputedString("GPU model, if any."),
				}},
			},
		},
	}
}

func (d *instanceTypesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeInstanceTypeConfig(ctx)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM instance types", err)
		return
	}
	data.InstanceTypes = []instanceTypeModel{}
	for _, t := range out.InstanceTypeConfigSet {
		if (!data.InstanceFamily.IsNull() && t.InstanceFamilyConfig.InstanceFamily != data.InstanceFamily.ValueString()) ||
			(!data.Vcpu.IsNull() && t.Vcpu != data.Vcpu.ValueInt64()) || (!data.Memory.IsNull() && t.Memory != data.Memory.ValueInt64()) {
			continue
		}
		data.InstanceTypes = append(data.InstanceTypes, instanceTypeModel{
			InstanceType: types.StringValue(t.InstanceType), InstanceFamily: types.StringValue(t.InstanceFamilyConfig.InstanceFamily),
			InstanceFamilyName: types.StringValue(t.InstanceFamilyConfig.InstanceFamilyName), FamilyType: types.StringValue(t.InstanceFamilyTypeConfig.InstanceFamilyType),
			Vcpu: types.Int64Value(t.Vcpu), Memory: types.Int64Value(t.Memory), Frequency: types.StringValue(t.Frequency),
			CPUModelName: types.StringValue(t.CpuModelName), Vgpu: types.Float64Value(t.Vgpu), GPUModelName: types.StringValue(t.GpuModelName),
		})
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
