package clbtargets

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*healthDataSource)(nil)

// NewHealthDataSource is the edgecloud_ecm_clb_target_health constructor.
func NewHealthDataSource() datasource.DataSource {
	return &healthDataSource{DataSource: ecmbase.NewDataSource(HealthDataSourceType)}
}

type healthDataSource struct {
	ecmbase.DataSource
}

type healthDataModel struct {
	LoadBalancerIDs types.List            `tfsdk:"load_balancer_ids"`
	Targets         []targetHealthDataRow `tfsdk:"targets"`
}

// targetHealthDataRow is one backend of one listener: the API's LoadBalancer → Listener → Rule →
// Target nesting, flattened (TCP/UDP listeners have one rule).
type targetHealthDataRow struct {
	LoadBalancerID     types.String `tfsdk:"load_balancer_id"`
	ListenerID         types.String `tfsdk:"listener_id"`
	ListenerPort       types.Int64  `tfsdk:"listener_port"`
	Protocol           types.String `tfsdk:"protocol"`
	TargetID           types.String `tfsdk:"target_id"`
	IP                 types.String `tfsdk:"ip"`
	Port               types.Int64  `tfsdk:"port"`
	Healthy            types.Bool   `tfsdk:"healthy"`
	HealthStatusDetail types.String `tfsdk:"health_status_detail"`
}

func (d *healthDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The health-check status of the backends of ECM load balancers (DescribeTargetHealth), one row per backend of a listener.",
		Attributes: map[string]schema.Attribute{
			"load_balancer_ids": schema.ListAttribute{
				MarkdownDescription: "The load balancers (`lb-…`).", Required: true, ElementType: types.StringType,
				Validators: []validator.List{listvalidator.SizeAtLeast(1), listvalidator.ValueStringsAre(ecmbase.IDValidator("lb-"))},
			},
			"targets": schema.ListNestedAttribute{
				MarkdownDescription: "The backends with their health.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"load_balancer_id":     str("Load balancer ID."),
					"listener_id":          str("Listener ID."),
					"listener_port":        num("Listener port."),
					"protocol":             str("Listener protocol."),
					"target_id":            str("Backend instance ID."),
					"ip":                   str("Backend address."),
					"port":                 num("Backend port."),
					"healthy":              schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the backend is healthy (false also while checks start or are off)."},
					"health_status_detail": str("`Alive`, `Dead`, `Unknown` or `Close`."),
				}},
			},
		},
	}
}

func (d *healthDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data healthDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var request ecm.DescribeTargetHealthRequest
	resp.Diagnostics.Append(data.LoadBalancerIDs.ElementsAs(ctx, &request.LoadBalancerIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeTargetHealth(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the backend health of the load balancers", err)
		return
	}
	data.Targets = healthRows(out.LoadBalancers)
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}

func healthRows(lbs []ecm.LoadBalancerHealth) []targetHealthDataRow {
	rows := []targetHealthDataRow{}
	for _, lb := range lbs {
		for _, l := range lb.Listeners {
			for _, rule := range l.Rules {
				for _, t := range rule.Targets {
					rows = append(rows, targetHealthDataRow{
						LoadBalancerID: types.StringValue(lb.LoadBalancerId), ListenerID: types.StringValue(l.ListenerId),
						ListenerPort: types.Int64Value(l.Port), Protocol: types.StringValue(l.Protocol),
						TargetID: types.StringValue(t.TargetId), IP: types.StringValue(t.IP), Port: types.Int64Value(t.Port),
						Healthy: types.BoolValue(t.HealthStatus), HealthStatusDetail: types.StringValue(t.HealthStatusDetail),
					})
				}
			}
		}
	}
	return rows
}
