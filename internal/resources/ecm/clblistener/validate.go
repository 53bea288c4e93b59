package clblistener

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// sessionExpireTime accepts 0 (off) or 30–3600 seconds.
type sessionExpireTime struct{}

func (sessionExpireTime) Description(context.Context) string {
	return "0 (off) or 30 to 3600 seconds"
}

func (v sessionExpireTime) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (sessionExpireTime) ValidateInt64(_ context.Context, req validator.Int64Request, resp *validator.Int64Response) {
	if !known(req.ConfigValue) {
		return
	}
	if n := req.ConfigValue.ValueInt64(); n != 0 && (n < 30 || n > 3600) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid session persistence time", fmt.Sprintf("Expected 0 (off) or 30 to 3600 seconds; got %d.", n))
	}
}

// ValidateConfig checks what spans attributes: the port range, UDP-only options, and the health
// check's timeout against its interval.
func (r *listenerResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m resourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if known(m.Port) && known(m.EndPort) && m.EndPort.ValueInt64() <= m.Port.ValueInt64() {
		resp.Diagnostics.AddAttributeError(path.Root("end_port"), "Invalid port range",
			fmt.Sprintf("end_port (%d) must be greater than port (%d).", m.EndPort.ValueInt64(), m.Port.ValueInt64()))
	}
	udp := !known(m.Protocol) || m.Protocol.ValueString() == ecm.ListenerProtocolUDP
	if !udp && known(m.SessionType) && m.SessionType.ValueString() == ecm.SessionTypeQuicCID {
		resp.Diagnostics.AddAttributeError(path.Root("session_type"), "QUIC_CID needs a UDP listener",
			"session_type QUIC_CID is only valid with protocol UDP.")
	}
	if !known(m.HealthCheck) {
		return
	}
	var h healthCheckModel
	resp.Diagnostics.Append(m.HealthCheck.As(ctx, &h, basetypes.ObjectAsOptions{UnhandledNullAsEmpty: true, UnhandledUnknownAsEmpty: true})...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !udp && known(h.CheckType) && h.CheckType.ValueString() == ecm.HealthCheckTypeCustom {
		resp.Diagnostics.AddAttributeError(path.Root("health_check").AtName("check_type"), "CUSTOM checks need a UDP listener",
			"health_check.check_type CUSTOM is only valid with protocol UDP.")
	}
	if known(h.TimeOut) && known(h.IntervalTime) && h.TimeOut.ValueInt64() >= h.IntervalTime.ValueInt64() {
		resp.Diagnostics.AddAttributeError(path.Root("health_check").AtName("timeout"), "Invalid health check timeout",
			fmt.Sprintf("timeout (%d) must be less than interval_time (%d).", h.TimeOut.ValueInt64(), h.IntervalTime.ValueInt64()))
	}
}
