package eip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*eipsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_eips constructor.
func NewDataSource() datasource.DataSource {
	return &eipsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type eipsDataSource struct {
	ecmbase.DataSource
}

func (d *eipsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM EIPs by ID or by filters (DescribeAddresses). `ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":     ecmbase.DataSourceRegionAttribute(),
			"ids":            ecmbase.IDsAttribute("EIP", idPrefix, "address_name", "address_ip", "address_status"),
			"address_name":   schema.StringAttribute{MarkdownDescription: "Match EIPs with exactly this name.", Optional: true},
			"address_ip":     schema.StringAttribute{MarkdownDescription: "Match the EIP with this public IP.", Optional: true},
			"address_status": schema.StringAttribute{MarkdownDescription: "Match EIPs in this status, e.g. `UNBIND`.", Optional: true},
			"addresses": schema.ListNestedAttribute{
				MarkdownDescription: "The matching EIPs.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                        tfutil.ComputedString("EIP ID."),
					"address_name":              tfutil.ComputedString("Name."),
					"address_ip":                tfutil.ComputedString("Public IPv4 address."),
					"address_status":            tfutil.ComputedString("Status."),
					"address_type":              tfutil.ComputedString("Address type."),
					"internet_service_provider": tfutil.ComputedString("Carrier."),
					"bandwidth":                 schema.Int64Attribute{Computed: true, MarkdownDescription: "Bandwidth cap in Mbps."},
					"instance_id":               tfutil.ComputedString("Bound instance, if any."),
					"network_interface_id":      tfutil.ComputedString("Bound ENI, if any."),
					"private_address_ip":        tfutil.ComputedString("Bound private IP, if any."),
					"is_arrears":                schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the EIP is isolated for arrears."},
					"is_blocked":                schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the EIP is blocked."},
					"created_time":              tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *eipsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeAddressesRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics), Filters: data.filters(ctx, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.AddressIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	addresses, err := d.Conn().ECM.ListAddresses(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM EIPs", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.Addresses = make([]addressItemModel, len(addresses))
	for i := range addresses {
		data.Addresses[i].fromAPI(&addresses[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
