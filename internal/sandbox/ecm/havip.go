package ecm

import (
	"net/netip"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM HAVIPs (catalog §2.11): CreateHaVip (L26031), DescribeHaVips (L25666),
// ModifyHaVipAttribute (L25529), DeleteHaVip (L25900). Only DescribeHaVips
// takes an (optional) EcmRegion: an HAVIP lives in its VPC's region.
//
// Choices where the document is silent:
//   - The VIP is a private address of the subnet, held like an instance's
//     (AvailableIpAddressCount counts it; the subnet cannot be deleted while
//     an HAVIP holds one). Without Vip the lowest free address is taken.
//   - No action binds an HAVIP (catalog §2.11), so every HAVIP stays UNBIND
//     with empty NetworkInterfaceId, InstanceId, AddressIp and Business;
//     DeleteHaVip would refuse a bound one with UnsupportedOperation.
//   - Quota: 10 HAVIPs per VPC (ecm.havips_per_vpc), Tencent Cloud VPC's
//     usual figure. HaVipName: at most 60 characters (ModifyHaVipAttribute's
//     rule, applied to CreateHaVip too).
//   - Codes: a Vip outside the subnet is InvalidParameterValue.ObjectNotCurrentSubnet,
//     one already held InvalidParameterValue.Duplicate, a full subnet
//     ResourceInsufficient, a subnet of another VPC InvalidParameterValue;
//     DescribeHaVips answers bad paging with InvalidParameterValue.InvaildPageParam
//     (sic) and more than 100 IDs or filter values with InvalidParameterValue.

const (
	haVipStateUnbind = "UNBIND"
	maxHaVipName     = 60
)

type haVipRecord struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Vip      string    `json:"vip"`
	VpcID    string    `json:"vpc_id"`
	SubnetID string    `json:"subnet_id"`
	Created  time.Time `json:"created"`
	Seq      int64     `json:"seq"`
}

// haVipInfo is HaVip (L31697).
type haVipInfo struct {
	HaVipId            string `json:"HaVipId"`
	HaVipName          string `json:"HaVipName"`
	Vip                string `json:"Vip"`
	VpcId              string `json:"VpcId"`
	SubnetId           string `json:"SubnetId"`
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	InstanceId         string `json:"InstanceId"`
	AddressIp          string `json:"AddressIp"`
	State              string `json:"State"`
	CreatedTime        string `json:"CreatedTime"`
	Business           string `json:"Business"`
}

func (h *haVipRecord) info() haVipInfo {
	return haVipInfo{HaVipId: h.ID, HaVipName: h.Name, Vip: h.Vip, VpcId: h.VpcID, SubnetId: h.SubnetID, State: haVipStateUnbind, CreatedTime: tcTime(h.Created)}
}

// holdIP records that owner holds ip in the subnet.
func (e *state) holdIP(subnetID, ip, owner string) {
	if e.subnetIPs[subnetID] == nil {
		e.subnetIPs[subnetID] = map[string]string{}
	}
	e.subnetIPs[subnetID][ip] = owner
}

func (e *state) releaseIP(subnetID, ip string) {
	if m := e.subnetIPs[subnetID]; m != nil {
		delete(m, ip)
		if len(m) == 0 {
			delete(e.subnetIPs, subnetID)
		}
	}
}

func checkHaVipName(name string) *tencentapi.Error {
	if aerr := tencentapi.Require("HaVipName", name); aerr != nil {
		return aerr
	}
	if n := utf8.RuneCountInString(name); n > maxHaVipName {
		return tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter HaVipName is %d characters long; at most %d are allowed.", n, maxHaVipName)
	}
	return nil
}

type createHaVipRequest struct {
	VpcId     string  `json:"VpcId"`
	SubnetId  string  `json:"SubnetId"`
	HaVipName string  `json:"HaVipName"`
	Vip       *string `json:"Vip"`
}

func (e *state) createHaVip(c *tencentapi.Call, req *createHaVipRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcId", req.VpcId), tencentapi.Require("SubnetId", req.SubnetId), checkHaVipName(req.HaVipName),
		checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"), checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	regionName, ok := e.lookup(req.VpcId, kindVPC, "")
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist.", req.VpcId)
	}
	r := e.Regions[regionName]
	s, ok := r.Subnets[req.SubnetId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the VPC's region %s.", req.SubnetId, regionName)
	}
	if s.VpcID != req.VpcId {
		return nil, tencentapi.Errf("InvalidParameterValue", "The subnet %s belongs to the VPC %s, not %s.", s.ID, s.VpcID, req.VpcId)
	}
	n := 0
	for _, h := range r.HaVips {
		if h.VpcID == req.VpcId {
			n++
		}
	}
	if quota := limit(c, LimitHaVipsPerVPC); n >= quota {
		return nil, tencentapi.Errf("LimitExceeded", "The quota of %d HAVIPs per VPC is used up in %s.", quota, req.VpcId)
	}
	var vip string
	if req.Vip != nil && *req.Vip != "" {
		a, err := netip.ParseAddr(*req.Vip)
		if err != nil || !a.Is4() {
			return nil, tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter Vip=%q is not an IPv4 address.", *req.Vip)
		}
		first, last, ok := subnetHosts(s.CIDR)
		v, _ := ipU32(a.String())
		if !ok || v < first || v > last {
			return nil, tencentapi.Errf("InvalidParameterValue.ObjectNotCurrentSubnet", "The Vip %s is not a usable address of the subnet %s (%s).", a, s.ID, s.CIDR)
		}
		if owner, used := e.subnetIPs[s.ID][a.String()]; used {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The Vip %s is already used by %s.", a, owner)
		}
		vip = a.String()
	} else {
		free, ok := e.freePrivateIP(s, nil)
		if !ok {
			return nil, tencentapi.Errf("ResourceInsufficient", "The subnet %s has no free address for an HAVIP.", s.ID)
		}
		vip = free
	}
	h := &haVipRecord{
		ID:       e.newID("havip", kindHaVip, regionName),
		Name:     req.HaVipName,
		Vip:      vip,
		VpcID:    req.VpcId,
		SubnetID: s.ID,
		Created:  c.Now,
		Seq:      e.nextSeq(),
	}
	r.HaVips[h.ID] = h
	e.holdIP(s.ID, vip, h.ID)
	return struct {
		HaVip haVipInfo `json:"HaVip"`
	}{h.info()}, nil
}

type describeHaVipsRequest struct {
	HaVipIds  []string            `json:"HaVipIds"`
	Filters   []tencentapi.Filter `json:"Filters"`
	Offset    *int64              `json:"Offset"`
	Limit     *int64              `json:"Limit"`
	EcmRegion string              `json:"EcmRegion"`
}

var haVipFilters = tencentapi.FilterSet[*haVipRecord]{
	Defs: map[string]tencentapi.FilterDef[*haVipRecord]{
		"havip-id":   {Match: func(h *haVipRecord, vals []string) bool { return tencentapi.AnyEqual(h.ID, vals) }},
		"havip-name": {Match: func(h *haVipRecord, vals []string) bool { return tencentapi.AnyContains(h.Name, vals) }},
		"vpc-id":     {Match: func(h *haVipRecord, vals []string) bool { return tencentapi.AnyEqual(h.VpcID, vals) }},
		"subnet-id":  {Match: func(h *haVipRecord, vals []string) bool { return tencentapi.AnyEqual(h.SubnetID, vals) }},
	},
	MaxValues: 100,
	LimitCode: "InvalidParameterValue",
}

func (e *state) describeHaVips(c *tencentapi.Call, req *describeHaVipsRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[*haVipRecord]{
		Scope: tencentapi.FirstErr(e.checkOptionalRegion(c, req.EcmRegion),
			checkIDs("HaVipIds", "havip", req.HaVipIds, "InvalidParameterValue.Malformed")),
		IDsParam: "HaVipIds", IDs: req.HaVipIds, TooManyIDs: "InvalidParameterValue",
		Filters: req.Filters, FilterSet: haVipFilters,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue.InvaildPageParam",
		Seq: func(h *haVipRecord) int64 { return h.Seq },
		Candidates: func(ids []string) []*haVipRecord {
			var out []*haVipRecord
			if ids != nil {
				for _, id := range ids {
					if h, ok := e.findHaVip(id, req.EcmRegion); ok {
						out = append(out, h)
					}
				}
				return out
			}
			for _, name := range e.regionNames(req.EcmRegion) {
				for _, h := range e.peekRegion(name).HaVips {
					out = append(out, h)
				}
			}
			return out
		},
	}.Run()
	if aerr != nil {
		return nil, aerr
	}
	set := []haVipInfo{}
	for _, h := range page {
		set = append(set, h.info())
	}
	return struct {
		TotalCount int         `json:"TotalCount"`
		HaVipSet   []haVipInfo `json:"HaVipSet"`
	}{total, set}, nil
}

// findHaVip finds an HAVIP by ID (in scope, or any region when scope is "").
func (e *state) findHaVip(id, scope string) (*haVipRecord, bool) {
	name, ok := e.lookup(id, kindHaVip, scope)
	if !ok || e.Regions[name] == nil {
		return nil, false
	}
	h, ok := e.Regions[name].HaVips[id]
	return h, ok
}

func (e *state) haVipRequired(id string) (*haVipRecord, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("HaVipId", id), checkID("HaVipId", "havip", id, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	h, ok := e.findHaVip(id, "")
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The HAVIP %s does not exist.", id)
	}
	return h, nil
}

type modifyHaVipAttributeRequest struct {
	HaVipId   string `json:"HaVipId"`
	HaVipName string `json:"HaVipName"`
}

func (e *state) modifyHaVipAttribute(_ *tencentapi.Call, req *modifyHaVipAttributeRequest) (any, *tencentapi.Error) {
	if aerr := checkHaVipName(req.HaVipName); aerr != nil {
		return nil, aerr
	}
	h, aerr := e.haVipRequired(req.HaVipId)
	if aerr != nil {
		return nil, aerr
	}
	h.Name = req.HaVipName
	return nil, nil
}

type deleteHaVipRequest struct {
	HaVipId string `json:"HaVipId"`
}

func (e *state) deleteHaVip(_ *tencentapi.Call, req *deleteHaVipRequest) (any, *tencentapi.Error) {
	h, aerr := e.haVipRequired(req.HaVipId)
	if aerr != nil {
		return nil, aerr
	}
	if st := h.info().State; st != haVipStateUnbind {
		return nil, tencentapi.Errf("UnsupportedOperation", "The HAVIP %s is bound (%s); unbind it first.", h.ID, st)
	}
	region := e.ids[h.ID].region
	e.releaseIP(h.SubnetID, h.Vip)
	delete(e.Regions[region].HaVips, h.ID)
	delete(e.ids, h.ID)
	return nil, nil
}

// ModifyDefaultSubnet (L16086-L16220): the zone's default subnet, the one
// DescribeDefaultSubnet answers and CreateSubnet replaces.
//
// Choices: the subnet must be in the VPC and in the zone, else
// InvalidParameterValue (common; the table has no fitting code); a zone that
// is not the region's is InvalidParameterValue too (no InvalidZone in the table).

type modifyDefaultSubnetRequest struct {
	EcmRegion string `json:"EcmRegion"`
	Zone      string `json:"Zone"`
	VpcId     string `json:"VpcId"`
	SubnetId  string `json:"SubnetId"`
}

func (e *state) modifyDefaultSubnet(c *tencentapi.Call, req *modifyDefaultSubnetRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("Zone", req.Zone), tencentapi.Require("VpcId", req.VpcId),
		tencentapi.Require("SubnetId", req.SubnetId)); aerr != nil {
		return nil, aerr
	}
	if aerr := e.checkZone(req.EcmRegion, req.Zone); aerr != nil {
		return nil, tencentapi.Errf("InvalidParameterValue", "%s", aerr.Message)
	}
	if aerr := tencentapi.FirstErr(checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"),
		checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	if _, ok := r.VPCs[req.VpcId]; !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	s, ok := r.Subnets[req.SubnetId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
	if s.VpcID != req.VpcId || s.Zone != req.Zone {
		return nil, tencentapi.Errf("InvalidParameterValue", "The subnet %s is in the VPC %s and the zone %s; it cannot be the default subnet of %s in the VPC %s.", s.ID, s.VpcID, s.Zone, req.Zone, req.VpcId)
	}
	r.DefaultSubnets[req.Zone] = s.ID
	return nil, nil
}
