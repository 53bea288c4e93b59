package sandbox

import (
	"net/netip"
	"strings"
	"time"
)

// ECM EIP actions, part 1: AllocateAddresses (L25295), DescribeAddresses
// (L24699), DescribeAddressQuota (L24913). Modifications are in
// ecm_eip_modify.go, tasks in ecm_task.go.

const (
	addressCreating  = "CREATING"
	addressUnbind    = "UNBIND"
	addressOfflining = "OFFLINING"

	minBandwidth     = 1
	maxBandwidth     = 5000
	defaultBandwidth = 1
)

type addressRecord struct {
	ID               string    `json:"id"`
	Name             string    `json:"name,omitempty"`
	IP               string    `json:"ip"`
	Status           string    `json:"status"`
	ISP              string    `json:"isp"`
	Bandwidth        int64     `json:"bandwidth"`
	DirectConnection bool      `json:"direct_connection,omitempty"`
	Tags             []tag     `json:"tags,omitempty"` // accepted; Address has no TagSet to show them
	Created          time.Time `json:"created"`
	Seq              int64     `json:"seq"`
}

func (a *addressRecord) info() addressInfo {
	isp, bw := a.ISP, a.Bandwidth
	return addressInfo{
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
}

// The public IPs handed out come from the documentation ranges
// TEST-NET-3 and TEST-NET-2, .1 to .254 of each.
var ipPools = []netip.Prefix{
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("198.51.100.0/24"),
}

const hostsPerPool = 254

// allocateIP returns an unused pool address, round-robin from NextIP.
func (e *ecmState) allocateIP() (string, bool) {
	used := map[string]bool{}
	for _, r := range e.Regions {
		for _, a := range r.Addresses {
			used[a.IP] = true
		}
	}
	total := len(ipPools) * hostsPerPool
	for i := 0; i < total; i++ {
		idx := (e.NextIP + i) % total
		b := ipPools[idx/hostsPerPool].Addr().As4()
		b[3] = byte(idx%hostsPerPool + 1)
		ip := netip.AddrFrom4(b).String()
		if !used[ip] {
			e.NextIP = (idx + 1) % total
			return ip, true
		}
	}
	return "", false
}

type allocateAddressesRequest struct {
	EcmRegion               string `json:"EcmRegion"`
	AddressCount            *int64 `json:"AddressCount"`
	InternetServiceProvider string `json:"InternetServiceProvider"`
	InternetMaxBandwidthOut *int64 `json:"InternetMaxBandwidthOut"`
	Tags                    []tag  `json:"Tags"`
	InstanceId              string `json:"InstanceId"`
	NetworkInterfaceId      string `json:"NetworkInterfaceId"`
	PrivateIpAddress        string `json:"PrivateIpAddress"`
}

func allocateAddresses(c *call, req *allocateAddressesRequest) (any, *apiError) {
	if aerr := checkRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	count := int64Or(req.AddressCount, 1)
	if count < 1 {
		return nil, errf("InvalidParameterValue", "The parameter AddressCount=%d must be at least 1.", count)
	}
	isp := req.InternetServiceProvider
	if isp == "" {
		isp = defaultISP
	}
	if !validISPs[isp] {
		return nil, errf("InvalidParameterValue", "The parameter InternetServiceProvider=%q must be one of CMCC, CTCC, CUCC.", req.InternetServiceProvider)
	}
	bw := int64Or(req.InternetMaxBandwidthOut, defaultBandwidth)
	if bw < minBandwidth || bw > maxBandwidth {
		return nil, errf("InvalidParameterValue.InvalidBandwidth", "The parameter InternetMaxBandwidthOut=%d must be between %d and %d Mbps.", bw, minBandwidth, maxBandwidth)
	}
	if aerr := checkTags(req.Tags); aerr != nil {
		return nil, aerr
	}
	if aerr := checkAllocateBinding(req, count); aerr != nil {
		return nil, aerr
	}
	e := c.st.ECM
	current := len(e.peekRegion(req.EcmRegion).Addresses)
	if int64(current)+count > addressQuotaPerRegion {
		return nil, errf("LimitExceeded.AddressQuotaLimitExceeded", "Allocating %d EIP(s) would exceed the quota of %d EIPs in %s (%d in use).", count, addressQuotaPerRegion, req.EcmRegion, current)
	}
	r := e.region(req.EcmRegion)
	ids := make([]string, 0, count)
	for i := int64(0); i < count; i++ {
		ip, ok := e.allocateIP()
		if !ok {
			for _, id := range ids {
				delete(r.Addresses, id)
			}
			return nil, errf("ResourceInsufficient.IPQuotaNotEnough", "The sandbox's public IP pool is exhausted.")
		}
		a := &addressRecord{
			ID:        e.newID("eip"),
			IP:        ip,
			Status:    addressCreating,
			ISP:       isp,
			Bandwidth: bw,
			Tags:      copyTags(req.Tags),
			Created:   c.now,
			Seq:       e.nextSeq(),
		}
		r.Addresses[a.ID] = a
		ids = append(ids, a.ID)
	}
	day := c.now.UTC().Format(tc3DateLayout)
	if r.ApplyDay != day {
		r.ApplyDay, r.ApplyCount = day, 0
	}
	r.ApplyCount += int(count)
	t := c.startTask(r, ids, 0)
	return struct {
		AddressSet []string `json:"AddressSet"`
		TaskId     string   `json:"TaskId"`
	}{ids, t.ID}, nil
}

// checkAllocateBinding validates the optional binding parameters. Binding at
// allocation needs instances/ENIs, which the sandbox does not emulate yet.
func checkAllocateBinding(req *allocateAddressesRequest, count int64) *apiError {
	switch {
	case req.InstanceId != "" && req.NetworkInterfaceId != "":
		return errf("InvalidParameter.InvalidParameterConflict", "InstanceId and NetworkInterfaceId cannot be specified at the same time.")
	case req.NetworkInterfaceId != "" && req.PrivateIpAddress == "":
		return errf("MissingParameter.MissingPrivateIpAddress", "PrivateIpAddress is required with NetworkInterfaceId %s.", req.NetworkInterfaceId)
	case req.NetworkInterfaceId != "" && count != 1:
		return errf("InvalidParameterValue.InvalidAddressCount", "Only one EIP can be allocated when binding the ENI %s; AddressCount is %d.", req.NetworkInterfaceId, count)
	case req.PrivateIpAddress != "" && req.NetworkInterfaceId == "":
		return errf("InvalidParameter", "PrivateIpAddress can only be given together with NetworkInterfaceId.")
	case req.InstanceId != "" || req.NetworkInterfaceId != "":
		return errf("UnsupportedOperation", "Binding an EIP at allocation (InstanceId/NetworkInterfaceId) is not supported by the sandbox yet.")
	}
	return nil
}

type describeAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds"`
	Filters    []filter `json:"Filters"`
	Offset     *int64   `json:"Offset"`
	Limit      *int64   `json:"Limit"`
}

// Bound-resource fields are always null in the sandbox (no binding yet).
func noMatch(*addressRecord, []string) bool { return false }

var addressFilters = filterSet[*addressRecord]{
	defs: map[string]filterDef[*addressRecord]{
		"address-id":           {match: func(a *addressRecord, v []string) bool { return anyEqual(a.ID, v) }},
		"address-name":         {match: func(a *addressRecord, v []string) bool { return anyEqual(a.Name, v) }},
		"address-ip":           {match: func(a *addressRecord, v []string) bool { return anyEqual(a.IP, v) }},
		"address-status":       {match: func(a *addressRecord, v []string) bool { return anyEqual(a.Status, v) }},
		"instance-id":          {match: noMatch},
		"private-ip-address":   {match: noMatch},
		"network-interface-id": {match: noMatch},
		"is-arrears": {match: func(a *addressRecord, v []string) bool {
			for _, x := range v {
				if strings.EqualFold(x, "FALSE") {
					return true
				}
			}
			return false
		}},
	},
	maxFilters: 10,
	maxValues:  5,
	limitCode:  "InvalidParameterValue.ParameterValueTooLarge",
}

func describeAddresses(c *call, req *describeAddressesRequest) (any, *apiError) {
	if aerr := checkRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	if len(req.AddressIds) > 0 && len(req.Filters) > 0 {
		return nil, errf("InvalidParameter.Coexist", "AddressIds and Filters cannot be specified at the same time.")
	}
	if len(req.AddressIds) > 100 {
		return nil, errf("InvalidParameterValue.ParameterValueTooLarge", "At most 100 AddressIds may be given; got %d.", len(req.AddressIds))
	}
	offset, limit, aerr := checkPaging(int64Or(req.Offset, 0), int64Or(req.Limit, 0), "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	match, aerr := addressFilters.compile(req.Filters)
	if aerr != nil {
		return nil, aerr
	}
	var found []*addressRecord
	for _, a := range c.st.ECM.peekRegion(req.EcmRegion).Addresses {
		if len(req.AddressIds) > 0 && !anyEqual(a.ID, req.AddressIds) {
			continue
		}
		if match(a) {
			found = append(found, a)
		}
	}
	sortBySeq(found, func(a *addressRecord) int64 { return a.Seq }, false)
	set := []addressInfo{}
	for _, a := range pageOf(found, offset, limit) {
		set = append(set, a.info())
	}
	return struct {
		TotalCount int           `json:"TotalCount"`
		AddressSet []addressInfo `json:"AddressSet"`
	}{len(found), set}, nil
}

type describeAddressQuotaRequest struct {
	EcmRegion string `json:"EcmRegion"`
}

func describeAddressQuota(c *call, req *describeAddressQuotaRequest) (any, *apiError) {
	if aerr := checkRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	r := c.st.ECM.peekRegion(req.EcmRegion)
	applied := 0
	if r.ApplyDay == c.now.UTC().Format(tc3DateLayout) {
		applied = r.ApplyCount
	}
	return struct {
		QuotaSet []eipQuota `json:"QuotaSet"`
	}{[]eipQuota{
		{QuotaId: "TOTAL_EIP_QUOTA", QuotaCurrent: len(r.Addresses), QuotaLimit: addressQuotaPerRegion},
		{QuotaId: "DAILY_EIP_APPLY", QuotaCurrent: applied, QuotaLimit: dailyAddressQuota},
		{QuotaId: "DAILY_EIP_ASSIGN", QuotaCurrent: 0, QuotaLimit: dailyAddressQuota},
	}}, nil
}
