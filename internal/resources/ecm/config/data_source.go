// Package config is the edgecloud_ecm_config data source (DescribeConfig): the account's bounds on
// bandwidth, disks and vCPUs, the images it may import, and network limits per CPU count.
package config

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// DataSourceType is the Terraform type name of this package.
const DataSourceType = "edgecloud_ecm_config"

var _ datasource.DataSourceWithConfigure = (*configDataSource)(nil)

// NewDataSource is the edgecloud_ecm_config constructor.
func NewDataSource() datasource.DataSource {
	return &configDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type configDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	MinBandwidth          types.Int64          `tfsdk:"min_bandwidth"`
	MaxBandwidth          types.Int64          `tfsdk:"max_bandwidth"`
	BandwidthStep         types.Int64          `tfsdk:"bandwidth_step"`
	SuggestBandwidth      types.Int64          `tfsdk:"suggest_bandwidth"`
	MinSystemDiskSize     types.Int64          `tfsdk:"min_system_disk_size"`
	MaxSystemDiskSize     types.Int64          `tfsdk:"max_system_disk_size"`
	SuggestSystemDiskSize types.Int64          `tfsdk:"suggest_system_disk_size"`
	MinDataDiskSize       types.Int64          `tfsdk:"min_data_disk_size"`
	MaxDataDiskSize       types.Int64          `tfsdk:"max_data_disk_size"`
	DataDiskStep          types.Int64          `tfsdk:"data_disk_step"`
	SuggestDataDiskSize   types.Int64          `tfsdk:"suggest_data_disk_size"`
	MinVcpu               types.Int64          `tfsdk:"min_vcpu"`
	MaxVcpu               types.Int64          `tfsdk:"max_vcpu"`
	MaxVcpuPerRequest     types.Int64          `tfsdk:"max_vcpu_per_request"`
	MaxModules            types.Int64          `tfsdk:"max_modules"`
	MaxImageSize          types.Int64          `tfsdk:"max_image_size"`
	DefaultIPDirect       types.Bool           `tfsdk:"default_ip_direct"`
	ImageWhiteSet         types.List           `tfsdk:"image_white_set"`
	NetworkLimits         []networkLimitsModel `tfsdk:"network_limits"`
}

type networkLimitsModel struct {
	CPUNum                 types.Int64 `tfsdk:"cpu_num"`
	NetworkInterfaceLimit  types.Int64 `tfsdk:"network_interface_limit"`
	PrivateIPsPerInterface types.Int64 `tfsdk:"private_ips_per_network_interface"`
	PublicIPsPerInstance   types.Int64 `tfsdk:"public_ips_per_instance"`
}

func (d *configDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The ECM account's bounds for modules and instances (DescribeConfig): bandwidth and disk ranges and steps, " +
			"vCPU limits, the operating systems images may be imported for, and network limits per CPU count.",
		Attributes: map[string]schema.Attribute{
			"min_bandwidth":            tfutil.ComputedInt64("Smallest bandwidth cap, Mbps."),
			"max_bandwidth":            tfutil.ComputedInt64("Largest bandwidth cap, Mbps."),
			"bandwidth_step":           tfutil.ComputedInt64("Bandwidth increment, Mbps."),
			"suggest_bandwidth":        tfutil.ComputedInt64("Suggested bandwidth, Mbps."),
			"min_system_disk_size":     tfutil.ComputedInt64("Smallest system disk, GB."),
			"max_system_disk_size":     tfutil.ComputedInt64("Largest system disk, GB."),
			"suggest_system_disk_size": tfutil.ComputedInt64("Suggested system disk, GB."),
			"min_data_disk_size":       tfutil.ComputedInt64("Smallest data disk, GB."),
			"max_data_disk_size":       tfutil.ComputedInt64("Largest data disk, GB."),
			"data_disk_step":           tfutil.ComputedInt64("Data disk increment, GB."),
			"suggest_data_disk_size":   tfutil.ComputedInt64("Suggested data disk, GB."),
			"min_vcpu":                 tfutil.ComputedInt64("Fewest vCPUs."),
			"max_vcpu":                 tfutil.ComputedInt64("Most vCPUs."),
			"max_vcpu_per_request":     tfutil.ComputedInt64("Most vCPUs one request may launch."),
			"max_modules":              tfutil.ComputedInt64("Most modules."),
			"max_image_size":           tfutil.ComputedInt64("Largest image, GB (0: no limit stated)."),
			"default_ip_direct":        schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether IP direct access is on by default."},
			"image_white_set":          schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Operating systems images may be imported for."},
			"network_limits": schema.ListNestedAttribute{
				MarkdownDescription: "Network limits by CPU count.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"cpu_num":                           tfutil.ComputedInt64("CPU count."),
					"network_interface_limit":           tfutil.ComputedInt64("Most ENIs per instance."),
					"private_ips_per_network_interface": tfutil.ComputedInt64("Most private IPs per ENI."),
					"public_ips_per_instance":           tfutil.ComputedInt64("Most public IPs per instance."),
				}},
			},
		},
	}
}

func (d *configDataSource) Read(ctx context.Context, _ datasource.ReadRequest, resp *datasource.ReadResponse) {
	out, err := d.Conn().ECM.DescribeConfig(ctx)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the ECM configuration limits", err)
		return
	}
	r := out.NetworkStorageRange
	white, diags := types.ListValueFrom(ctx, types.StringType, out.ImageWhiteSet)
	resp.Diagnostics.Append(diags...)
	data := dataSourceModel{
		MinBandwidth: types.Int64Value(r.MinBandwidth), MaxBandwidth: types.Int64Value(r.MaxBandwidth), BandwidthStep: types.Int64Value(r.PerBandwidth),
		SuggestBandwidth: types.Int64Value(r.SuggestBandwidth), MinSystemDiskSize: types.Int64Value(r.MinSystemDiskSize),
		MaxSystemDiskSize: types.Int64Value(r.MaxSystemDiskSize), SuggestSystemDiskSize: types.Int64Value(r.SuggestSystemDiskSize),
		MinDataDiskSize: types.Int64Value(r.MinDataDiskSize), MaxDataDiskSize: types.Int64Value(r.MaxDataDiskSize), DataDiskStep: types.Int64Value(r.PerDataDisk),
		SuggestDataDiskSize: types.Int64Value(r.SuggestDataDiskSize), MinVcpu: types.Int64Value(r.MinVcpu), MaxVcpu: types.Int64Value(r.MaxVcpu),
		MaxVcpuPerRequest: types.Int64Value(r.MaxVcpuPerReq), MaxModules: types.Int64Value(r.MaxModuleNum),
		MaxImageSize: types.Int64Value(out.ImageLimits.MaxImageSize), DefaultIPDirect: types.BoolValue(out.DefaultIPDirect), ImageWhiteSet: white,
		NetworkLimits: make([]networkLimitsModel, len(out.InstanceNetworkLimitConfigs)),
	}
	for i, l := range out.InstanceNetworkLimitConfigs {
		data.NetworkLimits[i] = networkLimitsModel{
			CPUNum: types.Int64Value(l.CpuNum), NetworkInterfaceLimit: types.Int64Value(l.NetworkInterfaceLimit),
			PrivateIPsPerInterface: types.Int64Value(l.InnerIpPerNetworkInterface), PublicIPsPerInstance: types.Int64Value(l.PublicIpPerInstance),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
