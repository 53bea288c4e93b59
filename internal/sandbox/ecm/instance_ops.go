package ecm

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Instance operations (catalog §2.3): StartInstances (L9494), StopInstances
// (L9337), RebootInstances (L8346), ModifyInstancesAttribute (L8508),
// ResetInstancesMaxBandwidth (L8018), ResetInstancesPassword (L9634),
// ResetInstances (L8164).
// Every check runs on all the instances before any changes (all or nothing).
//
// Choices where the seed is silent (codes from each action's table; where
// the table has none, the closest):
//   - An unknown instance is ResourceNotFound.InstanceNotExist where the
//     table has it (Reboot, ResetInstancesMaxBandwidth), else
//     InvalidParameterValue.InvalidInstanceID.
//   - An instance in an operation (LatestOperationState OPERATING) is
//     OperationDenied.InstanceOperationInProgress for Start and Reboot,
//     FailedOperation.OperationNotAllow for the others; a LAUNCH_FAILED
//     instance accepts only TerminateInstances (OperationNotAllow).
//   - Start of a non-STOPPED instance: FailedOperation.InstanceNotAllStopped;
//     Stop or Reboot of a non-RUNNING one: ResourceUnavailable.InstanceNotRunning.
//   - StopType SOFT, HARD or SOFT_FIRST (else InvaildModifyParam for Stop,
//     InvalidParameterValue for Reboot); the sandbox's stops and reboots all
//     succeed alike (a fault with task_result FAILED makes them fail: the
//     instance returns to its state before, LatestOperationState FAILED).
//   - ModifyInstancesAttribute: InstanceName absent leaves the name (the text
//     says "an empty value will be displayed"; the sandbox does not blank
//     it), ≤60 characters (ParameterValueTooLarge); SecurityGroups.N
//     replaces the groups, at most 5 (InvalidParameterValue.LimitExceeded),
//     unknown or malformed → InvalidParameterValue. Refused on TERMINATING.
//   - ResetInstancesMaxBandwidth: MaxBandwidthOut in DescribeConfig's range
//     (InvalidBandwidth); MaxBandwidthIn in the range (InvalidBandwidthIn)
//     and equal to MaxBandwidthOut (InvalidBandwidthInAndOut, as the code's
//     description says); sync: the public IP's caps change at once.
//   - ResetInstancesPassword: Linux 8–16 characters of ≥2 classes, Windows
//     12–16 of ≥3 (a mix of both: the Windows rule), specials
//     ( ) ~ ! @ # $ % ^ & * - + = _ | { } [ ] : ; ' < > , . ? /, not starting
//     with / (InvaildPassword). A RUNNING instance without ForceStop is
//     FailedOperation.InstanceNotAllStopped. It is an operation
//     (LatestOperation ResetInstancesPassword, OPERATING then SUCCESS); the
//     instance keeps its state. UserName ≤64 characters
//     (ParameterValueTooLarge). Passwords are not kept.
//   - ResetInstances: unknown instance ResourceNotFound.InstanceNotExist,
//     malformed InvalidInstanceID; in an operation
//     OperationDenied.InstanceOperationInProgress; LAUNCH_FAILED or any state
//     but RUNNING/STOPPED OperationNotAllow. ImageId absent or "" is the
//     current image; it must be launchable (catalog, or a NORMAL private
//     image: InvalidImageID); a 32-bit image on a type of ≥4 GB is
//     InvalidImageArchitecture (type/image support is not checked: the table
//     has no code for it). Password follows RunInstances (8–30 / 12–30,
//     Windows by the new image; InvaildPassword); KeepImageLogin TRUE with a
//     Password, or on a public image, is ParameterConflict; KeepImageLogin and
//     KeepData other than TRUE/FALSE are InvalidDataFormat (case-insensitive);
//     KeepData and EnhancedService are otherwise ignored. The document's
//     KeyIds.N is not an input. The operation is REBOOTING (LatestOperation
//     ResetInstances) back to the state before (RUNNING or STOPPED); the new
//     image is installed on SUCCESS only (a FAILED task keeps the old one).

const resetPasswordSpecials = "()~!@#$%^&*-+=_|{}[]:;'<>,.?/"

// instanceGate refuses an operation on an instance in one, or launch-failed.
func instanceGate(ins *instanceRecord, busyCode string) *tencentapi.Error {
	if ins.operating() {
		return tencentapi.Errf(busyCode, "The instance %s is %s: %s is in progress.", ins.ID, ins.State, ins.LastOp)
	}
	if ins.State == insLaunchFailed {
		return tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s failed to launch; it can only be terminated.", ins.ID)
	}
	return nil
}

func checkStopType(v, code string) *tencentapi.Error {
	switch v {
	case "", "SOFT", "HARD", "SOFT_FIRST":
		return nil
	}
	return tencentapi.Errf(code, "The parameter StopType=%q must be SOFT, HARD or SOFT_FIRST.", v)
}

type startInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
}

// powerChange is one of Start/Stop/RebootInstances: the codes its table uses
// and the state machine step it starts.
type powerChange struct {
	notFound     string // code for an unknown or malformed instance ID
	stopType     string // the request's StopType ("" for StartInstances)
	stopTypeCode string // code for a bad StopType
	gateCode     string // code for an instance with an operation in progress
	from         string // the only state the change starts from
	fromCode     string // code for an instance in another state
	verb         string // "started", "stopped", "rebooted"
	transient    string // state while the change runs
	onOK, onFail string // state when it completes or fails
}

// changePower checks every instance first (all or nothing: one bad instance
// fails the call and changes none), then starts the change on each.
func (e *state) changePower(c *tencentapi.Call, ids []string, p powerChange) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(ids, p.notFound)
	if aerr != nil {
		return nil, aerr
	}
	if p.stopTypeCode != "" {
		if aerr := checkStopType(p.stopType, p.stopTypeCode); aerr != nil {
			return nil, aerr
		}
	}
	for _, ins := range list {
		if aerr := instanceGate(ins, p.gateCode); aerr != nil {
			return nil, aerr
		}
		if ins.State != p.from {
			return nil, tencentapi.Errf(p.fromCode, "The instance %s is %s; only %s instances can be %s.", ins.ID, ins.State, p.from, p.verb)
		}
	}
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		e.startOp(c, ins, p.transient, p.onOK, p.onFail)
	}
	return nil, nil
}

func (e *state) startInstances(c *tencentapi.Call, req *startInstancesRequest) (any, *tencentapi.Error) {
	return e.changePower(c, req.InstanceIdSet, powerChange{
		notFound: "InvalidParameterValue.InvalidInstanceID", gateCode: "OperationDenied.InstanceOperationInProgress",
		from: insStopped, fromCode: "FailedOperation.InstanceNotAllStopped", verb: "started",
		transient: insStarting, onOK: insRunning, onFail: insStopped,
	})
}

type stopInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	ForceStop     *bool    `json:"ForceStop"`
	StopType      string   `json:"StopType"`
}

func (e *state) stopInstances(c *tencentapi.Call, req *stopInstancesRequest) (any, *tencentapi.Error) {
	return e.changePower(c, req.InstanceIdSet, powerChange{
		notFound: "InvalidParameterValue.InvalidInstanceID", stopType: req.StopType, stopTypeCode: "InvalidParameterValue.InvaildModifyParam",
		gateCode: "FailedOperation.OperationNotAllow",
		from:     insRunning, fromCode: "ResourceUnavailable.InstanceNotRunning", verb: "stopped",
		transient: insStopping, onOK: insStopped, onFail: insRunning,
	})
}

type rebootInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	ForceReboot   *bool    `json:"ForceReboot"`
	StopType      string   `json:"StopType"`
}

func (e *state) rebootInstances(c *tencentapi.Call, req *rebootInstancesRequest) (any, *tencentapi.Error) {
	return e.changePower(c, req.InstanceIdSet, powerChange{
		notFound: "ResourceNotFound.InstanceNotExist", stopType: req.StopType, stopTypeCode: "InvalidParameterValue",
		gateCode: "OperationDenied.InstanceOperationInProgress",
		from:     insRunning, fromCode: "ResourceUnavailable.InstanceNotRunning", verb: "rebooted",
		transient: insRebooting, onOK: insRunning, onFail: insRunning,
	})
}

type modifyInstancesAttributeRequest struct {
	InstanceIdSet  []string `json:"InstanceIdSet"`
	InstanceName   *string  `json:"InstanceName"`
	SecurityGroups []string `json:"SecurityGroups"`
}

func (e *state) modifyInstancesAttribute(c *tencentapi.Call, req *modifyInstancesAttributeRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "InvalidParameterValue.InvalidInstanceID")
	if aerr != nil {
		return nil, aerr
	}
	if req.InstanceName != nil {
		if n := utf8.RuneCountInString(*req.InstanceName); n > maxInstanceNameChars {
			return nil, tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "The parameter InstanceName is %d characters long; at most %d are allowed.", n, maxInstanceNameChars)
		}
	}
	var sgs []string
	if req.SecurityGroups != nil {
		sgs, aerr = e.checkInstanceSGs("SecurityGroups", req.SecurityGroups, "InvalidParameterValue.LimitExceeded", "InvalidParameterValue")
		if aerr != nil {
			return nil, aerr
		}
		if len(sgs) == 0 {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter SecurityGroups needs at least one group.")
		}
	}
	for _, ins := range list {
		if ins.State == insTerminating {
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is being terminated.", ins.ID)
		}
	}
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		if req.InstanceName != nil {
			ins.Name = *req.InstanceName
		}
		if sgs != nil {
			ins.SecurityGroups = append([]string(nil), sgs...)
		}
	}
	return nil, nil
}

type resetInstancesMaxBandwidthRequest struct {
	InstanceIdSet   []string `json:"InstanceIdSet"`
	MaxBandwidthOut *int64   `json:"MaxBandwidthOut"`
	MaxBandwidthIn  *int64   `json:"MaxBandwidthIn"`
}

func (e *state) resetInstancesMaxBandwidth(c *tencentapi.Call, req *resetInstancesMaxBandwidthRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "ResourceNotFound.InstanceNotExist")
	if aerr != nil {
		return nil, aerr
	}
	if req.MaxBandwidthOut == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter MaxBandwidthOut is required.")
	}
	if aerr := e.checkBandwidth("MaxBandwidthOut", *req.MaxBandwidthOut, "InvalidParameterValue.InvalidBandwidth"); aerr != nil {
		return nil, aerr
	}
	in := int64(-1)
	if req.MaxBandwidthIn != nil {
		in = *req.MaxBandwidthIn
		if aerr := e.checkBandwidth("MaxBandwidthIn", in, "InvalidParameterValue.InvalidBandwidthIn"); aerr != nil {
			return nil, aerr
		}
		if in != *req.MaxBandwidthOut {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidBandwidthInAndOut", "MaxBandwidthIn (%d) must equal MaxBandwidthOut (%d).", in, *req.MaxBandwidthOut)
		}
	}
	for _, ins := range list {
		if ins.State == insTerminating || ins.State == insLaunchFailed {
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is %s.", ins.ID, ins.State)
		}
	}
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		ins.BandwidthOut = int(*req.MaxBandwidthOut)
		if in >= 0 {
			ins.BandwidthIn = int(in)
		}
	}
	return nil, nil
}

type resetInstancesPasswordRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	Password      string   `json:"Password"`
	ForceStop     *bool    `json:"ForceStop"`
	UserName      string   `json:"UserName"`
}

func (e *state) resetInstancesPassword(c *tencentapi.Call, req *resetInstancesPasswordRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "InvalidParameterValue.InvalidInstanceID")
	if aerr != nil {
		return nil, aerr
	}
	if req.Password == "" {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Password is required.")
	}
	if n := utf8.RuneCountInString(req.UserName); n > 64 {
		return nil, tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "The parameter UserName is %d characters long; at most 64 are allowed.", n)
	}
	windows := false
	for _, ins := range list {
		if im, ok := e.lookupImage(ins.ImageID); ok && isWindows(im) {
			windows = true
		}
	}
	if strings.HasPrefix(req.Password, "/") {
		return nil, tencentapi.Errf("InvalidParameterValue.InvaildPassword", "The password cannot start with /.")
	}
	if aerr := checkPasswordWith(req.Password, windows, 8, 12, 16, resetPasswordSpecials); aerr != nil {
		return nil, aerr
	}
	force := req.ForceStop != nil && *req.ForceStop
	for _, ins := range list {
		if aerr := instanceGate(ins, "FailedOperation.OperationNotAllow"); aerr != nil {
			return nil, aerr
		}
		switch {
		case ins.State == insRunning && !force:
			return nil, tencentapi.Errf("FailedOperation.InstanceNotAllStopped", "The instance %s is RUNNING: stop it or set ForceStop.", ins.ID)
		case ins.State != insRunning && ins.State != insStopped:
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is %s.", ins.ID, ins.State)
		}
	}
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		e.startOp(c, ins, ins.State, ins.State, ins.State)
	}
	return nil, nil
}

type resetInstancesRequest struct {
	InstanceIdSet   []string        `json:"InstanceIdSet"`
	ImageId         *string         `json:"ImageId"`
	Password        *string         `json:"Password"`
	EnhancedService json.RawMessage `json:"EnhancedService"`
	KeepData        string          `json:"KeepData"`
	KeepImageLogin  string          `json:"KeepImageLogin"`
}

// resetInstances reinstalls instances: checks on all, then a REBOOTING
// operation per instance that installs the image on success (settleInstances).
func (e *state) resetInstances(c *tencentapi.Call, req *resetInstancesRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "ResourceNotFound.InstanceNotExist")
	if aerr != nil {
		return nil, aerr
	}
	keep := false
	switch strings.ToUpper(req.KeepImageLogin) {
	case "", "FALSE":
	case "TRUE":
		keep = true
	default:
		return nil, tencentapi.Errf("InvalidParameter.InvalidDataFormat", "The parameter KeepImageLogin=%q must be TRUE or FALSE.", req.KeepImageLogin)
	}
	switch strings.ToLower(req.KeepData) {
	case "", "true", "false":
	default:
		return nil, tencentapi.Errf("InvalidParameter.InvalidDataFormat", "The parameter KeepData=%q must be true or false.", req.KeepData)
	}
	if keep && req.Password != nil {
		return nil, tencentapi.Errf("InvalidParameter.ParameterConflict", "Only one of KeepImageLogin and Password may be given.")
	}
	images := make([]*CatalogImage, len(list))
	for k, ins := range list {
		id := ins.ImageID
		if req.ImageId != nil && *req.ImageId != "" {
			id = *req.ImageId
		}
		im, ok := e.usableImage(id)
		if !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageID", "The image %q does not exist.", id)
		}
		if t, ok := e.compute.types[ins.InstanceType]; ok && is32Bit(im) && t.Memory >= 4 {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageArchitecture", "The image %s is 32-bit; the instance type %s has %d GB of memory (4 GB or more needs a 64-bit image).", im.ImageID, t.InstanceType, t.Memory)
		}
		if keep && im.ImageType == PublicImage {
			return nil, tencentapi.Errf("InvalidParameter.ParameterConflict", "KeepImageLogin=TRUE is only for custom, shared or imported images; %s is public.", im.ImageID)
		}
		if req.Password != nil {
			if aerr := checkPassword(*req.Password, isWindows(im), 8, 12, 30); aerr != nil {
				return nil, aerr
			}
		}
		images[k] = im
	}
	for _, ins := range list {
		if aerr := instanceGate(ins, "OperationDenied.InstanceOperationInProgress"); aerr != nil {
			return nil, aerr
		}
		if ins.State != insRunning && ins.State != insStopped {
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is %s.", ins.ID, ins.State)
		}
	}
	for k, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		e.startOp(c, ins, insRebooting, ins.State, ins.State)
		ins.NewImage = images[k].ImageID
	}
	return nil, nil
}
