package edgezone

// Public network instances: CreatePublicNetworkInstance, DescribePublicNetworkInstances,
// ModifyPublicNetworkInstance, DeletePublicNetworkInstance (other-apis.md §4a; error tables from the
// SDK's client.go it cites). Choices where the documents are silent:
//
//   - ZoneId is required and must be a zone of the region: ResourceNotFound.ZoneNotFound (the CN
//     SDK's table for CreatePublicNetworkInstance); a missing required parameter (ZoneId, Line,
//     RouteMode, NetworkInstanceId) is MissingParameter (common).
//   - RouteMode static/bgp/ospf in any casing, stored upper case. Line is one of BGP, CT, CU, CM,
//     CTCC, CUCC, CMCC in any casing (the documents show BGP and CT), stored as sent.
//   - NetworkInstanceName and Bandwidth are optional (PublicNetworkInstanceInfo documents both as
//     "may return null": they answer null when not given; an empty name is no name); a name is at
//     most 60 characters, Bandwidth 1 to 100,000 Mbps. InstanceType is standard (the default);
//     custom is "not yet supported" (InvalidParameter). BgpAsNumber (1 to 4294967295) and
//     BgpPassword (at most 80 characters, never stored) are accepted for BGP instances only.
//   - A BGP/OSPF instance takes its ranges from the zone's pools at creation (see the quotas in
//     state.go): the first free aligned range, Gateway its first address after the network
//     address. Ipv4Count/Ipv6Count are then the ranges' sizes; for STATIC the applied addresses.
//   - DescribePublicNetworkInstances: a NetworkInstanceId named explicitly that the account does
//     not have in the region is ResourceNotFound.PublicInstanceNotFound (in its table), not an
//     empty set; NetworkInstanceName matches exactly; a ZoneId outside the region is
//     InvalidParameter; instances come in creation order. Offset/Limit: 0 and 20, at most 100
//     (Limit 0 is the default), else InvalidParameter.
//   - ModifyPublicNetworkInstance changes the name only (the SDK's request has NetworkInstanceId
//     and NetworkInstanceName): the name is required there. It sets UpdatedAt; applying, releasing
//     and binding addresses do not change the instance's UpdatedAt.
//   - DeletePublicNetworkInstance is refused (ResourceInUse.PublicInstanceInUse) while a server is
//     bound to any of its addresses or, for STATIC, while it holds applied addresses; a BGP/OSPF
//     instance's ranges go back to the pool with it.

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

const (
	maxNameLength = 60
	maxBandwidth  = 100_000
	maxBgpAS      = 4294967295
	maxBgpPass    = 80
)

var lines = map[string]bool{"BGP": true, "CT": true, "CU": true, "CM": true, "CTCC": true, "CUCC": true, "CMCC": true}

// rangeSizes are the valid quota values for a BGP/OSPF instance: its range's number of addresses.
var rangeSizes = map[int]bool{64: true, 128: true}

func parseRouteMode(v string) (string, bool) {
	switch m := strings.ToUpper(strings.TrimSpace(v)); m {
	case modeStatic, modeBGP, modeOSPF:
		return m, true
	}
	return "", false
}

func checkName(name string) *tencentapi.Error {
	if n := utf8.RuneCountInString(name); n > maxNameLength {
		return tencentapi.Errf("InvalidParameter", "The parameter NetworkInstanceName has %d characters; at most %d are allowed.", n, maxNameLength)
	}
	return nil
}

func (e *state) createPublicNetworkInstance(c *tencentapi.Call, req *createPublicNetworkInstanceRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(tencentapi.Require("ZoneId", req.ZoneId), tencentapi.Require("Line", req.Line), tencentapi.Require("RouteMode", req.RouteMode)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkZone(c, "ZoneId", req.ZoneId, "ResourceNotFound.ZoneNotFound"); aerr != nil {
		return nil, aerr
	}
	mode, ok := parseRouteMode(req.RouteMode)
	if !ok {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter RouteMode=%q must be static, bgp or ospf.", req.RouteMode)
	}
	if !lines[strings.ToUpper(req.Line)] {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter Line=%q is not a network line of %s (BGP, CT, CU, CM, CTCC, CUCC, CMCC).", req.Line, req.ZoneId)
	}
	var name *string
	if req.NetworkInstanceName != nil && strings.TrimSpace(*req.NetworkInstanceName) != "" {
		if aerr := checkName(*req.NetworkInstanceName); aerr != nil {
			return nil, aerr
		}
		n := *req.NetworkInstanceName
		name = &n
	}
	if b := req.Bandwidth; b != nil && (*b < 1 || *b > maxBandwidth) {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter Bandwidth=%d must be between 1 and %d Mbps.", *b, maxBandwidth)
	}
	if aerr := checkInstanceOptions(req, mode); aerr != nil {
		return nil, aerr
	}
	for _, other := range e.Instances {
		if other.Zone == req.ZoneId && other.Owner == c.SecretID {
			return nil, tencentapi.Errf("FailedOperation.PublicInstanceDuplicate", "A public network instance of this account already exists in %s: %s. A user can only create one public network instance in an availability zone.", req.ZoneId, other.ID)
		}
	}
	var cidrs []*cidrRecord
	if mode != modeStatic {
		var aerr *tencentapi.Error
		if cidrs, aerr = e.dynamicRanges(c, req.ZoneId); aerr != nil {
			return nil, aerr
		}
	}
	inst := &instanceRecord{
		ID: e.newInstanceID(), Region: c.Region, Zone: req.ZoneId, Owner: c.SecretID,
		Name: name, Line: req.Line, RouteMode: mode, Bandwidth: req.Bandwidth,
		InstanceType: "standard", BgpAsNumber: req.BgpAsNumber,
		CIDRs: cidrs, IPs: map[string]*ipRecord{}, Bindings: map[string]string{},
		CreatedAt: c.Now, UpdatedAt: c.Now, Seq: e.nextSeq(),
	}
	for _, r := range cidrs {
		r.UpdatedAt, r.Seq = c.Now, e.nextSeq()
	}
	e.Instances[inst.ID] = inst
	return createPublicNetworkInstanceResponse{NetworkInstanceId: inst.ID}, nil
}

// checkInstanceOptions checks the CN SDK's InstanceType, BgpAsNumber and BgpPassword.
func checkInstanceOptions(req *createPublicNetworkInstanceRequest, mode string) *tencentapi.Error {
	if t := req.InstanceType; t != nil && *t != "" && *t != "standard" {
		if *t == "custom" {
			return tencentapi.Errf("InvalidParameter", "The parameter InstanceType=custom is not yet supported for creation; use standard.")
		}
		return tencentapi.Errf("InvalidParameter", "The parameter InstanceType=%q must be standard or custom.", *t)
	}
	if req.BgpAsNumber != nil || req.BgpPassword != nil {
		if mode != modeBGP {
			return tencentapi.Errf("InvalidParameter", "The parameters BgpAsNumber and BgpPassword apply to RouteMode bgp only, not %s.", strings.ToLower(mode))
		}
	}
	if as := req.BgpAsNumber; as != nil && (*as < 1 || *as > maxBgpAS) {
		return tencentapi.Errf("InvalidParameter", "The parameter BgpAsNumber=%d must be between 1 and %d.", *as, int64(maxBgpAS))
	}
	if p := req.BgpPassword; p != nil && utf8.RuneCountInString(*p) > maxBgpPass {
		return tencentapi.Errf("InvalidParameter", "The parameter BgpPassword is longer than %d characters.", maxBgpPass)
	}
	return nil
}

// dynamicRanges takes a BGP/OSPF instance's ranges from the zone's pools, sized by the quotas.
func (e *state) dynamicRanges(c *tencentapi.Call, zone string) ([]*cidrRecord, *tencentapi.Error) {
	q4, q6 := c.Limits[LimitIPv4PerInstance], c.Limits[LimitIPv6PerInstance]
	if q4 == 0 {
		return nil, tencentapi.Errf("LimitExceeded.QuotaNotConfigured", "BGP/OSPF mode: the account has no IPv4 quota configured in %s.", zone)
	}
	for _, q := range []int{q4, q6} {
		if q != 0 && !rangeSizes[q] {
			return nil, tencentapi.Errf("InvalidParameter.InvalidQuota", "BGP/OSPF mode: the quota value %d is not in the valid range (64 or 128 addresses: a /26 or /25 range).", q)
		}
	}
	var out []*cidrRecord
	for _, want := range []struct {
		typ   string
		quota int
	}{{typeIPv4, q4}, {typeIPv6, q6}} {
		if want.quota == 0 {
			continue
		}
		p, ok := e.allocateRange(zone, want.typ, uint64(want.quota))
		if !ok {
			return nil, tencentapi.Errf("ResourceInsufficient.NoAvailableCidr", "BGP/OSPF mode: no idle %s range of %d addresses is allocatable in %s.", want.typ, want.quota, zone)
		}
		out = append(out, &cidrRecord{Cidr: p.String(), Gateway: nth(p, 1).String(), Type: want.typ})
	}
	return out, nil
}

func (e *state) describePublicNetworkInstances(c *tencentapi.Call, req *describePublicNetworkInstancesRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	offset, limit, aerr := paging(req.Offset, req.Limit)
	if aerr != nil {
		return nil, aerr
	}
	if req.ZoneId != nil && *req.ZoneId != "" {
		if aerr := checkZone(c, "ZoneId", *req.ZoneId, "InvalidParameter"); aerr != nil {
			return nil, aerr
		}
	}
	var candidates []*instanceRecord
	if id := req.NetworkInstanceId; id != nil && *id != "" {
		if aerr := checkInstanceID(*id); aerr != nil {
			return nil, aerr
		}
		inst := e.visible(c, *id)
		if inst == nil {
			return nil, notFound(*id, c.Region)
		}
		candidates = []*instanceRecord{inst}
	} else {
		for _, inst := range e.Instances {
			if inst.Region == c.Region && inst.Owner == c.SecretID {
				candidates = append(candidates, inst)
			}
		}
	}
	var found []*instanceRecord
	for _, inst := range candidates {
		if req.ZoneId != nil && *req.ZoneId != "" && inst.Zone != *req.ZoneId {
			continue
		}
		if n := req.NetworkInstanceName; n != nil && *n != "" && (inst.Name == nil || *inst.Name != *n) {
			continue
		}
		found = append(found, inst)
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Seq < found[j].Seq })
	out := describePublicNetworkInstancesResponse{TotalCount: len(found), PublicNetworkInstanceSet: []publicNetworkInstanceInfo{}}
	for _, inst := range tencentapi.PageOf(found, offset, limit) {
		out.PublicNetworkInstanceSet = append(out.PublicNetworkInstanceSet, inst.info())
	}
	return out, nil
}

// info is the instance as DescribePublicNetworkInstances answers it.
func (inst *instanceRecord) info() publicNetworkInstanceInfo {
	out := publicNetworkInstanceInfo{
		NetworkInstanceId: inst.ID, ZoneId: inst.Zone, NetworkInstanceName: inst.Name, Bandwidth: inst.Bandwidth,
		Line: inst.Line, RouteMode: inst.RouteMode, ServerCount: inst.serverCount(),
		Ipv4Count: inst.countOf(typeIPv4), Ipv6Count: inst.countOf(typeIPv6),
		Ipv4CidrSet: []publicNetworkSegment{}, Ipv6CidrSet: []publicNetworkSegment{},
		CreatedAt: formatTime(inst.CreatedAt), UpdatedAt: formatTime(inst.UpdatedAt),
	}
	for _, r := range inst.CIDRs {
		seg := publicNetworkSegment{Cidr: r.Cidr, Gateway: r.Gateway}
		if r.Type == typeIPv4 {
			out.Ipv4CidrSet = append(out.Ipv4CidrSet, seg)
		} else {
			out.Ipv6CidrSet = append(out.Ipv6CidrSet, seg)
		}
	}
	return out
}

func notFound(id, region string) *tencentapi.Error {
	return tencentapi.Errf("ResourceNotFound.PublicInstanceNotFound", "The public network instance %s does not exist in %s.", id, region)
}

func (e *state) modifyPublicNetworkInstance(c *tencentapi.Call, req *modifyPublicNetworkInstanceRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if aerr := checkInstanceID(req.NetworkInstanceId); aerr != nil {
		return nil, aerr
	}
	if req.NetworkInstanceName == nil || strings.TrimSpace(*req.NetworkInstanceName) == "" {
		return nil, tencentapi.Errf("MissingParameter", "The parameter NetworkInstanceName is required: it is what ModifyPublicNetworkInstance changes.")
	}
	if aerr := checkName(*req.NetworkInstanceName); aerr != nil {
		return nil, aerr
	}
	inst := e.visible(c, req.NetworkInstanceId)
	if inst == nil {
		return nil, notFound(req.NetworkInstanceId, c.Region)
	}
	name := *req.NetworkInstanceName
	inst.Name, inst.UpdatedAt = &name, c.Now
	return nil, nil
}

func (e *state) deletePublicNetworkInstance(c *tencentapi.Call, req *deletePublicNetworkInstanceRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if aerr := checkInstanceID(req.NetworkInstanceId); aerr != nil {
		return nil, aerr
	}
	inst := e.visible(c, req.NetworkInstanceId)
	if inst == nil {
		return nil, notFound(req.NetworkInstanceId, c.Region)
	}
	if servers, ips := inst.serverCount(), len(inst.IPs); servers > 0 || ips > 0 {
		return nil, tencentapi.Errf("ResourceInUse.PublicInstanceInUse", "The instance %s still has %d bound servers and %d applied IPs. Release all physical machines or IPs first.", inst.ID, servers, ips)
	}
	delete(e.Instances, inst.ID)
	return nil, nil
}
