package eipassociation

// Helpers behind the CRUD methods: the read-back after binding, the unbind path Delete and the
// tests share, and the warning of a binding that went away.

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// failedStatuses end a wait for a binding: the seed's "The EIP failed to be bound" and "The EIP is failed".
var failedStatuses = map[string]bool{"BIND_ERROR": true, "ERROR": true}

// waitBound polls ShowInstanceEip after a completed bind job until the instance shows the EIP
// eipID ACTIVE (the API may lag behind its job), and returns it. The instance disappearing, or the
// EIP failing, ends the wait with an error.
func waitBound(ctx context.Context, c *taurusdb.Client, scope taurusdb.Scope, instanceID, eipID string, timeout time.Duration) (*taurusdb.InstanceEip, error) {
	var last *taurusdb.InstanceEip
	opts := wait.Options{Description: "EIP " + eipID + " showing as bound (ACTIVE) on " + taurusdb.KindInstance + " " + instanceID,
		Timeout: max(timeout, time.Millisecond)}
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		e, err := c.FindInstanceEip(ctx, scope, instanceID)
		if err != nil {
			return false, "", err
		}
		switch {
		case !e.Bound():
			return false, "no EIP yet", nil
		case e.ID != eipID:
			return false, "another EIP (" + e.ID + ")", nil
		case failedStatuses[e.Status]:
			return false, e.Status, fmt.Errorf("EIP %s on %s %s is %s", eipID, taurusdb.KindInstance, instanceID, e.Status)
		}
		last = e
		return e.Status == taurusdb.EipStatusActive, e.Status, nil
	})
	if err != nil {
		return nil, err
	}
	return last, nil
}

// unbindEIP is the delete path: unbind the EIP eipID from the instance, wait for the job, then
// until the instance no longer shows it, all within timeout. An instance gone, without an EIP or
// with another EIP is done at once (that other EIP is not this resource's to unbind). On error it
// also returns the step that failed, for the diagnostic's summary.
func unbindEIP(ctx context.Context, c *taurusdb.Client, scope taurusdb.Scope, instanceID, eipID string, timeout time.Duration) (step string, err error) {
	// The calls end at the deadline; the waits get what is left of it as their own timeout.
	deadline := time.Now().Add(timeout)
	callCtx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	what := "EIP " + eipID + " from " + taurusdb.KindInstance + " " + instanceID
	bound, err := isBound(callCtx, c, scope, instanceID, eipID)
	if err != nil || !bound {
		return "reading the EIP of " + taurusdb.KindInstance + " " + instanceID, err
	}
	jobID, err := c.UnbindEip(callCtx, scope, instanceID)
	if err != nil {
		// Unbound meanwhile (by another client, or a retried request that had been applied)?
		if still, readErr := isBound(callCtx, c, scope, instanceID, eipID); readErr == nil && !still {
			return "", nil
		}
		return "unbinding " + what, err
	}
	if err := c.WaitJob(ctx, wait.Options{Timeout: max(time.Until(deadline), time.Millisecond)}, scope, jobID, taurusdb.OpUnbindEip); err != nil {
		return "waiting for TaurusDB job " + jobID + " unbinding " + what, err
	}
	opts := wait.Options{Description: what + " showing as unbound", Timeout: max(time.Until(deadline), time.Millisecond)}
	err = wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		still, err := isBound(ctx, c, scope, instanceID, eipID)
		if still {
			return false, "bound", err
		}
		return true, "unbound", err
	})
	if err != nil {
		return "waiting for " + what + " to show as unbound", err
	}
	return "", nil
}

// isBound reports whether the instance shows the EIP eipID (in any status); an instance that is
// gone has none.
func isBound(ctx context.Context, c *taurusdb.Client, scope taurusdb.Scope, instanceID, eipID string) (bool, error) {
	e, err := c.FindInstanceEip(ctx, scope, instanceID)
	switch {
	case huawei.IsNotFound(err):
		return false, nil
	case err != nil:
		return false, err
	}
	return e.Bound() && e.ID == eipID, nil
}

// addUnboundWarning explains why Read drops the resource: the instance shows no EIP, or another one.
func addUnboundWarning(diags *diag.Diagnostics, instanceID, eipID string, e *taurusdb.InstanceEip) {
	now := "has no EIP"
	if e.Bound() {
		now = "has another EIP (" + e.ID + ", " + e.PublicIPAddress + ")"
	}
	diags.AddWarning("EIP "+eipID+" is no longer bound to "+taurusdb.KindInstance+" "+instanceID,
		"The instance "+now+": the binding was changed outside Terraform, so it is removed from the state; the next plan will bind the EIP again.")
}
