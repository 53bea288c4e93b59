package ecm

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM ENIs (catalog §2.9): the record, its state machine on the sandbox
// clock, and the primary ENIs of instances. CreateNetworkInterface (L21581),
// DescribeNetworkInterfaces (L21849) and DeleteNetworkInterface (L23144) are
// in eni_crud.go; Attach/Detach/Migrate in eni_attach.go; private IPv4
// addresses in eni_ip.go; IPv6 in eni_ipv6.go.
//
// Choices where the document is silent:
//   - Every instance has a primary ENI record (Primary true, EniType 0,
//     DeviceIndex 0), made when the instance is indexed (RunInstances, or a
//     state file written before ENIs) and removed with the instance. Its
//     GroupSet is the instance's security groups. It cannot be attached,
//     detached, migrated or deleted (UnsupportedOperation), but it takes
//     secondary IPv4 addresses, IPv6 addresses and EIPs like any ENI.
//   - States: CreateNetworkInterface PENDING → AVAILABLE, Attach ATTACHING →
//     AVAILABLE (Attachment set at completion), Detach DETACHING →
//     AVAILABLE, Migrate ATTACHING → AVAILABLE (Attachment moves at
//     completion), Delete DELETING → gone, each after the call's task
//     duration; under a task_result FAILED fault the operation is undone
//     (a failed creation removes the ENI). Addresses added to an AVAILABLE
//     ENI are AVAILABLE at once; those of a PENDING ENI follow it.
//   - Quotas (named limits): ecm.enis_per_region 100 (ENIs made by
//     CreateNetworkInterface, LimitExceeded.EniQuotaLimitExceeded),
//     ecm.enis_per_instance 4 (the primary included, AttachNetworkInterface's
//     LimitExceeded.EniQuotaLimitExceeded), ecm.eni_private_ips 20 (IPv4
//     addresses per ENI, the primary included,
//     LimitExceeded.PrivateIPQuotaLimitExceeded) and ecm.eni_ipv6_addresses
//     10 (LimitExceeded.AddressQuotaLimitExceeded).
//   - Every private IPv4 address of every ENI is held in its subnet
//     (state.subnetIPs), so a subnet or VPC with ENIs cannot be deleted
//     (ResourceInUse) and AvailableIpAddressCount counts them.
//   - MacAddress is 20:90:6F: (the examples' prefix) and three bytes of a
//     hash of the ENI ID. Attachment.InstanceAccountId is the sandbox's
//     account, "100000000001". Business is "cvm" for primary ENIs, null
//     otherwise. ENIs are not subject to the read_lag fault.

const (
	eniPending   = "PENDING"
	eniAvailable = "AVAILABLE"
	eniAttaching = "ATTACHING"
	eniDetaching = "DETACHING"
	eniDeleting  = "DELETING"

	// Named limits for ENIs (limits.go holds their defaults).
	LimitENIsPerRegion   = "ecm.enis_per_region"
	LimitENIsPerInstance = "ecm.enis_per_instance"
	LimitENIPrivateIPs   = "ecm.eni_private_ips"
	LimitENIIPv6         = "ecm.eni_ipv6_addresses"

	sandboxAccountID = "100000000001"
	maxENINameBytes  = 60
	maxENIDescChars  = 60
	maxIPsPerCall    = 10
	maxENISGs        = 5
)

func init() {
	defaultLimits[LimitENIsPerRegion] = 100
	defaultLimits[LimitENIsPerInstance] = 4
	defaultLimits[LimitENIPrivateIPs] = 20
	defaultLimits[LimitENIIPv6] = 10
}

type eniIP struct {
	IP          string `json:"ip"`
	Description string `json:"description,omitempty"`
	State       string `json:"state"`
}

type eniIPv6 struct {
	Address     string    `json:"address"`
	Description string    `json:"description,omitempty"`
	State       string    `json:"state"`
	Due         time.Time `json:"due,omitempty"` // a PENDING address becomes AVAILABLE then
}

type eniRecord struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description,omitempty"`
	Region      string           `json:"region"`
	Zone        string           `json:"zone"`
	VpcID       string           `json:"vpc_id"`
	SubnetID    string           `json:"subnet_id"`
	Primary     bool             `json:"primary,omitempty"`
	Groups      []string         `json:"groups,omitempty"`
	IPs         []eniIP          `json:"ips"` // IPs[0] is the primary address
	IPv6        []eniIPv6        `json:"ipv6,omitempty"`
	Tags        []tencentapi.Tag `json:"tags,omitempty"`
	InstanceID  string           `json:"instance_id,omitempty"`
	DeviceIndex int              `json:"device_index,omitempty"`
	AttachTime  time.Time        `json:"attach_time,omitempty"`
	Created     time.Time        `json:"created"`
	Seq         int64            `json:"seq"`

	State string `json:"state"`
	// The running operation: its target instance (attach, migrate), due
	// time, outcome and generation (a stale scheduled completion is ignored).
	Target string    `json:"target,omitempty"`
	Due    time.Time `json:"due,omitempty"`
	Fails  bool      `json:"fails,omitempty"`
	Gen    int64     `json:"gen,omitempty"`
}

func (n *eniRecord) busy() bool { return n.State != eniAvailable }

func (n *eniRecord) hasIP(ip string) int {
	for i, x := range n.IPs {
		if x.IP == ip {
			return i
		}
	}
	return -1
}

func newENISchedule() *host.Schedule[*instanceOp] { return newInstanceSchedule() }

// startENIOp puts an ENI into a transient state that ends after the call's task duration.
func (e *state) startENIOp(c *tencentapi.Call, n *eniRecord, transient, target string) {
	n.State, n.Target, n.Fails = transient, target, c.TaskFails
	n.Due = c.Now.Add(c.TaskDuration)
	n.Gen++
	e.eniOps.Push(&instanceOp{ID: n.ID, Gen: n.Gen, Due: n.Due})
}

// settleENIs completes the due ENI operations.
func (e *state) settleENIs(now time.Time) bool {
	changed := false
	for {
		op, ok := e.eniOps.PopDue(now)
		if !ok {
			return changed
		}
		n, ok := e.ENIs[op.ID]
		if !ok {
			continue
		}
		if settleIPv6(n, now) {
			changed = true
		}
		if n.Gen != op.Gen || !n.busy() {
			continue
		}
		changed = true
		e.completeENIOp(n, now)
	}
}

func (e *state) completeENIOp(n *eniRecord, now time.Time) {
	state, target, fails := n.State, n.Target, n.Fails
	n.State, n.Target, n.Due, n.Fails = eniAvailable, "", time.Time{}, false
	switch state {
	case eniPending:
		if fails {
			e.removeENI(n)
			return
		}
		for i := range n.IPs {
			n.IPs[i].State = eniAvailable
		}
	case eniAttaching:
		if fails {
			return
		}
		if _, ok := e.Instances[target]; !ok {
			return // the instance went meanwhile
		}
		n.InstanceID, n.AttachTime = target, now
		n.DeviceIndex = e.nextDeviceIndex(target, n.ID)
		e.rebindENIAddresses(n)
	case eniDetaching:
		if fails {
			return
		}
		n.InstanceID, n.DeviceIndex, n.AttachTime = "", 0, time.Time{}
		e.rebindENIAddresses(n)
	case eniDeleting:
		if fails {
			return
		}
		e.removeENI(n)
	}
}

// nextDeviceIndex is the lowest device index (from 1) not used on the instance.
func (e *state) nextDeviceIndex(instanceID, except string) int {
	used := map[int]bool{}
	for _, m := range e.ENIs {
		if m.InstanceID == instanceID && m.ID != except {
			used[m.DeviceIndex] = true
		}
	}
	for i := 1; ; i++ {
		if !used[i] {
			return i
		}
	}
}

// indexENI registers a loaded or new ENI: the registry, its subnet's addresses, a running operation.
func (e *state) indexENI(n *eniRecord) {
	e.ENIs[n.ID] = n
	e.ids[n.ID] = idEntry{kindENI, n.Region}
	for _, ip := range n.IPs {
		e.holdIP(n.SubnetID, ip.IP, n.ID)
	}
	if n.busy() {
		e.eniOps.Push(&instanceOp{ID: n.ID, Gen: n.Gen, Due: n.Due})
	}
	for _, a := range n.IPv6 {
		if a.State == eniPending {
			e.eniOps.Push(&instanceOp{ID: n.ID, Gen: -1, Due: a.Due})
		}
	}
}

// removeENI forgets an ENI, frees its addresses and unbinds the EIPs bound to them.
func (e *state) removeENI(n *eniRecord) {
	for _, ip := range n.IPs {
		e.releaseIP(n.SubnetID, ip.IP)
	}
	e.unbindENIAddresses(n.Region, n.ID, nil, false)
	delete(e.ENIs, n.ID)
	delete(e.ids, n.ID)
}

// primaryENIFor makes the primary ENI record of an instance that has none.
func (e *state) primaryENIFor(ins *instanceRecord) {
	if _, ok := e.ENIs[ins.ENI]; ok {
		return
	}
	e.indexENI(&eniRecord{
		ID: ins.ENI, Name: ins.ID + " Primary ENI", Region: ins.Region, Zone: ins.Zone,
		VpcID: ins.VpcID, SubnetID: ins.SubnetID, Primary: true,
		IPs:        []eniIP{{IP: ins.PrivateIP, State: eniAvailable}},
		InstanceID: ins.ID, AttachTime: ins.Created, Created: ins.Created, Seq: ins.Seq, State: eniAvailable,
	})
}

// releaseInstanceNetwork runs when an instance goes: its primary ENI goes
// with it; the ENIs attached to it are deleted (destroy) or detached, and
// the EIPs bound to it released (destroy) or unbound
// (TerminateInstances' AssociatedResourceDestroy, default true).
func (e *state) releaseInstanceNetwork(ins *instanceRecord, destroy bool) {
	for _, n := range e.ENIs {
		if n.InstanceID != ins.ID && n.Target != ins.ID {
			continue
		}
		switch {
		case n.ID == ins.ENI:
			e.unbindENIAddresses(n.Region, n.ID, nil, destroy)
			for _, ip := range n.IPs[1:] {
				e.releaseIP(n.SubnetID, ip.IP)
			}
			delete(e.ENIs, n.ID) // the primary IP and the registry entry go with the instance
		case destroy && n.InstanceID == ins.ID:
			e.unbindENIAddresses(n.Region, n.ID, nil, true)
			e.removeENI(n)
		default:
			if n.InstanceID == ins.ID {
				n.InstanceID, n.DeviceIndex, n.AttachTime = "", 0, time.Time{}
			}
			if n.Target == ins.ID {
				n.Target = ""
			}
			if n.busy() && n.State != eniDeleting && n.State != eniPending {
				n.State, n.Gen = eniAvailable, n.Gen+1
			}
			e.rebindENIAddresses(n)
		}
	}
}

// macAddress derives a stable MAC address from the ENI ID.
func macAddress(id string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(id))
	v := h.Sum32()
	return fmt.Sprintf("20:90:6F:%02X:%02X:%02X", byte(v>>16), byte(v>>8), byte(v))
}

// Wire shapes: NetworkInterface (L32789) and its parts.

type privateIPSpecOut struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
	Primary          bool   `json:"Primary"`
	PublicIpAddress  string `json:"PublicIpAddress"`
	AddressId        string `json:"AddressId"`
	Description      string `json:"Description"`
	IsWanIpBlocked   bool   `json:"IsWanIpBlocked"`
	State            string `json:"State"`
}

type ipv6AddressOut struct {
	Address        string `json:"Address"`
	Primary        bool   `json:"Primary"`
	AddressId      string `json:"AddressId"`
	Description    string `json:"Description"`
	IsWanIpBlocked bool   `json:"IsWanIpBlocked"`
	State          string `json:"State"`
}

type eniAttachmentOut struct {
	InstanceId        string `json:"InstanceId"`
	DeviceIndex       int    `json:"DeviceIndex"`
	InstanceAccountId string `json:"InstanceAccountId"`
	AttachTime        string `json:"AttachTime"`
}

type networkInterfaceOut struct {
	NetworkInterfaceId          string             `json:"NetworkInterfaceId"`
	NetworkInterfaceName        string             `json:"NetworkInterfaceName"`
	NetworkInterfaceDescription string             `json:"NetworkInterfaceDescription"`
	SubnetId                    string             `json:"SubnetId"`
	VpcId                       string             `json:"VpcId"`
	GroupSet                    []string           `json:"GroupSet"`
	Primary                     bool               `json:"Primary"`
	MacAddress                  string             `json:"MacAddress"`
	State                       string             `json:"State"`
	PrivateIpAddressSet         []privateIPSpecOut `json:"PrivateIpAddressSet"`
	Attachment                  *eniAttachmentOut  `json:"Attachment"`
	Zone                        string             `json:"Zone"`
	CreatedTime                 string             `json:"CreatedTime"`
	Ipv6AddressSet              []ipv6AddressOut   `json:"Ipv6AddressSet"`
	TagSet                      []tencentapi.Tag   `json:"TagSet"`
	EniType                     int                `json:"EniType"`
	EcmRegion                   string             `json:"EcmRegion"`
	Business                    *string            `json:"Business"`
}

// groups is the ENI's GroupSet: its own, or its instance's for a primary ENI.
func (e *state) eniGroups(n *eniRecord) []string {
	if n.Primary {
		if ins, ok := e.Instances[n.InstanceID]; ok {
			return append([]string{}, ins.SecurityGroups...)
		}
	}
	return append([]string{}, n.Groups...)
}

func (e *state) eniView(n *eniRecord) networkInterfaceOut {
	out := networkInterfaceOut{
		NetworkInterfaceId: n.ID, NetworkInterfaceName: n.Name, NetworkInterfaceDescription: n.Description,
		SubnetId: n.SubnetID, VpcId: n.VpcID, GroupSet: e.eniGroups(n), Primary: n.Primary,
		MacAddress: macAddress(n.ID), State: n.State, Zone: n.Zone, CreatedTime: tcTime(n.Created),
		PrivateIpAddressSet: []privateIPSpecOut{}, Ipv6AddressSet: []ipv6AddressOut{},
		TagSet: append([]tencentapi.Tag{}, n.Tags...), EcmRegion: n.Region,
	}
	if n.Primary {
		b := "cvm"
		out.Business = &b
	}
	bound := e.eniBindings(n.Region, n.ID)
	for k, ip := range n.IPs {
		spec := privateIPSpecOut{PrivateIpAddress: ip.IP, Primary: k == 0, Description: ip.Description, State: ip.State}
		if a, ok := bound[ip.IP]; ok {
			spec.AddressId, spec.PublicIpAddress = a.ID, a.IP
		} else if k == 0 && n.Primary {
			if ins, ok := e.Instances[n.InstanceID]; ok {
				spec.PublicIpAddress = ins.PublicIP
			}
		}
		out.PrivateIpAddressSet = append(out.PrivateIpAddressSet, spec)
	}
	for _, a := range n.IPv6 {
		out.Ipv6AddressSet = append(out.Ipv6AddressSet, ipv6AddressOut{Address: a.Address, Description: a.Description, State: a.State})
	}
	if n.InstanceID != "" {
		out.Attachment = &eniAttachmentOut{InstanceId: n.InstanceID, DeviceIndex: n.DeviceIndex,
			InstanceAccountId: sandboxAccountID, AttachTime: tcTime(n.AttachTime)}
	}
	return out
}

// findENI checks an ENI ID parameter and finds the ENI in the region.
func (e *state) findENI(param, id, region, missing, malformed string) (*eniRecord, *tencentapi.Error) {
	if id == "" {
		return nil, tencentapi.Errf(missing, "The parameter %s is required.", param)
	}
	if aerr := checkID(param, "eni", id, malformed); aerr != nil {
		return nil, aerr
	}
	n, ok := e.ENIs[id]
	if !ok || n.Region != region {
		return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s does not exist in the ECM region %s.", id, region)
	}
	return n, nil
}

// findRegionInstance checks an instance ID parameter and finds the instance in the region.
func (e *state) findRegionInstance(param, id, region, malformed string) (*instanceRecord, *tencentapi.Error) {
	if aerr := tencentapi.Require(param, id); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID(param, "ein", id, malformed); aerr != nil {
		return nil, aerr
	}
	ins, ok := e.Instances[id]
	if !ok || ins.Region != region {
		return nil, tencentapi.Errf("ResourceNotFound", "The instance %s does not exist in the ECM region %s.", id, region)
	}
	return ins, nil
}

func itoa(i int) string { return strconv.Itoa(i) }
