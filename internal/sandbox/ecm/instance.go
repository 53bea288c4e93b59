package ecm

import (
	"fmt"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM instance actions (catalog §2.3). This file holds the instance record, its
// state machine and TerminateInstances (L7862); RunInstances (L8796) is in
// instance_run.go with its checks in instance_checks.go, DescribeInstances
// (L10425) in instance_describe.go, private-IP allocation in instance_ip.go,
// and the other actions in instance_ops.go.
// Instances are global to the account (these actions take no EcmRegion) but
// live in the region of their zone: the registry files them (kind "ein") and
// their primary ENIs (kind "eni") under that region.
//
// State machine: RunInstances PENDING → RUNNING (LAUNCH_FAILED when the call
// carried a fault with task_result FAILED); Stop RUNNING → STOPPING → STOPPED;
// Start STOPPED → STARTING → RUNNING; Reboot RUNNING → REBOOTING → RUNNING;
// Terminate → TERMINATING → gone. Each operation sets LatestOperation (the
// action) and LatestOperationState OPERATING, and completes lazily after the
// sandbox task duration (host.Schedule, like the EIP tasks) with SUCCESS or
// FAILED (a failed Stop/Start/Reboot/Terminate returns to the state before).
//
// Choices where the seed is silent:
//   - ModuleId absent: InstanceType is required
//     (InvalidModuleIDAndInstanceTypeID), and ImageId, DataDiskSize and
//     InternetMaxBandwidthOut too (InvalidModuleIDAndInstanceTypeConfigID: the
//     two codes share one description). Such an instance answers
//     SimpleModule null; the system disk defaults to DescribeConfig's
//     SuggestSystemDiskSize.
//   - VpcId and SubnetId go together (InvalidParameterValue); an unknown VPC
//     in the zone's region is ResourceNotFound; a subnet that is unknown, of
//     another VPC or of another zone is InvalidParameterValue.SubnetNotExist;
//     without them the zone's default subnet (none: SubnetNotExist).
//     PrivateIpAddresses must number InstanceCount, lie in the subnet's
//     usable range and be free (InvalidParameterValue); a full subnet is
//     ResourceInsufficient.PrivateIPQuotaNotEnough. Addresses are handed out
//     from the subnet's third address up (network, gateway and broadcast are
//     the 3 reserved).
//   - InstanceCount 1..100 per entry and 100 per region per call
//     (InvalidZoneInstanceCount). ISP must be one the zone offers
//     (InvalidISPInNode); combinations ("CMCC;CUCC") are refused the same way.
//   - Public IPs come from the EIP pool (ResourceInsufficient.IPQuotaNotEnough
//     when empty) unless the module disables WAN IPs; they are not EIPs
//     (DescribeAddresses does not list them) and are released with the
//     instance.
//   - InstanceName: empty is "Not named"; with n > 1 instances per
//     ZoneInstanceCountISP entry the names get 1..n or the {R:x} numbering.
//   - SecurityGroupIds: at most 5 (LimitExceeded.InstanceSecurityGroupLimitExceeded,
//     as ModifyInstancesAttribute's "max 5"), unknown or malformed →
//     InvalidParameterValue.InvalidSecurityGroupID; absent → the module's, or
//     esg-default0.
//   - KeyIds: unknown or malformed → InvalidParameterValue. Passwords are not
//     kept. UserData: not base64 → InvalidParameterValue, more than 16 KB
//     (decoded) → InvalidParameterValue.TooLong.
//   - An operation on an instance whose LatestOperationState is OPERATING is
//     OperationDenied.InstanceOperationInProgress where the table has it
//     (Start, Reboot), else FailedOperation.OperationNotAllow.
//   - DescribeInstances: filters as documented plus private-ip-address,
//     security-group-id and isp (= internet-service-provider); ip-address
//     matches the private or the public IP; tag-key and tag:<key>; at most 5
//     values each (InvalidFilter), instance-id values checked for shape
//     (InvalidInstanceID). An ID not found is not an error (empty set).
//     Order: creation (OrderByField timestamp), descending unless
//     OrderDirection 1. ExpireTime and IsolatedTime are the creation time,
//     as in the example; Image.SrcImage is the catalog image's; the system
//     disk's DiskId is "ldisk-" + the instance ID's suffix.
//   - TerminateInstances: TerminateDelay with a valid future TerminateTime
//     is FailedOperation.OperationNotAllow (scheduled termination is not
//     emulated); an instance in an operation other than its launch is
//     OperationNotAllow; a PENDING one can be terminated (a failed
//     termination leaves it LAUNCH_FAILED). AssociatedResourceDestroy
//     (default true) deletes the attached ENIs and releases the EIPs bound
//     to the instance's ENIs; false detaches and unbinds them. Security groups bound to instances cannot be deleted
//     (ResourceInUse) and count them in
//     DescribeSecurityGroupAssociationStatistics (ECM, InstanceStatistics).

const (
	kindInstance = "ein"
	kindENI      = "eni"

	insPending      = "PENDING"
	insLaunchFailed = "LAUNCH_FAILED"
	insRunning      = "RUNNING"
	insStopped      = "STOPPED"
	insStarting     = "STARTING"
	insStopping     = "STOPPING"
	insRebooting    = "REBOOTING"
	insTerminating  = "TERMINATING"

	opOperating = "OPERATING"
	opSuccess   = "SUCCESS"
	opFailed    = "FAILED"

	maxInstanceNameChars = 60
	maxInstancesPerCall  = 100
	maxInstanceSGs       = 5
	maxUserDataBytes     = 16 * 1024
	notNamed             = "Not named"
)

type instanceRecord struct {
	ID             string           `json:"id"`
	Name           string           `json:"name"`
	Zone           string           `json:"zone"`
	Region         string           `json:"region"`
	ISP            string           `json:"isp"`
	ModuleID       string           `json:"module_id,omitempty"`
	ImageID        string           `json:"image_id"`
	InstanceType   string           `json:"instance_type"`
	SystemDisk     moduleDisk       `json:"system_disk"`
	DataDisks      []moduleDisk     `json:"data_disks,omitempty"`
	DataDiskSize   int              `json:"data_disk_size"`
	BandwidthOut   int              `json:"bandwidth_out"`
	BandwidthIn    int              `json:"bandwidth_in,omitempty"`
	VpcID          string           `json:"vpc_id"`
	SubnetID       string           `json:"subnet_id"`
	PrivateIP      string           `json:"private_ip"`
	PublicIP       string           `json:"public_ip,omitempty"`
	ENI            string           `json:"eni"`
	SecurityGroups []string         `json:"security_groups"`
	Tags           []tencentapi.Tag `json:"tags,omitempty"`
	HostName       string           `json:"host_name,omitempty"`
	KeyIDs         []string         `json:"key_ids,omitempty"`
	UUID           string           `json:"uuid"`
	Created        time.Time        `json:"created"`
	Seq            int64            `json:"seq"`

	State   string `json:"state"`
	LastOp  string `json:"last_op"`
	OpState string `json:"op_state"`
	// The running operation: due time, states on success and failure, outcome.
	Due     time.Time `json:"due,omitempty"`
	OnOK    string    `json:"on_ok,omitempty"` // "" with TERMINATING: removed
	OnFail  string    `json:"on_fail,omitempty"`
	Fails   bool      `json:"fails,omitempty"`
	ReadLag int       `json:"read_lag,omitempty"`
	Gen     int64     `json:"gen,omitempty"`
	// NewImage: the image a ResetInstances installs when it succeeds.
	NewImage string `json:"new_image,omitempty"`
	// KeepAssociated: TerminateInstances' AssociatedResourceDestroy was false
	// (attached ENIs are detached and bound EIPs unbound, not deleted).
	KeepAssociated bool `json:"keep_associated,omitempty"`
}

func (i *instanceRecord) clone() *instanceRecord {
	c := *i
	c.SecurityGroups = append([]string(nil), i.SecurityGroups...)
	c.Tags = copyTags(i.Tags)
	c.DataDisks = append([]moduleDisk(nil), i.DataDisks...)
	c.KeyIDs = append([]string(nil), i.KeyIDs...)
	return &c
}

func (i *instanceRecord) operating() bool { return i.OpState == opOperating }

// instanceOp is a scheduled completion; Gen tells a stale one.
type instanceOp struct {
	ID  string
	Gen int64
	Due time.Time
}

func newInstanceSchedule() *host.Schedule[*instanceOp] {
	return host.NewSchedule(func(o *instanceOp) time.Time { return o.Due },
		func(a, b *instanceOp) bool { return a.ID < b.ID })
}

// startOp puts an instance into an operation that completes after the call's task duration.
func (e *state) startOp(c *tencentapi.Call, ins *instanceRecord, transient, onOK, onFail string) {
	ins.State, ins.LastOp, ins.OpState = transient, c.Action, opOperating
	ins.OnOK, ins.OnFail, ins.Fails, ins.ReadLag = onOK, onFail, c.TaskFails, c.ReadLag
	ins.Due = c.Now.Add(c.TaskDuration)
	ins.Gen++
	e.instOps.Push(&instanceOp{ID: ins.ID, Gen: ins.Gen, Due: ins.Due})
}

// settleInstances completes the due instance operations.
func (e *state) settleInstances(now time.Time) bool {
	changed := false
	for {
		op, ok := e.instOps.PopDue(now)
		if !ok {
			return changed
		}
		ins, ok := e.Instances[op.ID]
		if !ok || ins.Gen != op.Gen || !ins.operating() {
			continue
		}
		changed = true
		e.lagWrite(ins.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		if ins.Fails {
			ins.State, ins.OpState = ins.OnFail, opFailed
		} else {
			ins.State, ins.OpState = ins.OnOK, opSuccess
			if ins.NewImage != "" {
				ins.ImageID = ins.NewImage
			}
		}
		ins.Due, ins.OnOK, ins.OnFail, ins.Fails, ins.NewImage = time.Time{}, "", "", false, ""
		if ins.State == "" {
			e.removeInstance(ins)
		}
	}
}

// removeInstance forgets an instance and releases its addresses.
func (e *state) removeInstance(ins *instanceRecord) {
	e.releaseInstanceNetwork(ins, !ins.KeepAssociated)
	if m := e.subnetIPs[ins.SubnetID]; m != nil {
		delete(m, ins.PrivateIP)
		if len(m) == 0 {
			delete(e.subnetIPs, ins.SubnetID)
		}
	}
	if ins.PublicIP != "" {
		delete(e.ips, ins.PublicIP)
	}
	if m, ok := e.Modules[ins.ModuleID]; ok && m.Instances > 0 {
		m.Instances--
	}
	delete(e.ids, ins.ENI)
	delete(e.ids, ins.ID)
	delete(e.Instances, ins.ID)
}

// indexInstance registers a loaded or new instance's derived entries.
func (e *state) indexInstance(ins *instanceRecord) {
	e.Instances[ins.ID] = ins
	e.ids[ins.ID] = idEntry{kindInstance, ins.Region}
	e.ids[ins.ENI] = idEntry{kindENI, ins.Region}
	e.primaryENIFor(ins)
	if e.subnetIPs[ins.SubnetID] == nil {
		e.subnetIPs[ins.SubnetID] = map[string]string{}
	}
	e.subnetIPs[ins.SubnetID][ins.PrivateIP] = ins.ID
	if ins.PublicIP != "" {
		e.ips[ins.PublicIP] = true
	}
	if ins.operating() {
		e.instOps.Push(&instanceOp{ID: ins.ID, Gen: ins.Gen, Due: ins.Due})
	}
}

// findInstances checks InstanceIdSet.N (1..100, shapes, existence) and
// returns the instances in order, without repeats.
func (e *state) findInstances(ids []string, notFound string) ([]*instanceRecord, *tencentapi.Error) {
	if len(ids) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InstanceIdSet is required.")
	}
	if len(ids) > maxInstancesPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "At most %d instances per call; got %d.", maxInstancesPerCall, len(ids))
	}
	ids = dedupeStrings(ids)
	out := make([]*instanceRecord, 0, len(ids))
	for k, id := range ids {
		if aerr := checkID(fmt.Sprintf("InstanceIdSet.%d", k), "ein", id, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
			return nil, aerr
		}
		ins, ok := e.Instances[id]
		if !ok {
			return nil, tencentapi.Errf(notFound, "The instance %s does not exist.", id)
		}
		out = append(out, ins)
	}
	return out, nil
}

// TerminateInstances.

type terminateInstancesRequest struct {
	InstanceIdSet             []string `json:"InstanceIdSet"`
	TerminateDelay            *bool    `json:"TerminateDelay"`
	TerminateTime             string   `json:"TerminateTime"`
	AssociatedResourceDestroy *bool    `json:"AssociatedResourceDestroy"`
}

func (e *state) terminateInstances(c *tencentapi.Call, req *terminateInstancesRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "ResourceNotFound.InstanceNotExist")
	if aerr != nil {
		return nil, aerr
	}
	if req.TerminateDelay != nil && *req.TerminateDelay {
		at, err := time.ParseInLocation(tcTimeLayout, req.TerminateTime, chinaStandard)
		if err != nil {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidTime", "The parameter TerminateTime=%q is not YYYY-MM-DD hh:mm:ss.", req.TerminateTime)
		}
		if !at.After(c.Now) {
			return nil, tencentapi.Errf("InvalidParameterValue.TerminateTimeSmaller", "TerminateTime %s is not in the future.", req.TerminateTime)
		}
		return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "Scheduled termination is not emulated by the sandbox.")
	}
	for _, ins := range list {
		if ins.operating() && ins.State != insPending {
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is %s (%s in progress).", ins.ID, ins.State, ins.LastOp)
		}
	}
	// AssociatedResourceDestroy (default true) releases the EIPs bound to the
	// instance's ENIs and deletes the ENIs attached to it, when it is gone
	// (releaseInstanceNetwork, eni.go).
	for _, ins := range list {
		ins.KeepAssociated = req.AssociatedResourceDestroy != nil && !*req.AssociatedResourceDestroy
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		prev := ins.State
		if prev == insPending {
			prev = insLaunchFailed
		}
		e.startOp(c, ins, insTerminating, "", prev)
	}
	return nil, nil
}
