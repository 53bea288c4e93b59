package clb

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*clbsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_clbs constructor.
func NewDataSource() datasource.DataSource {
	return &clbsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type clbsDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	EcmRegion        types.String  `tfsdk:"ecm_region"`
	IDs              types.List    `tfsdk:"ids"`
	LoadBalancerName types.String  `tfsdk:"load_balancer_name"`
	VpcID            types.String  `tfsdk:"vpc_id"`
	SecurityGroupID  types.String  `tfsdk:"security_group_id"`
	LoadBalancers    []lbItemModel `tfsdk:"load_balancers"`
}

type lbItemModel struct {
	ID                       types.String `tfsdk:"id"`
	EcmRegion                types.String `tfsdk:"ecm_region"`
	LoadBalancerName         types.String `tfsdk:"load_balancer_name"`
	LoadBalancerType         types.String `tfsdk:"load_balancer_type"`
	VipIsp                   types.String `tfsdk:"vip_isp"`
	VpcID                    types.String `tfsdk:"vpc_id"`
	LoadBalancerVips         types.List   `tfsdk:"load_balancer_vips"`
	AddressIPv6              types.String `tfsdk:"address_ipv6"`
	InternetMaxBandwidthOut  types.Int64  `tfsdk:"internet_max_bandwidth_out"`
	LoadBalancerPassToTarget types.Bool   `tfsdk:"load_balancer_pass_to_target"`
	SecurityGroupIDs         types.Set    `tfsdk:"security_group_ids"`
	Tags                     types.Map    `tfsdk:"tags"`
	Status                   types.Int64  `tfsdk:"status"`
	CreateTime               types.String `tfsdk:"create_time"`
}

func (d *clbsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM load balancers of one ECM region (DescribeLoadBalancers), by ID, name, VPC or security group.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":         ecmbase.DataSourceRegionAttribute(),
			"ids":                schema.ListAttribute{MarkdownDescription: "Match these load balancer IDs (`lb-…`).", ElementType: types.StringType, Optional: true},
			"load_balancer_name": schema.StringAttribute{MarkdownDescription: "Match load balancers with exactly this name.", Optional: true},
			"vpc_id":             schema.StringAttribute{MarkdownDescription: "Match load balancers of this VPC.", Optional: true},
			"security_group_id":  schema.StringAttribute{MarkdownDescription: "Match load balancers bound to this security group.", Optional: true},
			"load_balancers": schema.ListNestedAttribute{
				MarkdownDescription: "The matching load balancers, oldest first.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                           tfutil.ComputedString("Load balancer ID."),
					"ecm_region":                   tfutil.ComputedString("ECM region."),
					"load_balancer_name":           tfutil.ComputedString("Name."),
					"load_balancer_type":           tfutil.ComputedString("Type (`OPEN`)."),
					"vip_isp":                      tfutil.ComputedString("Carrier of the VIP."),
					"vpc_id":                       tfutil.ComputedString("VPC of the backends."),
					"load_balancer_vips":           schema.ListAttribute{MarkdownDescription: "VIPs.", ElementType: types.StringType, Computed: true},
					"address_ipv6":                 tfutil.ComputedString("IPv6 address, if any."),
					"internet_max_bandwidth_out":   tfutil.ComputedInt64("Bandwidth cap in Mbps."),
					"load_balancer_pass_to_target": schema.BoolAttribute{MarkdownDescription: "Whether security groups are checked on the load balancer only.", Computed: true},
					"security_group_ids":           schema.SetAttribute{MarkdownDescription: "Security groups.", ElementType: types.StringType, Computed: true},
					"tags":                         schema.MapAttribute{MarkdownDescription: "Tags.", ElementType: types.StringType, Computed: true},
					"status":                       tfutil.ComputedInt64("`0` creating, `1` running."),
					"create_time":                  tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *clbsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeLoadBalancersRequest{
		EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics), LoadBalancerName: data.LoadBalancerName.ValueString(),
		VpcId: data.VpcID.ValueString(), SecurityGroup: data.SecurityGroupID.ValueString(),
	}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.LoadBalancerIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	lbs, err := d.Conn().ECM.ListLoadBalancers(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM load balancers", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.LoadBalancers = make([]lbItemModel, len(lbs))
	for i := range lbs {
		var m resourceModel
		m.fromAPI(&lbs[i])
		data.LoadBalancers[i] = lbItemModel{
			ID: m.ID, EcmRegion: m.EcmRegion, LoadBalancerName: m.LoadBalancerName, LoadBalancerType: types.StringValue(lbs[i].LoadBalancerType),
			VipIsp: m.VipIsp, VpcID: m.VpcID, LoadBalancerVips: m.LoadBalancerVips, AddressIPv6: m.AddressIPv6,
			InternetMaxBandwidthOut: m.InternetMaxBandwidthOut, LoadBalancerPassToTarget: m.LoadBalancerPassToTarget,
			SecurityGroupIDs: m.SecurityGroupIDs, Tags: m.Tags, Status: m.Status, CreateTime: m.CreateTime,
		}
		if data.LoadBalancers[i].InternetMaxBandwidthOut.IsUnknown() {
			data.LoadBalancers[i].InternetMaxBandwidthOut = types.Int64Null()
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
