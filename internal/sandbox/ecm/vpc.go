package ecm

import (
	"net/netip"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM VPC actions: CreateVpc (L14891), DescribeVpcs (L15099),
// ModifyVpcAttribute (L14608), DeleteVpc (L14758).

type vpcRecord struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	CIDR        string           `json:"cidr"`
	Description string           `json:"description,omitempty"`
	Tags        []tencentapi.Tag `json:"tags,omitempty"`
	Created     time.Time        `json:"created"`
	Seq         int64            `json:"seq"`
	// RouteTableID is the VPC's main route table (state only, for now): every
	// subnet of the VPC shows it as its RouteTableId. Deleted with the VPC.
	RouteTableID string `json:"route_table_id,omitempty"`
}

// subnetCount is the number of the VPC's subnets (kept by addSubnet and removeSubnet).
func (r *region) subnetCount(vpcID string) int { return r.nSubnets[vpcID] }

func (e *state) vpcInfo(r *region, region string, v *vpcRecord) vpcInfo {
	return vpcInfo{
		VpcName:          v.Name,
		VpcId:            v.ID,
		CidrBlock:        v.CIDR,
		IsDefault:        r.DefaultVPC == v.ID,
		CreatedTime:      tcTime(v.Created),
		DnsServerSet:     []string{},
		EnableDhcp:       true,
		TagSet:           tagSetJSON(v.Tags),
		AssistantCidrSet: []any{},
		Region:           region,
		Description:      v.Description,
		RegionName:       e.catalog.regionName(region),
		SubnetCount:      r.subnetCount(v.ID),
	}
}

const maxNameBytes = 60

type createVpcRequest struct {
	VpcName         string           `json:"VpcName"`
	CidrBlock       string           `json:"CidrBlock"`
	EcmRegion       string           `json:"EcmRegion"`
	EnableMulticast *string          `json:"EnableMulticast"`
	DnsServers      []string         `json:"DnsServers"`
	DomainName      *string          `json:"DomainName"`
	Tags            []tencentapi.Tag `json:"Tags"`
	Description     string           `json:"Description"`
}

func (e *state) createVpc(c *tencentapi.Call, req *createVpcRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcName", req.VpcName), tencentapi.Require("CidrBlock", req.CidrBlock), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if len(req.VpcName) > maxNameBytes {
		return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter VpcName is %d bytes long; at most %d bytes are allowed.", len(req.VpcName), maxNameBytes)
	}
	p, aerr := parseCIDR(req.CidrBlock)
	if aerr != nil {
		return nil, aerr
	}
	if !isPrivate(p) || p.Bits() < minPrefixBits || p.Bits() > maxPrefixBits {
		return nil, tencentapi.Errf("InvalidParameterValue", "The VPC CidrBlock %s must lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix length between /%d and /%d.", p, minPrefixBits, maxPrefixBits)
	}
	// EnableMulticast, DnsServers and DomainName are "not supported currently":
	// validated, then ignored, as the documented VpcInfo shows.
	if req.EnableMulticast != nil {
		if _, aerr := checkBoolString("EnableMulticast", *req.EnableMulticast); aerr != nil {
			return nil, aerr
		}
	}
	if len(req.DnsServers) > 4 {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most 4 DnsServers may be given; got %d.", len(req.DnsServers))
	}
	for i, d := range req.DnsServers {
		if _, err := netip.ParseAddr(d); err != nil {
			return nil, tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter DnsServers.%d=%q is not an IP address.", i, d)
		}
	}
	if aerr := checkTags(req.Tags, tagCodes{"InvalidParameterValue.LimitExceeded", "InvalidParameterValue.TooLong"}); aerr != nil {
		return nil, aerr
	}
	r := e.region(req.EcmRegion)
	if quota := limit(c, LimitVPCsPerRegion); len(r.VPCs) >= quota {
		return nil, tencentapi.Errf("LimitExceeded", "The VPC quota of %d per region (the default VPC included) is used up in %s.", quota, req.EcmRegion)
	}
	v := &vpcRecord{
		ID:           e.newID("vpc", kindVPC, req.EcmRegion),
		Name:         req.VpcName,
		CIDR:         p.String(),
		Description:  req.Description,
		Tags:         copyTags(req.Tags),
		Created:      c.Now,
		Seq:          e.nextSeq(),
		RouteTableID: e.newID("rtb", kindRoute, req.EcmRegion),
	}
	r.VPCs[v.ID] = v
	e.addMainRouteTable(r, v)
	e.lagWrite(c.ReadLag, kindVPC, req.EcmRegion, v.ID, nil)
	return struct {
		Vpc vpcInfo `json:"Vpc"`
	}{e.vpcInfo(r, req.EcmRegion, v)}, nil
}

type describeVpcsRequest struct {
	VpcIds    []string            `json:"VpcIds"`
	Filters   []tencentapi.Filter `json:"Filters"`
	Offset    *int64              `json:"Offset"`
	Limit     *int64              `json:"Limit"`
	EcmRegion string              `json:"EcmRegion"`
	Sort      string              `json:"Sort"`
}

type vpcView struct {
	region string
	r      *region
	v      *vpcRecord
}

var vpcFilters = tencentapi.FilterSet[vpcView]{
	Defs: map[string]tencentapi.FilterDef[vpcView]{
		"vpc-name":   {Single: true, Match: func(x vpcView, vals []string) bool { return tencentapi.AnyContains(x.v.Name, vals) }},
		"vpc-id":     {Match: func(x vpcView, vals []string) bool { return tencentapi.AnyEqual(x.v.ID, vals) }},
		"cidr-block": {Single: true, Match: func(x vpcView, vals []string) bool { return tencentapi.AnyContains(x.v.CIDR, vals) }},
		"region":     {Match: func(x vpcView, vals []string) bool { return tencentapi.AnyEqual(x.region, vals) }},
	},
	Tags:      func(x vpcView) []tencentapi.Tag { return x.v.Tags },
	MaxValues: 100,
	LimitCode: "InvalidParameterValue.FilterLimitExceeded",
}

func (e *state) describeVpcs(c *tencentapi.Call, req *describeVpcsRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[vpcView]{
		Scope: tencentapi.FirstErr(e.checkOptionalRegion(c, req.EcmRegion),
			checkIDs("VpcIds", "vpc", req.VpcIds, "InvalidParameterValue.Malformed")),
		IDsParam: "VpcIds", IDs: req.VpcIds, TooManyIDs: "InvalidParameterValue",
		Filters: req.Filters, FilterSet: vpcFilters,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue",
		Sort:       &req.Sort,
		Seq:        func(x vpcView) int64 { return x.v.Seq },
		Candidates: func(ids []string) []vpcView { return e.vpcViews(req.EcmRegion, ids) },
	}.Run()
	if aerr != nil {
		return nil, aerr
	}
	set := []vpcInfo{}
	for _, x := range page {
		set = append(set, e.vpcInfo(x.r, x.region, x.v))
	}
	return struct {
		TotalCount int       `json:"TotalCount"`
		VpcSet     []vpcInfo `json:"VpcSet"`
	}{total, set}, nil
}

// vpcViews returns the VPCs with the IDs (found through the registry), or
// every VPC, in the region or all regions when scope is "".
func (e *state) vpcViews(scope string, ids []string) []vpcView {
	var out []vpcView
	if ids != nil {
		for _, id := range ids {
			if name, ok := e.lookup(id, kindVPC, scope); ok {
				r := e.Regions[name]
				out = append(out, vpcView{region: name, r: r, v: r.VPCs[id]})
			}
		}
	} else {
		for _, name := range e.regionNames(scope) {
			r := e.peekRegion(name)
			for _, v := range r.VPCs {
				out = append(out, vpcView{region: name, r: r, v: v})
			}
		}
	}
	return applyLag(e, kindVPC, scope, ids, out, func(x vpcView) string { return x.v.ID },
		func(region string, before any) vpcView {
			return vpcView{region: region, r: e.peekRegion(region), v: before.(*vpcRecord)}
		})
}

type modifyVpcAttributeRequest struct {
	VpcId       string            `json:"VpcId"`
	EcmRegion   string            `json:"EcmRegion"`
	VpcName     *string           `json:"VpcName"`
	Tags        *[]tencentapi.Tag `json:"Tags"`
	Description *string           `json:"Description"`
}

func (e *state) modifyVpcAttribute(c *tencentapi.Call, req *modifyVpcAttributeRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcId", req.VpcId), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	// ModifyVpcAttribute's table has no Malformed code: a malformed VpcId
	// (such as the document's own example, vpc-vpc-q6cke2sv) is
	// InvalidParameterValue, the closest.
	if aerr := checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if req.VpcName != nil {
		if strings.TrimSpace(*req.VpcName) == "" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter VpcName must not be empty.")
		}
		// ModifyVpcAttribute documents "up to 60 characters" (CreateVpc: bytes).
		if n := utf8.RuneCountInString(*req.VpcName); n > maxNameBytes {
			return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter VpcName is %d characters long; at most %d are allowed.", n, maxNameBytes)
		}
	}
	if req.Tags != nil {
		if aerr := checkTags(*req.Tags, tagCodes{"InvalidParameterValue", "InvalidParameterValue.TooLong"}); aerr != nil {
			return nil, aerr
		}
	}
	v, ok := e.peekRegion(req.EcmRegion).VPCs[req.VpcId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	e.lagWrite(c.ReadLag, kindVPC, req.EcmRegion, v.ID, v.clone())
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

func (e *state) deleteVpc(c *tencentapi.Call, req *deleteVpcRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcId", req.VpcId), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	v, ok := r.VPCs[req.VpcId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	var inUse []string
	for _, s := range r.Subnets {
		if s.VpcID == req.VpcId {
			inUse = append(inUse, s.ID)
		}
	}
	if len(inUse) > 0 {
		sort.Strings(inUse)
		return nil, tencentapi.Errf("ResourceInUse", "The VPC %s still has subnets (%s); delete them first.", req.VpcId, strings.Join(inUse, ", "))
	}
	for _, ins := range e.Instances {
		if ins.VpcID == req.VpcId {
			return nil, tencentapi.Errf("ResourceInUse", "The VPC %s still has instances (%s); terminate them first.", req.VpcId, ins.ID)
		}
	}
	if aerr := vpcRoutingInUse(r, req.VpcId); aerr != nil {
		return nil, aerr
	}
	// The default VPC may be deleted like any other once its subnets are
	// gone (the document is silent); it does not come back.
	e.lagWrite(c.ReadLag, kindVPC, req.EcmRegion, v.ID, v.clone())
	e.removeVPC(r, req.VpcId)
	return nil, nil
}
