package edgezone

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// ApplyPublicIps carries no ClientToken, so a call whose answer is lost (a reset or timeout after
// the request was sent) may or may not have applied for an address, and sending it again could apply
// for a second one that nobody owns. ApplyPublicIP never repeats it. Instead it snapshots the
// instance's addresses of the type before the call and, when the outcome is unknown, lists them
// again and reconciles:
//
//   - exactly one new, unbound address: the call acted; it is adopted (the caller warns);
//   - several new addresses: another writer applied too (resources of this provider instance take
//     turns per instance and type, so it is another process); nothing is guessed, the error lists them;
//   - none: the listing is polled for ReconcileWindow (a new address may show late on an eventually
//     consistent API); if none appears, the call did not act and the error says so. It is not
//     retried: if the address showed after the window, a retry would have leaked it, while an
//     error leaves the user to apply again, which starts from a fresh snapshot.

// ReconcileWindow is how long a lost ApplyPublicIps answer waits for the address to show in
// DescribePublicIps before concluding that the call did not act.
const ReconcileWindow = 30 * time.Second

// AppliedIP is the address ApplyPublicIP obtained.
type AppliedIP struct {
	Ip string
	// LostAnswer is the error that lost the call's answer when the address was found by
	// reconciliation (nil when the call answered normally).
	LostAnswer error
}

// LostApplyError is an ApplyPublicIps call whose answer was lost and whose outcome reconciliation
// could not settle on exactly one address.
type LostApplyError struct {
	InstanceID, Type string
	Err              error    // the error that lost the answer
	New              []IpInfo // addresses that appeared since the call (none, several, or one already bound)
	ListErr          error    // the reconciliation listing failed
}

func (e *LostApplyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the answer to ApplyPublicIps on %s (type %s) was lost (%v). ApplyPublicIps has no ClientToken, so it was not sent again. ",
		e.InstanceID, e.Type, e.Err)
	switch {
	case e.ListErr != nil:
		fmt.Fprintf(&b, "Listing the instance's addresses to find out whether it acted failed too (%v): an address may have been applied for; "+
			"check with the edgecloud_edgezone_public_ips data source (network_instance_id = %q) and import or release it.", e.ListErr, e.InstanceID)
	case len(e.New) == 0:
		fmt.Fprintf(&b, "No new address appeared on the instance within %s, so the call did not act: nothing was applied for. Apply again.", ReconcileWindow)
	case len(e.New) == 1:
		fmt.Fprintf(&b, "One new address appeared, %s, but it is already %s (bound to %q): it was not adopted, since this call's address would not be bound yet. "+
			"Another writer applied for it; nothing was taken.", e.New[0].Ip, e.New[0].State, e.New[0].InstanceId)
	default:
		fmt.Fprintf(&b, "%d new addresses appeared on the instance since the call (%s): another writer applied for addresses at the same time, "+
			"and which one is this call's cannot be told, so none was adopted. Import the one to manage (\"<network_instance_id>/<ip>\") and release the others.",
			len(e.New), joinIPs(e.New))
	}
	return b.String()
}

func (e *LostApplyError) Unwrap() error { return e.Err }

func joinIPs(ips []IpInfo) string {
	s := make([]string, len(ips))
	for i, ip := range ips {
		s[i] = ip.Ip
	}
	return strings.Join(s, ", ")
}

// ApplyPublicIP applies for one address of typ on the STATIC instance instanceID, reconciling a
// lost answer by listing (see above). opts bounds the reconciliation (its Timeout defaults to
// ReconcileWindow).
func (c *Client) ApplyPublicIP(ctx context.Context, region, instanceID, typ string, opts wait.Options) (*AppliedIP, error) {
	typ = CanonicalIPType(typ)
	// Resources of this provider instance applying on the same instance (count = 2) take turns from
	// the snapshot to the end of any reconciliation: otherwise a sibling's address, applied between
	// this call's snapshot and its lost answer, would count as "several new" and nothing could be
	// adopted. Other writers are still detected and never guessed at.
	unlock, err := c.applyTurns.Lock(ctx, region+"/"+instanceID+"/"+typ)
	if err != nil {
		return nil, fmt.Errorf("waiting for the turn to apply for an address on %s: %w", instanceID, err)
	}
	defer unlock()
	before, err := c.ListInstancePublicIPs(ctx, region, instanceID, typ)
	if err != nil {
		return nil, fmt.Errorf("listing the addresses of %s before applying for one: %w", instanceID, err)
	}
	resp, err := c.ApplyPublicIps(ctx, region, ApplyPublicIpsRequest{NetworkInstanceId: instanceID, Count: 1, Type: typ})
	if err == nil {
		if len(resp.IpList) != 1 {
			return nil, fmt.Errorf("ApplyPublicIps on %s asked for 1 address and answered %d (%s, RequestId %s); "+
				"check the instance's addresses with the edgecloud_edgezone_public_ips data source",
				instanceID, len(resp.IpList), strings.Join(resp.IpList, ", "), resp.RequestId)
		}
		return &AppliedIP{Ip: resp.IpList[0]}, nil
	}
	if !OutcomeUnknown(err) {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, &LostApplyError{InstanceID: instanceID, Type: typ, Err: err, ListErr: ctx.Err()}
	}
	return c.reconcileApply(ctx, region, instanceID, typ, before, err, opts)
}

func (c *Client) reconcileApply(ctx context.Context, region, instanceID, typ string, before []IpInfo, lost error, opts wait.Options) (*AppliedIP, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = ReconcileWindow
	}
	if opts.Description == "" {
		opts.Description = "a new address on " + instanceID + " after a lost ApplyPublicIps answer"
	}
	var fresh []IpInfo
	err := wait.Until(ctx, opts, func(ctx context.Context) (bool, string, error) {
		after, err := c.ListInstancePublicIPs(ctx, region, instanceID, typ)
		if err != nil {
			return false, "", err
		}
		fresh = NewAddresses(before, after)
		return len(fresh) > 0, fmt.Sprintf("%d new", len(fresh)), nil
	})
	var timeout *wait.TimeoutError
	switch {
	case errors.As(err, &timeout):
		return nil, &LostApplyError{InstanceID: instanceID, Type: typ, Err: lost}
	case err != nil:
		return nil, &LostApplyError{InstanceID: instanceID, Type: typ, Err: lost, ListErr: err}
	case len(fresh) == 1 && strings.EqualFold(fresh[0].State, IPStateUnbound):
		return &AppliedIP{Ip: fresh[0].Ip, LostAnswer: lost}, nil
	default:
		return nil, &LostApplyError{InstanceID: instanceID, Type: typ, Err: lost, New: fresh}
	}
}

// NewAddresses is what after holds and before does not (addresses compared as addresses).
func NewAddresses(before, after []IpInfo) []IpInfo {
	had := make(map[string]bool, len(before))
	for _, ip := range before {
		had[CanonicalIP(ip.Ip)] = true
	}
	var fresh []IpInfo
	for _, ip := range after {
		if !had[CanonicalIP(ip.Ip)] {
			fresh = append(fresh, ip)
		}
	}
	return fresh
}

// OutcomeUnknown reports a failed write that may nevertheless have acted: no answer after the
// request was sent (a reset, a timeout, a body that is not the API's), InternalError (the server
// failed while handling it), or a success answer that could not be decoded.
func OutcomeUnknown(err error) bool {
	var (
		te     *tencent.TransportError
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
	)
	if errors.As(err, &te) {
		return !te.NotSent
	}
	return tencent.HasCode(err, "InternalError") || errors.As(err, &syntax) || errors.As(err, &typ)
}
