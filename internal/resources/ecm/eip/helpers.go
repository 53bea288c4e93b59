package eip

// Helpers behind the CRUD methods: status waits, read-back, rename.

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// transitional are the statuses an EIP passes through on its own (catalog §3.7).
var transitional = map[string]bool{ecm.AddressStatusCreating: true, ecm.AddressStatusBinding: true, ecm.AddressStatusUnbinding: true}

// releaseEIP is the delete path that Delete and the sweeper share: release the EIP, wait for the
// release task, then until DescribeAddresses no longer returns it. lastSeen is the status last
// read (the refresh's); when it is stable the release goes out at once, and only an EIP still
// settling (an allocation that outlived the create timeout is CREATING) is waited for first, which
// is also what happens when the API refuses the release for its status. An EIP already gone is
// success. On error it also returns the step that failed, for the diagnostic's summary.
func releaseEIP(ctx context.Context, c *conn.Conn, region, id, lastSeen string) (step string, err error) {
	status := lastSeen
	if status == "" || transitional[status] {
		if status, err = settledStatus(ctx, c, region, id); err != nil {
			return stepSettle(id, err)
		}
	}
	if status != ecm.AddressStatusOfflining {
		out, err := c.ECM.ReleaseAddresses(ctx, ecm.ReleaseAddressesRequest{EcmRegion: region, AddressIds: []string{id}})
		if tencent.HasCode(err, "UnsupportedOperation.StatusNotPermit") && lastSeen == status {
			// The status changed since it was read: wait for it to settle and try once more.
			if status, err = settledStatus(ctx, c, region, id); err != nil {
				return stepSettle(id, err)
			}
			out, err = c.ECM.ReleaseAddresses(ctx, ecm.ReleaseAddressesRequest{EcmRegion: region, AddressIds: []string{id}})
		}
		if ecm.IsAddressGone(err) {
			return "", nil
		}
		if err != nil {
			return "releasing " + kind + " " + id + " (status " + status + ")", err
		}
		if err := c.ECM.WaitTask(ctx, wait.Options{}, region, out.TaskId, "ReleaseAddresses"); err != nil {
			return "waiting for " + kind + " " + id + " to be released", err
		}
	}
	if err := waitGone(ctx, c, region, id); err != nil {
		return "waiting for " + kind + " " + id + " to disappear", err
	}
	return "", nil
}

// settledStatus waits for the EIP to leave a transitional status and returns it; errNotFound when
// it vanished.
func settledStatus(ctx context.Context, c *conn.Conn, region, id string) (string, error) {
	a, err := waitSettled(ctx, c, region, id)
	if err != nil {
		return "", err
	}
	return a.AddressStatus, nil
}

// stepSettle names the settle step, treating an EIP that vanished meanwhile as released.
func stepSettle(id string, err error) (string, error) {
	if tencent.IsNotFound(err) {
		return "", nil
	}
	return "waiting for " + kind + " " + id + " to settle before release", err
}

// waitSettled polls until the EIP is in a stable status and returns it; NotFound if it vanished.
func waitSettled(ctx context.Context, c *conn.Conn, region, id string) (*ecm.Address, error) {
	var last *ecm.Address
	err := wait.Until(ctx, wait.Options{Description: kind + " " + id + " leaving a transitional status"}, func(ctx context.Context) (bool, string, error) {
		a, err := c.ECM.FindAddressByID(ctx, region, id)
		if err != nil {
			return false, "", err
		}
		last = a
		return !transitional[a.AddressStatus], a.AddressStatus, nil
	})
	return last, err
}

// waitGone polls until DescribeAddresses no longer returns the EIP.
func waitGone(ctx context.Context, c *conn.Conn, region, id string) error {
	return tencent.WaitNotFound(ctx, wait.Options{Description: kind + " " + id + " release"}, func(ctx context.Context) (string, error) {
		a, err := c.ECM.FindAddressByID(ctx, region, id)
		if err != nil {
			return "", err
		}
		return a.AddressStatus, nil
	})
}

// refresh reads the EIP back after a change, until it exists and shows the change (the API may be
// eventually consistent; "not found" right after the allocation is polled past), and stores it.
func (r *eipResource) refresh(ctx context.Context, m *resourceModel, timeout time.Duration, state *tfsdk.State, diags *diag.Diagnostics) {
	region, id := m.EcmRegion.ValueString(), m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: timeout}
	a, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Address, error) {
		return r.Conn().ECM.FindAddressByID(ctx, region, id)
	}, m.shows)
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString(), err)
		return
	}
	m.fromAPI(a)
	diags.Append(state.Set(ctx, m)...)
}

// rename sets the EIP's name; a null name clears it (AllocateAddresses takes no name).
func (r *eipResource) rename(ctx context.Context, region, id string, name types.String) error {
	n := name.ValueString()
	return r.Conn().ECM.ModifyAddressAttribute(ctx, ecm.ModifyAddressAttributeRequest{EcmRegion: region, AddressId: id, AddressName: &n})
}
