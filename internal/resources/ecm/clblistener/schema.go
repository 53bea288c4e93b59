// Package clblistener is the edgecloud_ecm_clb_listener resource (one TCP/UDP listener of an ECM
// load balancer) and the edgecloud_ecm_clb_listeners data source.
//
// Choices where the documents are silent (catalog §2.8):
//   - CreateListener's error table has no port-conflict code, so Create first lists the load
//     balancer's listeners (DescribeListeners) and refuses a port (or port range) that overlaps a
//     listener of the same protocol, naming it. TCP and UDP listeners may share a port number, as
//     on Tencent CLB.
//   - health_check is Optional and Computed: left out, the cloud's defaults show in state; removed
//     from the configuration after being set, the cloud keeps what it has (ModifyListener cannot
//     reset it to "unset").
package clblistener

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/objectplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_clb_listener"
	DataSourceType = "edgecloud_ecm_clb_listeners"
	kind           = "ECM CLB listener"
	defaultTimeout = 10 * time.Minute
)

func (r *listenerResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replaceString := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	replaceInt := []planmodifier.Int64{int64planmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A TCP or UDP listener of an ECM load balancer (CreateListener, DescribeListeners, ModifyListener, " +
			"DeleteListener; every change waited on its DescribeLoadBalanceTaskStatus task). Name, scheduler, session persistence " +
			"and health check change in place; load balancer, protocol, port, port range and session type force a new listener. " +
			"A port already used by a listener of the same protocol on the load balancer is refused before anything is created.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<load-balancer-id>/<listener-id>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"load_balancer_id": schema.StringAttribute{
				MarkdownDescription: "The load balancer (`lb-…`). Changing it forces a new listener.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("lb-")},
				PlanModifiers:       replaceString,
			},
			"listener_id": schema.StringAttribute{
				MarkdownDescription: "Listener ID, e.g. `lbl-knd4jr8m`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"protocol": schema.StringAttribute{
				MarkdownDescription: "`TCP` or `UDP`. Changing it forces a new listener.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf(ecm.ListenerProtocolTCP, ecm.ListenerProtocolUDP)},
				PlanModifiers:       replaceString,
			},
			"port": schema.Int64Attribute{
				MarkdownDescription: "The listener's port, or the first port of its range. Changing it forces a new listener.",
				Required:            true,
				Validators:          []validator.Int64{int64validator.Between(1, 65535)},
				PlanModifiers:       replaceInt,
			},
			"end_port": schema.Int64Attribute{
				MarkdownDescription: "Last port of a port range (greater than `port`); unset for one port. Changing it forces a new listener.",
				Optional:            true,
				Validators:          []validator.Int64{int64validator.Between(2, 65535)},
				PlanModifiers:       replaceInt,
			},
			"listener_name": schema.StringAttribute{
				MarkdownDescription: "Listener name. Changed in place.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 255)},
			},
			"scheduler": schema.StringAttribute{
				MarkdownDescription: "Forwarding method: `WRR` (weighted round robin, the default) or `LEAST_CONN`. Changed in place.",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString(ecm.SchedulerWRR),
				Validators:          []validator.String{stringvalidator.OneOf(ecm.SchedulerWRR, ecm.SchedulerLeastConn)},
			},
			"session_expire_time": schema.Int64Attribute{
				MarkdownDescription: "Session persistence in seconds, 30–3600; 0 (the default) turns it off. Changed in place.",
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(0),
				Validators:          []validator.Int64{sessionExpireTime{}},
			},
			"session_type": schema.StringAttribute{
				MarkdownDescription: "Session persistence type: `NORMAL` (the default) or `QUIC_CID` (by QUIC connection ID, UDP only). Changing it forces a new listener.",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString(ecm.SessionTypeNormal),
				Validators:          []validator.String{stringvalidator.OneOf(ecm.SessionTypeNormal, ecm.SessionTypeQuicCID)},
				PlanModifiers:       replaceString,
			},
			"health_check": healthCheckSchema(),
			"create_time": schema.StringAttribute{
				MarkdownDescription: "Creation time as the API reports it.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

func healthCheckSchema() schema.SingleNestedAttribute {
	keepInt := []planmodifier.Int64{int64planmodifier.UseStateForUnknown()}
	keepString := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	return schema.SingleNestedAttribute{
		MarkdownDescription: "Health check of the backends. Unset attributes take the cloud's defaults (shown after apply). Changed in place.",
		Optional:            true,
		Computed:            true,
		PlanModifiers:       []planmodifier.Object{objectplanmodifier.UseStateForUnknown()},
		Attributes: map[string]schema.Attribute{
			"enabled": schema.BoolAttribute{
				MarkdownDescription: "Whether health checks run (`HealthSwitch`).",
				Optional:            true, Computed: true,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"timeout": schema.Int64Attribute{
				MarkdownDescription: "Response timeout in seconds, 2–60, less than `interval_time`.",
				Optional:            true, Computed: true, PlanModifiers: keepInt,
				Validators: []validator.Int64{int64validator.Between(2, 60)},
			},
			"interval_time": schema.Int64Attribute{
				MarkdownDescription: "Seconds between checks, 5–300.",
				Optional:            true, Computed: true, PlanModifiers: keepInt,
				Validators: []validator.Int64{int64validator.Between(5, 300)},
			},
			"health_num": schema.Int64Attribute{
				MarkdownDescription: "Successes before a backend counts as healthy, 2–10.",
				Optional:            true, Computed: true, PlanModifiers: keepInt,
				Validators: []validator.Int64{int64validator.Between(2, 10)},
			},
			"unhealthy_num": schema.Int64Attribute{
				MarkdownDescription: "Failures before a backend counts as unhealthy, 2–10.",
				Optional:            true, Computed: true, PlanModifiers: keepInt,
				Validators: []validator.Int64{int64validator.Between(2, 10)},
			},
			"check_port": schema.Int64Attribute{
				MarkdownDescription: "Port checked; by default each backend's own port.",
				Optional:            true, Computed: true, PlanModifiers: keepInt,
				Validators: []validator.Int64{int64validator.Between(1, 65535)},
			},
			"check_type": schema.StringAttribute{
				MarkdownDescription: "`TCP` or `CUSTOM` (UDP listeners only; with `context_type`, `send_context`, `recv_context`).",
				Optional:            true, Computed: true, PlanModifiers: keepString,
				Validators: []validator.String{stringvalidator.OneOf(ecm.HealthCheckTypeTCP, ecm.HealthCheckTypeCustom)},
			},
			"context_type": schema.StringAttribute{
				MarkdownDescription: "`HEX` or `TEXT`: the encoding of `send_context` and `recv_context` (CUSTOM checks).",
				Optional:            true, Computed: true, PlanModifiers: keepString,
				Validators: []validator.String{stringvalidator.OneOf(ecm.HealthCheckContextHex, ecm.HealthCheckContextText)},
			},
			"send_context": schema.StringAttribute{
				MarkdownDescription: "Request sent by a CUSTOM check, up to 500 visible ASCII characters.",
				Optional:            true, Computed: true, PlanModifiers: keepString,
				Validators: []validator.String{stringvalidator.LengthAtMost(500)},
			},
			"recv_context": schema.StringAttribute{
				MarkdownDescription: "Answer expected by a CUSTOM check, up to 500 visible ASCII characters.",
				Optional:            true, Computed: true, PlanModifiers: keepString,
				Validators: []validator.String{stringvalidator.LengthAtMost(500)},
			},
		},
	}
}
