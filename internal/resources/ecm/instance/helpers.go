package instance

// Helpers behind the CRUD methods: the state waits (through the one waiter and the batched
// DescribeInstances reader), the in-place changes, and the delete path that Delete and the
// sweeper share.

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// transitional are the states an instance passes through on its own.
var transitional = map[string]bool{
	ecm.InstanceStatePending: true, ecm.InstanceStateStarting: true, ecm.InstanceStateStopping: true,
	ecm.InstanceStateRebooting: true, ecm.InstanceStateTerminating: true,
}

// busy reports an instance with an operation under way. The document gives no enum for
// LatestOperationState; SUCCESS and FAILED are the finished ones its examples show, so anything
// else (OPERATING) counts as under way.
func busy(i *ecm.Instance) bool {
	return transitional[i.InstanceState] || (i.LatestOperationState != "" && i.LatestOperationState != "SUCCESS" && i.LatestOperationState != "FAILED")
}

// launchFailedError is a launch that ended LAUNCH_FAILED.
type launchFailedError struct{ id string }

func (e *launchFailedError) Error() string {
	return fmt.Sprintf("%s %s failed to launch (LAUNCH_FAILED); it is kept in the state as tainted, and the next apply replaces it", kind, e.id)
}

// waitState polls until the instance settles in want. LAUNCH_FAILED is an error naming it.
func waitState(ctx context.Context, c *conn.Conn, id string, timeout time.Duration, want string) (*ecm.Instance, error) {
	var last *ecm.Instance
	opts := wait.Options{Description: kind + " " + id + " reaching " + want, Timeout: timeout}
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		i, err := c.ECM.FindInstanceByID(ctx, id)
		if tencent.IsNotFound(err) {
			return false, "not visible yet", nil // right after RunInstances, an eventually consistent read
		}
		if err != nil {
			return false, "", err
		}
		last = i
		if i.InstanceState == ecm.InstanceStateLaunchFailed {
			return false, i.InstanceState, &launchFailedError{id: id}
		}
		return i.InstanceState == want && !busy(i), i.InstanceState + "/" + i.LatestOperationState, nil
	})
	return last, err
}

// waitSettled polls until no operation is under way and returns the instance.
func waitSettled(ctx context.Context, c *conn.Conn, id string, timeout time.Duration) (*ecm.Instance, error) {
	var last *ecm.Instance
	opts := wait.Options{Description: kind + " " + id + " finishing its operation", Timeout: timeout}
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		i, err := c.ECM.FindInstanceByID(ctx, id)
		if err != nil {
			return false, "", err
		}
		last = i
		return !busy(i), i.InstanceState + "/" + i.LatestOperationState, nil
	})
	return last, err
}

// stop stops the instance and waits until it is STOPPED.
func (r *instanceResource) stop(ctx context.Context, id, stopType string, timeout time.Duration) (*ecm.Instance, error) {
	if err := r.act(ctx, id, "StopInstances", ecm.StopInstancesRequest{InstanceIdSet: []string{id}, StopType: stopType}, timeout); err != nil {
		return nil, err
	}
	return waitState(ctx, r.Conn(), id, timeout, ecm.InstanceStateStopped)
}

// update makes the in-place changes from state to plan, each after the previous one settled, and
// returns the step that failed.
func (r *instanceResource) update(ctx context.Context, plan, state *resourceModel, password types.String, timeout time.Duration) (string, error) {
	c, id := r.Conn(), plan.ID.ValueString()
	ids := []string{id}
	settled := func() error { _, err := waitSettled(ctx, c, id, timeout); return err }
	if !plan.InstanceName.IsUnknown() && !plan.InstanceName.Equal(state.InstanceName) ||
		!plan.SecurityGroupIDs.IsUnknown() && !plan.SecurityGroupIDs.Equal(state.SecurityGroupIDs) {
		req := ecm.ModifyInstancesAttributeRequest{InstanceIdSet: ids, InstanceName: known(plan.InstanceName)}
		var diags diag.Diagnostics
		req.SecurityGroups = setStrings(ctx, plan.SecurityGroupIDs, &diags)
		if err := r.act(ctx, id, "ModifyInstancesAttribute", req, timeout); err != nil {
			return "changing the name or security groups", err
		}
	}
	if !plan.InternetMaxBandwidthOut.IsUnknown() && !plan.InternetMaxBandwidthOut.Equal(state.InternetMaxBandwidthOut) {
		req := ecm.ResetInstancesMaxBandwidthRequest{InstanceIdSet: ids, MaxBandwidthOut: plan.InternetMaxBandwidthOut.ValueInt64()}
		if err := r.act(ctx, id, "ResetInstancesMaxBandwidth", req, timeout); err != nil {
			return "changing the bandwidth", err
		}
	}
	if !plan.ImageID.IsUnknown() && !plan.ImageID.Equal(state.ImageID) { // reinstall_on_image_change: else replaced
		if err := settled(); err != nil {
			return "waiting before the reinstall", err
		}
		req := ecm.ResetInstancesRequest{InstanceIdSet: ids, ImageId: plan.ImageID.ValueString(), Password: password.ValueString()}
		if err := r.act(ctx, id, "ResetInstances", req, timeout); err != nil {
			return "reinstalling", err
		}
		if err := settled(); err != nil {
			return "waiting for the reinstall", err
		}
	}
	if removed := removedKeys(ctx, state.KeyIDs, plan.KeyIDs); len(removed) > 0 {
		req := ecm.DisassociateInstancesKeyPairsRequest{InstanceIds: ids, KeyIds: removed, ForceStop: plan.ForceStopOnPasswordReset.ValueBool()}
		if err := r.act(ctx, id, "DisassociateInstancesKeyPairs", req, timeout); err != nil {
			return "removing key pairs", err
		}
	}
	if !plan.PasswordVersion.Equal(state.PasswordVersion) && !password.IsNull() {
		if err := settled(); err != nil {
			return "waiting before the password reset", err
		}
		req := ecm.ResetInstancesPasswordRequest{InstanceIdSet: ids, Password: password.ValueString(), ForceStop: plan.ForceStopOnPasswordReset.ValueBool()}
		if err := r.act(ctx, id, "ResetInstancesPassword", req, timeout); err != nil {
			return "resetting the password", err
		}
	}
	if !plan.Running.Equal(state.Running) {
		if err := settled(); err != nil {
			return "waiting before the power change", err
		}
		if plan.Running.ValueBool() {
			if err := r.act(ctx, id, "StartInstances", ecm.StartInstancesRequest{InstanceIdSet: ids}, timeout); err != nil {
				return "starting", err
			}
			if _, err := waitState(ctx, c, id, timeout, ecm.InstanceStateRunning); err != nil {
				return "waiting for the start", err
			}
		} else if _, err := r.stop(ctx, id, plan.StopType.ValueString(), timeout); err != nil {
			return "stopping", err
		}
	}
	return "", nil
}

// terminate terminates the instance and waits until DescribeInstances no longer returns it. An
// instance already gone is success.
func terminate(ctx context.Context, c *conn.Conn, id string, associated bool, timeout time.Duration) error {
	opts := wait.Options{Description: kind + " " + id + " termination", Timeout: timeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.ECM.InstanceAction(ctx, "TerminateInstances", []string{id},
				ecm.TerminateInstancesRequest{InstanceIdSet: []string{id}, AssociatedResourceDestroy: associated})
		},
		func(ctx context.Context) error {
			_, err := c.ECM.FindInstanceByID(ctx, id)
			return err
		})
}

// act sends an instance operation; when the API answers that another operation is under way, it
// waits for the instance to settle and tries again (an operation in progress is waited out, not
// failed).
func (r *instanceResource) act(ctx context.Context, id, action string, req any, timeout time.Duration) error {
	for attempt := 0; ; attempt++ {
		err := r.Conn().ECM.InstanceAction(ctx, action, []string{id}, req)
		if attempt >= 3 || !tencent.HasCode(err, "OperationDenied.InstanceOperationInProgress") {
			return err
		}
		if _, err := waitSettled(ctx, r.Conn(), id, timeout); err != nil {
			return err
		}
	}
}

// removedKeys are the key IDs in before and not in after.
func removedKeys(ctx context.Context, before, after types.Set) []string {
	var diags diag.Diagnostics
	keep := map[string]bool{}
	for _, k := range setStrings(ctx, after, &diags) {
		keep[k] = true
	}
	var out []string
	for _, k := range setStrings(ctx, before, &diags) {
		if !keep[k] {
			out = append(out, k)
		}
	}
	return out
}
