package ecm

import (
	"sort"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// AssociateSecurityGroups (L10076) and DisassociateSecurityGroups (L9942):
// one security group bound to or unbound from instances (global: no
// EcmRegion). DescribeSecurityGroupAssociationStatistics counts the result
// (securitygroup.go).
//
// Choices where the document is silent:
//   - "You can bind only one security group": more than one is
//     InvalidParameterValue.LimitExceeded (Associate) or InvalidParameter
//     (Disassociate); none is MissingParameter. A malformed or unknown group
//     is InvalidParameterValue (Associate) or InvalidParameter (Disassociate).
//   - Instances: 1..100 (InvalidParameterValue.LimitExceeded for more); a
//     malformed or unknown one is InvalidParameterValue.InvalidInstanceID.
//   - An instance already holding 5 groups cannot take another
//     (LimitExceeded.SecurityGroupInstanceLimitExceeded, the limit
//     ModifyInstancesAttribute documents). Binding a group an instance has,
//     or unbinding one it does not have, changes nothing and succeeds, so
//     both calls are idempotent. A new group goes last (lowest priority);
//     unbinding an instance's last group is allowed.

type securityGroupsInstancesRequest struct {
	SecurityGroupIds []string `json:"SecurityGroupIds"`
	InstanceIds      []string `json:"InstanceIds"`
}

func (e *state) sgAssocTargets(req *securityGroupsInstancesRequest, tooMany, badGroup string) (string, []*instanceRecord, *tencentapi.Error) {
	switch {
	case len(req.SecurityGroupIds) == 0:
		return "", nil, tencentapi.Errf("MissingParameter", "The parameter SecurityGroupIds is required.")
	case len(req.SecurityGroupIds) > 1:
		return "", nil, tencentapi.Errf(tooMany, "Only one security group per call; got %d.", len(req.SecurityGroupIds))
	case len(req.InstanceIds) == 0:
		return "", nil, tencentapi.Errf("MissingParameter", "The parameter InstanceIds is required.")
	case len(req.InstanceIds) > maxInstancesPerCall:
		return "", nil, tencentapi.Errf(tooMany, "At most %d InstanceIds per call; got %d.", maxInstancesPerCall, len(req.InstanceIds))
	}
	sg := req.SecurityGroupIds[0]
	if aerr := checkID("SecurityGroupIds.0", "esg", sg, badGroup); aerr != nil {
		return "", nil, aerr
	}
	if _, ok := e.SecurityGroups[sg]; !ok {
		return "", nil, tencentapi.Errf(badGroup, "The security group %s does not exist.", sg)
	}
	var list []*instanceRecord
	for k, id := range dedupeStrings(req.InstanceIds) {
		if aerr := checkID("InstanceIds."+itoa(k), "ein", id, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
			return "", nil, aerr
		}
		ins, ok := e.Instances[id]
		if !ok {
			return "", nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceID", "The instance %s does not exist.", id)
		}
		list = append(list, ins)
	}
	return sg, list, nil
}

func (e *state) associateSecurityGroups(c *tencentapi.Call, req *securityGroupsInstancesRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	sg, list, aerr := e.sgAssocTargets(req, "InvalidParameterValue.LimitExceeded", "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	for _, ins := range list {
		if !tencentapi.AnyEqual(sg, ins.SecurityGroups) && len(ins.SecurityGroups) >= maxInstanceSGs {
			return nil, tencentapi.Errf("LimitExceeded.SecurityGroupInstanceLimitExceeded", "The instance %s already has %d security groups.", ins.ID, maxInstanceSGs)
		}
	}
	for _, ins := range list {
		if !tencentapi.AnyEqual(sg, ins.SecurityGroups) {
			e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
			ins.SecurityGroups = append(ins.SecurityGroups, sg)
		}
	}
	return nil, nil
}

func (e *state) disassociateSecurityGroups(c *tencentapi.Call, req *securityGroupsInstancesRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	sg, list, aerr := e.sgAssocTargets(req, "InvalidParameter", "InvalidParameter")
	if aerr != nil {
		return nil, aerr
	}
	for _, ins := range list {
		kept := ins.SecurityGroups[:0:0]
		for _, g := range ins.SecurityGroups {
			if g != sg {
				kept = append(kept, g)
			}
		}
		if len(kept) != len(ins.SecurityGroups) {
			e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
			ins.SecurityGroups = kept
		}
	}
	return nil, nil
}

// sgENIs are the ENIs (not primary ones) bound to a security group, sorted.
func (e *state) sgENIs(sg string) []string {
	var out []string
	for _, n := range e.ENIs {
		if !n.Primary && tencentapi.AnyEqual(sg, n.Groups) {
			out = append(out, n.ID)
		}
	}
	sort.Strings(out)
	return out
}
