package publicnetworkinstance

// Helpers behind the CRUD methods: the create call and its reconciliation, read-back after a
// change, and the delete path that Delete and the sweeper share.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// create sends CreatePublicNetworkInstance once. If its answer is lost, the zone is looked up (it
// holds at most one instance, and it held none a moment ago): an instance there with the planned
// name is this call's and is adopted (lost is then the error that lost the answer); none within
// edgezone.ReconcileWindow means the call did not act.
func (r *instanceResource) create(ctx context.Context, region string, plan *resourceModel) (id string, lost error, err error) {
	out, err := r.Conn().EdgeZone.CreatePublicNetworkInstance(ctx, region, plan.createRequest())
	if err == nil {
		return out.NetworkInstanceId, nil, nil
	}
	if !edgezone.OutcomeUnknown(err) || ctx.Err() != nil {
		return "", nil, err
	}
	zone, name := plan.ZoneID.ValueString(), plan.Name.ValueString()
	var found *edgezone.PublicNetworkInstanceInfo
	opts := wait.Options{Description: "the instance of zone " + zone + " after a lost CreatePublicNetworkInstance answer", Timeout: edgezone.ReconcileWindow}
	werr := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		i, err := r.Conn().EdgeZone.FindPublicNetworkInstanceInZone(ctx, region, zone)
		if tencent.IsNotFound(err) {
			return false, "none yet", nil
		}
		found = i
		return err == nil, "found", err
	})
	switch {
	case werr == nil && found.NetworkInstanceName == name:
		return found.NetworkInstanceId, err, nil
	case werr == nil:
		return "", nil, fmt.Errorf("the answer to CreatePublicNetworkInstance was lost (%w), and zone %s now holds %s named %q, not %q: "+
			"another writer created it; nothing was adopted", err, zone, found.NetworkInstanceId, found.NetworkInstanceName, name)
	case errors.As(werr, new(*wait.TimeoutError)):
		return "", nil, fmt.Errorf("the answer to CreatePublicNetworkInstance was lost (%w); no instance appeared in zone %s within %s, "+
			"so the call did not act. It has no ClientToken and was not sent again: apply again", err, zone, edgezone.ReconcileWindow)
	default:
		return "", nil, fmt.Errorf("the answer to CreatePublicNetworkInstance was lost (%w), and looking the zone up failed (%w): an instance may "+
			"have been created in %s; check with the edgecloud_edgezone_public_network_instances data source and import it", err, werr, zone)
	}
}

// duplicateDiagnostic explains the documented one-instance-per-zone rule, naming the instance that
// is there (when it could be read) and the API error (when the API was the one to refuse).
func duplicateDiagnostic(zone string, existing *edgezone.PublicNetworkInstanceInfo, apiErr error) diag.Diagnostic {
	var b strings.Builder
	fmt.Fprintf(&b, "Zone %s already has a public network instance", zone)
	if existing != nil {
		fmt.Fprintf(&b, ", %s (name %q, route mode %s)", existing.NetworkInstanceId, existing.NetworkInstanceName, existing.RouteMode)
	}
	b.WriteString(". EdgeZone allows one public network instance per availability zone. Import the existing one into this resource " +
		"(terraform import " + ResourceType + ".<name> <region>/<id>), refer to it with the " + DataSourceType +
		" data source, or choose another zone.")
	if apiErr != nil {
		b.WriteString("\n\n" + tfutil.Detail(apiErr))
	}
	return diag.NewAttributeErrorDiagnostic(path.Root("zone_id"), "One public network instance per zone", b.String())
}

// refresh reads the instance back after a write, until it shows the planned name, and stores it.
func (r *instanceResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	region, id := m.Region.ValueString(), m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: readBackTimeout}
	i, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*edgezone.PublicNetworkInstanceInfo, error) {
		return r.Conn().EdgeZone.FindPublicNetworkInstanceByID(ctx, region, id)
	}, func(i *edgezone.PublicNetworkInstanceInfo) bool { return i.NetworkInstanceName == m.Name.ValueString() })
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id+" after a change", err)
		return
	}
	m.fromAPI(i, true)
	diags.Append(state.Set(ctx, m)...)
}

// inUseError is DeletePublicNetworkInstance's ResourceInUse.PublicInstanceInUse while the instance
// reports servers or addresses on it.
type inUseError struct {
	ID                  string
	Servers, IPv4, IPv6 int64
	Err                 error
}

func (e *inUseError) Error() string {
	return fmt.Sprintf("%s %s is in use: %d physical servers, %d IPv4 and %d IPv6 addresses: %v", kind, e.ID, e.Servers, e.IPv4, e.IPv6, e.Err)
}

func (e *inUseError) Unwrap() error { return e.Err }

// Detail explains what must go before the instance can.
func (e *inUseError) Detail() string {
	return fmt.Sprintf("The API refuses to delete a public network instance while physical servers or applied addresses remain on it "+
		"(ResourceInUse.PublicInstanceInUse). %s still has %d physical server(s), %d IPv4 and %d IPv6 address(es).\n\n"+
		"Release its addresses first: destroy the edgecloud_edgezone_public_ip resources on it, and release addresses applied for outside "+
		"Terraform (list them with the edgecloud_edgezone_public_ips data source, network_instance_id = %q). An address bound to a server "+
		"is released only after that server is terminated. Then destroy again.\n\n%s",
		e.ID, e.Servers, e.IPv4, e.IPv6, e.ID, tfutil.Detail(e.Err))
}

// deleteInstance deletes the instance and waits until it is gone; an instance already gone is
// success. ResourceInUse is retried while the instance reports nothing in use (its counts may lag
// a release made just before), and is an inUseError as soon as it reports servers or addresses.
func deleteInstance(ctx context.Context, c *conn.Conn, region, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		err := c.EdgeZone.DeletePublicNetworkInstance(ctx, region, id)
		switch {
		case err == nil || tencent.IsNotFound(err):
			return true, "deleted", nil
		case !tencent.HasCode(err, edgezone.CodePublicInstanceInUse):
			return false, "", err
		}
		i, ferr := c.EdgeZone.FindPublicNetworkInstanceByID(ctx, region, id)
		if tencent.IsNotFound(ferr) {
			return true, "deleted", nil
		}
		if ferr != nil {
			return false, "", ferr
		}
		if servers, v4, v6 := i.InUseBy(); servers+v4+v6 > 0 {
			return false, "", &inUseError{ID: id, Servers: servers, IPv4: v4, IPv6: v6, Err: err}
		}
		return false, "in use, nothing reported on it yet", nil
	})
	if err != nil {
		return err
	}
	return tencent.WaitNotFound(ctx, opts, func(ctx context.Context) (string, error) {
		_, err := c.EdgeZone.FindPublicNetworkInstanceByID(ctx, region, id)
		return "", err
	})
}
