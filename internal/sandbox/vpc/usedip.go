package vpc

import (
	"net/netip"
	"slices"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeUsedIpAddress (seed 000): which addresses of a VPC or subnet are occupied, and by what.
// An occupied address is one an ENI holds, primary or secondary, in any state (PENDING, AVAILABLE,
// DELETING): ResourceType "ENI" (the only type the documents show) and ResourceId the ENI's ID. A
// free address is absent ("If the IP is not used, it returns null"); so are the subnet's reserved
// addresses, which no resource holds (pool.go).
//
// Codes: InvalidParameterValue.Malformed (an ID or address that is not one, a parameter of the
// wrong JSON type) and InvalidParameterValue.ParameterMismatch (a subnet of another VPC, an address
// outside the VPC or subnet: "The IPs must be within the VPC or subnet") from the seed's table;
// common codes for the rest: MissingParameter (VpcId), ResourceNotFound (no such VPC or subnet in
// the region), InvalidParameterValue (more than 100 IpAddresses, Offset or Limit out of range; the
// table has no closer code).
//
// Sandbox choices: the answer is in ascending address order (TotalCount counts all occupied
// matches, the page is Offset/Limit of them); an address given twice is answered once; Limit 0 is
// the default 20, as ECM's lists.

const maxQueriedIPs = 100

type describeUsedIpAddressRequest struct {
	VpcId       string   `json:"VpcId"`
	SubnetId    string   `json:"SubnetId"`
	IpAddresses []string `json:"IpAddresses"`
	Offset      *int64   `json:"Offset"`
	Limit       *int64   `json:"Limit"`
}

type ipAddressState struct {
	VpcId        string `json:"VpcId"`
	SubnetId     string `json:"SubnetId"`
	IpAddress    string `json:"IpAddress"`
	ResourceType string `json:"ResourceType"`
	ResourceId   string `json:"ResourceId"`
}

type describeUsedIpAddressResponse struct {
	IpAddressStates []ipAddressState `json:"IpAddressStates"`
	TotalCount      int              `json:"TotalCount"`
}

const resourceTypeENI = "ENI"

func (s *state) describeUsedIpAddress(c *tencentapi.Call, req *describeUsedIpAddressRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(s.checkRegion(c), tencentapi.Require("VpcId", req.VpcId), checkID("VpcId", "vpc", req.VpcId)); aerr != nil {
		return nil, aerr
	}
	if req.SubnetId != "" {
		if aerr := checkID("SubnetId", "subnet", req.SubnetId); aerr != nil {
			return nil, aerr
		}
	}
	if len(req.IpAddresses) > maxQueriedIPs {
		return nil, tencentapi.Errf("InvalidParameterValue", "At most %d IpAddresses may be queried per call; got %d.", maxQueriedIPs, len(req.IpAddresses))
	}
	offset, limit, aerr := tencentapi.CheckPaging(tencentapi.Int64Or(req.Offset, 0), tencentapi.Int64Or(req.Limit, 0), "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	queried := make([]netip.Addr, 0, len(req.IpAddresses))
	for i, v := range req.IpAddresses {
		a, aerr := parseIPv4("IpAddresses."+strconv.Itoa(i), v)
		if aerr != nil {
			return nil, aerr
		}
		queried = append(queried, a)
	}
	v, ok := s.VPCs[req.VpcId]
	if !ok || v.Region != c.Region {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the region %s.", req.VpcId, c.Region)
	}
	scope, where := s.subnetsOf(v.ID), netip.MustParsePrefix(v.CIDR)
	if req.SubnetId != "" {
		sn, ok := s.Subnets[req.SubnetId]
		if !ok || sn.Region != c.Region {
			return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the region %s.", req.SubnetId, c.Region)
		}
		if sn.VpcID != v.ID {
			return nil, tencentapi.Errf("InvalidParameterValue.ParameterMismatch", "The subnet %s belongs to the VPC %s, not to %s.", sn.ID, sn.VpcID, v.ID)
		}
		scope, where = []*subnetRecord{sn}, netip.MustParsePrefix(sn.CIDR)
	}
	for i, a := range queried {
		if !where.Contains(a) {
			return nil, tencentapi.Errf("InvalidParameterValue.ParameterMismatch", "The parameter IpAddresses.%d=%s is not within %s: the IPs must be within the VPC or subnet.", i, a, where)
		}
	}
	found := s.occupied(v.ID, scope, queried)
	return describeUsedIpAddressResponse{IpAddressStates: tencentapi.PageOf(found, offset, limit), TotalCount: len(found)}, nil
}

// occupied lists the held addresses of the subnets in scope, in ascending order: the queried ones,
// or all when none is queried.
func (s *state) occupied(vpcID string, scope []*subnetRecord, queried []netip.Addr) []ipAddressState {
	type hit struct {
		v     uint32
		state ipAddressState
	}
	var hits []hit
	seen := map[uint32]bool{}
	add := func(sn *subnetRecord, v uint32, eni string) {
		if !seen[v] {
			seen[v] = true
			hits = append(hits, hit{v, ipAddressState{VpcId: vpcID, SubnetId: sn.ID, IpAddress: addr(v).String(), ResourceType: resourceTypeENI, ResourceId: eni}})
		}
	}
	for _, sn := range scope {
		p := s.pools[sn.ID]
		if len(queried) == 0 {
			for _, v := range p.addresses() {
				add(sn, v, p.used[v])
			}
			continue
		}
		for _, a := range queried {
			if eni, held := p.holder(a); held {
				add(sn, u32(a), eni)
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		switch {
		case a.v < b.v:
			return -1
		case a.v > b.v:
			return 1
		}
		return 0
	})
	out := make([]ipAddressState, len(hits))
	for i, h := range hits {
		out[i] = h.state
	}
	return out
}

// subnetsOf returns the VPC's subnets in creation order.
func (s *state) subnetsOf(vpcID string) []*subnetRecord {
	ids := s.vpcSubnets[vpcID]
	out := make([]*subnetRecord, 0, len(ids))
	for _, id := range ids {
		out = append(out, s.Subnets[id])
	}
	return out
}
