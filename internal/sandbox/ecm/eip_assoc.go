package ecm

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// EIP binding: AssociateAddress (L25076) and DisassociateAddress (L24380),
// both DescribeTaskResult tasks, and what binding means for ENIs and instances.
//
// The model: an EIP is bound to one private IPv4 address of one ENI. Binding
// to an instance binds the primary address of its primary ENI ("essentially
// to bind it to the primary private IP of the primary ENI", L25082). While the
// task runs the EIP is BINDING (UNBINDING), with its binding already shown;
// when it succeeds it is BIND when the ENI is attached to an instance
// (InstanceId is that instance) and BIND_ENI when it is not ("binding dangling
// ENI"); attaching or detaching the ENI later moves it between the two. A
// failed task (task_result FAILED) returns it to where it was.
//
// Choices where the document is silent:
//   - Binding to an instance replaces its general public IP, which is released;
//     DescribeInstances shows the EIP's address as the instance's public IP;
//     binding to an ENI's address that has a general public IP or an EIP
//     fails (UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip, as
//     the text says it fails). DisassociateAddress with
//     ReallocateNormalPublicIp true gives the instance a new general public
//     IP when the task succeeds; the parameter is a Boolean (the text's
//     TRUE/FALSE) and given true for any other binding it is
//     InvalidParameterValue. The daily count of such reallocations is not
//     kept.
//   - Codes: an unknown EIP is UnsupportedOperation.AddressIdNotFound, a
//     malformed one UnsupportedOperation.Malformed (AssociateAddress) or
//     InvalidParameterValue.InvaildAddressId (DisassociateAddress); an EIP
//     not UNBIND (Associate) or not BIND/BIND_ENI (Disassociate) is
//     UnsupportedOperation.StatusNotPermit; an unknown instance
//     UnsupportedOperation.InstanceIdNotFound; an instance already bound
//     UnsupportedOperation.AlreadyBindEip; an instance that is neither
//     RUNNING nor STOPPED, or an ENI that is not AVAILABLE,
//     FailedOperation.InvalidStatus; an unknown ENI
//     UnsupportedOperation.InvalidNetworkInterfaceIdNotFound; an address
//     the ENI does not have FailedOperation.PrivateIpAddressUnavailable.
//   - Removing a bound secondary address (RemovePrivateIpAddresses) unbinds
//     its EIP ("auto-unbinds"); migrating it (MigratePrivateIpAddress) takes
//     the binding along; deleting the ENI is refused while an EIP is bound
//     (ResourceInUse); terminating the instance releases (or, with
//     AssociatedResourceDestroy false, unbinds) the EIPs bound to its ENIs.

const (
	addressBinding   = "BINDING"
	addressBind      = "BIND"
	addressBindENI   = "BIND_ENI"
	addressUnbinding = "UNBINDING"
)

func init() {
	taskKinds["AssociateAddress"] = completeAssociate
	taskKinds["DisassociateAddress"] = completeDisassociate
}

func addressBound(a *addressRecord) bool {
	switch a.Status {
	case addressBinding, addressBind, addressBindENI, addressUnbinding:
		return true
	}
	return false
}

// boundStatus is BIND or BIND_ENI for an EIP bound to the ENI.
func (e *state) boundStatus(a *addressRecord) {
	if n, ok := e.ENIs[a.ENI]; ok && n.InstanceID != "" {
		a.Status, a.InstanceID = addressBind, n.InstanceID
		return
	}
	a.Status, a.InstanceID = addressBindENI, ""
}

func clearBinding(a *addressRecord) {
	a.Status, a.InstanceID, a.ENI, a.PrivateIP, a.Reallocate = addressUnbind, "", "", "", false
}

func completeAssociate(e *state, _ *region, t *taskRecord, a *addressRecord) {
	if a.Status != addressBinding {
		return
	}
	if t.Outcome != taskSuccess {
		clearBinding(a)
		return
	}
	e.boundStatus(a)
	// Binding an instance's primary address replaces its general public IP.
	if n, ok := e.ENIs[a.ENI]; ok && n.Primary && len(n.IPs) > 0 && n.IPs[0].IP == a.PrivateIP {
		if ins, ok := e.Instances[n.InstanceID]; ok && ins.PublicIP != "" {
			delete(e.ips, ins.PublicIP)
			ins.PublicIP = ""
		}
	}
}

func completeDisassociate(e *state, _ *region, t *taskRecord, a *addressRecord) {
	if a.Status != addressUnbinding {
		return
	}
	if t.Outcome != taskSuccess {
		e.boundStatus(a)
		a.Reallocate = false
		return
	}
	if a.Reallocate {
		if n, ok := e.ENIs[a.ENI]; ok {
			if ins, ok := e.Instances[n.InstanceID]; ok && ins.PublicIP == "" {
				if ip, ok := e.allocateIP(); ok {
					ins.PublicIP = ip
				}
			}
		}
	}
	clearBinding(a)
}

// eniBindings maps the ENI's private addresses to the EIPs bound (or being bound) to them.
func (e *state) eniBindings(regionName, eniID string) map[string]*addressRecord {
	out := map[string]*addressRecord{}
	for _, a := range e.peekRegion(regionName).Addresses {
		if a.ENI == eniID && addressBound(a) {
			out[a.PrivateIP] = a
		}
	}
	return out
}

// unbindENIAddresses unbinds (or releases) the EIPs bound to the ENI's
// addresses ips (nil: all of them).
func (e *state) unbindENIAddresses(regionName, eniID string, ips []string, release bool) {
	r := e.peekRegion(regionName)
	for _, a := range r.Addresses {
		if a.ENI != eniID || !addressBound(a) || (ips != nil && !tencentapi.AnyEqual(a.PrivateIP, ips)) {
			continue
		}
		if release {
			e.removeAddress(r, a.ID)
		} else {
			clearBinding(a)
		}
	}
}

// rebindENIAddresses updates the EIPs bound to an ENI after it was attached or detached.
func (e *state) rebindENIAddresses(n *eniRecord) {
	for _, a := range e.peekRegion(n.Region).Addresses {
		if a.ENI == n.ID && (a.Status == addressBind || a.Status == addressBindENI) {
			e.boundStatus(a)
		}
	}
}

type associateAddressRequest struct {
	EcmRegion          string `json:"EcmRegion"`
	AddressId          string `json:"AddressId"`
	InstanceId         string `json:"InstanceId"`
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	PrivateIpAddress   string `json:"PrivateIpAddress"`
}

func (e *state) associateAddress(c *tencentapi.Call, req *associateAddressRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("AddressId", req.AddressId)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("AddressId", "eip", req.AddressId, "UnsupportedOperation.Malformed"); aerr != nil {
		return nil, aerr
	}
	switch {
	case req.InstanceId != "" && req.NetworkInterfaceId != "":
		return nil, tencentapi.Errf("InvalidParameter.InvalidParameterConflict", "InstanceId and NetworkInterfaceId cannot be specified at the same time.")
	case req.InstanceId == "" && req.NetworkInterfaceId == "":
		return nil, tencentapi.Errf("MissingParameter.MissingAssociateEntity", "Give InstanceId, or NetworkInterfaceId with PrivateIpAddress.")
	case req.NetworkInterfaceId != "" && req.PrivateIpAddress == "":
		return nil, tencentapi.Errf("MissingParameter", "The parameter PrivateIpAddress is required with NetworkInterfaceId.")
	case req.InstanceId != "" && req.PrivateIpAddress != "":
		return nil, tencentapi.Errf("InvalidParameter.Coexist", "PrivateIpAddress goes with NetworkInterfaceId, not with InstanceId.")
	}
	r := e.region(req.EcmRegion)
	a, ok := r.Addresses[req.AddressId]
	if !ok {
		return nil, tencentapi.Errf("UnsupportedOperation.AddressIdNotFound", "The EIP %s does not exist in the ECM region %s.", req.AddressId, req.EcmRegion)
	}
	if a.Status != addressUnbind {
		return nil, tencentapi.Errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; only UNBIND EIPs can be bound.", a.ID, a.Status)
	}
	var n *eniRecord
	ip := req.PrivateIpAddress
	if req.InstanceId != "" {
		if aerr := checkID("InstanceId", "ein", req.InstanceId, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
			return nil, aerr
		}
		ins, ok := e.Instances[req.InstanceId]
		if !ok || ins.Region != req.EcmRegion {
			return nil, tencentapi.Errf("UnsupportedOperation.InstanceIdNotFound", "The instance %s does not exist in the ECM region %s.", req.InstanceId, req.EcmRegion)
		}
		if (ins.State != insRunning && ins.State != insStopped) || ins.operating() {
			return nil, tencentapi.Errf("FailedOperation.InvalidStatus", "The instance %s is %s; EIPs bind to RUNNING or STOPPED instances.", ins.ID, ins.State)
		}
		n, ip = e.ENIs[ins.ENI], ins.PrivateIP
		if n == nil {
			return nil, tencentapi.Errf("FailedOperation.InvalidStatus", "The instance %s has no primary ENI.", ins.ID)
		}
		if b, ok := e.eniBindings(n.Region, n.ID)[ip]; ok {
			return nil, tencentapi.Errf("UnsupportedOperation.AlreadyBindEip", "The instance %s is already bound to the EIP %s.", ins.ID, b.ID)
		}
	} else {
		if aerr := checkID("NetworkInterfaceId", "eni", req.NetworkInterfaceId, "InvalidParameterValue.InvaildEniID"); aerr != nil {
			return nil, aerr
		}
		var ok bool
		if n, ok = e.ENIs[req.NetworkInterfaceId]; !ok || n.Region != req.EcmRegion {
			return nil, tencentapi.Errf("UnsupportedOperation.InvalidNetworkInterfaceIdNotFound", "The ENI %s does not exist in the ECM region %s.", req.NetworkInterfaceId, req.EcmRegion)
		}
		if n.State == eniPending || n.State == eniDeleting {
			return nil, tencentapi.Errf("FailedOperation.InvalidStatus", "The ENI %s is %s.", n.ID, n.State)
		}
		if n.hasIP(ip) < 0 {
			return nil, tencentapi.Errf("FailedOperation.PrivateIpAddressUnavailable", "The ENI %s has no private IP %s.", n.ID, ip)
		}
		if b, ok := e.eniBindings(n.Region, n.ID)[ip]; ok {
			return nil, tencentapi.Errf("UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip", "The private IP %s of %s is already bound to the EIP %s; unbind it first.", ip, n.ID, b.ID)
		}
		if n.Primary && n.hasIP(ip) == 0 {
			if ins, ok := e.Instances[n.InstanceID]; ok && ins.PublicIP != "" {
				return nil, tencentapi.Errf("UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip", "The private IP %s of %s has the public IP %s; bind through InstanceId to replace it.", ip, n.ID, ins.PublicIP)
			}
		}
	}
	a.Status, a.ENI, a.PrivateIP, a.InstanceID = addressBinding, n.ID, ip, n.InstanceID
	t := e.startTask(c, req.EcmRegion, []string{a.ID}, 0)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}

type disassociateAddressRequest struct {
	EcmRegion                string `json:"EcmRegion"`
	AddressId                string `json:"AddressId"`
	ReallocateNormalPublicIp *bool  `json:"ReallocateNormalPublicIp"`
}

func (e *state) disassociateAddress(c *tencentapi.Call, req *disassociateAddressRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("AddressId", req.AddressId)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("AddressId", "eip", req.AddressId, "InvalidParameterValue.InvaildAddressId"); aerr != nil {
		return nil, aerr
	}
	r := e.region(req.EcmRegion)
	a, ok := r.Addresses[req.AddressId]
	if !ok {
		return nil, tencentapi.Errf("UnsupportedOperation.AddressIdNotFound", "The EIP %s does not exist in the ECM region %s.", req.AddressId, req.EcmRegion)
	}
	if a.Status != addressBind && a.Status != addressBindENI {
		return nil, tencentapi.Errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; only BIND or BIND_ENI EIPs can be unbound.", a.ID, a.Status)
	}
	reallocate := req.ReallocateNormalPublicIp != nil && *req.ReallocateNormalPublicIp
	if reallocate {
		n, ok := e.ENIs[a.ENI]
		if !ok || !n.Primary || n.hasIP(a.PrivateIP) != 0 {
			return nil, tencentapi.Errf("InvalidParameterValue", "ReallocateNormalPublicIp is only for an EIP bound to the primary private IP of a primary ENI; %s is bound to %s of %s.", a.ID, a.PrivateIP, a.ENI)
		}
	}
	a.Status, a.Reallocate = addressUnbinding, reallocate
	t := e.startTask(c, req.EcmRegion, []string{a.ID}, 0)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}

// instanceEIP is the EIP bound (BIND) to the primary address of the instance's primary ENI, or nil.
func (e *state) instanceEIP(ins *instanceRecord) *addressRecord {
	if a, ok := e.eniBindings(ins.Region, ins.ENI)[ins.PrivateIP]; ok && a.Status == addressBind {
		return a
	}
	return nil
}
