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

// QuotaDataSourceType is the Terraform type name of the EIP quota data source.
const QuotaDataSourceType = "edgecloud_ecm_eip_quota"

var _ datasource.DataSourceWithConfigure = (*quotaDataSource)(nil)

// NewQuotaDataSource is the edgecloud_ecm_eip_quota constructor.
func NewQuotaDataSource() datasource.DataSource {
	return &quotaDataSource{DataSource: ecmbase.NewDataSource(QuotaDataSourceType)}
}

type quotaDataSource struct {
	ecmbase.DataSource
}

type quotaModel struct {
	EcmRegion              types.String `tfsdk:"ecm_region"`
	TotalLimit             types.Int64  `tfsdk:"total_limit"`
	TotalUsed              types.Int64  `tfsdk:"total_used"`
	TotalAvailable         types.Int64  `tfsdk:"total_available"`
	DailyAllocateLimit     types.Int64  `tfsdk:"daily_allocate_limit"`
	DailyAllocateUsed      types.Int64  `tfsdk:"daily_allocate_used"`
	DailyAllocateAvailable types.Int64  `tfsdk:"daily_allocate_available"`
}

func (d *quotaDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The EIP quotas of an ECM region (DescribeAddressQuota): how many EIPs the region may hold and how many may be " +
			"allocated today. Use it in a `precondition` to stop a plan that would exceed them before any allocation is tried; the " +
			"`edgecloud_ecm_eip` resource also warns at plan time when its creation goes past the quota.",
		Attributes: map[string]schema.Attribute{
			"ecm_region":               ecmbase.DataSourceRegionAttribute(),
			"total_limit":              tfutil.ComputedInt64("How many EIPs the region may hold (`TOTAL_EIP_QUOTA`)."),
			"total_used":               tfutil.ComputedInt64("How many it holds now."),
			"total_available":          tfutil.ComputedInt64("`total_limit` minus `total_used`: how many more can be allocated."),
			"daily_allocate_limit":     tfutil.ComputedInt64("How many EIPs may be allocated per day (`DAILY_EIP_APPLY`)."),
			"daily_allocate_used":      tfutil.ComputedInt64("How many were allocated today."),
			"daily_allocate_available": tfutil.ComputedInt64("`daily_allocate_limit` minus `daily_allocate_used`."),
		},
	}
}

func (d *quotaDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data quotaModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	region := ecmbase.ResolveRegion(d.Conn(), data.EcmRegion, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeAddressQuota(ctx, ecm.DescribeAddressQuotaRequest{EcmRegion: region})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the ECM EIP quota of "+region, err)
		return
	}
	total, _ := out.Quota(ecm.QuotaTotalEIP)
	daily, _ := out.Quota(ecm.QuotaDailyEIPApply)
	data.EcmRegion = types.StringValue(region)
	data.TotalLimit, data.TotalUsed = types.Int64Value(total.QuotaLimit), types.Int64Value(total.QuotaCurrent)
	data.TotalAvailable = types.Int64Value(max(0, total.QuotaLimit-total.QuotaCurrent))
	data.DailyAllocateLimit, data.DailyAllocateUsed = types.Int64Value(daily.QuotaLimit), types.Int64Value(daily.QuotaCurrent)
	data.DailyAllocateAvailable = types.Int64Value(max(0, daily.QuotaLimit-daily.QuotaCurrent))
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
