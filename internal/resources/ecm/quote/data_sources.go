// Package quote holds the ECM planning data sources: edgecloud_ecm_instance_price (what a launch
// would cost), edgecloud_ecm_packing_quota (how many instances a zone can still take) and
// edgecloud_ecm_snapshots.
package quote

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// The Terraform type names of this package.
const (
	PriceDataSourceType        = "edgecloud_ecm_instance_price"
	PackingQuotaDataSourceType = "edgecloud_ecm_packing_quota"
)

var (
	_ datasource.DataSourceWithConfigure = (*priceDataSource)(nil)
	_ datasource.DataSourceWithConfigure = (*packingQuotaDataSource)(nil)
)

// NewPriceDataSource is the edgecloud_ecm_instance_price constructor.
func NewPriceDataSource() datasource.DataSource {
	return &priceDataSource{DataSource: ecmbase.NewDataSource(PriceDataSourceType)}
}

type priceDataSource struct {
	ecmbase.DataSource
}

type priceModel struct {
	InstanceType   types.String  `tfsdk:"instance_type"`
	SystemDiskSize types.Int64   `tfsdk:"system_disk_size"`
	DataDiskSize   types.Int64   `tfsdk:"data_disk_size"`
	InstanceCount  types.Int64   `tfsdk:"instance_count"`
	OriginalPrice  types.Float64 `tfsdk:"original_price"`
	DiscountPrice  types.Float64 `tfsdk:"discount_price"`
	Discount       types.Float64 `tfsdk:"discount"`
}

func (d *priceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	price := func(description string) schema.Float64Attribute {
		return schema.Float64Attribute{Computed: true, MarkdownDescription: description}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "What launching instances of a type would cost (DescribePriceRunInstance), in the API's unit (cents).",
		Attributes: map[string]schema.Attribute{
			"instance_type":    schema.StringAttribute{MarkdownDescription: "Instance type, e.g. `SN3ne.LARGE8`.", Required: true},
			"system_disk_size": schema.Int64Attribute{MarkdownDescription: "System disk size in GB (the API requires one).", Required: true, Validators: []validator.Int64{int64validator.AtLeast(1)}},
			"data_disk_size":   schema.Int64Attribute{MarkdownDescription: "Data disk size in GB.", Optional: true, Validators: []validator.Int64{int64validator.AtLeast(1)}},
			"instance_count":   schema.Int64Attribute{MarkdownDescription: "How many instances (1 to 100). Defaults to 1.", Optional: true, Computed: true, Validators: []validator.Int64{int64validator.Between(1, 100)}},
			"original_price":   price("Price before discount."),
			"discount_price":   price("Price after discount."),
			"discount":         price("Discount, as the percentage paid."),
		},
	}
}

func (d *priceDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data priceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	count := int64(1)
	if !data.InstanceCount.IsNull() {
		count = data.InstanceCount.ValueInt64()
	}
	request := ecm.DescribePriceRunInstanceRequest{InstanceType: data.InstanceType.ValueString(), InstanceCount: &count}
	request.SystemDisk = &ecm.SystemDisk{DiskSize: data.SystemDiskSize.ValueInt64()}
	if !data.DataDiskSize.IsNull() {
		request.DataDisk = []ecm.DataDisk{{DiskSize: data.DataDiskSize.ValueInt64()}}
	}
	out, err := d.Conn().ECM.DescribePriceRunInstance(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "quoting ECM instance type "+data.InstanceType.ValueString(), err)
		return
	}
	p := out.InstancePrice.PriceDetail
	data.InstanceCount = types.Int64Value(count)
	data.OriginalPrice, data.DiscountPrice, data.Discount = types.Float64Value(p.OriginalPrice), types.Float64Value(p.DiscountPrice), types.Float64Value(p.Discount)
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}

// NewPackingQuotaDataSource is the edgecloud_ecm_packing_quota constructor.
func NewPackingQuotaDataSource() datasource.DataSource {
	return &packingQuotaDataSource{DataSource: ecmbase.NewDataSource(PackingQuotaDataSourceType)}
}

type packingQuotaDataSource struct {
	ecmbase.DataSource
}

type packingQuotaModel struct {
	Zone         types.String        `tfsdk:"zone"`
	InstanceType types.String        `tfsdk:"instance_type"`
	Quotas       []packingQuotaEntry `tfsdk:"quotas"`
}

type packingQuotaEntry struct {
	Zone         types.String `tfsdk:"zone"`
	ISP          types.String `tfsdk:"isp"`
	InstanceType types.String `tfsdk:"instance_type"`
	Quota        types.Int64  `tfsdk:"quota"`
}

func (d *packingQuotaDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "How many more instances of each type each zone and carrier can take (DescribePackingQuotaGroup), to check a launch fits before it is tried.",
		Attributes: map[string]schema.Attribute{
			"zone":          schema.StringAttribute{MarkdownDescription: "Only this zone.", Optional: true},
			"instance_type": schema.StringAttribute{MarkdownDescription: "Only this instance type.", Optional: true},
			"quotas": schema.ListNestedAttribute{
				MarkdownDescription: "One entry per zone, carrier and instance type.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"zone":          tfutil.ComputedString("Zone."),
					"isp":           tfutil.ComputedString("Carrier."),
					"instance_type": tfutil.ComputedString("Instance type."),
					"quota":         tfutil.ComputedInt64("How many more instances fit."),
				}},
			},
		},
	}
}

func (d *packingQuotaDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data packingQuotaModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var filters []tencent.Filter
	filters = append(filters, ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "Zone", Value: data.Zone}, {Name: "InstanceType", Value: data.InstanceType}})...)
	out, err := d.Conn().ECM.DescribePackingQuotaGroup(ctx, ecm.DescribePackingQuotaGroupRequest{Filters: filters})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading ECM packing quotas", err)
		return
	}
	data.Quotas = []packingQuotaEntry{}
	for _, g := range out.PackingQuotaSet {
		for _, q := range g.PackingQuotaInfos {
			if !data.InstanceType.IsNull() && q.InstanceType != data.InstanceType.ValueString() {
				continue
			}
			data.Quotas = append(data.Quotas, packingQuotaEntry{
				Zone: types.StringValue(g.Zone), ISP: types.StringValue(g.ISPId), InstanceType: types.StringValue(q.InstanceType), Quota: types.Int64Value(q.PackingQuota),
			})
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
