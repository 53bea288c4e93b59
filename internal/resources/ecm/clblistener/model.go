package clblistener

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                types.String   `tfsdk:"id"`
	LoadBalancerID    types.String   `tfsdk:"load_balancer_id"`
	ListenerID        types.String   `tfsdk:"listener_id"`
	Protocol          types.String   `tfsdk:"protocol"`
	Port              types.Int64    `tfsdk:"port"`
	EndPort           types.Int64    `tfsdk:"end_port"`
	ListenerName      types.String   `tfsdk:"listener_name"`
	Scheduler         types.String   `tfsdk:"scheduler"`
	SessionExpireTime types.Int64    `tfsdk:"session_expire_time"`
	SessionType       types.String   `tfsdk:"session_type"`
	HealthCheck       types.Object   `tfsdk:"health_check"`
	CreateTime        types.String   `tfsdk:"create_time"`
	Timeouts          timeouts.Value `tfsdk:"timeouts"`
}

type healthCheckModel struct {
	Enabled      types.Bool   `tfsdk:"enabled"`
	TimeOut      types.Int64  `tfsdk:"timeout"`
	IntervalTime types.Int64  `tfsdk:"interval_time"`
	HealthNum    types.Int64  `tfsdk:"health_num"`
	UnHealthyNum types.Int64  `tfsdk:"unhealthy_num"`
	CheckPort    types.Int64  `tfsdk:"check_port"`
	CheckType    types.String `tfsdk:"check_type"`
	ContextType  types.String `tfsdk:"context_type"`
	SendContext  types.String `tfsdk:"send_context"`
	RecvContext  types.String `tfsdk:"recv_context"`
}

var healthCheckAttrTypes = map[string]attr.Type{
	"enabled": types.BoolType, "timeout": types.Int64Type, "interval_time": types.Int64Type, "health_num": types.Int64Type,
	"unhealthy_num": types.Int64Type, "check_port": types.Int64Type, "check_type": types.StringType,
	"context_type": types.StringType, "send_context": types.StringType, "recv_context": types.StringType,
}

// ID is the resource ID of a listener.
func ID(loadBalancerID, listenerID string) string {
	return tfutil.JoinImportID(loadBalancerID, listenerID)
}

func (m *resourceModel) fromAPI(loadBalancerID string, l *ecm.Listener) {
	m.ID = types.StringValue(ID(loadBalancerID, l.ListenerId))
	m.LoadBalancerID = types.StringValue(loadBalancerID)
	m.ListenerID = types.StringValue(l.ListenerId)
	m.Protocol = types.StringValue(l.Protocol)
	m.Port = types.Int64Value(l.Port)
	m.EndPort = types.Int64Null()
	if l.EndPort > 0 {
		m.EndPort = types.Int64Value(l.EndPort)
	}
	m.ListenerName = tfutil.OptionalString(l.ListenerName)
	m.Scheduler = types.StringValue(orDefault(l.Scheduler, ecm.SchedulerWRR))
	m.SessionExpireTime = types.Int64Value(l.SessionExpireTime)
	m.SessionType = types.StringValue(orDefault(l.SessionType, ecm.SessionTypeNormal))
	m.HealthCheck = healthCheckFromAPI(l.HealthCheck)
	m.CreateTime = types.StringValue(l.CreateTime)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func int64Of(p *int64) types.Int64 {
	if p == nil {
		return types.Int64Null()
	}
	return types.Int64Value(*p)
}

func stringOf(p *string) types.String {
	if p == nil {
		return types.StringNull()
	}
	return tfutil.OptionalString(*p)
}

func healthCheckFromAPI(h *ecm.HealthCheck) types.Object {
	if h == nil {
		return types.ObjectNull(healthCheckAttrTypes)
	}
	enabled := types.BoolNull()
	if h.HealthSwitch != nil {
		enabled = types.BoolValue(*h.HealthSwitch == 1)
	}
	return types.ObjectValueMust(healthCheckAttrTypes, map[string]attr.Value{
		"enabled": enabled, "timeout": int64Of(h.TimeOut), "interval_time": int64Of(h.IntervalTime),
		"health_num": int64Of(h.HealthNum), "unhealthy_num": int64Of(h.UnHealthyNum), "check_port": int64Of(h.CheckPort),
		"check_type": stringOf(h.CheckType), "context_type": stringOf(h.ContextType),
		"send_context": stringOf(h.SendContext), "recv_context": stringOf(h.RecvContext),
	})
}

func known[T interface {
	IsNull() bool
	IsUnknown() bool
}](v T) bool {
	return !v.IsNull() && !v.IsUnknown()
}

func int64Ptr(v types.Int64) *int64 {
	if !known(v) {
		return nil
	}
	return v.ValueInt64Pointer()
}

func stringPtr(v types.String) *string {
	if !known(v) {
		return nil
	}
	return v.ValueStringPointer()
}

// healthCheckToAPI is the configured part of the health check (nil when none is known).
func healthCheckToAPI(ctx context.Context, o types.Object, diags *diag.Diagnostics) *ecm.HealthCheck {
	if !known(o) {
		return nil
	}
	var m healthCheckModel
	diags.Append(o.As(ctx, &m, basetypes.ObjectAsOptions{UnhandledUnknownAsEmpty: true})...)
	h := &ecm.HealthCheck{
		TimeOut: int64Ptr(m.TimeOut), IntervalTime: int64Ptr(m.IntervalTime), HealthNum: int64Ptr(m.HealthNum),
		UnHealthyNum: int64Ptr(m.UnHealthyNum), CheckPort: int64Ptr(m.CheckPort), CheckType: stringPtr(m.CheckType),
		ContextType: stringPtr(m.ContextType), SendContext: stringPtr(m.SendContext), RecvContext: stringPtr(m.RecvContext),
	}
	if known(m.Enabled) {
		s := int64(0)
		if m.Enabled.ValueBool() {
			s = 1
		}
		h.HealthSwitch = &s
	}
	return h
}
