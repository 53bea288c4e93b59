// Package usedip is the edgecloud_vpc_used_ip data source (seed 000, DescribeUsedIpAddress): which
// addresses of a VPC or subnet are occupied, and by what.
package usedip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// DataSourceType is the Terraform type name of this package.
const DataSourceType = "edgecloud_vpc_used_ip"

var _ datasource.DataSourceWithConfigure = (*usedIPDataSource)(nil)

// NewDataSource is the edgecloud_vpc_used_ip constructor.
func NewDataSource() datasource.DataSource {
	return &usedIPDataSource{DataSource: regionbase.NewDataSource(DataSourceType, regionbase.Tencent)}
}

type usedIPDataSource struct {
	regionbase.DataSource
}

func (d *usedIPDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Which private addresses of a Tencent Cloud VPC (or of one of its subnets) are occupied, and by which " +
			"resource (`DescribeUsedIpAddress`). **A free address is simply absent from `ip_address_states`**: the API " +
			"lists occupied addresses only. To check particular addresses, name them in `ip_addresses` (any number: the " +
			"provider asks the API 100 at a time, its documented maximum) and read `free_ip_addresses`. Without " +
			"`ip_addresses`, every occupied address of the VPC or subnet is listed, 100 per call.",
		Attributes: map[string]schema.Attribute{
			regionbase.Attribute: regionbase.DataSourceAttribute(regionbase.Tencent),
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "ID of the VPC to look in, e.g. `vpc-bx0vq623`.",
				Required:            true,
				Validators:          []validator.String{validate.TencentID("vpc-")},
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "ID of a subnet of that VPC, e.g. `subnet-dl3wd0vq`, to look only there.",
				Optional:            true,
				Validators:          []validator.String{validate.TencentID("subnet-")},
			},
			"ip_addresses": schema.ListAttribute{
				MarkdownDescription: "IPv4 addresses to check, inside the VPC (or the subnet). Any number; they are asked 100 per call. " +
					"When set, only these addresses are reported; an empty list asks about nothing (no call is made).",
				ElementType: types.StringType,
				Optional:    true,
				Validators:  []validator.List{listvalidator.ValueStringsAre(validate.IPv4Address())},
			},
			"ip_address_states": schema.ListNestedAttribute{
				MarkdownDescription: "The occupied addresses, each with the resource that holds it, in the API's order. Free addresses are not listed.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"vpc_id":        tfutil.ComputedString("VPC of the address."),
					"subnet_id":     tfutil.ComputedString("Subnet of the address."),
					"ip_address":    tfutil.ComputedString("The occupied address."),
					"resource_type": tfutil.ComputedString("Type of the resource holding it, as the API names it (e.g. `ENI`; the API documents no list of values)."),
					"resource_id":   tfutil.ComputedString("ID of the resource holding it, e.g. `eni-bjekqff1`."),
				}},
			},
			"free_ip_addresses": schema.ListAttribute{
				MarkdownDescription: "Those of `ip_addresses` that are not occupied, in the order given. Empty when `ip_addresses` is not set.",
				ElementType:         types.StringType,
				Computed:            true,
			},
		},
	}
}

func (d *usedIPDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region := d.Region(data.Region, &resp.Diagnostics)
	asked, ok := data.askedAddresses(ctx, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	var states []vpc.IpAddressStates
	if !ok || len(asked) > 0 {
		var err error
		states, err = d.Conn().VPC.ListUsedIpAddresses(ctx, region, vpc.DescribeUsedIpAddressRequest{
			VpcId: data.VpcID.ValueString(), SubnetId: data.SubnetID.ValueString(), IpAddresses: asked,
		})
		if err != nil {
			tfutil.AddError(&resp.Diagnostics, "reading the used addresses of VPC "+data.VpcID.ValueString(), err)
			return
		}
	}
	data.Region = types.StringValue(region)
	data.fromAPI(states, asked, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
