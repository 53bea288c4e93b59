package havip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*haVipsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_havips constructor.
func NewDataSource() datasource.DataSource {
	return &haVipsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type haVipsDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	EcmRegion types.String     `tfsdk:"ecm_region"`
	IDs       types.List       `tfsdk:"ids"`
	VpcID     types.String     `tfsdk:"vpc_id"`
	SubnetID  types.String     `tfsdk:"subnet_id"`
	HaVipName types.String     `tfsdk:"havip_name"`
	HaVips    []haVipItemModel `tfsdk:"havips"`
}

type haVipItemModel struct {
	ID                 types.String `tfsdk:"id"`
	HaVipName          types.String `tfsdk:"havip_name"`
	Vip                types.String `tfsdk:"vip"`
	VpcID              types.String `tfsdk:"vpc_id"`
	SubnetID           types.String `tfsdk:"subnet_id"`
	NetworkInterfaceID types.String `tfsdk:"network_interface_id"`
	InstanceID         types.String `tfsdk:"instance_id"`
	AddressIP          types.String `tfsdk:"address_ip"`
	State              types.String `tfsdk:"state"`
	Business           types.String `tfsdk:"business"`
	CreatedTime        types.String `tfsdk:"created_time"`
}

func (d *haVipsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM HAVIPs, with their binding, by ID or by filters (DescribeHaVips). `ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ecm_region": ecmbase.DataSourceRegionAttribute(),
			"ids":        ecmbase.IDsAttribute("HAVIP", idPrefix, "vpc_id", "subnet_id", "havip_name"),
			"vpc_id":     schema.StringAttribute{MarkdownDescription: "Match the HAVIPs of this VPC.", Optional: true, Validators: []validator.String{ecmbase.IDValidator("vpc-")}},
			"subnet_id":  schema.StringAttribute{MarkdownDescription: "Match the HAVIPs of this subnet.", Optional: true, Validators: []validator.String{ecmbase.IDValidator("subnet-")}},
			"havip_name": schema.StringAttribute{MarkdownDescription: "Match HAVIPs whose name contains this value (the API's fuzzy match).", Optional: true},
			"havips": schema.ListNestedAttribute{
				MarkdownDescription: "The matching HAVIPs.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                   computed("HAVIP ID."),
					"havip_name":           computed("Name."),
					"vip":                  computed("Virtual IP."),
					"vpc_id":               computed("VPC ID."),
					"subnet_id":            computed("Subnet ID."),
					"network_interface_id": computed("ENI the HAVIP is bound to, if any."),
					"instance_id":          computed("Instance the HAVIP is bound to, if any."),
					"address_ip":           computed("EIP bound to the HAVIP, if any."),
					"state":                computed("`AVAILABLE` (bound and running) or `UNBIND`."),
					"business":             computed("Businesses using the HAVIP."),
					"created_time":         computed("Creation time."),
				}},
			},
		},
	}
}

func (d *haVipsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeHaVipsRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.HaVipIds, false)...)
	request.Filters = ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "vpc-id", Value: data.VpcID}, {Name: "subnet-id", Value: data.SubnetID}, {Name: "havip-name", Value: data.HaVipName}})
	if resp.Diagnostics.HasError() {
		return
	}
	list, err := d.Conn().ECM.ListHaVips(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM HAVIPs", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.HaVips = make([]haVipItemModel, len(list))
	for i, h := range list {
		data.HaVips[i] = haVipItemModel{
			ID: types.StringValue(h.HaVipId), HaVipName: types.StringValue(h.HaVipName), Vip: types.StringValue(h.Vip),
			VpcID: types.StringValue(h.VpcId), SubnetID: types.StringValue(h.SubnetId), NetworkInterfaceID: types.StringValue(h.NetworkInterfaceId),
			InstanceID: types.StringValue(h.InstanceId), AddressIP: types.StringValue(h.AddressIp), State: types.StringValue(h.State),
			Business: types.StringValue(h.Business), CreatedTime: types.StringValue(h.CreatedTime),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
