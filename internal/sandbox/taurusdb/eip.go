package taurusdb

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// ShowInstanceEip (seed 004): GET /v3/{project_id}/instances/{instance_id}/eip.
//
// Every documented field is answered, always (one shape). Choices where the
// seed is silent or inconsistent:
//
//   - NO EIP BOUND: 200 with can_enable_public_access, every string field ""
//     (id, public_ip_address, status, ...), bandwidth_size 0 and profile {}.
//     An empty id means "no EIP" (the shape other-apis.md §5 suggests); status
//     "DOWN" would describe an EIP, and there is none.
//   - bandwidth_size is a JSON number (the seed's example; its table says
//     String).
//   - While a bind job runs the EIP shows BINDING with empty port_id and
//     private_ip_address; bound, ACTIVE with the instance's port and private IP;
//     while an unbind job runs, PENDING_UPDATE (the seed has no unbinding
//     status) with port and private IP still shown.
//   - can_enable_public_access is true when the instance's status is ACTIVE
//     (the status bind takes).
//   - tenant_id is the project ID (the sandbox has no separate tenant);
//     create_time is when the EIP fixture was made, UTC "yyyy-mm-dd hh:mm:ss"
//     (the example's form); profile is {} (fixture EIPs are pay-per-use: "if
//     profile is not empty, the EIP is billed on a yearly/monthly basis").
//   - X-Language is not read: messages are English.

const createTimeLayout = "2006-01-02 15:04:05"

type eipView struct {
	CanEnablePublicAccess bool              `json:"can_enable_public_access"`
	ID                    string            `json:"id"`
	Type                  string            `json:"type"`
	PortID                string            `json:"port_id"`
	PublicIPAddress       string            `json:"public_ip_address"`
	PrivateIPAddress      string            `json:"private_ip_address"`
	Status                string            `json:"status"`
	TenantID              string            `json:"tenant_id"`
	CreateTime            string            `json:"create_time"`
	BandwidthID           string            `json:"bandwidth_id"`
	BandwidthName         string            `json:"bandwidth_name"`
	BandwidthSize         int               `json:"bandwidth_size"`
	BandwidthShareType    string            `json:"bandwidth_share_type"`
	Profile               map[string]string `json:"profile"`
}

// pathInstance checks the path's project_id and instance_id and finds the instance.
func (s *state) pathInstance(c *huaweiapi.Call) (*project, *instanceRecord, *huaweiapi.Error) {
	projectID, instanceID := c.Param("project_id"), c.Param("instance_id")
	if aerr := checkProjectID(projectID); aerr != nil {
		return nil, nil, aerr
	}
	if aerr := checkInstanceID(instanceID); aerr != nil {
		return nil, nil, aerr
	}
	p, ins := s.instance(projectID, instanceID)
	if ins == nil {
		return nil, nil, errf(codeNoInstance, "The DB instance %s does not exist in project %s.", instanceID, projectID)
	}
	return p, ins, nil
}

// showInstanceEip is ShowInstanceEip.
func (s *state) showInstanceEip(c *huaweiapi.Call) (any, *huaweiapi.Error) {
	p, ins, aerr := s.pathInstance(c)
	if aerr != nil {
		return nil, aerr
	}
	v := eipView{CanEnablePublicAccess: ins.Status == instanceActive, Profile: map[string]string{}}
	e := p.EIPs[ins.EIP]
	if e == nil || e.Instance != ins.ID {
		return v, nil
	}
	v.ID, v.Type, v.PublicIPAddress, v.Status = e.ID, e.Type, e.Address, e.Status
	v.TenantID, v.CreateTime = p.ID, e.Created.UTC().Format(createTimeLayout)
	v.BandwidthID, v.BandwidthName, v.BandwidthSize, v.BandwidthShareType = e.BandwidthID, e.BandwidthName, e.BandwidthSize, e.ShareType
	if e.Status != eipBinding {
		v.PortID, v.PrivateIPAddress = ins.PortID, ins.PrivateIP
	}
	return v, nil
}
