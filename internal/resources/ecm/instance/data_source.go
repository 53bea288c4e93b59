package instance

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

// DataSourceType is the Terraform type name of the instances data source.
const DataSourceType = "edgecloud_ecm_instances"

var _ datasource.DataSourceWithConfigure = (*instancesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_instances constructor.
func NewDataSource() datasource.DataSource {
	return &instancesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type instancesDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	Zone          types.String    `tfsdk:"zone"`
	ModuleID      types.String    `tfsdk:"module_id"`
	VpcID         types.String    `tfsdk:"vpc_id"`
	SubnetID      types.String    `tfsdk:"subnet_id"`
	InstanceState types.String    `tfsdk:"instance_state"`
	InstanceName  types.String    `tfsdk:"instance_name"`
	Instances     []instanceModel `tfsdk:"instances"`
}

type instanceModel struct {
	ID                        types.String `tfsdk:"id"`
	InstanceName              types.String `tfsdk:"instance_name"`
	InstanceState             types.String `tfsdk:"instance_state"`
	Zone                      types.String `tfsdk:"zone"`
	ISP                       types.String `tfsdk:"isp"`
	ModuleID                  types.String `tfsdk:"module_id"`
	ImageID                   types.String `tfsdk:"image_id"`
	InstanceType              types.String `tfsdk:"instance_type"`
	PrimaryNetworkInterfaceID types.String `tfsdk:"primary_network_interface_id"`
	PrivateIPAddress          types.String `tfsdk:"private_ip_address"`
	PublicIPAddress           types.String `tfsdk:"public_ip_address"`
	CreatedTime               types.String `tfsdk:"created_time"`
}

func (d *instancesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	filter := func(what string) schema.StringAttribute {
		return schema.StringAttribute{MarkdownDescription: "Only instances " + what + ".", Optional: true}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM instances (DescribeInstances) by the API's filters.",
		Attributes: map[string]schema.Attribute{
			"zone":           filter("in this zone"),
			"module_id":      filter("of this module"),
			"vpc_id":         filter("in this VPC"),
			"subnet_id":      filter("in this subnet"),
			"instance_state": filter("in this state, e.g. `RUNNING`"),
			"instance_name":  filter("with this name"),
			"instances": schema.ListNestedAttribute{
				MarkdownDescription: "The matching instances.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                           tfutil.ComputedString("Instance ID."),
					"instance_name":                tfutil.ComputedString("Name."),
					"instance_state":               tfutil.ComputedString("State."),
					"zone":                         tfutil.ComputedString("Zone."),
					"isp":                          tfutil.ComputedString("Carrier of the public IP."),
					"module_id":                    tfutil.ComputedString("Module, if any."),
					"image_id":                     tfutil.ComputedString("Image."),
					"instance_type":                tfutil.ComputedString("Instance type."),
					"primary_network_interface_id": tfutil.ComputedString("Primary ENI."),
					"private_ip_address":           tfutil.ComputedString("Primary private IPv4 address."),
					"public_ip_address":            tfutil.ComputedString("Public IPv4 address."),
					"created_time":                 tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *instancesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var filters []tencent.Filter
	filters = append(filters, ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "zone", Value: data.Zone}, {Name: "module-id", Value: data.ModuleID}, {Name: "vpc-id", Value: data.VpcID},
		{Name: "subnet-id", Value: data.SubnetID}, {Name: "instance-state", Value: data.InstanceState}, {Name: "instance-name", Value: data.InstanceName}})...)
	list, err := d.Conn().ECM.ListInstances(ctx, ecm.DescribeInstancesRequest{Filters: filters})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM instances", err)
		return
	}
	data.Instances = make([]instanceModel, len(list))
	for n, i := range list {
		eni, private, public, _ := i.Primary()
		data.Instances[n] = instanceModel{
			ID: types.StringValue(i.InstanceId), InstanceName: types.StringValue(i.InstanceName), InstanceState: types.StringValue(i.InstanceState),
			Zone: types.StringValue(i.Position.ZoneInfo.Zone), ISP: types.StringValue(i.ISP), ModuleID: types.StringValue(i.SimpleModule.ModuleId),
			ImageID: types.StringValue(i.Image.ImageId), InstanceType: types.StringValue(i.InstanceTypeConfig.InstanceType),
			PrimaryNetworkInterfaceID: types.StringValue(eni), PrivateIPAddress: types.StringValue(private), PublicIPAddress: types.StringValue(public),
			CreatedTime: types.StringValue(i.CreateTime),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
