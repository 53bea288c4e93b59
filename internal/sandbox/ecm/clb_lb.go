package ecm

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Load balancers: CreateLoadBalancer, DescribeLoadBalancers,
// ModifyLoadBalancerAttributes, DeleteLoadBalancer and their security groups
// (SetLoadBalancerSecurityGroups, SetSecurityGroupForLoadbalancers).
//
// Sandbox choices: a duplicate LoadBalancerName gets a generated default
// name (as documented), which is the ID; a VpcId that is not a VPC of the
// region is InvalidParameterValue; InternetMaxBandwidthOut defaults to 10
// Mbps and must lie in 1..10000 (InvalidParameterValue.Range);
// ModifyLoadBalancerAttributes' bandwidth outside that range is
// InvalidParameterValue.InvalidPublicParam (its table has no Range code).

var lbNamePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,50}$`)

const (
	maxLBBandwidth     = 10000
	defaultLBBandwidth = 10
	maxLBGroups        = 5
	maxDeleteLBs       = 20
)

type lbInternetAccessible struct {
	InternetMaxBandwidthOut tencentapi.FlexInt `json:"InternetMaxBandwidthOut"`
}

type createLoadBalancerRequest struct {
	EcmRegion          string                `json:"EcmRegion"`
	LoadBalancerType   string                `json:"LoadBalancerType"`
	VipIsp             string                `json:"VipIsp"`
	LoadBalancerName   string                `json:"LoadBalancerName"`
	VpcId              string                `json:"VpcId"`
	Number             *int64                `json:"Number"`
	InternetAccessible *lbInternetAccessible `json:"InternetAccessible"`
	Tags               []lbTag               `json:"Tags"`
	SecurityGroups     []string              `json:"SecurityGroups"`
	AddressIPVersion   string                `json:"AddressIPVersion"`
	SubnetId           string                `json:"SubnetId"`
}

func (e *state) createLoadBalancer(c *tencentapi.Call, req *createLoadBalancerRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue.InvalidEcmRegion"),
		tencentapi.Require("LoadBalancerType", req.LoadBalancerType), tencentapi.Require("VipIsp", req.VipIsp)); aerr != nil {
		return nil, aerr
	}
	if req.LoadBalancerType != "OPEN" {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidLoadBalancerType", "The parameter LoadBalancerType=%q must be OPEN.", req.LoadBalancerType)
	}
	if !validISPs[req.VipIsp] {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidISPInNode", "The parameter VipIsp=%q must be CMCC, CTCC or CUCC.", req.VipIsp)
	}
	if req.LoadBalancerName != "" && !lbNamePattern.MatchString(req.LoadBalancerName) {
		return nil, tencentapi.Errf("InvalidParameterValue.Length", "The parameter LoadBalancerName=%q must be 1 to 50 letters, digits, hyphens and underscores.", req.LoadBalancerName)
	}
	n := tencentapi.Int64Or(req.Number, 1)
	if n < 1 || n > 20 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidLoadBalancerNum", "The parameter Number=%d must be between 1 and 20.", n)
	}
	bw := int64(defaultLBBandwidth)
	if req.InternetAccessible != nil {
		v, aerr := req.InternetAccessible.InternetMaxBandwidthOut.Value("InternetAccessible.InternetMaxBandwidthOut", defaultLBBandwidth)
		if aerr != nil {
			return nil, aerr
		}
		if v < 1 || v > maxLBBandwidth {
			return nil, tencentapi.Errf("InvalidParameterValue.Range", "The parameter InternetAccessible.InternetMaxBandwidthOut=%d must be between 1 and %d.", v, maxLBBandwidth)
		}
		bw = v
	}
	if len(req.Tags) > 50 {
		return nil, tencentapi.Errf("InvalidParameterValue.TagNumOutOfRange", "At most 50 tags, got %d.", len(req.Tags))
	}
	ipVersion := req.AddressIPVersion
	switch ipVersion {
	case "":
		ipVersion = "IPV4"
	case "IPV4", "IPv6FullChain":
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter AddressIPVersion=%q must be IPV4 or IPv6FullChain.", ipVersion)
	}
	r := e.region(req.EcmRegion)
	vpc := req.VpcId
	if vpc == "" {
		vpc = r.DefaultVPC
	}
	if _, ok := r.VPCs[vpc]; !ok {
		return nil, tencentapi.Errf("InvalidParameterValue", "The VPC %q does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	if req.SubnetId != "" {
		if s, ok := r.Subnets[req.SubnetId]; !ok || s.VpcID != vpc {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidSubnetInZone", "The subnet %q is not a subnet of the VPC %s.", req.SubnetId, vpc)
		}
	} else if ipVersion == "IPv6FullChain" {
		return nil, tencentapi.Errf("MissingParameter", "An IPv6FullChain load balancer needs a SubnetId.")
	}
	groups, aerr := e.checkLBGroups(req.SecurityGroups, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	inRegion := 0
	for _, b := range e.LoadBalancers {
		if b.Region == req.EcmRegion {
			inRegion++
		}
	}
	if quota := limit(c, LimitCLBsPerRegion); inRegion+int(n) > quota {
		return nil, tencentapi.Errf("LimitExceeded.LBLimitExceeded", "The ECM region %s has %d load balancers; %d more exceed the quota of %d.", req.EcmRegion, inRegion, n, quota)
	}
	t := e.startCLBTask(c, false)
	ids := make([]string, 0, n)
	for i := int64(0); i < n; i++ {
		ip, ok := e.allocateIP()
		if !ok {
			return nil, tencentapi.Errf("ResourcesSoldOut.LoadBalancerSoldOut", "The public address pool is exhausted.")
		}
		id := e.newID("lb", kindLB, "")
		name := req.LoadBalancerName
		if n > 1 || name == "" || e.lbNameTaken(name, "") {
			name = id
		}
		b := &lbRecord{ID: id, Name: name, Region: req.EcmRegion, Type: "OPEN", ISP: req.VipIsp, VpcID: vpc,
			SubnetID: req.SubnetId, IPVersion: ipVersion, VIP: ip, Bandwidth: bw, Tags: slices.Clone(req.Tags),
			Groups: groups, Status: lbCreating, Created: c.Now, StatusTime: c.Now, Seq: e.nextSeq(),
			Listeners: map[string]*listenerRecord{}}
		if ipVersion == "IPv6FullChain" {
			b.IPv6 = fmt.Sprintf("2402:4e00:c000::%x", b.Seq)
		}
		e.LoadBalancers[id] = b
		t.CreatedLBs = append(t.CreatedLBs, id)
		ids = append(ids, id)
	}
	return struct {
		LoadBalancerIds []string `json:"LoadBalancerIds"`
	}{ids}, nil
}

func (e *state) lbNameTaken(name, except string) bool {
	for _, b := range e.LoadBalancers {
		if b.Name == name && b.ID != except {
			return true
		}
	}
	return false
}

// checkLBGroups validates up to five existing security groups.
func (e *state) checkLBGroups(ids []string, code string) ([]string, *tencentapi.Error) {
	if len(ids) > maxLBGroups {
		return nil, tencentapi.Errf(code, "At most %d security groups per load balancer, got %d.", maxLBGroups, len(ids))
	}
	out := []string{}
	for _, id := range ids {
		if _, ok := e.SecurityGroups[id]; !ok {
			return nil, tencentapi.Errf(code, "The security group %q does not exist.", id)
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

type describeLoadBalancersRequest struct {
	EcmRegion         string              `json:"EcmRegion"`
	LoadBalancerIds   []string            `json:"LoadBalancerIds"`
	LoadBalancerName  string              `json:"LoadBalancerName"`
	LoadBalancerVips  []string            `json:"LoadBalancerVips"`
	BackendPrivateIps []string            `json:"BackendPrivateIps"`
	Offset            *int64              `json:"Offset"`
	Limit             *int64              `json:"Limit"`
	WithBackend       *int64              `json:"WithBackend"`
	VpcId             string              `json:"VpcId"`
	Filters           []tencentapi.Filter `json:"Filters"`
	SecurityGroup     string              `json:"SecurityGroup"`
}

type lbView struct {
	Region                   string           `json:"Region"`
	Position                 map[string]any   `json:"Position"`
	LoadBalancerId           string           `json:"LoadBalancerId"`
	LoadBalancerName         string           `json:"LoadBalancerName"`
	LoadBalancerType         string           `json:"LoadBalancerType"`
	LoadBalancerVips         []string         `json:"LoadBalancerVips"`
	Status                   int              `json:"Status"`
	CreateTime               string           `json:"CreateTime"`
	StatusTime               string           `json:"StatusTime"`
	VpcId                    string           `json:"VpcId"`
	Tags                     []lbTag          `json:"Tags"`
	VipIsp                   string           `json:"VipIsp"`
	NetworkAttributes        map[string]int64 `json:"NetworkAttributes"`
	SecureGroups             []string         `json:"SecureGroups"`
	LoadBalancerPassToTarget bool             `json:"LoadBalancerPassToTarget"`
	AddressIPv6              *string          `json:"AddressIPv6"`
}

func (e *state) describeLoadBalancers(c *tencentapi.Call, req *describeLoadBalancersRequest) (any, *tencentapi.Error) {
	if aerr := e.checkOptionalRegionCode(c, req.EcmRegion, "InvalidParameter.RegionNotFound"); aerr != nil {
		return nil, aerr
	}
	offset, lim, aerr := tencentapi.CheckPaging(tencentapi.Int64Or(req.Offset, 0), tencentapi.Int64Or(req.Limit, 20), "InvalidParameterValue.Range")
	if aerr != nil {
		return nil, aerr
	}
	withBackend := tencentapi.Int64Or(req.WithBackend, -1)
	if withBackend < -1 || withBackend > 1 {
		return nil, tencentapi.Errf("InvalidParameterValue.Range", "The parameter WithBackend=%d must be -1, 0 or 1.", withBackend)
	}
	if len(req.Filters) > 10 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidFilter", "At most 10 Filters.")
	}
	var tagKeys []string
	nValues := 0
	for _, f := range req.Filters {
		if f.Name != "tag-key" {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter %q is not supported (only tag-key).", f.Name)
		}
		nValues += len(f.Values)
		tagKeys = append(tagKeys, f.Values...)
	}
	if nValues > 100 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidFilter", "At most 100 Filter.Values.")
	}
	var items []*lbRecord
	for _, b := range e.LoadBalancers {
		if e.lbMatches(b, req, withBackend, tagKeys) {
			items = append(items, b)
		}
	}
	tencentapi.SortBySeq(items, func(b *lbRecord) int64 { return b.Seq }, false)
	page := tencentapi.PageOf(items, offset, lim)
	set := make([]lbView, len(page))
	for i, b := range page {
		set[i] = e.lbView(b)
	}
	return struct {
		TotalCount      int      `json:"TotalCount"`
		LoadBalancerSet []lbView `json:"LoadBalancerSet"`
	}{len(items), set}, nil
}

func (e *state) lbMatches(b *lbRecord, req *describeLoadBalancersRequest, withBackend int64, tagKeys []string) bool {
	switch {
	case req.EcmRegion != "" && b.Region != req.EcmRegion,
		len(req.LoadBalancerIds) > 0 && !slices.Contains(req.LoadBalancerIds, b.ID),
		req.LoadBalancerName != "" && b.Name != req.LoadBalancerName,
		len(req.LoadBalancerVips) > 0 && !slices.Contains(req.LoadBalancerVips, b.VIP),
		req.VpcId != "" && b.VpcID != req.VpcId,
		req.SecurityGroup != "" && !slices.Contains(b.Groups, req.SecurityGroup):
		return false
	}
	if len(tagKeys) > 0 && !slices.ContainsFunc(b.Tags, func(t lbTag) bool { return slices.Contains(tagKeys, t.TagKey) }) {
		return false
	}
	backendIPs := e.lbBackendIPs(b)
	if withBackend == 0 && len(backendIPs) > 0 || withBackend == 1 && len(backendIPs) == 0 {
		return false
	}
	if len(req.BackendPrivateIps) > 0 && !slices.ContainsFunc(req.BackendPrivateIps, func(ip string) bool { return slices.Contains(backendIPs, ip) }) {
		return false
	}
	return true
}

// lbBackendIPs lists the private IPs of every target of the load balancer.
func (e *state) lbBackendIPs(b *lbRecord) []string {
	var out []string
	for _, l := range b.Listeners {
		for _, t := range l.Targets {
			out = append(out, e.targetIP(t))
		}
	}
	return out
}

func (e *state) lbView(b *lbRecord) lbView {
	v := lbView{
		Region: b.Region, Position: e.lbPosition(b.Region),
		LoadBalancerId: b.ID, LoadBalancerName: b.Name, LoadBalancerType: b.Type,
		LoadBalancerVips: []string{b.VIP}, Status: b.Status,
		CreateTime: b.Created.In(chinaStandard).Format(tcTimeLayout), StatusTime: b.StatusTime.In(chinaStandard).Format(tcTimeLayout),
		VpcId: b.VpcID, Tags: append([]lbTag{}, b.Tags...), VipIsp: b.ISP,
		NetworkAttributes: map[string]int64{"InternetMaxBandwidthOut": b.Bandwidth},
		SecureGroups:      append([]string{}, b.Groups...), LoadBalancerPassToTarget: b.PassToTarget,
	}
	if b.IPv6 != "" {
		v.AddressIPv6 = &b.IPv6
	}
	return v
}

type modifyLoadBalancerAttributesRequest struct {
	LoadBalancerId           string                `json:"LoadBalancerId"`
	LoadBalancerName         *string               `json:"LoadBalancerName"`
	InternetChargeInfo       *lbInternetAccessible `json:"InternetChargeInfo"`
	LoadBalancerPassToTarget *bool                 `json:"LoadBalancerPassToTarget"`
}

func (e *state) modifyLoadBalancerAttributes(c *tencentapi.Call, req *modifyLoadBalancerAttributesRequest) (any, *tencentapi.Error) {
	b, aerr := e.findLB(req.LoadBalancerId, "InvalidParameter.LBIdNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if req.LoadBalancerName != nil {
		if !lbNamePattern.MatchString(*req.LoadBalancerName) {
			return nil, tencentapi.Errf("InvalidParameterValue.Length", "The parameter LoadBalancerName=%q must be 1 to 50 letters, digits, hyphens and underscores.", *req.LoadBalancerName)
		}
		if e.lbNameTaken(*req.LoadBalancerName, b.ID) {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "Another load balancer is named %q.", *req.LoadBalancerName)
		}
	}
	bw := b.Bandwidth
	if req.InternetChargeInfo != nil {
		v, aerr := req.InternetChargeInfo.InternetMaxBandwidthOut.Value("InternetChargeInfo.InternetMaxBandwidthOut", b.Bandwidth)
		if aerr != nil {
			return nil, aerr
		}
		if v < 1 || v > maxLBBandwidth {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidPublicParam", "The parameter InternetChargeInfo.InternetMaxBandwidthOut=%d must be between 1 and %d.", v, maxLBBandwidth)
		}
		bw = v
	}
	t := e.startCLBTask(c, false)
	t.keepAttrs(b)
	if req.LoadBalancerName != nil {
		b.Name = *req.LoadBalancerName
	}
	b.Bandwidth = bw
	if req.LoadBalancerPassToTarget != nil {
		b.PassToTarget = *req.LoadBalancerPassToTarget
	}
	return nil, nil
}

type deleteLoadBalancerRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
}

func (e *state) deleteLoadBalancer(c *tencentapi.Call, req *deleteLoadBalancerRequest) (any, *tencentapi.Error) {
	if len(req.LoadBalancerIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter LoadBalancerIds is required.")
	}
	if len(req.LoadBalancerIds) > maxDeleteLBs {
		return nil, tencentapi.Errf("LimitExceeded", "At most %d load balancers per call, got %d.", maxDeleteLBs, len(req.LoadBalancerIds))
	}
	for _, id := range req.LoadBalancerIds {
		if _, aerr := e.findLB(id, "InvalidParameter.LBIdNotFound"); aerr != nil {
			return nil, aerr
		}
	}
	t := e.startCLBTask(c, false)
	t.DeletedLBs = map[string]*lbRecord{}
	for _, id := range req.LoadBalancerIds {
		if b, ok := e.LoadBalancers[id]; ok {
			t.DeletedLBs[id] = b.cloneAll()
			e.removeLB(id)
		}
	}
	return nil, nil
}

type setLoadBalancerSecurityGroupsRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	SecurityGroups []string `json:"SecurityGroups"`
}

func (e *state) setLoadBalancerSecurityGroups(c *tencentapi.Call, req *setLoadBalancerSecurityGroupsRequest) (any, *tencentapi.Error) {
	b, aerr := e.findLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	groups, aerr := e.checkLBGroups(req.SecurityGroups, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	t := e.startCLBTask(c, false)
	t.keepAttrs(b)
	b.Groups = groups
	return nil, nil
}

type setSecurityGroupForLoadbalancersRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
	SecurityGroup   string   `json:"SecurityGroup"`
	OperationType   string   `json:"OperationType"`
}

func (e *state) setSecurityGroupForLoadbalancers(c *tencentapi.Call, req *setSecurityGroupForLoadbalancersRequest) (any, *tencentapi.Error) {
	if len(req.LoadBalancerIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter LoadBalancerIds is required.")
	}
	if aerr := tencentapi.FirstErr(tencentapi.Require("SecurityGroup", req.SecurityGroup), tencentapi.Require("OperationType", req.OperationType)); aerr != nil {
		return nil, aerr
	}
	if req.OperationType != "ADD" && req.OperationType != "DEL" {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter OperationType=%q must be ADD or DEL.", req.OperationType)
	}
	if _, ok := e.SecurityGroups[req.SecurityGroup]; !ok {
		return nil, tencentapi.Errf("InvalidParameterValue", "The security group %q does not exist.", req.SecurityGroup)
	}
	var lbs []*lbRecord
	for _, id := range req.LoadBalancerIds {
		b, aerr := e.findLB(id, "InvalidParameter.LBIdNotFound")
		if aerr != nil {
			return nil, aerr
		}
		if req.OperationType == "ADD" && !slices.Contains(b.Groups, req.SecurityGroup) && len(b.Groups) >= maxLBGroups {
			return nil, tencentapi.Errf("InvalidParameterValue", "The load balancer %s already has %d security groups.", id, maxLBGroups)
		}
		lbs = append(lbs, b)
	}
	t := e.startCLBTask(c, false)
	for _, b := range lbs {
		t.keepAttrs(b)
		if req.OperationType == "ADD" {
			if !slices.Contains(b.Groups, req.SecurityGroup) {
				b.Groups = append(b.Groups, req.SecurityGroup)
			}
		} else {
			b.Groups = slices.DeleteFunc(b.Groups, func(g string) bool { return g == req.SecurityGroup })
		}
	}
	return nil, nil
}

// lbPosition is the region's place from the catalog (DescribeNode's Position shape).
func (e *state) lbPosition(region string) map[string]any {
	r, ok := e.catalog.regions[region]
	if !ok {
		return map[string]any{}
	}
	zone := map[string]any{"Zone": "", "ZoneName": "", "ZoneId": 0}
	if len(r.Zones) > 0 {
		z := r.Zones[0]
		zone = map[string]any{"Zone": z.Zone, "ZoneName": z.ZoneName, "ZoneId": z.ZoneID}
	}
	return map[string]any{
		"Province":   map[string]any{"ProvinceId": r.ProvinceID, "ProvinceName": r.ProvinceName},
		"City":       map[string]any{"CityId": r.CityID, "CityName": r.CityName},
		"Area":       map[string]any{"AreaId": r.AreaID, "AreaName": r.AreaName},
		"Country":    map[string]any{"CountryName": r.CountryName, "CountryId": r.CountryID},
		"ZoneInfo":   zone,
		"RegionInfo": map[string]any{"Region": r.Region, "RegionId": r.RegionID, "RegionName": r.RegionName},
	}
}

// sgLoadBalancers lists the load balancers bound to a security group, by creation.
func (e *state) sgLoadBalancers(id string) []string {
	var lbs []*lbRecord
	for _, b := range e.LoadBalancers {
		if slices.Contains(b.Groups, id) {
			lbs = append(lbs, b)
		}
	}
	tencentapi.SortBySeq(lbs, func(b *lbRecord) int64 { return b.Seq }, false)
	out := make([]string, len(lbs))
	for i, b := range lbs {
		out[i] = b.ID
	}
	return out
}
