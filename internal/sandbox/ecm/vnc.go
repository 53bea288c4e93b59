package ecm

import (
	"crypto/rand"
	"encoding/hex"
	"net/url"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeInstanceVncUrl (seed 003, L9808-L9941). Choices where the
// document is silent:
//   - InstanceId missing or empty: MissingParameter.MissingInstancesParameter;
//     malformed: InvalidParameterValue (common; the table has no Malformed
//     code); well-formed but unknown: ResourceNotFound.
//   - Only a RUNNING instance has a console. An instance in an operation
//     (PENDING, STARTING, STOPPING, REBOOTING, TERMINATING) is
//     OperationDenied.InstanceOperationInProgress; STOPPED or LAUNCH_FAILED is
//     UnsupportedOperation.InvalidInstanceState.
//   - The URL is wss://ecm-vnc.sandbox.invalid/vnc?s=<token> (a reserved,
//     never-resolving host: nothing dials it) with a fresh 128-bit random
//     token per call, percent-encoded as a whole as the example writes it
//     ("wss%3A%2F%2F..."). "Short-lived" is not enforced: the sandbox serves
//     no console, so the token is never checked.

const vncURLPrefix = "wss://ecm-vnc.sandbox.invalid/vnc?s="

type describeInstanceVncUrlRequest struct {
	InstanceId string `json:"InstanceId"`
}

func (e *state) describeInstanceVncUrl(_ *tencentapi.Call, req *describeInstanceVncUrlRequest) (any, *tencentapi.Error) {
	if req.InstanceId == "" {
		return nil, tencentapi.Errf("MissingParameter.MissingInstancesParameter", "The parameter InstanceId is required.")
	}
	if aerr := checkID("InstanceId", kindInstance, req.InstanceId, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	ins, ok := e.Instances[req.InstanceId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The instance %s does not exist.", req.InstanceId)
	}
	if ins.operating() {
		return nil, tencentapi.Errf("OperationDenied.InstanceOperationInProgress", "The instance %s is %s: %s is in progress.", ins.ID, ins.State, ins.LastOp)
	}
	if ins.State != insRunning {
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidInstanceState", "The instance %s is %s; only a RUNNING instance has a VNC console.", ins.ID, ins.State)
	}
	return struct {
		InstanceVncUrl string `json:"InstanceVncUrl"`
	}{url.QueryEscape(vncURLPrefix + vncToken())}, nil
}

// vncToken is 16 random bytes, hex-encoded.
func vncToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.20 panics instead)
	return hex.EncodeToString(b[:])
}
