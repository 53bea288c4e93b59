package ecm

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Private IPv4 addresses of ENIs: AssignPrivateIpAddresses (L22653),
// RemovePrivateIpAddresses (L22841), ModifyPrivateIpAddressesAttribute
// (L23761) and MigratePrivateIpAddress (L23000).
//
// Choices where the document is silent:
//   - Assign: at most 10 addresses per call, explicit and counted together
//     (InvalidParameterValue.Range, as is a count below 1 with no explicit
//     addresses); more than ecm.eni_private_ips on the ENI is
//     LimitExceeded.PrivateIPQuotaLimitExceeded; a subnet without enough
//     free addresses ResourceInsufficient (nothing is assigned then);
//     explicit addresses are checked as CreateNetworkInterface checks them.
//     The ENI must not be PENDING or DELETING (UnsupportedOperation.InvalidState);
//     ATTACHING and DETACHING ENIs take addresses. New addresses of an
//     AVAILABLE ENI are AVAILABLE at once. Unknown regions of Remove,
//     Migrate answer InvalidParameterValue (no InvalidRegion in their tables).
//   - Remove: at most 10; the primary address is refused (UnsupportedOperation),
//     an address the ENI does not have is ResourceNotFound; a bound EIP is
//     unbound ("auto-unbinds").
//   - Modify: only Description changes; an address the ENI does not have is
//     ResourceNotFound; a wrongly typed parameter is InvalidParameterValue.Malformed.
//   - Migrate: both ENIs in one subnet (else InvalidParameter), the address a
//     secondary one of the source (primary: UnsupportedOperation; absent:
//     ResourceNotFound), the destination's quota respected (UnsupportedOperation).

type assignPrivateIpAddressesRequest struct {
	NetworkInterfaceId             string            `json:"NetworkInterfaceId"`
	EcmRegion                      string            `json:"EcmRegion"`
	PrivateIpAddresses             []privateIPSpecIn `json:"PrivateIpAddresses"`
	SecondaryPrivateIpAddressCount *int64            `json:"SecondaryPrivateIpAddressCount"`
}

type privateIPOnly struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
}

func (e *state) assignPrivateIpAddresses(c *tencentapi.Call, req *assignPrivateIpAddressesRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	count := tencentapi.Int64Or(req.SecondaryPrivateIpAddressCount, 0)
	if count < 0 || (count == 0 && len(req.PrivateIpAddresses) == 0) {
		return nil, tencentapi.Errf("InvalidParameterValue.Range", "Give PrivateIpAddresses or a SecondaryPrivateIpAddressCount of at least 1.")
	}
	if total := int64(len(req.PrivateIpAddresses)) + count; total > maxIPsPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.Range", "At most %d addresses per call; %d were asked for.", maxIPsPerCall, total)
	}
	if n.State == eniPending || n.State == eniDeleting {
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The ENI %s is %s.", n.ID, n.State)
	}
	if q := limit(c, LimitENIPrivateIPs); int64(len(n.IPs))+int64(len(req.PrivateIpAddresses))+count > int64(q) {
		return nil, tencentapi.Errf("LimitExceeded.PrivateIPQuotaLimitExceeded", "The ENI %s has %d private IPs; %d more would exceed its quota of %d.", n.ID, len(n.IPs), int64(len(req.PrivateIpAddresses))+count, q)
	}
	s, ok := e.peekRegion(n.Region).Subnets[n.SubnetID]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s of the ENI %s does not exist.", n.SubnetID, n.ID)
	}
	taken := map[string]bool{}
	var added []eniIP
	for k, sp := range req.PrivateIpAddresses {
		if aerr := e.checkNewIP(s, "PrivateIpAddresses."+itoa(k), sp.PrivateIpAddress, taken); aerr != nil {
			return nil, aerr
		}
		taken[sp.PrivateIpAddress] = true
		added = append(added, eniIP{IP: sp.PrivateIpAddress, Description: strOr(sp.Description)})
	}
	for i := int64(0); i < count; i++ {
		ip, ok := e.freePrivateIP(s, taken)
		if !ok {
			return nil, tencentapi.Errf("ResourceInsufficient", "The subnet %s has %d free private IPs; %d were asked for.", s.ID, i, count)
		}
		taken[ip] = true
		added = append(added, eniIP{IP: ip})
	}
	state := eniAvailable
	if n.State == eniPending {
		state = eniPending
	}
	out := make([]privateIPOnly, 0, len(added))
	for _, ip := range added {
		ip.State = state
		n.IPs = append(n.IPs, ip)
		e.holdIP(n.SubnetID, ip.IP, n.ID)
		out = append(out, privateIPOnly{ip.IP})
	}
	return struct {
		PrivateIpAddressSet []privateIPOnly `json:"PrivateIpAddressSet"`
	}{out}, nil
}

type removePrivateIpAddressesRequest struct {
	EcmRegion          string            `json:"EcmRegion"`
	NetworkInterfaceId string            `json:"NetworkInterfaceId"`
	PrivateIpAddresses []privateIPSpecIn `json:"PrivateIpAddresses"`
}

func (e *state) removePrivateIpAddresses(c *tencentapi.Call, req *removePrivateIpAddressesRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.PrivateIpAddresses) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter PrivateIpAddresses is required.")
	}
	if len(req.PrivateIpAddresses) > maxIPsPerCall {
		return nil, tencentapi.Errf("InvalidParameter", "At most %d PrivateIpAddresses per call; got %d.", maxIPsPerCall, len(req.PrivateIpAddresses))
	}
	if n.State == eniPending || n.State == eniDeleting {
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is %s.", n.ID, n.State)
	}
	var ips []string
	for k, sp := range req.PrivateIpAddresses {
		switch i := n.hasIP(sp.PrivateIpAddress); {
		case sp.PrivateIpAddress == "":
			return nil, tencentapi.Errf("MissingParameter", "The parameter PrivateIpAddresses.%d.PrivateIpAddress is required.", k)
		case i == 0:
			return nil, tencentapi.Errf("UnsupportedOperation", "The address %s is the primary private IP of the ENI %s; it cannot be removed.", sp.PrivateIpAddress, n.ID)
		case i < 0:
			return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s has no private IP %s.", n.ID, sp.PrivateIpAddress)
		}
		ips = append(ips, sp.PrivateIpAddress)
	}
	e.unbindENIAddresses(n.Region, n.ID, ips, false)
	kept := n.IPs[:0]
	for _, ip := range n.IPs {
		if tencentapi.AnyEqual(ip.IP, ips) {
			e.releaseIP(n.SubnetID, ip.IP)
			continue
		}
		kept = append(kept, ip)
	}
	n.IPs = kept
	return nil, nil
}

type modifyPrivateIpAddressesAttributeRequest struct {
	NetworkInterfaceId string            `json:"NetworkInterfaceId"`
	PrivateIpAddresses []privateIPSpecIn `json:"PrivateIpAddresses"`
	EcmRegion          string            `json:"EcmRegion"`
}

func (e *state) modifyPrivateIpAddressesAttribute(c *tencentapi.Call, req *modifyPrivateIpAddressesAttributeRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.PrivateIpAddresses) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter PrivateIpAddresses is required.")
	}
	if n.State == eniPending || n.State == eniDeleting {
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The ENI %s is %s.", n.ID, n.State)
	}
	for k, sp := range req.PrivateIpAddresses {
		if n.hasIP(sp.PrivateIpAddress) < 0 {
			return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s has no private IP %q (PrivateIpAddresses.%d).", n.ID, sp.PrivateIpAddress, k)
		}
		if sp.Description != nil && len([]rune(*sp.Description)) > maxENIDescChars {
			return nil, tencentapi.Errf("InvalidParameterValue.Malformed", "PrivateIpAddresses.%d.Description is longer than %d characters.", k, maxENIDescChars)
		}
	}
	for _, sp := range req.PrivateIpAddresses {
		if sp.Description != nil {
			n.IPs[n.hasIP(sp.PrivateIpAddress)].Description = *sp.Description
		}
	}
	return nil, nil
}

type migratePrivateIpAddressRequest struct {
	EcmRegion                     string `json:"EcmRegion"`
	SourceNetworkInterfaceId      string `json:"SourceNetworkInterfaceId"`
	DestinationNetworkInterfaceId string `json:"DestinationNetworkInterfaceId"`
	PrivateIpAddress              string `json:"PrivateIpAddress"`
}

func (e *state) migratePrivateIpAddress(c *tencentapi.Call, req *migratePrivateIpAddressRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	src, aerr := e.findENI("SourceNetworkInterfaceId", req.SourceNetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	dst, aerr := e.findENI("DestinationNetworkInterfaceId", req.DestinationNetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.Require("PrivateIpAddress", req.PrivateIpAddress); aerr != nil {
		return nil, aerr
	}
	switch i := src.hasIP(req.PrivateIpAddress); {
	case i == 0:
		return nil, tencentapi.Errf("UnsupportedOperation", "The address %s is the primary private IP of %s; primary IPs cannot move.", req.PrivateIpAddress, src.ID)
	case i < 0:
		return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s has no private IP %s.", src.ID, req.PrivateIpAddress)
	case src.SubnetID != dst.SubnetID || src.ID == dst.ID:
		return nil, tencentapi.Errf("InvalidParameter", "The ENIs %s and %s must be two ENIs of one subnet.", src.ID, dst.ID)
	case dst.State == eniPending || dst.State == eniDeleting || src.State == eniPending || src.State == eniDeleting:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENIs are %s and %s.", src.State, dst.State)
	case len(dst.IPs) >= limit(c, LimitENIPrivateIPs):
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s already has its quota of private IPs.", dst.ID)
	}
	i := src.hasIP(req.PrivateIpAddress)
	ip := src.IPs[i]
	src.IPs = append(src.IPs[:i], src.IPs[i+1:]...)
	dst.IPs = append(dst.IPs, ip)
	e.holdIP(dst.SubnetID, ip.IP, dst.ID)
	for _, a := range e.peekRegion(src.Region).Addresses {
		if a.ENI == src.ID && a.PrivateIP == ip.IP && addressBound(a) {
			a.ENI = dst.ID
			if a.Status == addressBind || a.Status == addressBindENI {
				e.boundStatus(a)
			} else {
				a.InstanceID = dst.InstanceID
			}
		}
	}
	return nil, nil
}
