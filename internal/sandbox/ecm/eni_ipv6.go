package ecm

import (
	"fmt"
	"hash/fnv"
	"net/netip"
	"strconv"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// IPv6 addresses of ENIs: AssignIpv6Addresses (L23562),
// ModifyIpv6AddressesAttribute (L23422) and ReleaseIpv6Addresses (L23281,
// a DescribeTaskResult task with an Integer TaskId).
//
// Choices where the document is silent:
//   - "Currently, only the primary ENI will be assigned": an ENI that is not
//     an instance's primary ENI answers InvalidParameterValue. Addresses come
//     from 2001:db8::/32 (documentation range), a /64 per subnet, and are
//     PENDING for the call's task duration, then AVAILABLE. At most 10 per
//     call (InvalidParameterValue), ecm.eni_ipv6_addresses per ENI
//     (LimitExceeded.AddressQuotaLimitExceeded); explicit addresses must be
//     IPv6 (InvalidParameterValue.Malformed) and unused (InvalidParameterValue).
//     Ipv6ISP must be CTCC, CUCC or CMCC (InvalidParameterValue).
//   - Release: the addresses are DELETING until the task ends, then gone
//     (a FAILED task leaves them AVAILABLE); an address the ENI does not have
//     is ResourceNotFound; the TaskId is a JSON number, as the table types it.
//   - Modify changes Description only; an unknown address is ResourceNotFound.
//   - Unknown regions: InvalidParameterValue for Modify and Release (no
//     InvalidRegion in their tables).

type ipv6AddressIn struct {
	Address        string  `json:"Address"`
	Primary        *bool   `json:"Primary"`
	AddressId      string  `json:"AddressId"`
	Description    *string `json:"Description"`
	IsWanIpBlocked *bool   `json:"IsWanIpBlocked"`
	State          string  `json:"State"`
}

type assignIpv6AddressesRequest struct {
	EcmRegion          string          `json:"EcmRegion"`
	NetworkInterfaceId string          `json:"NetworkInterfaceId"`
	Ipv6Addresses      []ipv6AddressIn `json:"Ipv6Addresses"`
	Ipv6AddressCount   *int64          `json:"Ipv6AddressCount"`
	Ipv6ISP            string          `json:"Ipv6ISP"`
}

// ipv6InUse reports whether any ENI holds the address.
func (e *state) ipv6InUse(addr netip.Addr) bool {
	for _, n := range e.ENIs {
		for _, a := range n.IPv6 {
			if b, err := netip.ParseAddr(a.Address); err == nil && b == addr {
				return true
			}
		}
	}
	return false
}

// freeIPv6 returns an unused address of the subnet's /64.
func (e *state) freeIPv6(subnet string, taken map[netip.Addr]bool) netip.Addr {
	h := fnv.New32a()
	_, _ = h.Write([]byte(subnet))
	v := h.Sum32()
	for i := 1; ; i++ {
		a := netip.MustParseAddr(fmt.Sprintf("2001:db8:%x:%x::%x", v>>16, v&0xffff, i))
		if !taken[a] && !e.ipv6InUse(a) {
			return a
		}
	}
}

func (e *state) assignIpv6Addresses(c *tencentapi.Call, req *assignIpv6AddressesRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if !n.Primary {
		return nil, tencentapi.Errf("InvalidParameterValue", "The ENI %s is not a primary ENI; only primary ENIs are assigned IPv6 addresses.", n.ID)
	}
	if req.Ipv6ISP != "" && !validISPs[req.Ipv6ISP] {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter Ipv6ISP=%q must be CTCC, CUCC or CMCC.", req.Ipv6ISP)
	}
	count := tencentapi.Int64Or(req.Ipv6AddressCount, 0)
	if count < 0 || (count == 0 && len(req.Ipv6Addresses) == 0) || int64(len(req.Ipv6Addresses))+count > maxIPsPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue", "Give 1 to %d addresses (Ipv6Addresses and Ipv6AddressCount together).", maxIPsPerCall)
	}
	if q := limit(c, LimitENIIPv6); int64(len(n.IPv6)+len(req.Ipv6Addresses))+count > int64(q) {
		return nil, tencentapi.Errf("LimitExceeded.AddressQuotaLimitExceeded", "The ENI %s has %d IPv6 addresses; the quota is %d.", n.ID, len(n.IPv6), q)
	}
	if n.State == eniPending || n.State == eniDeleting {
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The ENI %s is %s.", n.ID, n.State)
	}
	taken := map[netip.Addr]bool{}
	var added []netip.Addr
	for k, in := range req.Ipv6Addresses {
		a, err := netip.ParseAddr(in.Address)
		if err != nil || !a.Is6() || a.Is4In6() {
			return nil, tencentapi.Errf("InvalidParameterValue.Malformed", "Ipv6Addresses.%d.Address=%q is not an IPv6 address.", k, in.Address)
		}
		if taken[a] || e.ipv6InUse(a) {
			return nil, tencentapi.Errf("InvalidParameterValue", "The IPv6 address %s is in use.", a)
		}
		taken[a] = true
		added = append(added, a)
	}
	for i := int64(0); i < count; i++ {
		a := e.freeIPv6(n.SubnetID, taken)
		taken[a] = true
		added = append(added, a)
	}
	out := make([]ipv6AddressOut, 0, len(added))
	for k, a := range added {
		desc := ""
		if k < len(req.Ipv6Addresses) {
			desc = strOr(req.Ipv6Addresses[k].Description)
		}
		n.IPv6 = append(n.IPv6, eniIPv6{Address: a.String(), Description: desc, State: eniPending, Due: c.Now.Add(c.TaskDuration)})
		out = append(out, ipv6AddressOut{Address: a.String(), Description: desc, State: eniPending})
	}
	e.eniOps.Push(&instanceOp{ID: n.ID, Gen: -1, Due: c.Now.Add(c.TaskDuration)})
	return struct {
		Ipv6AddressSet []ipv6AddressOut `json:"Ipv6AddressSet"`
	}{out}, nil
}

// settleIPv6 makes the ENI's PENDING IPv6 addresses that are due AVAILABLE.
func settleIPv6(n *eniRecord, now time.Time) bool {
	changed := false
	for i := range n.IPv6 {
		if a := &n.IPv6[i]; a.State == eniPending && !a.Due.After(now) {
			a.State, a.Due = eniAvailable, time.Time{}
			changed = true
		}
	}
	return changed
}

// ipv6Index finds an address of the ENI, comparing parsed addresses.
func (n *eniRecord) ipv6Index(addr string) int {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return -1
	}
	for i, x := range n.IPv6 {
		if b, err := netip.ParseAddr(x.Address); err == nil && a == b {
			return i
		}
	}
	return -1
}

type modifyIpv6AddressesAttributeRequest struct {
	EcmRegion          string          `json:"EcmRegion"`
	NetworkInterfaceId string          `json:"NetworkInterfaceId"`
	Ipv6Addresses      []ipv6AddressIn `json:"Ipv6Addresses"`
}

func (e *state) modifyIpv6AddressesAttribute(c *tencentapi.Call, req *modifyIpv6AddressesAttributeRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.Ipv6Addresses) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Ipv6Addresses is required.")
	}
	for k, in := range req.Ipv6Addresses {
		if n.ipv6Index(in.Address) < 0 {
			return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s has no IPv6 address %q (Ipv6Addresses.%d).", n.ID, in.Address, k)
		}
	}
	for _, in := range req.Ipv6Addresses {
		if in.Description != nil {
			n.IPv6[n.ipv6Index(in.Address)].Description = *in.Description
		}
	}
	return nil, nil
}

type releaseIpv6AddressesRequest struct {
	EcmRegion          string          `json:"EcmRegion"`
	NetworkInterfaceId string          `json:"NetworkInterfaceId"`
	Ipv6Addresses      []ipv6AddressIn `json:"Ipv6Addresses"`
}

func (e *state) releaseIpv6Addresses(c *tencentapi.Call, req *releaseIpv6AddressesRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.Ipv6Addresses) == 0 || len(req.Ipv6Addresses) > maxIPsPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue", "Give 1 to %d Ipv6Addresses; got %d.", maxIPsPerCall, len(req.Ipv6Addresses))
	}
	var addrs []string
	for k, in := range req.Ipv6Addresses {
		i := n.ipv6Index(in.Address)
		if i < 0 {
			return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s has no IPv6 address %q (Ipv6Addresses.%d).", n.ID, in.Address, k)
		}
		addrs = append(addrs, n.IPv6[i].Address)
	}
	for _, a := range addrs {
		n.IPv6[n.ipv6Index(a)].State = eniDeleting
	}
	t := e.startTask(c, req.EcmRegion, nil, 0)
	t.ENI, t.IPv6 = n.ID, addrs
	id, _ := strconv.ParseInt(t.ID, 10, 64)
	return struct {
		TaskId int64 `json:"TaskId"`
	}{id}, nil
}

// completeIPv6Release ends a ReleaseIpv6Addresses task.
func (e *state) completeIPv6Release(t *taskRecord) {
	n, ok := e.ENIs[t.ENI]
	if !ok {
		return
	}
	kept := n.IPv6[:0]
	for _, a := range n.IPv6 {
		if a.State == eniDeleting && tencentapi.AnyEqual(a.Address, t.IPv6) {
			if t.Outcome != taskSuccess {
				a.State = eniAvailable
				kept = append(kept, a)
			}
			continue
		}
		kept = append(kept, a)
	}
	n.IPv6 = kept
}
