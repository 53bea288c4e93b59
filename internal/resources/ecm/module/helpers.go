package module

// Helpers behind the CRUD methods: the plan-time check of a configuration change, read-back after
// a change, and the delete path that Delete and the sweeper share.

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// ModifyPlan says at plan time what the API would refuse at apply time: a change of instance type
// or disk sizes while the module has instances (ModifyModuleConfig's ModuleNotAllowChange).
func (r *moduleResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.Conn() == nil || req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return
	}
	var plan, state resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() || plan.InstanceType.IsUnknown() || plan.DefaultDataDiskSize.IsUnknown() ||
		plan.DefaultSystemDiskSize.IsUnknown() || !plan.configChanged(&state) {
		return
	}
	m, err := r.Conn().ECM.FindModuleByID(ctx, state.ID.ValueString())
	if err != nil {
		return // Read reports it; the apply would fail with the API's own answer
	}
	if n := m.NodeInstanceNum.InstanceNum; n > 0 {
		resp.Diagnostics.AddAttributeError(path.Root("instance_type"), "The module's instance type and disks cannot change while it has instances",
			fmt.Sprintf("%s %s has %d instance(s), and ModifyModuleConfig is refused while a module has any. Terminate them first, "+
				"or create a new module with the new configuration (e.g. with create_before_destroy) and move the instances to it.", kind, state.ID.ValueString(), n))
	}
}

// refresh reads the module back after a change, until it shows the change, and stores it.
func (r *moduleResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	id := m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	item, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.ModuleItem, error) {
		return r.Conn().ECM.FindModuleByID(ctx, id)
	}, func(item *ecm.ModuleItem) bool { return m.shows(&item.Module) })
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id+" after a change", err)
		return
	}
	m.fromAPI(&item.Module)
	diags.Append(state.Set(ctx, m)...)
}

// deleteModule deletes the module and waits until DescribeModule no longer returns it.
func deleteModule(ctx context.Context, c *conn.Conn, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.DeleteModule(ctx, ecm.DeleteModuleRequest{ModuleId: id})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindModuleByID(ctx, id)
			return err
		})
}
