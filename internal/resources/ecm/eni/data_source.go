package eni

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*enisDataSource)(nil)

// NewDataSource is the edgecloud_ecm_enis constructor.
func NewDataSource() datasource.DataSource {
	return &enisDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type enisDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	EcmRegion       types.String   `tfsdk:"ecm_region"`
	IDs             types.List     `tfsdk:"ids"`
	VpcID           types.String   `tfsdk:"vpc_id"`
	SubnetID        types.String   `tfsdk:"subnet_id"`
	InstanceID      types.String   `tfsdk:"instance_id"`
	SecurityGroupID types.String   `tfsdk:"security_group_id"`
	Name            types.String   `tfsdk:"name"`
	AddressIP       types.String   `tfsdk:"address_ip"`
	IsPrimary       types.Bool     `tfsdk:"is_primary"`
	Tags            types.Map      `tfsdk:"tags"`
	ENIs            []eniItemModel `tfsdk:"enis"`
}

type eniItemModel struct {
	ID                 types.String `tfsdk:"id"`
	Name               types.String `tfsdk:"name"`
	Description        types.String `tfsdk:"description"`
	VpcID              types.String `tfsdk:"vpc_id"`
	SubnetID           types.String `tfsdk:"subnet_id"`
	Zone               types.String `tfsdk:"zone"`
	State              types.String `tfsdk:"state"`
	Primary            types.Bool   `tfsdk:"primary"`
	MacAddress         types.String `tfsdk:"mac_address"`
	PrimaryIP          types.String `tfsdk:"primary_private_ip_address"`
	PrivateIPAddresses types.List   `tfsdk:"private_ip_addresses"`
	IPv6Addresses      types.List   `tfsdk:"ipv6_addresses"`
	SecurityGroupIDs   types.List   `tfsdk:"security_group_ids"`
	InstanceID         types.String `tfsdk:"instance_id"`
	DeviceIndex        types.Int64  `tfsdk:"device_index"`
	Tags               types.Map    `tfsdk:"tags"`
	CreatedTime        types.String `tfsdk:"created_time"`
}

func (d *enisDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	list := func(desc string) schema.ListAttribute {
		return schema.ListAttribute{MarkdownDescription: desc, Computed: true, ElementType: types.StringType}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM ENIs — the instances' primary ENIs included — by ID or by filters (DescribeNetworkInterfaces). " +
			"`ids` cannot be combined with the filters, as the API requires.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":        ecmbase.DataSourceRegionAttribute(),
			"ids":               ecmbase.IDsAttribute("ENI", idPrefix, "vpc_id", "subnet_id", "instance_id", "security_group_id", "name", "address_ip", "is_primary", "tags"),
			"vpc_id":            schema.StringAttribute{MarkdownDescription: "Match ENIs of this VPC.", Optional: true},
			"subnet_id":         schema.StringAttribute{MarkdownDescription: "Match ENIs of this subnet.", Optional: true},
			"instance_id":       schema.StringAttribute{MarkdownDescription: "Match ENIs attached to this instance (`attachment.instance-id`).", Optional: true},
			"security_group_id": schema.StringAttribute{MarkdownDescription: "Match ENIs bound to this security group.", Optional: true},
			"name":              schema.StringAttribute{MarkdownDescription: "Match ENIs by name.", Optional: true},
			"address_ip":        schema.StringAttribute{MarkdownDescription: "Match the ENI holding this private IPv4 address.", Optional: true},
			"is_primary":        schema.BoolAttribute{MarkdownDescription: "Only primary ENIs (true) or only the others (false).", Optional: true},
			"tags":              schema.MapAttribute{MarkdownDescription: "Match ENIs carrying all these tags.", Optional: true, ElementType: types.StringType},
			"enis": schema.ListNestedAttribute{
				MarkdownDescription: "The matching ENIs.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":                         tfutil.ComputedString("ENI ID."),
					"name":                       tfutil.ComputedString("Name."),
					"description":                tfutil.ComputedString("Description."),
					"vpc_id":                     tfutil.ComputedString("VPC."),
					"subnet_id":                  tfutil.ComputedString("Subnet."),
					"zone":                       tfutil.ComputedString("Zone."),
					"state":                      tfutil.ComputedString("`PENDING`, `AVAILABLE`, `ATTACHING`, `DETACHING` or `DELETING`."),
					"primary":                    schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether it is an instance's primary ENI."},
					"mac_address":                tfutil.ComputedString("MAC address."),
					"primary_private_ip_address": tfutil.ComputedString("Primary private IPv4 address."),
					"private_ip_addresses":       list("Every private IPv4 address, the primary first."),
					"ipv6_addresses":             list("IPv6 addresses."),
					"security_group_ids":         list("Security groups."),
					"instance_id":                tfutil.ComputedString("Instance it is attached to, or empty."),
					"device_index":               schema.Int64Attribute{Computed: true, MarkdownDescription: "Device index on the instance (0: primary)."},
					"tags":                       schema.MapAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Tags."},
					"created_time":               tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (m *dataSourceModel) filters(ctx context.Context, diags *diag.Diagnostics) []tencent.Filter {
	f := ecmbase.Filters(ctx, []ecmbase.FilterArg{
		{Name: "vpc-id", Value: m.VpcID}, {Name: "subnet-id", Value: m.SubnetID}, {Name: "attachment.instance-id", Value: m.InstanceID},
		{Name: "groups.security-group-id", Value: m.SecurityGroupID}, {Name: "network-interface-name", Value: m.Name}, {Name: "address-ip", Value: m.AddressIP},
	}, m.Tags, diags)
	if !m.IsPrimary.IsNull() && !m.IsPrimary.IsUnknown() {
		v := "false"
		if m.IsPrimary.ValueBool() {
			v = "true"
		}
		f = append(f, tencent.Filter{Name: "is-primary", Values: []string{v}})
	}
	return f
}

func (d *enisDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeNetworkInterfacesRequest{EcmRegion: ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics), Filters: data.filters(ctx, &resp.Diagnostics)}
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &request.NetworkInterfaceIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	enis, err := d.Conn().ECM.ListNetworkInterfaces(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM ENIs", err)
		return
	}
	data.EcmRegion = types.StringValue(request.EcmRegion)
	data.ENIs = make([]eniItemModel, len(enis))
	for i := range enis {
		data.ENIs[i].fromAPI(&enis[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}

func (m *eniItemModel) fromAPI(n *ecm.NetworkInterface) {
	strs := func(v []string) types.List {
		l, _ := types.ListValueFrom(context.Background(), types.StringType, append([]string{}, v...))
		return l
	}
	m.ID, m.Name, m.Description = types.StringValue(n.NetworkInterfaceId), types.StringValue(n.NetworkInterfaceName), types.StringValue(n.NetworkInterfaceDescription)
	m.VpcID, m.SubnetID, m.Zone = types.StringValue(n.VpcId), types.StringValue(n.SubnetId), types.StringValue(n.Zone)
	m.State, m.Primary, m.MacAddress = types.StringValue(n.State), types.BoolValue(n.Primary), types.StringValue(n.MacAddress)
	m.PrimaryIP = types.StringValue(PrimaryAddress(n))
	ips := []string{m.PrimaryIP.ValueString()}
	for _, ip := range n.PrivateIpAddressSet {
		if ip.PrivateIpAddress != ips[0] {
			ips = append(ips, ip.PrivateIpAddress)
		}
	}
	var v6 []string
	for _, a := range n.Ipv6AddressSet {
		v6 = append(v6, a.Address)
	}
	m.PrivateIPAddresses, m.IPv6Addresses, m.SecurityGroupIDs = strs(ips), strs(v6), strs(n.GroupSet)
	m.InstanceID, m.DeviceIndex = types.StringValue(n.AttachedTo()), types.Int64Value(0)
	if n.Attachment != nil {
		m.DeviceIndex = types.Int64Value(n.Attachment.DeviceIndex)
	}
	m.Tags = tfutil.TagsFromAPI(n.TagSet)
	m.CreatedTime = types.StringValue(n.CreatedTime)
}
