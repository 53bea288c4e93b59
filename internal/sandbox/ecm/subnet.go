package ecm

import (
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM subnet actions: CreateSubnet (L15328), DescribeSubnets (L15556),
// ModifySubnetAttribute (L15797), DeleteSubnet (L15944).

type subnetRecord struct {
	ID              string           `json:"id"`
	VpcID           string           `json:"vpc_id"`
	Name            string           `json:"name"`
	CIDR            string           `json:"cidr"`
	Zone            string           `json:"zone"`
	EnableBroadcast bool             `json:"enable_broadcast,omitempty"`
	Tags            []tencentapi.Tag `json:"tags,omitempty"`
	Created         time.Time        `json:"created"`
	Seq             int64            `json:"seq"`
	// RouteTableID is the custom route table the subnet is associated with;
	// empty: its VPC's main table (routetable.go).
	RouteTableID string `json:"route_table_id,omitempty"`
}

// reservedPerSubnet addresses are not available to instances (the seed's
// example shows 253 available in a /24).
const reservedPerSubnet = 3

func (e *state) subnetInfo(r *region, region string, s *subnetRecord) subnetInfo {
	vpcCIDR, routeTable := "", subnetRouteTable(r, s)
	if v, ok := r.VPCs[s.VpcID]; ok {
		vpcCIDR = v.CIDR
	}
	available := int64(0)
	if p, aerr := parseCIDR(s.CIDR); aerr == nil {
		available = max(0, addressCount(p)-reservedPerSubnet-int64(e.subnetInUse(s.ID)))
	}
	return subnetInfo{
		VpcId:                   s.VpcID,
		SubnetId:                s.ID,
		SubnetName:              s.Name,
		CidrBlock:               s.CIDR,
		IsDefault:               r.DefaultSubnets[s.Zone] == s.ID,
		EnableBroadcast:         s.EnableBroadcast,
		RouteTableId:            routeTable,
		CreatedTime:             tcTime(s.Created),
		AvailableIpAddressCount: available,
		TagSet:                  tagSetJSON(s.Tags),
		Zone:                    s.Zone,
		ZoneName:                e.catalog.zoneName(s.Zone),
		VpcCidrBlock:            vpcCIDR,
		Region:                  region,
	}
}

type createSubnetRequest struct {
	VpcId      string           `json:"VpcId"`
	SubnetName string           `json:"SubnetName"`
	CidrBlock  string           `json:"CidrBlock"`
	Zone       string           `json:"Zone"`
	EcmRegion  string           `json:"EcmRegion"`
	Tags       []tencentapi.Tag `json:"Tags"`
}

func (e *state) createSubnet(c *tencentapi.Call, req *createSubnetRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcId", req.VpcId), tencentapi.Require("SubnetName", req.SubnetName), tencentapi.Require("CidrBlock", req.CidrBlock),
		tencentapi.Require("Zone", req.Zone), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	// CreateSubnet's table has no TooLong (ModifySubnetAttribute's has): InvalidParameterValue.
	if len(req.SubnetName) > maxNameBytes {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter SubnetName is %d bytes long; at most %d bytes are allowed.", len(req.SubnetName), maxNameBytes)
	}
	if aerr := e.checkZone(req.EcmRegion, req.Zone); aerr != nil {
		return nil, aerr
	}
	if aerr := checkTags(req.Tags, plainTagCodes); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	vpc, ok := r.VPCs[req.VpcId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	p, aerr := parseCIDR(req.CidrBlock)
	if aerr != nil {
		return nil, aerr
	}
	vpcPrefix, _ := parseCIDR(vpc.CIDR)
	if !prefixContains(vpcPrefix, p) || p.Bits() > maxPrefixBits {
		return nil, tencentapi.Errf("InvalidParameterValue.SubnetRange", "The subnet CidrBlock %s must lie within the VPC %s CIDR %s with a prefix length of at most /%d.", p, vpc.ID, vpc.CIDR, maxPrefixBits)
	}
	count := 0
	for _, s := range r.Subnets {
		if s.VpcID != vpc.ID {
			continue
		}
		count++
		if other, aerr := parseCIDR(s.CIDR); aerr == nil && other.Overlaps(p) {
			return nil, tencentapi.Errf("InvalidParameterValue.SubnetConflict", "The subnet CidrBlock %s overlaps %s of subnet %s in the VPC %s.", p, s.CIDR, s.ID, vpc.ID)
		}
	}
	if quota := limit(c, LimitSubnetsPerVPC); count >= quota {
		return nil, tencentapi.Errf("LimitExceeded", "The quota of %d subnets per VPC is used up in %s.", quota, vpc.ID)
	}
	s := &subnetRecord{
		ID:      e.newID("subnet", kindSubnet, req.EcmRegion),
		VpcID:   vpc.ID,
		Name:    req.SubnetName,
		CIDR:    p.String(),
		Zone:    req.Zone,
		Tags:    copyTags(req.Tags),
		Created: c.Now,
		Seq:     e.nextSeq(),
	}
	r.addSubnet(s)
	// "After the subnet is created successfully, it will become the default
	// subnet for the AZ" (the example's IsDefault false notwithstanding,
	// catalog §5.5 item 42): the answer says IsDefault true.
	r.DefaultSubnets[s.Zone] = s.ID
	e.lagWrite(c.ReadLag, kindSubnet, req.EcmRegion, s.ID, nil)
	return struct {
		Subnet subnetInfo `json:"Subnet"`
	}{e.subnetInfo(r, req.EcmRegion, s)}, nil
}

type describeSubnetsRequest struct {
	SubnetIds []string            `json:"SubnetIds"`
	Filters   []tencentapi.Filter `json:"Filters"`
	Offset    tencentapi.FlexInt  `json:"Offset"` // documented as String
	Limit     tencentapi.FlexInt  `json:"Limit"`  // documented as String
	EcmRegion string              `json:"EcmRegion"`
	Sort      string              `json:"Sort"`
}

type subnetView struct {
	region string
	r      *region
	s      *subnetRecord
}

func (x subnetView) vpcCIDR() string {
	if v, ok := x.r.VPCs[x.s.VpcID]; ok {
		return v.CIDR
	}
	return ""
}

var subnetFilters = tencentapi.FilterSet[subnetView]{
	Defs: map[string]tencentapi.FilterDef[subnetView]{
		"subnet-id":      {Match: func(x subnetView, vals []string) bool { return tencentapi.AnyEqual(x.s.ID, vals) }},
		"subnet-name":    {Single: true, Match: func(x subnetView, vals []string) bool { return tencentapi.AnyContains(x.s.Name, vals) }},
		"cidr-block":     {Single: true, Match: func(x subnetView, vals []string) bool { return tencentapi.AnyContains(x.s.CIDR, vals) }},
		"vpc-id":         {Match: func(x subnetView, vals []string) bool { return tencentapi.AnyEqual(x.s.VpcID, vals) }},
		"vpc-cidr-block": {Single: true, Match: func(x subnetView, vals []string) bool { return tencentapi.AnyContains(x.vpcCIDR(), vals) }},
		"region":         {Match: func(x subnetView, vals []string) bool { return tencentapi.AnyEqual(x.region, vals) }},
		"zone":           {Match: func(x subnetView, vals []string) bool { return tencentapi.AnyEqual(x.s.Zone, vals) }},
	},
	Tags:      func(x subnetView) []tencentapi.Tag { return x.s.Tags },
	MaxValues: 100,
	LimitCode: "InvalidParameterValue.FilterLimitExceeded",
}

func (e *state) describeSubnets(c *tencentapi.Call, req *describeSubnetsRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[subnetView]{
		Scope: tencentapi.FirstErr(e.checkOptionalRegion(c, req.EcmRegion),
			checkIDs("SubnetIds", "subnet", req.SubnetIds, "InvalidParameterValue.Malformed")),
		IDsParam: "SubnetIds", IDs: req.SubnetIds, TooManyIDs: "InvalidParameterValue.LimitExceeded",
		Filters: req.Filters, FilterSet: subnetFilters,
		Offset: req.Offset, Limit: req.Limit, PagingCode: "InvalidParameterValue.Range",
		Sort:       &req.Sort,
		Seq:        func(x subnetView) int64 { return x.s.Seq },
		Candidates: func(ids []string) []subnetView { return e.subnetViews(req.EcmRegion, ids) },
	}.Run()
	if aerr != nil {
		return nil, aerr
	}
	set := []subnetInfo{}
	for _, x := range page {
		set = append(set, e.subnetInfo(x.r, x.region, x.s))
	}
	return struct {
		TotalCount int          `json:"TotalCount"`
		SubnetSet  []subnetInfo `json:"SubnetSet"`
	}{total, set}, nil
}

// subnetViews returns the subnets with the IDs (found through the registry),
// or every subnet, in the region or all regions when scope is "".
func (e *state) subnetViews(scope string, ids []string) []subnetView {
	var out []subnetView
	if ids != nil {
		for _, id := range ids {
			if name, ok := e.lookup(id, kindSubnet, scope); ok {
				r := e.Regions[name]
				out = append(out, subnetView{region: name, r: r, s: r.Subnets[id]})
			}
		}
	} else {
		for _, name := range e.regionNames(scope) {
			r := e.peekRegion(name)
			for _, s := range r.Subnets {
				out = append(out, subnetView{region: name, r: r, s: s})
			}
		}
	}
	return applyLag(e, kindSubnet, scope, ids, out, func(x subnetView) string { return x.s.ID },
		func(region string, before any) subnetView {
			return subnetView{region: region, r: e.peekRegion(region), s: before.(*subnetRecord)}
		})
}

type modifySubnetAttributeRequest struct {
	SubnetId        string            `json:"SubnetId"`
	EcmRegion       string            `json:"EcmRegion"`
	SubnetName      *string           `json:"SubnetName"`
	EnableBroadcast *string           `json:"EnableBroadcast"` // documented as String
	Tags            *[]tencentapi.Tag `json:"Tags"`
}

func (e *state) modifySubnetAttribute(c *tencentapi.Call, req *modifySubnetAttributeRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("SubnetId", req.SubnetId), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	if req.SubnetName != nil {
		if strings.TrimSpace(*req.SubnetName) == "" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter SubnetName must not be empty.")
		}
		if len(*req.SubnetName) > maxNameBytes {
			return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter SubnetName is %d bytes long; at most %d bytes are allowed.", len(*req.SubnetName), maxNameBytes)
		}
	}
	var broadcast bool
	if req.EnableBroadcast != nil {
		b, aerr := checkBoolString("EnableBroadcast", *req.EnableBroadcast)
		if aerr != nil {
			return nil, aerr
		}
		broadcast = b
	}
	if req.Tags != nil {
		if aerr := checkTags(*req.Tags, tagCodes{"InvalidParameterValue", "InvalidParameterValue.TooLong"}); aerr != nil {
			return nil, aerr
		}
	}
	s, ok := e.peekRegion(req.EcmRegion).Subnets[req.SubnetId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
	e.lagWrite(c.ReadLag, kindSubnet, req.EcmRegion, s.ID, s.clone())
	if req.SubnetName != nil {
		s.Name = *req.SubnetName
	}
	if req.EnableBroadcast != nil {
		s.EnableBroadcast = broadcast
	}
	if req.Tags != nil {
		s.Tags = copyTags(*req.Tags)
	}
	return nil, nil
}

type deleteSubnetRequest struct {
	SubnetId  string `json:"SubnetId"`
	EcmRegion string `json:"EcmRegion"`
}

func (e *state) deleteSubnet(c *tencentapi.Call, req *deleteSubnetRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("SubnetId", req.SubnetId), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	s, ok := r.Subnets[req.SubnetId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
	if n := e.subnetInUse(s.ID); n > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The subnet %s still has %d addresses in use (by instances, ENIs or HAVIPs); release them first.", s.ID, n)
	}
	e.lagWrite(c.ReadLag, kindSubnet, req.EcmRegion, s.ID, s.clone())
	e.removeSubnet(r, req.SubnetId)
	return nil, nil
}
