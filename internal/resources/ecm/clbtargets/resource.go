// Package clbtargets is the edgecloud_ecm_clb_targets resource (the authoritative set of backends
// of one load-balancer listener) and the edgecloud_ecm_clb_targets and
// edgecloud_ecm_clb_target_health data sources.
//
// Choices where the documents are silent (catalog §2.8):
//   - Backends are instances (InstanceId) or private IPs of ENIs bound to instances (EniIp), each
//     with a port. DescribeTargets' Backend has no EniIp field: it shows an ENI-IP backend as its
//     instance with the address as private IP. A bound backend whose address and port match an
//     ENI-IP backend of the state or the plan is read as that backend; any other as an instance
//     backend (so an import, or an ENI-IP backend added outside Terraform, reads as instances).
//   - weight is required (0–100): the API's default (10) would otherwise have to be guessed in a set.
//   - A listener with no backend left has no targets resource: Read removes it from state, so a set
//     deregistered outside Terraform is registered again by the next apply.
package clbtargets

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType and the data source type names of this package.
const (
	ResourceType         = "edgecloud_ecm_clb_targets"
	DataSourceType       = "edgecloud_ecm_clb_targets"
	HealthDataSourceType = "edgecloud_ecm_clb_target_health"
	kind                 = "ECM CLB targets"
	defaultTimeout       = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*targetsResource)(nil)
	_ resource.ResourceWithImportState = (*targetsResource)(nil)
)

// NewResource is the edgecloud_ecm_clb_targets constructor.
func NewResource() resource.Resource {
	return &targetsResource{Resource: ecmbase.NewResource(ResourceType, "lbl-")}
}

// targetsResource: no CLB action takes EcmRegion, so it embeds the global base.
type targetsResource struct {
	ecmbase.Resource
}

type resourceModel struct {
	ID             types.String   `tfsdk:"id"`
	LoadBalancerID types.String   `tfsdk:"load_balancer_id"`
	ListenerID     types.String   `tfsdk:"listener_id"`
	Targets        []targetModel  `tfsdk:"targets"`
	Timeouts       timeouts.Value `tfsdk:"timeouts"`
}

type targetModel struct {
	InstanceID types.String `tfsdk:"instance_id"`
	EniIP      types.String `tfsdk:"eni_ip"`
	Port       types.Int64  `tfsdk:"port"`
	Weight     types.Int64  `tfsdk:"weight"`
}

func (r *targetsResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The authoritative set of backends (instance and port, with a weight) of one ECM load-balancer listener. " +
			"Set changes use BatchRegisterTargets and BatchDeregisterTargets, weight changes BatchModifyTargetWeight, and a port " +
			"change of an instance's only backend ModifyTargetPort; each call is waited on its DescribeLoadBalanceTaskStatus task. " +
			"A backend added outside Terraform is removed by the next apply. Read from DescribeTargets. " +
			"A backend is an instance (`instance_id`) or a private IP of an ENI bound to an instance (`eni_ip`); an import reads every backend as an instance.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<load-balancer-id>/<listener-id>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"load_balancer_id": schema.StringAttribute{
				MarkdownDescription: "The load balancer (`lb-…`). Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("lb-")},
				PlanModifiers:       replace,
			},
			"listener_id": schema.StringAttribute{
				MarkdownDescription: "The listener (`lbl-…`). Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("lbl-")},
				PlanModifiers:       replace,
			},
			"targets": schema.SetNestedAttribute{
				MarkdownDescription: "The backends, at least one.",
				Required:            true,
				Validators:          []validator.Set{setvalidator.SizeAtLeast(1), uniqueBackends{}},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"instance_id": schema.StringAttribute{
						MarkdownDescription: "The instance (`ein-…`). Exactly one of `instance_id` and `eni_ip`.",
						Optional:            true,
						Validators:          []validator.String{ecmbase.IDValidator("ein-")},
					},
					"eni_ip": schema.StringAttribute{
						MarkdownDescription: "A private IPv4 address of an ENI bound to an instance of the load balancer's VPC. Exactly one of `instance_id` and `eni_ip`.",
						Optional:            true,
						Validators:          []validator.String{ipv4Address{}},
					},
					"port": schema.Int64Attribute{
						MarkdownDescription: "The instance's port traffic goes to.",
						Required:            true,
						Validators:          []validator.Int64{int64validator.Between(1, 65535)},
					},
					"weight": schema.Int64Attribute{
						MarkdownDescription: "Forwarding weight, 0–100 (0: no new traffic).",
						Required:            true,
						Validators:          []validator.Int64{int64validator.Between(0, 100)},
					},
				}},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

func (m *resourceModel) wanted() []target {
	out := make([]target, len(m.Targets))
	for i, t := range m.Targets {
		out[i] = target{InstanceID: t.InstanceID.ValueString(), EniIP: t.EniIP.ValueString(), Port: t.Port.ValueInt64(), Weight: t.Weight.ValueInt64()}
	}
	return out
}

func (m *resourceModel) setTargets(ts []target) {
	m.Targets = make([]targetModel, len(ts))
	for i, t := range ts {
		m.Targets[i] = targetModel{InstanceID: tfutil.OptionalString(t.InstanceID), EniIP: tfutil.OptionalString(t.EniIP), Port: types.Int64Value(t.Port), Weight: types.Int64Value(t.Weight)}
	}
}

func (r *targetsResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	l := listener{conn: r.Conn(), loadBalancerID: plan.LoadBalancerID.ValueString(), listenerID: plan.ListenerID.ValueString(), timeout: timeout}
	plan.ID = types.StringValue(tfutil.JoinImportID(l.loadBalancerID, l.listenerID))
	// State is saved between the call and its wait (in apply), so an interrupted wait leaves a tainted resource.
	saved := func() bool {
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
		return !resp.Diagnostics.HasError()
	}
	if err := l.apply(ctx, changes{Register: plan.wanted()}, saved); err != nil {
		tfutil.AddError(&resp.Diagnostics, "registering the backends of "+plan.ID.ValueString(), err)
		return
	}
	r.readInto(ctx, &l, &plan, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *targetsResource) readInto(ctx context.Context, l *listener, m *resourceModel, diags interface{ AddError(string, string) }) {
	ts, err := l.bound(ctx, m.wanted())
	if err != nil {
		diags.AddError("Reading "+kind+" "+m.ID.ValueString(), tfutil.Detail(err))
		return
	}
	m.setTargets(ts)
}

func (r *targetsResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	l := listener{conn: r.Conn(), loadBalancerID: state.LoadBalancerID.ValueString(), listenerID: state.ListenerID.ValueString()}
	ts, err := l.bound(ctx, state.wanted())
	gone := tencent.IsNotFound(err) || (err == nil && len(ts) == 0)
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), gone, err) {
		return
	}
	state.ID = types.StringValue(tfutil.JoinImportID(l.loadBalancerID, l.listenerID))
	state.setTargets(ts)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *targetsResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	l := listener{conn: r.Conn(), loadBalancerID: plan.LoadBalancerID.ValueString(), listenerID: plan.ListenerID.ValueString(), timeout: timeout}
	// The diff starts from what is bound now (the state may not have been refreshed).
	bound, err := l.bound(ctx, append(state.wanted(), plan.wanted()...))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the backends of "+plan.ID.ValueString(), err)
		return
	}
	if err := l.apply(ctx, diff(bound, plan.wanted()), func() bool { return true }); err != nil {
		tfutil.AddError(&resp.Diagnostics, "changing the backends of "+plan.ID.ValueString(), err)
		r.readInto(ctx, &l, &state, &resp.Diagnostics) // what is bound after a partial change
		resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
		return
	}
	r.readInto(ctx, &l, &plan, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *targetsResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := state.Timeouts.Delete(ctx, defaultTimeout)
	resp.Diagnostics.Append(diags...)
	l := listener{conn: r.Conn(), loadBalancerID: state.LoadBalancerID.ValueString(), listenerID: state.ListenerID.ValueString(), timeout: timeout}
	if err := l.deregisterAll(ctx, state.wanted()); err != nil {
		tfutil.AddError(&resp.Diagnostics, "deregistering the backends of "+state.ID.ValueString(), err)
	}
}

// ImportState accepts "<load-balancer-id>/<listener-id>".
func (r *targetsResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
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
