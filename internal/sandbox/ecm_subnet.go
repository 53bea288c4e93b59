package sandbox

import (
	"strings"
	"time"
)

// ECM subnet actions: CreateSubnet (L15328), DescribeSubnets (L15556),
// ModifySubnetAttribute (L15797), DeleteSubnet (L15944).

type subnetRecord struct {
	ID              string    `json:"id"`
	VpcID           string    `json:"vpc_id"`
	Name            string    `json:"name"`
	CIDR            string    `json:"cidr"`
	Zone            string    `json:"zone"`
	EnableBroadcast bool      `json:"enable_broadcast,omitempty"`
	Tags            []tag     `json:"tags,omitempty"`
	Created         time.Time `json:"created"`
	Seq             int64     `json:"seq"`
}

// reservedPerSubnet addresses are not available to instances (the seed's
// example shows 253 available in a /24).
const reservedPerSubnet = 3

func (r *ecmRegion) subnetInfo(region string, s *subnetRecord) subnetInfo {
	vpcCIDR := ""
	if v, ok := r.VPCs[s.VpcID]; ok {
		vpcCIDR = v.CIDR
	}
	available := int64(0)
	if p, aerr := parseCIDR(s.CIDR); aerr == nil {
		available = max(0, addressCount(p)-reservedPerSubnet)
	}
	return subnetInfo{
		VpcId:                   s.VpcID,
		SubnetId:                s.ID,
		SubnetName:              s.Name,
		CidrBlock:               s.CIDR,
		EnableBroadcast:         s.EnableBroadcast,
		CreatedTime:             tcTime(s.Created),
		AvailableIpAddressCount: available,
		TagSet:                  tagSetJSON(s.Tags),
		Zone:                    s.Zone,
		ZoneName:                zoneName(region, s.Zone),
		VpcCidrBlock:            vpcCIDR,
		Region:                  region,
	}
}

type createSubnetRequest struct {
	VpcId      string `json:"VpcId"`
	SubnetName string `json:"SubnetName"`
	CidrBlock  string `json:"CidrBlock"`
	Zone       string `json:"Zone"`
	EcmRegion  string `json:"EcmRegion"`
	Tags       []tag  `json:"Tags"`
}

func createSubnet(c *call, req *createSubnetRequest) (any, *apiError) {
	if aerr := firstErr(require("VpcId", req.VpcId), require("SubnetName", req.SubnetName), require("CidrBlock", req.CidrBlock),
		require("Zone", req.Zone), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if len(req.SubnetName) > maxNameBytes {
		return nil, errf("InvalidParameterValue.TooLong", "The parameter SubnetName is %d bytes long; at most %d bytes are allowed.", len(req.SubnetName), maxNameBytes)
	}
	if aerr := checkZone(req.EcmRegion, req.Zone); aerr != nil {
		return nil, aerr
	}
	if aerr := checkTags(req.Tags); aerr != nil {
		return nil, aerr
	}
	e := c.st.ECM
	r := e.peekRegion(req.EcmRegion)
	vpc, ok := r.VPCs[req.VpcId]
	if !ok {
		return nil, errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	p, aerr := parseCIDR(req.CidrBlock)
	if aerr != nil {
		return nil, aerr
	}
	vpcPrefix, _ := parseCIDR(vpc.CIDR)
	if !prefixContains(vpcPrefix, p) || p.Bits() > maxPrefixBits {
		return nil, errf("InvalidParameterValue.SubnetRange", "The subnet CidrBlock %s must lie within the VPC %s CIDR %s with a prefix length of at most /%d.", p, vpc.ID, vpc.CIDR, maxPrefixBits)
	}
	count := 0
	for _, s := range r.Subnets {
		if s.VpcID != vpc.ID {
			continue
		}
		count++
		if other, aerr := parseCIDR(s.CIDR); aerr == nil && other.Overlaps(p) {
			return nil, errf("InvalidParameterValue.SubnetConflict", "The subnet CidrBlock %s overlaps %s of subnet %s in the VPC %s.", p, s.CIDR, s.ID, vpc.ID)
		}
	}
	if count >= subnetQuotaPerVpc {
		return nil, errf("LimitExceeded", "The quota of %d subnets per VPC is used up in %s.", subnetQuotaPerVpc, vpc.ID)
	}
	s := &subnetRecord{
		ID:      e.newID("subnet"),
		VpcID:   vpc.ID,
		Name:    req.SubnetName,
		CIDR:    p.String(),
		Zone:    req.Zone,
		Tags:    copyTags(req.Tags),
		Created: c.now,
		Seq:     e.nextSeq(),
	}
	r = e.region(req.EcmRegion)
	r.Subnets[s.ID] = s
	return struct {
		Subnet subnetInfo `json:"Subnet"`
	}{r.subnetInfo(req.EcmRegion, s)}, nil
}

type describeSubnetsRequest struct {
	SubnetIds []string `json:"SubnetIds"`
	Filters   []filter `json:"Filters"`
	Offset    flexInt  `json:"Offset"` // documented as String
	Limit     flexInt  `json:"Limit"`  // documented as String
	EcmRegion string   `json:"EcmRegion"`
	Sort      string   `json:"Sort"`
}

type subnetView struct {
	region string
	r      *ecmRegion
	s      *subnetRecord
}

func (x subnetView) vpcCIDR() string {
	if v, ok := x.r.VPCs[x.s.VpcID]; ok {
		return v.CIDR
	}
	return ""
}

var subnetFilters = filterSet[subnetView]{
	defs: map[string]filterDef[subnetView]{
		"subnet-id":      {match: func(x subnetView, vals []string) bool { return anyEqual(x.s.ID, vals) }},
		"subnet-name":    {single: true, match: func(x subnetView, vals []string) bool { return anyContains(x.s.Name, vals) }},
		"cidr-block":     {single: true, match: func(x subnetView, vals []string) bool { return anyContains(x.s.CIDR, vals) }},
		"vpc-id":         {match: func(x subnetView, vals []string) bool { return anyEqual(x.s.VpcID, vals) }},
		"vpc-cidr-block": {single: true, match: func(x subnetView, vals []string) bool { return anyContains(x.vpcCIDR(), vals) }},
		"region":         {match: func(x subnetView, vals []string) bool { return anyEqual(x.region, vals) }},
		"zone":           {match: func(x subnetView, vals []string) bool { return anyEqual(x.s.Zone, vals) }},
	},
	tags:      func(x subnetView) []tag { return x.s.Tags },
	maxValues: 100,
	limitCode: "InvalidParameterValue.FilterLimitExceeded",
}

func describeSubnets(c *call, req *describeSubnetsRequest) (any, *apiError) {
	if aerr := checkOptionalRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	if len(req.SubnetIds) > 0 && len(req.Filters) > 0 {
		return nil, errf("InvalidParameter.Coexist", "SubnetIds and Filters cannot be specified at the same time.")
	}
	if len(req.SubnetIds) > 100 {
		return nil, errf("InvalidParameterValue.LimitExceeded", "At most 100 SubnetIds may be given; got %d.", len(req.SubnetIds))
	}
	off, aerr := req.Offset.value("Offset", 0)
	if aerr != nil {
		return nil, aerr
	}
	lim, aerr := req.Limit.value("Limit", 0)
	if aerr != nil {
		return nil, aerr
	}
	offset, limit, aerr := checkPaging(off, lim, "InvalidParameterValue.Range")
	if aerr != nil {
		return nil, aerr
	}
	newestFirst, aerr := checkSort(req.Sort)
	if aerr != nil {
		return nil, aerr
	}
	match, aerr := subnetFilters.compile(req.Filters)
	if aerr != nil {
		return nil, aerr
	}
	var found []subnetView
	e := c.st.ECM
	for _, name := range e.regionNames(req.EcmRegion) {
		r := e.peekRegion(name)
		for _, s := range r.Subnets {
			x := subnetView{region: name, r: r, s: s}
			if len(req.SubnetIds) > 0 && !anyEqual(s.ID, req.SubnetIds) {
				continue
			}
			if match(x) {
				found = append(found, x)
			}
		}
	}
	sortBySeq(found, func(x subnetView) int64 { return x.s.Seq }, newestFirst)
	set := []subnetInfo{}
	for _, x := range pageOf(found, offset, limit) {
		set = append(set, x.r.subnetInfo(x.region, x.s))
	}
	return struct {
		TotalCount int          `json:"TotalCount"`
		SubnetSet  []subnetInfo `json:"SubnetSet"`
	}{len(found), set}, nil
}

type modifySubnetAttributeRequest struct {
	SubnetId        string  `json:"SubnetId"`
	EcmRegion       string  `json:"EcmRegion"`
	SubnetName      *string `json:"SubnetName"`
	EnableBroadcast *string `json:"EnableBroadcast"` // documented as String
	Tags            *[]tag  `json:"Tags"`
}

func modifySubnetAttribute(c *call, req *modifySubnetAttributeRequest) (any, *apiError) {
	if aerr := firstErr(require("SubnetId", req.SubnetId), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if req.SubnetName != nil {
		if strings.TrimSpace(*req.SubnetName) == "" {
			return nil, errf("InvalidParameterValue", "The parameter SubnetName must not be empty.")
		}
		if len(*req.SubnetName) > maxNameBytes {
			return nil, errf("InvalidParameterValue.TooLong", "The parameter SubnetName is %d bytes long; at most %d bytes are allowed.", len(*req.SubnetName), maxNameBytes)
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
		if aerr := checkTags(*req.Tags); aerr != nil {
			return nil, aerr
		}
	}
	s, ok := c.st.ECM.peekRegion(req.EcmRegion).Subnets[req.SubnetId]
	if !ok {
		return nil, errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
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

func deleteSubnet(c *call, req *deleteSubnetRequest) (any, *apiError) {
	if aerr := firstErr(require("SubnetId", req.SubnetId), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	r := c.st.ECM.peekRegion(req.EcmRegion)
	if _, ok := r.Subnets[req.SubnetId]; !ok {
		return nil, errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
	// ResourceInUse is reserved for when instances/ENIs exist in the sandbox.
	delete(r.Subnets, req.SubnetId)
	return nil, nil
}
