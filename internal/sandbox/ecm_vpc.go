package sandbox

import (
	"net/netip"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// ECM VPC actions: CreateVpc (L14891), DescribeVpcs (L15099),
// ModifyVpcAttribute (L14608), DeleteVpc (L14758).

type vpcRecord struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	CIDR        string    `json:"cidr"`
	Description string    `json:"description,omitempty"`
	Tags        []tag     `json:"tags,omitempty"`
	Created     time.Time `json:"created"`
	Seq         int64     `json:"seq"`
}

// subnetCount counts the VPC's subnets in the region.
func (r *ecmRegion) subnetCount(vpcID string) int {
	n := 0
	for _, s := range r.Subnets {
		if s.VpcID == vpcID {
			n++
		}
	}
	return n
}

func (r *ecmRegion) vpcInfo(region string, v *vpcRecord) vpcInfo {
	return vpcInfo{
		VpcName:          v.Name,
		VpcId:            v.ID,
		CidrBlock:        v.CIDR,
		CreatedTime:      tcTime(v.Created),
		DnsServerSet:     []string{},
		EnableDhcp:       true,
		TagSet:           tagSetJSON(v.Tags),
		AssistantCidrSet: []any{},
		Region:           region,
		Description:      v.Description,
		RegionName:       regionName(region),
		SubnetCount:      r.subnetCount(v.ID),
	}
}

const maxNameBytes = 60

type createVpcRequest struct {
	VpcName         string   `json:"VpcName"`
	CidrBlock       string   `json:"CidrBlock"`
	EcmRegion       string   `json:"EcmRegion"`
	EnableMulticast *string  `json:"EnableMulticast"`
	DnsServers      []string `json:"DnsServers"`
	DomainName      *string  `json:"DomainName"`
	Tags            []tag    `json:"Tags"`
	Description     string   `json:"Description"`
}

func createVpc(c *call, req *createVpcRequest) (any, *apiError) {
	if aerr := firstErr(require("VpcName", req.VpcName), require("CidrBlock", req.CidrBlock), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if len(req.VpcName) > maxNameBytes {
		return nil, errf("InvalidParameterValue.TooLong", "The parameter VpcName is %d bytes long; at most %d bytes are allowed.", len(req.VpcName), maxNameBytes)
	}
	p, aerr := parseCIDR(req.CidrBlock)
	if aerr != nil {
		return nil, aerr
	}
	if !isPrivate(p) || p.Bits() < minPrefixBits || p.Bits() > maxPrefixBits {
		return nil, errf("InvalidParameterValue", "The VPC CidrBlock %s must lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix length between /%d and /%d.", p, minPrefixBits, maxPrefixBits)
	}
	// EnableMulticast, DnsServers and DomainName are "not supported currently":
	// validated, then ignored, as the documented VpcInfo shows.
	if req.EnableMulticast != nil {
		if _, aerr := checkBoolString("EnableMulticast", *req.EnableMulticast); aerr != nil {
			return nil, aerr
		}
	}
	if len(req.DnsServers) > 4 {
		return nil, errf("InvalidParameterValue.LimitExceeded", "At most 4 DnsServers may be given; got %d.", len(req.DnsServers))
	}
	for i, d := range req.DnsServers {
		if _, err := netip.ParseAddr(d); err != nil {
			return nil, errf("InvalidParameterValue.Malformed", "The parameter DnsServers.%d=%q is not an IP address.", i, d)
		}
	}
	if aerr := checkTags(req.Tags); aerr != nil {
		return nil, aerr
	}
	e := c.st.ECM
	if r, ok := e.Regions[req.EcmRegion]; ok && len(r.VPCs) >= vpcQuotaPerRegion {
		return nil, errf("LimitExceeded", "The VPC quota of %d per region is used up in %s.", vpcQuotaPerRegion, req.EcmRegion)
	}
	r := e.region(req.EcmRegion)
	v := &vpcRecord{
		ID:          e.newID("vpc"),
		Name:        req.VpcName,
		CIDR:        p.String(),
		Description: req.Description,
		Tags:        copyTags(req.Tags),
		Created:     c.now,
		Seq:         e.nextSeq(),
	}
	r.VPCs[v.ID] = v
	return struct {
		Vpc vpcInfo `json:"Vpc"`
	}{r.vpcInfo(req.EcmRegion, v)}, nil
}

type describeVpcsRequest struct {
	VpcIds    []string `json:"VpcIds"`
	Filters   []filter `json:"Filters"`
	Offset    *int64   `json:"Offset"`
	Limit     *int64   `json:"Limit"`
	EcmRegion string   `json:"EcmRegion"`
	Sort      string   `json:"Sort"`
}

type vpcView struct {
	region string
	r      *ecmRegion
	v      *vpcRecord
}

var vpcFilters = filterSet[vpcView]{
	defs: map[string]filterDef[vpcView]{
		"vpc-name":   {single: true, match: func(x vpcView, vals []string) bool { return anyContains(x.v.Name, vals) }},
		"vpc-id":     {match: func(x vpcView, vals []string) bool { return anyEqual(x.v.ID, vals) }},
		"cidr-block": {single: true, match: func(x vpcView, vals []string) bool { return anyContains(x.v.CIDR, vals) }},
		"region":     {match: func(x vpcView, vals []string) bool { return anyEqual(x.region, vals) }},
	},
	tags:      func(x vpcView) []tag { return x.v.Tags },
	maxValues: 100,
	limitCode: "InvalidParameterValue.FilterLimitExceeded",
}

func describeVpcs(c *call, req *describeVpcsRequest) (any, *apiError) {
	if aerr := checkOptionalRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	if len(req.VpcIds) > 0 && len(req.Filters) > 0 {
		return nil, errf("InvalidParameter.Coexist", "VpcIds and Filters cannot be specified at the same time.")
	}
	if len(req.VpcIds) > 100 {
		return nil, errf("InvalidParameterValue", "At most 100 VpcIds may be given; got %d.", len(req.VpcIds))
	}
	offset, limit, aerr := checkPaging(int64Or(req.Offset, 0), int64Or(req.Limit, 0), "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	newestFirst, aerr := checkSort(req.Sort)
	if aerr != nil {
		return nil, aerr
	}
	match, aerr := vpcFilters.compile(req.Filters)
	if aerr != nil {
		return nil, aerr
	}
	var found []vpcView
	e := c.st.ECM
	for _, name := range e.regionNames(req.EcmRegion) {
		r := e.peekRegion(name)
		for _, v := range r.VPCs {
			x := vpcView{region: name, r: r, v: v}
			if len(req.VpcIds) > 0 && !anyEqual(v.ID, req.VpcIds) {
				continue
			}
			if match(x) {
				found = append(found, x)
			}
		}
	}
	sortBySeq(found, func(x vpcView) int64 { return x.v.Seq }, newestFirst)
	set := []vpcInfo{}
	for _, x := range pageOf(found, offset, limit) {
		set = append(set, x.r.vpcInfo(x.region, x.v))
	}
	return struct {
		TotalCount int       `json:"TotalCount"`
		VpcSet     []vpcInfo `json:"VpcSet"`
	}{len(found), set}, nil
}

type modifyVpcAttributeRequest struct {
	VpcId       string  `json:"VpcId"`
	EcmRegion   string  `json:"EcmRegion"`
	VpcName     *string `json:"VpcName"`
	Tags        *[]tag  `json:"Tags"`
	Description *string `json:"Description"`
}

func modifyVpcAttribute(c *call, req *modifyVpcAttributeRequest) (any, *apiError) {
	if aerr := firstErr(require("VpcId", req.VpcId), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if req.VpcName != nil {
		if strings.TrimSpace(*req.VpcName) == "" {
			return nil, errf("InvalidParameterValue", "The parameter VpcName must not be empty.")
		}
		// ModifyVpcAttribute documents "up to 60 characters" (CreateVpc: bytes).
		if n := utf8.RuneCountInString(*req.VpcName); n > maxNameBytes {
			return nil, errf("InvalidParameterValue.TooLong", "The parameter VpcName is %d characters long; at most %d are allowed.", n, maxNameBytes)
		}
	}
	if req.Tags != nil {
		if aerr := checkTags(*req.Tags); aerr != nil {
			return nil, aerr
		}
	}
	v, ok := c.st.ECM.peekRegion(req.EcmRegion).VPCs[req.VpcId]
	if !ok {
		return nil, errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	if req.VpcName != nil {
		v.Name = *req.VpcName
	}
	if req.Description != nil {
		v.Description = *req.Description
	}
	if req.Tags != nil {
		v.Tags = copyTags(*req.Tags)
	}
	return nil, nil
}

type deleteVpcRequest struct {
	VpcId     string `json:"VpcId"`
	EcmRegion string `json:"EcmRegion"`
}

func deleteVpc(c *call, req *deleteVpcRequest) (any, *apiError) {
	if aerr := firstErr(require("VpcId", req.VpcId), checkRegion(req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	r := c.st.ECM.peekRegion(req.EcmRegion)
	if _, ok := r.VPCs[req.VpcId]; !ok {
		return nil, errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	var inUse []string
	for _, s := range r.Subnets {
		if s.VpcID == req.VpcId {
			inUse = append(inUse, s.ID)
		}
	}
	if len(inUse) > 0 {
		sort.Strings(inUse)
		return nil, errf("ResourceInUse", "The VPC %s still has subnets (%s); delete them first.", req.VpcId, strings.Join(inUse, ", "))
	}
	delete(r.VPCs, req.VpcId)
	return nil, nil
}
