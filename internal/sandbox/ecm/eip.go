package ecm

import (
	"net/netip"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM EIP actions, part 1: AllocateAddresses (L25295), DescribeAddresses
// (L24699), DescribeAddressQuota (L24913). Modifications are in
// eip_modify.go, tasks in task.go.

// dayLayout is a UTC day, for the daily EIP quota.
const dayLayout = "2006-01-02"

const (
	addressCreating  = "CREATING"
	addressUnbind    = "UNBIND"
	addressOfflining = "OFFLINING"

	minBandwidth     = 1
	maxBandwidth     = 5000
	defaultBandwidth = 1
)

type addressRecord struct {
	ID               string           `json:"id"`
	Name             string           `json:"name,omitempty"`
	IP               string           `json:"ip"`
	Status           string           `json:"status"`
	ISP              string           `json:"isp"`
	Bandwidth        int64            `json:"bandwidth"`
	DirectConnection bool             `json:"direct_connection,omitempty"`
	Tags             []tencentapi.Tag `json:"tags,omitempty"` // accepted; Address has no TagSet to show them
	// The binding (eip_assoc.go): the ENI and its private IP, the instance it is attached to.
	ENI        string    `json:"eni,omitempty"`
	PrivateIP  string    `json:"private_ip,omitempty"`
	InstanceID string    `json:"instance_id,omitempty"`
	Reallocate bool      `json:"reallocate,omitempty"` // DisassociateAddress' ReallocateNormalPublicIp, until its task ends
	Created    time.Time `json:"created"`
	Seq        int64     `json:"seq"`
}

func (a *addressRecord) info() addressInfo {
	isp, bw := a.ISP, a.Bandwidth
	info := addressInfo{
		AddressId:               a.ID,
		AddressName:             a.Name,
		AddressStatus:           a.Status,
		AddressIp:               a.IP,
		CreatedTime:             isoTime(a.Created),
		IsEipDirectConnection:   a.DirectConnection,
		AddressType:             "EIP",
		InternetServiceProvider: &isp,
		Bandwidth:               &bw,
	}
	if a.ENI != "" {
		eni, ip := a.ENI, a.PrivateIP
		info.NetworkInterfaceId, info.PrivateAddressIp = &eni, &ip
	}
	if a.InstanceID != "" {
		ins := a.InstanceID
		info.InstanceId = &ins
	}
	return info
}

// The public IPs handed out come from the documentation ranges TEST-NET-3
// and TEST-NET-2 (.1 to .254 of each), then, once those are used, from the
// benchmarking range 198.18.0.0/15, so that raised limits can hold tens of
// thousands of EIPs.
var ipPools = []netip.Prefix{
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
}

// poolHosts is the number of addresses handed out from p (not the first and last).
func poolHosts(p netip.Prefix) int { return 1<<(32-p.Bits()) - 2 }

// poolAddr is the idx-th address of all the pools.
func poolAddr(idx int) string {
	for _, p := range ipPools {
		if n := poolHosts(p); idx >= n {
			idx -= n
			continue
		}
		b := p.Addr().As4()
		v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		v += uint32(idx + 1)
		return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}).String()
	}
	return ""
}

// allocateIP returns an unused pool address, round-robin from NextIP, and
// marks it used.
func (e *state) allocateIP() (string, bool) {
	total := 0
	for _, p := range ipPools {
		total += poolHosts(p)
	}
	for i := 0; i < total; i++ {
		idx := (e.NextIP + i) % total
		ip := poolAddr(idx)
		if !e.ips[ip] {
			e.ips[ip] = true
			e.NextIP = (idx + 1) % total
			return ip, true
		}
	}
	return "", false
}

type allocateAddressesRequest struct {
	EcmRegion               string           `json:"EcmRegion"`
	AddressCount            *int64           `json:"AddressCount"`
	InternetServiceProvider string           `json:"InternetServiceProvider"`
	InternetMaxBandwidthOut *int64           `json:"InternetMaxBandwidthOut"`
	Tags                    []tencentapi.Tag `json:"Tags"`
	InstanceId              string           `json:"InstanceId"`
	NetworkInterfaceId      string           `json:"NetworkInterfaceId"`
	PrivateIpAddress        string           `json:"PrivateIpAddress"`
}

func (e *state) allocateAddresses(c *tencentapi.Call, req *allocateAddressesRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	count := tencentapi.Int64Or(req.AddressCount, 1)
	if count < 1 {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter AddressCount=%d must be at least 1.", count)
	}
	// An ISP must be one the region offers (DescribeNode's ISPSet); without
	// one, CTCC where offered, else the region's first (the document is silent).
	offered := e.catalog.isps(req.EcmRegion)
	isp := req.InternetServiceProvider
	if isp == "" {
		isp = defaultISP
		if !tencentapi.AnyEqual(isp, offered) && len(offered) > 0 {
			isp = offered[0]
		}
	}
	if !validISPs[isp] {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter InternetServiceProvider=%q must be one of CMCC, CTCC, CUCC.", req.InternetServiceProvider)
	}
	if !tencentapi.AnyEqual(isp, offered) {
		return nil, tencentapi.Errf("InvalidParameterValue", "The ISP %s is not offered in the ECM region %s (offered: %s).", isp, req.EcmRegion, strings.Join(offered, ", "))
	}
	bw := tencentapi.Int64Or(req.InternetMaxBandwidthOut, defaultBandwidth)
	if bw < minBandwidth || bw > maxBandwidth {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidBandwidth", "The parameter InternetMaxBandwidthOut=%d must be between %d and %d Mbps.", bw, minBandwidth, maxBandwidth)
	}
	if aerr := checkTags(req.Tags, tagCodes{"InvalidParameterValue.ParameterValueTooLarge", "InvalidParameterValue"}); aerr != nil {
		return nil, aerr
	}
	if aerr := checkAllocateBinding(req, count); aerr != nil {
		return nil, aerr
	}
	r := e.region(req.EcmRegion)
	current := len(r.Addresses)
	if quota := limit(c, LimitEIPsPerRegion); int64(current)+count > int64(quota) {
		return nil, tencentapi.Errf("LimitExceeded.AddressQuotaLimitExceeded", "Allocating %d EIP(s) would exceed the quota of %d EIPs in %s (%d in use).", count, quota, req.EcmRegion, current)
	}
	day := c.Now.UTC().Format(dayLayout)
	if r.ApplyDay != day {
		r.ApplyDay, r.ApplyCount = day, 0
	}
	if daily := limit(c, LimitEIPDailyAllocation); int64(r.ApplyCount)+count > int64(daily) {
		return nil, tencentapi.Errf("LimitExceeded.AddressQuotaLimitExceededDailyAllocate", "Allocating %d EIP(s) would exceed the %d EIP allocations allowed per day in %s (%d made today, UTC).", count, daily, req.EcmRegion, r.ApplyCount)
	}
	ids := make([]string, 0, count)
	for i := int64(0); i < count; i++ {
		ip, ok := e.allocateIP()
		if !ok {
			for _, id := range ids {
				e.removeAddress(r, id)
			}
			return nil, tencentapi.Errf("ResourceInsufficient.IPQuotaNotEnough", "The sandbox's public IP pool is exhausted.")
		}
		a := &addressRecord{
			ID:        e.newID("eip", kindAddress, req.EcmRegion),
			IP:        ip,
			Status:    addressCreating,
			ISP:       isp,
			Bandwidth: bw,
			Tags:      copyTags(req.Tags),
			Created:   c.Now,
			Seq:       e.nextSeq(),
		}
		r.Addresses[a.ID] = a
		ids = append(ids, a.ID)
		e.lagWrite(c.ReadLag, kindAddress, req.EcmRegion, a.ID, nil)
	}
	r.ApplyCount += int(count)
	t := e.startTask(c, req.EcmRegion, ids, 0)
	return struct {
		AddressSet []string `json:"AddressSet"`
		TaskId     string   `json:"TaskId"`
	}{ids, t.ID}, nil
}

// checkAllocateBinding validates the optional binding parameters. Binding at
// allocation is not emulated (bind with AssociateAddress, eip_assoc.go): a
// well-formed binding request is UnsupportedOperation, a sandbox choice.
func checkAllocateBinding(req *allocateAddressesRequest, count int64) *tencentapi.Error {
	switch {
	case req.InstanceId != "" && req.NetworkInterfaceId != "":
		return tencentapi.Errf("InvalidParameter.InvalidParameterConflict", "InstanceId and NetworkInterfaceId cannot be specified at the same time.")
	case req.NetworkInterfaceId != "" && req.PrivateIpAddress == "":
		return tencentapi.Errf("MissingParameter.MissingPrivateIpAddress", "PrivateIpAddress is required with NetworkInterfaceId %s.", req.NetworkInterfaceId)
	case req.NetworkInterfaceId != "" && count != 1:
		return tencentapi.Errf("InvalidParameterValue.InvalidAddressCount", "Only one EIP can be allocated when binding the ENI %s; AddressCount is %d.", req.NetworkInterfaceId, count)
	case req.PrivateIpAddress != "" && req.NetworkInterfaceId == "":
		return tencentapi.Errf("InvalidParameter", "PrivateIpAddress can only be given together with NetworkInterfaceId.")
	case req.InstanceId != "" || req.NetworkInterfaceId != "":
		return tencentapi.Errf("UnsupportedOperation", "Binding an EIP at allocation (InstanceId/NetworkInterfaceId) is not emulated by the sandbox; use AssociateAddress.")
	}
	return nil
}

type describeAddressesRequest struct {
	EcmRegion  string              `json:"EcmRegion"`
	AddressIds []string            `json:"AddressIds"`
	Filters    []tencentapi.Filter `json:"Filters"`
	Offset     *int64              `json:"Offset"`
	Limit      *int64              `json:"Limit"`
}

// addressStatuses are Address.AddressStatus's documented values, which the
// address-status filter accepts (the example's BINDED is not one of them).
var addressStatuses = []string{"CREATING", "BINDING", "BIND", "UNBINDING", "UNBIND", "OFFLINING", "BIND_ENI"}

// checkAddressFilters validates the values of the filters whose values are
// documented: address-status (AddressStatus values) and is-arrears
// (TRUE/FALSE, any case). InvalidParameterValue, from the action's table.
func checkAddressFilters(filters []tencentapi.Filter) *tencentapi.Error {
	for i, f := range filters {
		for j, v := range f.Values {
			switch {
			case f.Name == "address-status" && !tencentapi.AnyEqual(v, addressStatuses):
				return tencentapi.Errf("InvalidParameterValue", "The value Filters.%d.Values.%d=%q of address-status is not an EIP status (%s).", i, j, v, strings.Join(addressStatuses, ", "))
			case f.Name == "is-arrears" && !strings.EqualFold(v, "TRUE") && !strings.EqualFold(v, "FALSE"):
				return tencentapi.Errf("InvalidParameterValue", "The value Filters.%d.Values.%d=%q of is-arrears must be TRUE or FALSE.", i, j, v)
			}
		}
	}
	return nil
}

// describeAddressesCodes maps the shared Describe helper's codes that
// DescribeAddresses' table lacks to the closest ones it has.
var describeAddressesCodes = map[string]string{
	"InvalidParameter.Coexist":                  "InvalidParameter",
	"InvalidParameterValue.InvalidFilter":       "InvalidParameterValue",
	"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue.ParameterValueTooLarge",
}

// remapCode answers an action's documented code for a helper's code.
func remapCode(aerr *tencentapi.Error, codes map[string]string) *tencentapi.Error {
	if aerr == nil {
		return nil
	}
	if to, ok := codes[aerr.Code]; ok {
		return &tencentapi.Error{Code: to, Message: aerr.Message}
	}
	return aerr
}

var addressFilters = tencentapi.FilterSet[*addressRecord]{
	Defs: map[string]tencentapi.FilterDef[*addressRecord]{
		"address-id":     {Match: func(a *addressRecord, v []string) bool { return tencentapi.AnyEqual(a.ID, v) }},
		"address-name":   {Match: func(a *addressRecord, v []string) bool { return tencentapi.AnyEqual(a.Name, v) }},
		"address-ip":     {Match: func(a *addressRecord, v []string) bool { return tencentapi.AnyEqual(a.IP, v) }},
		"address-status": {Match: func(a *addressRecord, v []string) bool { return tencentapi.AnyEqual(a.Status, v) }},
		"instance-id": {Match: func(a *addressRecord, v []string) bool {
			return a.InstanceID != "" && tencentapi.AnyEqual(a.InstanceID, v)
		}},
		"private-ip-address": {Match: func(a *addressRecord, v []string) bool {
			return a.PrivateIP != "" && tencentapi.AnyEqual(a.PrivateIP, v)
		}},
		"network-interface-id": {Match: func(a *addressRecord, v []string) bool { return a.ENI != "" && tencentapi.AnyEqual(a.ENI, v) }},
		"is-arrears": {Match: func(_ *addressRecord, v []string) bool {
			for _, x := range v {
				if strings.EqualFold(x, "FALSE") {
					return true
				}
			}
			return false
		}},
	},
	MaxFilters: 10,
	MaxValues:  5,
	LimitCode:  "InvalidParameterValue.ParameterValueTooLarge",
}

func (e *state) describeAddresses(c *tencentapi.Call, req *describeAddressesRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[*addressRecord]{
		Scope: tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion),
			checkIDs("AddressIds", "eip", req.AddressIds, "UnsupportedOperation.Malformed"),
			checkAddressFilters(req.Filters)),
		IDsParam: "AddressIds", IDs: req.AddressIds, TooManyIDs: "InvalidParameterValue.ParameterValueTooLarge",
		Filters: req.Filters, FilterSet: addressFilters,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue",
		Seq:        func(a *addressRecord) int64 { return a.Seq },
		Candidates: func(ids []string) []*addressRecord { return e.addresses(req.EcmRegion, ids) },
	}.Run()
	if aerr != nil {
		return nil, remapCode(aerr, describeAddressesCodes)
	}
	set := []addressInfo{}
	for _, a := range page {
		set = append(set, a.info())
	}
	return struct {
		TotalCount int           `json:"TotalCount"`
		AddressSet []addressInfo `json:"AddressSet"`
	}{total, set}, nil
}

// addresses returns the region's EIPs with the IDs (found through the
// registry), or all of them.
func (e *state) addresses(regionName string, ids []string) []*addressRecord {
	var out []*addressRecord
	if ids != nil {
		for _, id := range ids {
			if _, ok := e.lookup(id, kindAddress, regionName); ok {
				out = append(out, e.Regions[regionName].Addresses[id])
			}
		}
	} else {
		for _, a := range e.peekRegion(regionName).Addresses {
			out = append(out, a)
		}
	}
	return applyLag(e, kindAddress, regionName, ids, out, func(a *addressRecord) string { return a.ID },
		func(_ string, before any) *addressRecord { return before.(*addressRecord) })
}

type describeAddressQuotaRequest struct {
	EcmRegion string `json:"EcmRegion"`
}

func (e *state) describeAddressQuota(c *tencentapi.Call, req *describeAddressQuotaRequest) (any, *tencentapi.Error) {
	if aerr := e.checkRegion(c, req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	applied := 0
	if r.ApplyDay == c.Now.UTC().Format(dayLayout) {
		applied = r.ApplyCount
	}
	return struct {
		QuotaSet []eipQuota `json:"QuotaSet"`
	}{[]eipQuota{
		{QuotaId: "TOTAL_EIP_QUOTA", QuotaCurrent: len(r.Addresses), QuotaLimit: limit(c, LimitEIPsPerRegion)},
		{QuotaId: "DAILY_EIP_APPLY", QuotaCurrent: applied, QuotaLimit: limit(c, LimitEIPDailyAllocation)},
		// DAILY_EIP_ASSIGN (reallocations of a general public IP, DisassociateAddress) is not counted; the
		// limit mirrors the daily allocations, as in the example.
		{QuotaId: "DAILY_EIP_ASSIGN", QuotaCurrent: 0, QuotaLimit: limit(c, LimitEIPDailyAllocation)},
	}}, nil
}
