package module

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*modulesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_modules constructor.
func NewDataSource() datasource.DataSource {
	return &modulesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type modulesDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	IDs             types.List    `tfsdk:"ids"`
	ModuleName      types.String  `tfsdk:"module_name"`
	ImageID         types.String  `tfsdk:"image_id"`
	InstanceFamily  types.String  `tfsdk:"instance_family"`
	SecurityGroupID types.String  `tfsdk:"security_group_id"`
	Modules         []moduleModel `tfsdk:"modules"`
}

type moduleModel struct {
	ID               types.String `tfsdk:"id"`
	ModuleName       types.String `tfsdk:"module_name"`
	ModuleState      types.String `tfsdk:"module_state"`
	DefaultImageID   types.String `tfsdk:"default_image_id"`
	InstanceType     types.String `tfsdk:"instance_type"`
	DefaultBandwidth types.Int64  `tfsdk:"default_bandwidth"`
	InstanceNum      types.Int64  `tfsdk:"instance_num"`
	NodeNum          types.Int64  `tfsdk:"node_num"`
	CreatedTime      types.String `tfsdk:"created_time"`
}

func (d *modulesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM modules (DescribeModule) with how many instances and nodes each has. Modules are global.",
		Attributes: map[string]schema.Attribute{
			"ids":               schema.ListAttribute{MarkdownDescription: "Module IDs to look up (at most 5, as the API's filter allows).", ElementType: types.StringType, Optional: true},
			"module_name":       schema.StringAttribute{MarkdownDescription: "Match modules with this name.", Optional: true},
			"image_id":          schema.StringAttribute{MarkdownDescription: "Match modules whose default image is this one.", Optional: true},
			"instance_family":   schema.StringAttribute{MarkdownDescription: "Match modules of this instance family, e.g. `SN3ne`.", Optional: true},
			"security_group_id": schema.StringAttribute{MarkdownDescription: "Match modules bound to this security group.", Optional: true},
			"modules": schema.ListNestedAttribute{
				MarkdownDescription: "The matching modules.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                tfutil.ComputedString("Module ID."),
					"module_name":       tfutil.ComputedString("Name."),
					"module_state":      tfutil.ComputedString("State."),
					"default_image_id":  tfutil.ComputedString("Default image."),
					"instance_type":     tfutil.ComputedString("Instance type."),
					"default_bandwidth": tfutil.ComputedInt64("Default outbound bandwidth, Mbps."),
					"instance_num":      tfutil.ComputedInt64("Instances launched from it."),
					"node_num":          tfutil.ComputedInt64("Nodes its instances run in."),
					"created_time":      tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *modulesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	var ids []string
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &ids, false)...)
	if len(ids) > 5 {
		resp.Diagnostics.AddError("Too many module IDs", "DescribeModule's module-id filter takes at most 5 values.")
	}
	for _, id := range ids {
		if !ecmbase.ValidID(idPrefix, id) {
			resp.Diagnostics.AddError("Invalid module ID", "\""+id+"\" is not a module ID: expected "+ecmbase.IDShape(idPrefix)+".")
		}
	}
	if resp.Diagnostics.HasError() {
		return
	}
	var filters []tencent.Filter
	if len(ids) > 0 {
		filters = append(filters, tencent.Filter{Name: "module-id", Values: ids})
	}
	filters = append(filters, ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "module-name", Value: data.ModuleName}, {Name: "image-id", Value: data.ImageID},
		{Name: "instance-family", Value: data.InstanceFamily}, {Name: "security-group-id", Value: data.SecurityGroupID}})...)
	items, err := d.Conn().ECM.ListModules(ctx, ecm.DescribeModuleRequest{Filters: filters})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM modules", err)
		return
	}
	data.Modules = make([]moduleModel, len(items))
	for i, it := range items {
		m := it.Module
		data.Modules[i] = moduleModel{
			ID: types.StringValue(m.ModuleId), ModuleName: types.StringValue(m.ModuleName), ModuleState: types.StringValue(m.ModuleState),
			DefaultImageID: types.StringValue(m.DefaultImage.ImageId), InstanceType: types.StringValue(m.InstanceTypeConfig.InstanceType),
			DefaultBandwidth: types.Int64Value(m.DefaultBandwidth), InstanceNum: types.Int64Value(it.NodeInstanceNum.InstanceNum),
			NodeNum: types.Int64Value(it.NodeInstanceNum.NodeNum), CreatedTime: types.StringValue(m.CreateTime),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
