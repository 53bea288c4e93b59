package vpc

import (
	"net/netip"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// UnassignPrivateIpAddresses (other-apis.md §2a): give secondary private IPs of an ENI back, at
// most 10 per call. Async, like AssignPrivateIpAddresses: the addresses show DELETING until the
// task (keyed by the call's RequestId) ends; then they are gone from the ENI and free in the
// subnet. A FAILED task leaves them AVAILABLE on the ENI.
//
// Codes, all from its table (the SDK's, in other-apis.md §2a) or common: MissingParameter (no ENI,
// no addresses, an entry without PrivateIpAddress); InvalidParameterValue.Malformed (an ID or
// address that is not one, a parameter of the wrong JSON type); InvalidParameterValue.LimitExceeded
// (more than 10 addresses); InvalidParameterValue.DuplicatePara (an address given twice);
// UnsupportedOperation ("The primary private IP of the ENI cannot be returned": the ENI's primary
// IP or an entry with Primary true; also InstanceId naming the instance of a primary ENI, which
// cannot be detached); ResourceNotFound (no such ENI in the region, or an address that is not an IP
// of the ENI: a sandbox choice, the table has no closer code);
// UnsupportedOperation.AttachmentNotFound (InstanceId is not the instance the ENI is attached to);
// UnsupportedOperation.InvalidState (an address that is not AVAILABLE);
// UnsupportedOperation.MutexOperationTaskRunning (a task is running on the ENI).
//
// InstanceId ("only when returning an IP and unbinding the server"): when the task succeeds, the
// ENI is detached from that instance. The other fields of the address entries are ignored.

type unassignRequest struct {
	NetworkInterfaceId string          `json:"NetworkInterfaceId"`
	PrivateIpAddresses []privateIPSpec `json:"PrivateIpAddresses"`
	InstanceId         string          `json:"InstanceId"`
}

func (s *state) unassignPrivateIpAddresses(c *tencentapi.Call, req *unassignRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(s.checkRegion(c), tencentapi.Require("NetworkInterfaceId", req.NetworkInterfaceId)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("NetworkInterfaceId", "eni", req.NetworkInterfaceId); aerr != nil {
		return nil, aerr
	}
	if req.InstanceId != "" {
		if aerr := checkID("InstanceId", "ins", req.InstanceId); aerr != nil {
			return nil, aerr
		}
	}
	addrs, aerr := checkUnassignParams(req)
	if aerr != nil {
		return nil, aerr
	}
	e, ok := s.eniIn(c.Region, req.NetworkInterfaceId)
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s does not exist in the region %s.", req.NetworkInterfaceId, c.Region)
	}
	if aerr := s.checkMutex(e); aerr != nil {
		return nil, aerr
	}
	if req.InstanceId != "" {
		switch {
		case e.InstanceID != req.InstanceId:
			return nil, tencentapi.Errf("UnsupportedOperation.AttachmentNotFound", "The ENI %s is not attached to the instance %s.", e.ID, req.InstanceId)
		case e.Primary:
			return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is the primary ENI of the instance %s and cannot be detached from it.", e.ID, e.InstanceID)
		}
	}
	byAddr := make(map[string]*ipRecord, len(e.IPs))
	for _, ip := range e.IPs {
		byAddr[ip.Address] = ip
	}
	marked := make([]*ipRecord, 0, len(addrs))
	for _, a := range addrs {
		ip, ok := byAddr[a.String()]
		switch {
		case !ok:
			return nil, tencentapi.Errf("ResourceNotFound", "The address %s is not a private IP of the ENI %s.", a, e.ID)
		case ip.Primary:
			return nil, tencentapi.Errf("UnsupportedOperation", "The address %s is the primary IP of the ENI %s: the primary private IP of an ENI cannot be returned.", a, e.ID)
		case ip.State != ipAvailable:
			return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The address %s of the ENI %s is %s, not AVAILABLE.", a, e.ID, ip.State)
		}
		marked = append(marked, ip)
	}
	addresses := make([]string, 0, len(marked))
	for _, ip := range marked {
		ip.State, ip.Task = ipDeleting, c.RequestID
		addresses = append(addresses, ip.Address)
	}
	t := s.startTask(c, e, addresses)
	t.Detach = req.InstanceId
	return struct{}{}, nil
}

// checkUnassignParams validates the address entries.
func checkUnassignParams(req *unassignRequest) ([]netip.Addr, *tencentapi.Error) {
	if len(req.PrivateIpAddresses) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter PrivateIpAddresses is required.")
	}
	if len(req.PrivateIpAddresses) > maxAddressesPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d PrivateIpAddresses may be given per call; got %d.", maxAddressesPerCall, len(req.PrivateIpAddresses))
	}
	out := make([]netip.Addr, 0, len(req.PrivateIpAddresses))
	seen := map[netip.Addr]bool{}
	for i, spec := range req.PrivateIpAddresses {
		param := "PrivateIpAddresses." + strconv.Itoa(i)
		if spec.Primary != nil && *spec.Primary {
			return nil, tencentapi.Errf("UnsupportedOperation", "The parameter %s.Primary is true: the primary private IP of an ENI cannot be returned.", param)
		}
		if aerr := tencentapi.Require(param+".PrivateIpAddress", spec.PrivateIpAddress); aerr != nil {
			return nil, aerr
		}
		a, aerr := parseIPv4(param+".PrivateIpAddress", spec.PrivateIpAddress)
		if aerr != nil {
			return nil, aerr
		}
		if seen[a] {
			return nil, tencentapi.Errf("InvalidParameterValue.DuplicatePara", "The address %s is given more than once in PrivateIpAddresses.", a)
		}
		seen[a] = true
		out = append(out, a)
	}
	return out, nil
}
