package ecm

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// AttachNetworkInterface (L22212), DetachNetworkInterface (L22372) and
// MigrateNetworkInterface (L22513).
//
// Choices where the document is silent:
//   - Attach: the ENI must be AVAILABLE and detached (attached:
//     UnsupportedOperation.AttachmentAlreadyExists; in another operation:
//     UnsupportedOperation.InvalidState); the instance RUNNING or STOPPED and
//     not in an operation (UnsupportedOperation.InvalidState), in the ENI's
//     VPC (UnsupportedOperation.VpcMismatch) and zone (InvalidParameterValue),
//     with fewer ENIs than ecm.enis_per_instance
//     (LimitExceeded.EniQuotaLimitExceeded). A primary ENI cannot be attached
//     elsewhere (UnsupportedOperation). Malformed IDs are
//     InvalidParameterValue.Malformed, unknown ones ResourceNotFound.
//   - Detach: the ENI must be attached to that instance (else
//     UnsupportedOperation) and AVAILABLE (UnsupportedOperation.InvalidState).
//   - Migrate: the ENI must be attached to SourceInstanceId
//     (UnsupportedOperation.AttachmentNotFound); the destination must exist
//     (ResourceNotFound), lie in the ENI's VPC and zone and have room
//     (InvalidParameter, the closest code of the table). The ENI is ATTACHING
//     until the move completes; Attachment shows the source until then.
//     Unknown regions are InvalidParameterValue for Attach and Migrate (no InvalidRegion
//     in its table).

type attachNetworkInterfaceRequest struct {
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	InstanceId         string `json:"InstanceId"`
	EcmRegion          string `json:"EcmRegion"`
}

// checkTarget checks that an instance can take the ENI; codes per action.
func (e *state) checkTarget(c *tencentapi.Call, n *eniRecord, ins *instanceRecord, stateCode, vpcCode, zoneCode, quotaCode string) *tencentapi.Error {
	if (ins.State != insRunning && ins.State != insStopped) || ins.operating() {
		return tencentapi.Errf(stateCode, "The instance %s is %s; ENIs attach to RUNNING or STOPPED instances.", ins.ID, ins.State)
	}
	if ins.VpcID != n.VpcID {
		return tencentapi.Errf(vpcCode, "The instance %s is in the VPC %s, the ENI %s in %s.", ins.ID, ins.VpcID, n.ID, n.VpcID)
	}
	if ins.Zone != n.Zone {
		return tencentapi.Errf(zoneCode, "The instance %s is in the zone %s, the ENI %s in %s.", ins.ID, ins.Zone, n.ID, n.Zone)
	}
	count := 0
	for _, m := range e.ENIs {
		if m.InstanceID == ins.ID || (m.Target == ins.ID && m.State == eniAttaching) {
			count++
		}
	}
	if q := limit(c, LimitENIsPerInstance); count >= q {
		return tencentapi.Errf(quotaCode, "The instance %s already has %d ENIs, the quota.", ins.ID, count)
	}
	return nil
}

func (e *state) attachNetworkInterface(c *tencentapi.Call, req *attachNetworkInterfaceRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"), tencentapi.Require("InstanceId", req.InstanceId),
		checkID("InstanceId", "ein", req.InstanceId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	ins, aerr := e.findRegionInstance("InstanceId", req.InstanceId, req.EcmRegion, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	switch {
	case n.Primary:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is the primary ENI of the instance %s.", n.ID, n.InstanceID)
	case n.InstanceID != "":
		return nil, tencentapi.Errf("UnsupportedOperation.AttachmentAlreadyExists", "The ENI %s is already attached to the instance %s.", n.ID, n.InstanceID)
	case n.State != eniAvailable:
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The ENI %s is %s.", n.ID, n.State)
	}
	if aerr := e.checkTarget(c, n, ins, "UnsupportedOperation.InvalidState", "UnsupportedOperation.VpcMismatch", "InvalidParameterValue", "LimitExceeded.EniQuotaLimitExceeded"); aerr != nil {
		return nil, aerr
	}
	e.startENIOp(c, n, eniAttaching, ins.ID)
	return nil, nil
}

type detachNetworkInterfaceRequest struct {
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	InstanceId         string `json:"InstanceId"`
	EcmRegion          string `json:"EcmRegion"`
}

func (e *state) detachNetworkInterface(c *tencentapi.Call, req *detachNetworkInterfaceRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(tencentapi.Require("InstanceId", req.InstanceId),
		checkID("InstanceId", "ein", req.InstanceId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	switch {
	case n.Primary:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is the primary ENI of the instance %s; it cannot be detached.", n.ID, n.InstanceID)
	case n.InstanceID != req.InstanceId:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is not attached to the instance %s.", n.ID, req.InstanceId)
	case n.State != eniAvailable:
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidState", "The ENI %s is %s.", n.ID, n.State)
	}
	e.startENIOp(c, n, eniDetaching, "")
	return nil, nil
}

type migrateNetworkInterfaceRequest struct {
	EcmRegion             string `json:"EcmRegion"`
	NetworkInterfaceId    string `json:"NetworkInterfaceId"`
	SourceInstanceId      string `json:"SourceInstanceId"`
	DestinationInstanceId string `json:"DestinationInstanceId"`
}

func (e *state) migrateNetworkInterface(c *tencentapi.Call, req *migrateNetworkInterfaceRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(tencentapi.Require("SourceInstanceId", req.SourceInstanceId),
		checkID("SourceInstanceId", "ein", req.SourceInstanceId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	dst, aerr := e.findRegionInstance("DestinationInstanceId", req.DestinationInstanceId, req.EcmRegion, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	switch {
	case n.Primary:
		return nil, tencentapi.Errf("UnsupportedOperation.AttachmentNotFound", "The ENI %s is a primary ENI; it cannot move.", n.ID)
	case n.InstanceID != req.SourceInstanceId || n.State != eniAvailable:
		return nil, tencentapi.Errf("UnsupportedOperation.AttachmentNotFound", "The ENI %s is not attached to the instance %s (%s).", n.ID, req.SourceInstanceId, n.State)
	case dst.ID == n.InstanceID:
		return nil, tencentapi.Errf("InvalidParameter", "The ENI %s is already attached to the instance %s.", n.ID, dst.ID)
	}
	if aerr := e.checkTarget(c, n, dst, "InvalidParameter", "InvalidParameter", "InvalidParameter", "InvalidParameter"); aerr != nil {
		return nil, aerr
	}
	e.startENIOp(c, n, eniAttaching, dst.ID)
	return nil, nil
}
