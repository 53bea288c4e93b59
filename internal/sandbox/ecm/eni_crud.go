package ecm

import (
	"strings"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// CreateNetworkInterface (L21581), DescribeNetworkInterfaces (L21849) and
// DeleteNetworkInterface (L23144).
//
// Choices where the document is silent:
//   - CreateNetworkInterface: an unknown VPC or a subnet that is unknown or
//     of another VPC is ResourceNotFound; a too long name or description
//     InvalidParameterValue.LimitExceeded; more than 5 security groups
//     InvalidParameterValue.LimitExceeded, an unknown one ResourceNotFound.
//     PrivateIpAddresses: the entry marked Primary (else the first) is the
//     primary address; an address outside the subnet is
//     InvalidParameterValue.Range, its network, gateway (.1) or broadcast
//     address InvalidParameterValue.Reserved, one in use ResourceInUse.
//     More addresses than the per-ENI quota is LimitExceeded (the table has
//     no PrivateIPQuota code), a full subnet ResourceInsufficient. The
//     answer shows CreatedTime like DescribeNetworkInterfaces (the example's
//     "" is the document's inconsistency).
//   - DescribeNetworkInterfaces: EcmRegion absent lists every region;
//     network-interface-name and -description match substrings; is-primary
//     takes true/false (any case; else InvalidParameterValue.InvalidFilter);
//     a wrongly typed parameter is InvalidParameter (no InvalidDataFormat in
//     its table).
//   - DeleteNetworkInterface: an attached ENI, one in an attach/detach, or one
//     with an EIP bound is ResourceInUse; a primary ENI, a PENDING or
//     DELETING one UnsupportedOperation; an unknown region
//     InvalidParameterValue (no InvalidRegion in its table).

type privateIPSpecIn struct {
	PrivateIpAddress string  `json:"PrivateIpAddress"`
	Primary          *bool   `json:"Primary"`
	PublicIpAddress  string  `json:"PublicIpAddress"`
	AddressId        string  `json:"AddressId"`
	Description      *string `json:"Description"`
	IsWanIpBlocked   *bool   `json:"IsWanIpBlocked"`
	State            string  `json:"State"`
}

type createNetworkInterfaceRequest struct {
	VpcId                          string            `json:"VpcId"`
	NetworkInterfaceName           string            `json:"NetworkInterfaceName"`
	SubnetId                       string            `json:"SubnetId"`
	EcmRegion                      string            `json:"EcmRegion"`
	NetworkInterfaceDescription    string            `json:"NetworkInterfaceDescription"`
	SecondaryPrivateIpAddressCount *int64            `json:"SecondaryPrivateIpAddressCount"`
	SecurityGroupIds               []string          `json:"SecurityGroupIds"`
	PrivateIpAddresses             []privateIPSpecIn `json:"PrivateIpAddresses"`
	Tags                           []tencentapi.Tag  `json:"Tags"`
}

func (e *state) createNetworkInterface(c *tencentapi.Call, req *createNetworkInterfaceRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("VpcId", req.VpcId),
		tencentapi.Require("SubnetId", req.SubnetId), tencentapi.Require("NetworkInterfaceName", req.NetworkInterfaceName),
		checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"),
		checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	if len(req.NetworkInterfaceName) > maxENINameBytes {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "The parameter NetworkInterfaceName is %d bytes; at most %d are allowed.", len(req.NetworkInterfaceName), maxENINameBytes)
	}
	if n := utf8.RuneCountInString(req.NetworkInterfaceDescription); n > maxENIDescChars {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "The parameter NetworkInterfaceDescription is %d characters; at most %d are allowed.", n, maxENIDescChars)
	}
	r := e.region(req.EcmRegion)
	if _, ok := r.VPCs[req.VpcId]; !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	s, ok := r.Subnets[req.SubnetId]
	if !ok || s.VpcID != req.VpcId {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the VPC %s.", req.SubnetId, req.VpcId)
	}
	e.ensureDefaultSG(c)
	groups := dedupeStrings(req.SecurityGroupIds)
	if len(groups) > maxENISGs {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d security groups may be bound to an ENI; got %d.", maxENISGs, len(groups))
	}
	for k, id := range groups {
		if aerr := checkID("SecurityGroupIds."+itoa(k), "esg", id, "InvalidParameterValue.Malformed"); aerr != nil {
			return nil, aerr
		}
		if _, ok := e.SecurityGroups[id]; !ok {
			return nil, tencentapi.Errf("ResourceNotFound", "The security group %s does not exist.", id)
		}
	}
	if aerr := checkTags(req.Tags, tagCodes{"InvalidParameterValue.LimitExceeded", "InvalidParameterValue.LimitExceeded"}); aerr != nil {
		return nil, aerr
	}
	if len(req.PrivateIpAddresses) > maxIPsPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d PrivateIpAddresses may be given; got %d.", maxIPsPerCall, len(req.PrivateIpAddresses))
	}
	extra := tencentapi.Int64Or(req.SecondaryPrivateIpAddressCount, 0)
	if extra < 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.Range", "The parameter SecondaryPrivateIpAddressCount=%d must not be negative.", extra)
	}
	// The primary: the entry marked Primary, else the first entry, else a free address.
	specs := append([]privateIPSpecIn(nil), req.PrivateIpAddresses...)
	for k, sp := range specs {
		if sp.Primary != nil && *sp.Primary && k > 0 {
			specs[0], specs[k] = specs[k], specs[0]
			break
		}
	}
	total := int64(len(specs)) + extra
	if len(specs) == 0 {
		total++
	}
	if q := limit(c, LimitENIPrivateIPs); total > int64(q) {
		return nil, tencentapi.Errf("LimitExceeded", "An ENI holds at most %d private IPs; %d were asked for.", q, total)
	}
	mine := 0
	for _, n := range e.ENIs {
		if n.Region == req.EcmRegion && !n.Primary {
			mine++
		}
	}
	if q := limit(c, LimitENIsPerRegion); mine >= q {
		return nil, tencentapi.Errf("LimitExceeded.EniQuotaLimitExceeded", "The ECM region %s already has %d ENIs, the quota.", req.EcmRegion, q)
	}
	taken := map[string]bool{}
	var ips []eniIP
	for k, sp := range specs {
		if aerr := e.checkNewIP(s, "PrivateIpAddresses."+itoa(k), sp.PrivateIpAddress, taken); aerr != nil {
			return nil, aerr
		}
		taken[sp.PrivateIpAddress] = true
		ips = append(ips, eniIP{IP: sp.PrivateIpAddress, Description: strOr(sp.Description), State: eniPending})
	}
	want := int(extra)
	if len(specs) == 0 {
		want++
	}
	for i := 0; i < want; i++ {
		ip, ok := e.freePrivateIP(s, taken)
		if !ok {
			return nil, tencentapi.Errf("ResourceInsufficient", "The subnet %s has no free private IP for %d more addresses.", s.ID, want-i)
		}
		taken[ip] = true
		ips = append(ips, eniIP{IP: ip, State: eniPending})
	}
	n := &eniRecord{
		ID: e.newID("eni", kindENI, req.EcmRegion), Name: req.NetworkInterfaceName, Description: req.NetworkInterfaceDescription,
		Region: req.EcmRegion, Zone: s.Zone, VpcID: s.VpcID, SubnetID: s.ID, Groups: groups, IPs: ips,
		Tags: copyTags(req.Tags), Created: c.Now, Seq: e.nextSeq(), State: eniAvailable,
	}
	e.indexENI(n)
	e.startENIOp(c, n, eniPending, "")
	return struct {
		NetworkInterface networkInterfaceOut `json:"NetworkInterface"`
	}{e.eniView(n)}, nil
}

// checkNewIP validates an explicit address for the subnet: in range, not
// reserved, free (and not given twice in the call).
func (e *state) checkNewIP(s *subnetRecord, param, ip string, taken map[string]bool) *tencentapi.Error {
	if aerr := tencentapi.Require(param+".PrivateIpAddress", ip); aerr != nil {
		return aerr
	}
	v, ok := ipU32(ip)
	if !ok {
		return tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter %s.PrivateIpAddress=%q is not an IPv4 address.", param, ip)
	}
	first, last, _ := subnetHosts(s.CIDR)
	if v == first-1 || v == first-2 || v == last+1 {
		return tencentapi.Errf("InvalidParameterValue.Reserved", "The address %s is reserved in the subnet %s (%s).", ip, s.ID, s.CIDR)
	}
	if v < first || v > last {
		return tencentapi.Errf("InvalidParameterValue.Range", "The address %s is not in the subnet %s (%s).", ip, s.ID, s.CIDR)
	}
	if _, used := e.subnetIPs[s.ID][ip]; used || taken[ip] {
		return tencentapi.Errf("ResourceInUse", "The address %s is in use in the subnet %s.", ip, s.ID)
	}
	return nil
}

func strOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

type describeNetworkInterfacesRequest struct {
	NetworkInterfaceIds []string            `json:"NetworkInterfaceIds"`
	Filters             []tencentapi.Filter `json:"Filters"`
	Offset              *int64              `json:"Offset"`
	Limit               *int64              `json:"Limit"`
	EcmRegion           string              `json:"EcmRegion"`
}

func (e *state) eniFilters() tencentapi.FilterSet[*eniRecord] {
	return tencentapi.FilterSet[*eniRecord]{
		Defs: map[string]tencentapi.FilterDef[*eniRecord]{
			"vpc-id":                        {Match: func(n *eniRecord, v []string) bool { return tencentapi.AnyEqual(n.VpcID, v) }},
			"subnet-id":                     {Match: func(n *eniRecord, v []string) bool { return tencentapi.AnyEqual(n.SubnetID, v) }},
			"network-interface-id":          {Match: func(n *eniRecord, v []string) bool { return tencentapi.AnyEqual(n.ID, v) }},
			"attachment.instance-id":        {Match: func(n *eniRecord, v []string) bool { return n.InstanceID != "" && tencentapi.AnyEqual(n.InstanceID, v) }},
			"network-interface-name":        {Match: func(n *eniRecord, v []string) bool { return tencentapi.AnyContains(n.Name, v) }},
			"network-interface-description": {Match: func(n *eniRecord, v []string) bool { return tencentapi.AnyContains(n.Description, v) }},
			"groups.security-group-id": {Match: func(n *eniRecord, v []string) bool {
				for _, g := range e.eniGroups(n) {
					if tencentapi.AnyEqual(g, v) {
						return true
					}
				}
				return false
			}},
			"address-ip": {Match: func(n *eniRecord, v []string) bool {
				for _, ip := range n.IPs {
					if tencentapi.AnyEqual(ip.IP, v) {
						return true
					}
				}
				return false
			}},
			"is-primary": {Match: func(n *eniRecord, v []string) bool {
				for _, x := range v {
					if strings.EqualFold(x, "true") == n.Primary {
						return true
					}
				}
				return false
			}},
		},
		Tags: func(n *eniRecord) []tencentapi.Tag { return n.Tags },
	}
}

func checkIsPrimaryFilter(filters []tencentapi.Filter) *tencentapi.Error {
	for i, f := range filters {
		if f.Name != "is-primary" {
			continue
		}
		for j, v := range f.Values {
			if !strings.EqualFold(v, "true") && !strings.EqualFold(v, "false") {
				return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The value Filters.%d.Values.%d=%q of is-primary must be true or false.", i, j, v)
			}
		}
	}
	return nil
}

func (e *state) describeNetworkInterfaces(c *tencentapi.Call, req *describeNetworkInterfacesRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[*eniRecord]{
		Scope: tencentapi.FirstErr(e.checkOptionalRegion(c, req.EcmRegion),
			checkIDs("NetworkInterfaceIds", "eni", req.NetworkInterfaceIds, "InvalidParameterValue.Malformed"),
			checkIsPrimaryFilter(req.Filters)),
		IDsParam: "NetworkInterfaceIds", IDs: req.NetworkInterfaceIds, TooManyIDs: "InvalidParameterValue.ParameterValueTooLarge",
		Filters: req.Filters, FilterSet: e.eniFilters(),
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue.ParameterValueTooLarge",
		Seq:        func(n *eniRecord) int64 { return n.Seq },
		Candidates: func(ids []string) []*eniRecord { return e.enis(req.EcmRegion, ids) },
	}.Run()
	if aerr != nil {
		return nil, aerr
	}
	set := []networkInterfaceOut{}
	for _, n := range page {
		set = append(set, e.eniView(n))
	}
	return struct {
		TotalCount          int                   `json:"TotalCount"`
		NetworkInterfaceSet []networkInterfaceOut `json:"NetworkInterfaceSet"`
	}{total, set}, nil
}

// enis returns the ENIs with the IDs in the region ("" = any), or all of them.
func (e *state) enis(regionName string, ids []string) []*eniRecord {
	var out []*eniRecord
	if ids != nil {
		for _, id := range ids {
			if n, ok := e.ENIs[id]; ok && (regionName == "" || n.Region == regionName) {
				out = append(out, n)
			}
		}
		return out
	}
	for _, n := range e.ENIs {
		if regionName == "" || n.Region == regionName {
			out = append(out, n)
		}
	}
	return out
}

type deleteNetworkInterfaceRequest struct {
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	EcmRegion          string `json:"EcmRegion"`
}

func (e *state) deleteNetworkInterface(c *tencentapi.Call, req *deleteNetworkInterfaceRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	n, aerr := e.findENI("NetworkInterfaceId", req.NetworkInterfaceId, req.EcmRegion, "MissingParameter.MissingNetworkInterfaceParameter", "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	switch {
	case n.Primary:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is the primary ENI of the instance %s; it goes with the instance.", n.ID, n.InstanceID)
	case n.InstanceID != "" || n.State == eniAttaching || n.State == eniDetaching:
		return nil, tencentapi.Errf("ResourceInUse", "The ENI %s is attached to an instance (%s); detach it first.", n.ID, n.State)
	case n.State != eniAvailable:
		return nil, tencentapi.Errf("UnsupportedOperation", "The ENI %s is %s.", n.ID, n.State)
	}
	for ip, a := range e.eniBindings(n.Region, n.ID) {
		return nil, tencentapi.Errf("ResourceInUse", "The EIP %s is bound to the address %s of the ENI %s; unbind it first.", a.ID, ip, n.ID)
	}
	e.startENIOp(c, n, eniDeleting, "")
	return nil, nil
}
