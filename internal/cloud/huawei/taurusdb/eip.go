package taurusdb

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
)

// InstanceEip is ShowInstanceEip's answer (seed 004, table 3), field for field.
//
// "No EIP bound" is not documented: the seed does not say what the operation answers for an
// instance without one. This client's choice: an answer whose id and public_ip_address are both
// empty (including {} or only can_enable_public_access) means no EIP is bound (Bound() false);
// the sandbox answers that way. An instance that does not exist is an error (DBS.280238), which
// FindInstanceEip turns into a huawei.NotFoundError.
type InstanceEip struct {
	CanEnablePublicAccess bool    `json:"can_enable_public_access"`
	ID                    string  `json:"id"` // the EIP's ID
	Type                  string  `json:"type"`
	PortID                string  `json:"port_id"`
	PublicIPAddress       string  `json:"public_ip_address"`
	PrivateIPAddress      string  `json:"private_ip_address"`
	Status                string  `json:"status"`
	TenantID              string  `json:"tenant_id"`
	CreateTime            string  `json:"create_time"`
	BandwidthID           string  `json:"bandwidth_id"`
	BandwidthName         string  `json:"bandwidth_name"`
	BandwidthSize         FlexInt `json:"bandwidth_size"`
	BandwidthShareType    string  `json:"bandwidth_share_type"`
	// Profile is documented as an Object ("additional parameters, including the order ID and
	// product ID"; non-empty means yearly/monthly billing) without its fields: kept as JSON.
	Profile map[string]json.RawMessage `json:"profile"`
}

// EIP statuses of the seed's enumeration that the provider acts on.
const (
	EipStatusActive = "ACTIVE" // "The EIP has been bound."
	EipStatusDown   = "DOWN"   // "The EIP has not been bound."
)

// Bound reports whether the answer shows an EIP (see InstanceEip).
func (e *InstanceEip) Bound() bool { return e.ID != "" || e.PublicIPAddress != "" }

// ProfileStrings is the profile with every value as a string: JSON strings as they are, anything
// else (numbers, objects) as its JSON text.
func (e *InstanceEip) ProfileStrings() map[string]string {
	out := make(map[string]string, len(e.Profile))
	for k, raw := range e.Profile {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			out[k] = s
			continue
		}
		out[k] = string(raw)
	}
	return out
}

// InstanceIDPattern is what a TaurusDB instance ID looks like: "The value contains 36 characters
// with a suffix of in07. Only letters and digits are allowed." (seed 004); real IDs, and the
// seed's example 12a49c2dc32648df8dd25e2976f70180in07, are 32 lower-case hex digits then in07.
// Lower-case letters and digits are accepted before the suffix.
var InstanceIDPattern = regexp.MustCompile(`^[a-z0-9]{32}in07$`)

// KindInstance names an instance in messages.
const KindInstance = "TaurusDB instance"

const eipPath = "/v3/{project_id}/instances/{instance_id}/eip"

// ShowInstanceEip reads the EIP bound to an instance (GET /v3/{project_id}/instances/{instance_id}/eip).
func (c *Client) ShowInstanceEip(ctx context.Context, scope Scope, instanceID string) (*InstanceEip, error) {
	return read[InstanceEip](ctx, c, scope, OpShowInstanceEip, eipPath, map[string]string{"instance_id": instanceID}, nil)
}

// FindInstanceEip is the finder: the instance's EIP answer (Bound() false when it has none), or a
// huawei.NotFoundError when the instance does not exist.
func (c *Client) FindInstanceEip(ctx context.Context, scope Scope, instanceID string) (*InstanceEip, error) {
	e, err := c.ShowInstanceEip(ctx, scope, instanceID)
	if IsInstanceGone(err) {
		return nil, &huawei.NotFoundError{Kind: KindInstance, ID: instanceID, Err: err}
	}
	return e, err
}

// IsInstanceGone reports the answers meaning that the instance does not exist: DBS.280238 (the
// code the Huawei provider reads as "instance gone"), or a 404 of the service (not of the gateway,
// whose 404 APIGW.0101 means a wrong route, not a missing instance).
func IsInstanceGone(err error) bool {
	if huawei.HasCode(err, "DBS.280238") {
		return true
	}
	code := huawei.ErrorCode(err)
	return huawei.Status(err) == http.StatusNotFound && !strings.HasPrefix(code, "APIG")
}

// BindEipRequest is UpdateGaussMySqlInstanceEip's body: the EIP's address and ID, both required.
type BindEipRequest struct {
	PublicIP   string `json:"public_ip"`
	PublicIPID string `json:"public_ip_id"`
}

// JobResponse is the answer of the operations that start a job.
type JobResponse struct {
	JobID string `json:"job_id"`
}

// BindEip binds an EIP to an instance (PUT /v3/{project_id}/instances/{instance_id}/public-ips/bind)
// and returns the job doing it. A busy instance is retried by the request path.
func (c *Client) BindEip(ctx context.Context, scope Scope, instanceID string, req BindEipRequest) (string, error) {
	out, err := do[JobResponse](ctx, c, scope, OpBindEip, http.MethodPut, "/v3/{project_id}/instances/{instance_id}/public-ips/bind",
		map[string]string{"instance_id": instanceID}, nil, req)
	return jobID(out, err, OpBindEip)
}

// UnbindEip unbinds the instance's EIP (PUT /v3/{project_id}/instances/{instance_id}/public-ips/unbind,
// no body) and returns the job doing it.
func (c *Client) UnbindEip(ctx context.Context, scope Scope, instanceID string) (string, error) {
	out, err := do[JobResponse](ctx, c, scope, OpUnbindEip, http.MethodPut, "/v3/{project_id}/instances/{instance_id}/public-ips/unbind",
		map[string]string{"instance_id": instanceID}, nil, nil)
	return jobID(out, err, OpUnbindEip)
}

func jobID(out *JobResponse, err error, op string) (string, error) {
	if err != nil {
		return "", err
	}
	if out.JobID == "" {
		return "", fmt.Errorf("taurusdb:%s answered without a job_id", op)
	}
	return out.JobID, nil
}
