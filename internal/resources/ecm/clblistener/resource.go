package clblistener

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

var (
	_ resource.ResourceWithConfigure      = (*listenerResource)(nil)
	_ resource.ResourceWithImportState    = (*listenerResource)(nil)
	_ resource.ResourceWithValidateConfig = (*listenerResource)(nil)
)

// NewResource is the edgecloud_ecm_clb_listener constructor.
func NewResource() resource.Resource {
	return &listenerResource{Resource: ecmbase.NewResource(ResourceType, "lbl-")}
}

// listenerResource: no CLB action takes EcmRegion, so it embeds the global base.
type listenerResource struct {
	ecmbase.Resource
}

func (r *listenerResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lb := plan.LoadBalancerID.ValueString()
	conflict, err := portConflict(ctx, r.Conn(), lb, plan.Protocol.ValueString(), plan.Port.ValueInt64(), plan.EndPort.ValueInt64())
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing the listeners of "+lb, err)
		return
	}
	if conflict != "" {
		resp.Diagnostics.AddAttributeError(path.Root("port"), "Port already in use", conflict)
		return
	}
	request := ecm.CreateListenerRequest{
		LoadBalancerId: lb, Ports: []int64{plan.Port.ValueInt64()}, Protocol: plan.Protocol.ValueString(),
		HealthCheck: healthCheckToAPI(ctx, plan.HealthCheck, &resp.Diagnostics), SessionExpireTime: int64Ptr(plan.SessionExpireTime),
		Scheduler: plan.Scheduler.ValueString(), SessionType: plan.SessionType.ValueString(),
	}
	if known(plan.ListenerName) {
		request.ListenerNames = []string{plan.ListenerName.ValueString()}
	}
	if known(plan.EndPort) {
		request.EndPorts = []int64{plan.EndPort.ValueInt64()}
	}
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateListener(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+" on "+lb, err)
		return
	}
	if len(out.ListenerIds) != 1 {
		resp.Diagnostics.AddError("Creating "+kind+" on "+lb, fmt.Sprintf("CreateListener returned %d listener IDs for one port (RequestId %s).", len(out.ListenerIds), out.RequestId))
		return
	}
	// The ID goes into state before the wait: an interrupted apply leaves a tainted listener, not an orphan.
	plan.ListenerID = types.StringValue(out.ListenerIds[0])
	plan.ID = types.StringValue(ID(lb, out.ListenerIds[0]))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.Conn().ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "CreateListener"); err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+" "+plan.ID.ValueString(), err)
		return
	}
	r.readInto(ctx, &plan, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// readInto refreshes m from DescribeListeners after a change.
func (r *listenerResource) readInto(ctx context.Context, m *resourceModel, diags interface{ AddError(string, string) }) {
	l, err := r.Conn().ECM.FindListener(ctx, m.LoadBalancerID.ValueString(), m.ListenerID.ValueString())
	if err != nil {
		diags.AddError("Reading "+kind+" "+m.ID.ValueString(), tfutil.Detail(err))
		return
	}
	m.fromAPI(m.LoadBalancerID.ValueString(), l)
}

// portConflict describes the listener of the same protocol whose ports overlap the new
// listener's, or returns "" when the ports are free.
func portConflict(ctx context.Context, c *conn.Conn, loadBalancerID, protocol string, port, endPort int64) (string, error) {
	resp, err := c.ECM.DescribeListeners(ctx, ecm.DescribeListenersRequest{LoadBalancerId: loadBalancerID})
	if err != nil {
		return "", err
	}
	l := conflicting(resp.Listeners, protocol, port, endPort)
	if l == nil {
		return "", nil
	}
	return fmt.Sprintf("%s port %s of load balancer %s is already used by listener %s%s (%s).",
		protocol, portText(port, endPort), loadBalancerID, l.ListenerId, nameText(l.ListenerName), portText(l.Port, l.EndPort)), nil
}

// conflicting returns the first listener of protocol whose ports overlap [port, endPort].
func conflicting(listeners []ecm.Listener, protocol string, port, endPort int64) *ecm.Listener {
	last := max(endPort, port)
	for i := range listeners {
		l := &listeners[i]
		if l.Protocol != protocol {
			continue
		}
		if l.Port <= last && port <= max(l.EndPort, l.Port) {
			return l
		}
	}
	return nil
}

func portText(port, endPort int64) string {
	if endPort > port {
		return fmt.Sprintf("%d-%d", port, endPort)
	}
	return fmt.Sprint(port)
}

func nameText(name string) string {
	if name == "" {
		return ""
	}
	return fmt.Sprintf(" %q", name)
}

func (r *listenerResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	l, err := r.Conn().ECM.FindListener(ctx, state.LoadBalancerID.ValueString(), state.ListenerID.ValueString())
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(state.LoadBalancerID.ValueString(), l)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *listenerResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	request := ecm.ModifyListenerRequest{LoadBalancerId: plan.LoadBalancerID.ValueString(), ListenerId: plan.ListenerID.ValueString()}
	changed := false
	if !plan.ListenerName.Equal(state.ListenerName) {
		name := plan.ListenerName.ValueString() // null clears the name
		request.ListenerName, changed = &name, true
	}
	if !plan.SessionExpireTime.Equal(state.SessionExpireTime) {
		request.SessionExpireTime, changed = plan.SessionExpireTime.ValueInt64Pointer(), true
	}
	if !plan.Scheduler.Equal(state.Scheduler) {
		request.Scheduler, changed = plan.Scheduler.ValueString(), true
	}
	if known(plan.HealthCheck) && !plan.HealthCheck.Equal(state.HealthCheck) {
		request.HealthCheck, changed = healthCheckToAPI(ctx, plan.HealthCheck, &resp.Diagnostics), true
	}
	if resp.Diagnostics.HasError() {
		return
	}
	if changed {
		out, err := r.Conn().ECM.ModifyListener(ctx, request)
		if err == nil {
			err = r.Conn().ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "ModifyListener")
		}
		if err != nil {
			tfutil.AddError(&resp.Diagnostics, "updating "+kind+" "+plan.ID.ValueString(), err)
			return
		}
	}
	r.readInto(ctx, &plan, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *listenerResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := state.Timeouts.Delete(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if err := deleteListener(ctx, r.Conn(), state.LoadBalancerID.ValueString(), state.ListenerID.ValueString(), timeout); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deleting "+kind+" "+state.ID.ValueString(), err)
	}
}

// ImportState accepts "<load-balancer-id>/<listener-id>".
func (r *listenerResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts, err := tfutil.SplitImportID(req.ID, 2, "<load-balancer-id>/<listener-id>")
	if err == nil && (!ecmbase.ValidID("lb-", parts[0]) || !ecmbase.ValidID("lbl-", parts[1])) {
		err = fmt.Errorf(`expected "<load-balancer-id>/<listener-id>", e.g. "lb-f9zyj3kb/lbl-knd4jr8m"; got %q`, req.ID)
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("load_balancer_id"), parts[0])...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("listener_id"), parts[1])...)
}
