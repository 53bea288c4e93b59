package clblistener

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*listenersDataSource)(nil)

// NewDataSource is the edgecloud_ecm_clb_listeners constructor.
func NewDataSource() datasource.DataSource {
	return &listenersDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type listenersDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	LoadBalancerID types.String        `tfsdk:"load_balancer_id"`
	ListenerIDs    types.List          `tfsdk:"listener_ids"`
	Protocol       types.String        `tfsdk:"protocol"`
	Port           types.Int64         `tfsdk:"port"`
	Listeners      []listenerItemModel `tfsdk:"listeners"`
}

type listenerItemModel struct {
	ListenerID        types.String `tfsdk:"listener_id"`
	ListenerName      types.String `tfsdk:"listener_name"`
	Protocol          types.String `tfsdk:"protocol"`
	Port              types.Int64  `tfsdk:"port"`
	EndPort           types.Int64  `tfsdk:"end_port"`
	Scheduler         types.String `tfsdk:"scheduler"`
	SessionExpireTime types.Int64  `tfsdk:"session_expire_time"`
	SessionType       types.String `tfsdk:"session_type"`
	HealthCheck       types.Object `tfsdk:"health_check"`
	CreateTime        types.String `tfsdk:"create_time"`
}

func (d *listenersDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	hc := map[string]schema.Attribute{
		"enabled":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether health checks run."},
		"timeout":       num("Response timeout in seconds."),
		"interval_time": num("Seconds between checks."),
		"health_num":    num("Successes before healthy."),
		"unhealthy_num": num("Failures before unhealthy."),
		"check_port":    num("Port checked."),
		"check_type":    str("`TCP` or `CUSTOM`."),
		"context_type":  str("`HEX` or `TEXT`."),
		"send_context":  str("Request of a CUSTOM check."),
		"recv_context":  str("Expected answer of a CUSTOM check."),
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the listeners of one ECM load balancer (DescribeListeners), optionally by ID, protocol or port.",
		Attributes: map[string]schema.Attribute{
			"load_balancer_id": schema.StringAttribute{MarkdownDescription: "The load balancer (`lb-…`).", Required: true, Validators: []validator.String{ecmbase.IDValidator("lb-")}},
			"listener_ids": schema.ListAttribute{
				MarkdownDescription: "Only these listeners.", Optional: true, ElementType: types.StringType,
				Validators: []validator.List{listvalidator.ValueStringsAre(ecmbase.IDValidator("lbl-"))},
			},
			"protocol": schema.StringAttribute{MarkdownDescription: "Only listeners of this protocol (`TCP`, `UDP`).", Optional: true, Validators: []validator.String{stringvalidator.OneOf(ecm.ListenerProtocolTCP, ecm.ListenerProtocolUDP)}},
			"port":     schema.Int64Attribute{MarkdownDescription: "Only the listener of this port.", Optional: true, Validators: []validator.Int64{int64validator.Between(1, 65535)}},
			"listeners": schema.ListNestedAttribute{
				MarkdownDescription: "The matching listeners.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"listener_id":         str("Listener ID."),
					"listener_name":       str("Name."),
					"protocol":            str("`TCP` or `UDP`."),
					"port":                num("Port, or first port of the range."),
					"end_port":            num("Last port of the range, if any."),
					"scheduler":           str("`WRR` or `LEAST_CONN`."),
					"session_expire_time": num("Session persistence in seconds (0: off)."),
					"session_type":        str("`NORMAL` or `QUIC_CID`."),
					"health_check":        schema.SingleNestedAttribute{Computed: true, MarkdownDescription: "Health check.", Attributes: hc},
					"create_time":         str("Creation time."),
				}},
			},
		},
	}
}

func (d *listenersDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeListenersRequest{LoadBalancerId: data.LoadBalancerID.ValueString(), Protocol: data.Protocol.ValueString(), Port: int64Ptr(data.Port)}
	resp.Diagnostics.Append(data.ListenerIDs.ElementsAs(ctx, &request.ListenerIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeListeners(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing the listeners of "+request.LoadBalancerId, err)
		return
	}
	data.Listeners = make([]listenerItemModel, len(out.Listeners))
	for i := range out.Listeners {
		var m resourceModel
		m.fromAPI(request.LoadBalancerId, &out.Listeners[i])
		data.Listeners[i] = listenerItemModel{
			ListenerID: m.ListenerID, ListenerName: m.ListenerName, Protocol: m.Protocol, Port: m.Port, EndPort: m.EndPort,
			Scheduler: m.Scheduler, SessionExpireTime: m.SessionExpireTime, SessionType: m.SessionType, HealthCheck: m.HealthCheck, CreateTime: m.CreateTime,
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
