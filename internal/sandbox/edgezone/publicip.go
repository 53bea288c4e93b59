package edgezone

// Public IPs: ApplyPublicIps, DescribePublicIps (other-apis.md §4a) and ReleasePublicIp (seed 002).
// Choices where the documents are silent:
//
//   - ApplyPublicIps has no ClientToken: every call allocates. Count is required (at least 1);
//     addresses are picked at random among the free usable addresses of the zone's pool of the
//     type (addr.go) and answered in address order. Quotas and pool exhaustion: state.go and
//     addr.go; an IP's State starts Unbound. An instance ID the account does not have in the
//     region is InvalidParameter (the action's table has no not-found code).
//   - DescribePublicIps: NetworkInstanceId.N and Ip.N match substrings (values ORed, as
//     documented), ZoneId exactly (a zone outside the region is InvalidParameter), State.N and
//     Type.N in any casing (other values are InvalidParameter). Order: OrderByUpdateTime when given
//     (it takes precedence, as the SDK says), else OrderByCreateTime, default desc; asc/desc in
//     any casing; ties in creation order. "For Ospf and Bgp, return Ip range information
//     directly": a BGP/OSPF instance answers one IpInfo per range, with the range (CIDR) in Ip,
//     State InUse when a server is bound to an address of it (InstanceId ""), and its creation
//     time.
//   - ReleasePublicIp is all or nothing: every address is checked first (not applied on the
//     instance with that Type, including already released: PublicIpNotAvailable /
//     PublicIpv6NotAvailable; then bound to a server: IpStillBoundToServer), and only then are
//     they all released. IpList must hold 1 to 100 addresses (else InvalidParameter; repeats count
//     once); a value that is not an IP address is InvalidParameter, an address of the other family
//     is not applied with that Type. Check order: Region, NetworkInstanceId, Type, IpList, the
//     instance (ResourceNotFound.PublicInstanceNotFound when it does not exist in the region),
//     its owner (UnauthorizedOperation.PermissionDenied), its route mode
//     (FailedOperation.NotSupportedForDynamicInstance), then the addresses.

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

const maxReleaseIPs = 100

func (e *state) applyPublicIps(c *tencentapi.Call, req *applyPublicIpsRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if aerr := checkInstanceID(req.NetworkInstanceId); aerr != nil {
		return nil, aerr
	}
	typ, aerr := requireType(req.Type)
	if aerr != nil {
		return nil, aerr
	}
	if req.Count == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Count is required.")
	}
	if *req.Count < 1 {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter Count=%d must be at least 1.", *req.Count)
	}
	inst := e.visible(c, req.NetworkInstanceId)
	if inst == nil {
		return nil, tencentapi.Errf("InvalidParameter", "The public network instance %s does not exist in %s.", req.NetworkInstanceId, c.Region)
	}
	if inst.RouteMode != modeStatic {
		return nil, notForDynamic(inst)
	}
	quota, exceeded, notConfigured, insufficient := c.Limits[LimitIPv4PerInstance], "LimitExceeded.QuotaExceeded", "LimitExceeded.QuotaNotConfigured", "ResourceInsufficient.PublicIpInsufficient"
	if typ == typeIPv6 {
		quota, exceeded, notConfigured, insufficient = c.Limits[LimitIPv6PerInstance], "LimitExceeded.Ipv6QuotaExceeded", "LimitExceeded.Ipv6QuotaNotConfigured", "ResourceInsufficient.PublicIpv6Insufficient"
	}
	if quota == 0 {
		return nil, tencentapi.Errf(notConfigured, "The account has no %s quota configured in %s.", typ, inst.Zone)
	}
	held := inst.countOf(typ)
	if int64(held)+*req.Count > int64(quota) {
		return nil, tencentapi.Errf(exceeded, "Applying for %d %s addresses exceeds the quota: %s holds %d of %d.", *req.Count, typ, inst.ID, held, quota)
	}
	addrs, ok := e.allocateIPs(inst.Zone, typ, int(*req.Count))
	if !ok {
		return nil, tencentapi.Errf(insufficient, "Insufficient remaining %s addresses in %s for %d more.", typ, inst.Zone, *req.Count)
	}
	out := applyPublicIpsResponse{IpList: make([]string, 0, len(addrs))}
	for _, a := range addrs {
		ip := &ipRecord{IP: a.String(), Type: typ, CreatedAt: c.Now, UpdatedAt: c.Now, Seq: e.nextSeq()}
		inst.IPs[ip.IP] = ip
		out.IpList = append(out.IpList, ip.IP)
	}
	return out, nil
}

func notForDynamic(inst *instanceRecord) *tencentapi.Error {
	return tencentapi.Errf("FailedOperation.NotSupportedForDynamicInstance", "The instance %s is in %s mode, with IPs automatically assigned or released by the system. No application is required to assign or release IPs.", inst.ID, inst.RouteMode)
}

// ipRow is one IpInfo with what it is sorted and filtered by.
type ipRow struct {
	info             ipInfo
	typ, state       string
	created, updated int64 // Unix seconds
	seq              int64
}

func (e *state) describePublicIps(c *tencentapi.Call, req *describePublicIpsRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	offset, limit, aerr := paging(req.Offset, req.Limit)
	if aerr != nil {
		return nil, aerr
	}
	zone := ""
	if req.ZoneId != nil && *req.ZoneId != "" {
		if aerr := checkZone(c, "ZoneId", *req.ZoneId, "InvalidParameter"); aerr != nil {
			return nil, aerr
		}
		zone = *req.ZoneId
	}
	states, aerr := lowerSet("State", req.State, strings.ToLower(stateInUse), strings.ToLower(stateUnbound))
	if aerr != nil {
		return nil, aerr
	}
	types, aerr := lowerSet("Type", req.Type, typeIPv4, typeIPv6)
	if aerr != nil {
		return nil, aerr
	}
	byUpdate, desc, aerr := ordering(req.OrderByCreateTime, req.OrderByUpdateTime)
	if aerr != nil {
		return nil, aerr
	}
	var rows []ipRow
	for _, inst := range e.Instances {
		if inst.Region != c.Region || inst.Owner != c.SecretID || (zone != "" && inst.Zone != zone) {
			continue
		}
		if len(req.NetworkInstanceId) > 0 && !tencentapi.AnyContains(inst.ID, req.NetworkInstanceId) {
			continue
		}
		for _, row := range inst.rows() {
			if (len(req.Ip) > 0 && !tencentapi.AnyContains(row.info.Ip, req.Ip)) ||
				(len(states) > 0 && !states[strings.ToLower(row.state)]) || (len(types) > 0 && !types[row.typ]) {
				continue
			}
			rows = append(rows, row)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		ka, kb := a.created, b.created
		if byUpdate {
			ka, kb = a.updated, b.updated
		}
		if ka == kb {
			ka, kb = a.seq, b.seq
		}
		if desc {
			return ka > kb
		}
		return ka < kb
	})
	out := describePublicIpsResponse{TotalCount: len(rows), IpInfoSet: []ipInfo{}}
	for _, row := range tencentapi.PageOf(rows, offset, limit) {
		out.IpInfoSet = append(out.IpInfoSet, row.info)
	}
	return out, nil
}

// rows are the instance's IpInfo entries: its applied addresses (STATIC) or its ranges.
func (inst *instanceRecord) rows() []ipRow {
	var out []ipRow
	for _, ip := range inst.IPs {
		st := stateUnbound
		if ip.InstanceID != "" {
			st = stateInUse
		}
		out = append(out, ipRow{
			info: ipInfo{Ip: ip.IP, NetworkInstanceId: inst.ID, InstanceId: ip.InstanceID, State: st, Type: answerType(ip.Type),
				CreatedAt: formatTime(ip.CreatedAt), UpdatedAt: formatTime(ip.UpdatedAt)},
			typ: ip.Type, state: st, created: ip.CreatedAt.Unix(), updated: ip.UpdatedAt.Unix(), seq: ip.Seq,
		})
	}
	for _, r := range inst.CIDRs {
		st := stateUnbound
		p := mustPrefix(r.Cidr)
		for a := range inst.Bindings {
			if p.Contains(netip.MustParseAddr(a)) {
				st = stateInUse
			}
		}
		out = append(out, ipRow{
			info: ipInfo{Ip: r.Cidr, NetworkInstanceId: inst.ID, State: st, Type: answerType(r.Type),
				CreatedAt: formatTime(inst.CreatedAt), UpdatedAt: formatTime(r.UpdatedAt)},
			typ: r.Type, state: st, created: inst.CreatedAt.Unix(), updated: r.UpdatedAt.Unix(), seq: r.Seq,
		})
	}
	return out
}

// lowerSet reads filter values in any casing, each one of allowed (lower case).
func lowerSet(name string, values []string, allowed ...string) (map[string]bool, *tencentapi.Error) {
	out := map[string]bool{}
	for i, v := range values {
		l := strings.ToLower(strings.TrimSpace(v))
		if !tencentapi.AnyEqual(l, allowed) {
			return nil, tencentapi.Errf("InvalidParameter", "The parameter %s.%d=%q is not one of the documented values.", name, i, v)
		}
		out[l] = true
	}
	return out, nil
}

// ordering reads OrderByCreateTime / OrderByUpdateTime (asc or desc, default desc by creation).
func ordering(byCreate, byUpdate *string) (update, desc bool, aerr *tencentapi.Error) {
	parse := func(name string, v *string) (set, desc bool, aerr *tencentapi.Error) {
		if v == nil || *v == "" {
			return false, true, nil
		}
		switch strings.ToLower(*v) {
		case "asc":
			return true, false, nil
		case "desc":
			return true, true, nil
		}
		return false, false, tencentapi.Errf("InvalidParameter", "The parameter %s=%q must be asc or desc.", name, *v)
	}
	_, createDesc, aerr := parse("OrderByCreateTime", byCreate)
	if aerr != nil {
		return false, false, aerr
	}
	updateSet, updateDesc, aerr := parse("OrderByUpdateTime", byUpdate)
	if aerr != nil {
		return false, false, aerr
	}
	if updateSet {
		return true, updateDesc, nil
	}
	return false, createDesc, nil
}

func (e *state) releasePublicIp(c *tencentapi.Call, req *releasePublicIpRequest) (any, *tencentapi.Error) {
	if aerr := checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if aerr := checkInstanceID(req.NetworkInstanceId); aerr != nil {
		return nil, aerr
	}
	typ, aerr := requireType(req.Type)
	if aerr != nil {
		return nil, aerr
	}
	addrs, aerr := parseIPList(req.IpList)
	if aerr != nil {
		return nil, aerr
	}
	inst := e.Instances[req.NetworkInstanceId]
	if inst == nil || inst.Region != c.Region {
		return nil, notFound(req.NetworkInstanceId, c.Region)
	}
	if inst.Owner != c.SecretID {
		return nil, tencentapi.Errf("UnauthorizedOperation.PermissionDenied", "AppId does not match the instance ownership: %s belongs to another account.", inst.ID)
	}
	if inst.RouteMode != modeStatic {
		return nil, notForDynamic(inst)
	}
	notAvailable := "InvalidParameterValue.PublicIpNotAvailable"
	if typ == typeIPv6 {
		notAvailable = "InvalidParameterValue.PublicIpv6NotAvailable"
	}
	for _, a := range addrs {
		if ip := inst.IPs[a]; ip == nil || ip.Type != typ {
			return nil, tencentapi.Errf(notAvailable, "The specified %s address %s is not in the instance %s or was never applied for (Type=%s). Nothing was released.", typ, a, inst.ID, typ)
		}
	}
	for _, a := range addrs {
		if ip := inst.IPs[a]; ip.InstanceID != "" {
			return nil, tencentapi.Errf("FailedOperation.IpStillBoundToServer", "The IP %s is still bound to the physical server %s. Terminate the physical machine before releasing the IP. Nothing was released.", a, ip.InstanceID)
		}
	}
	for _, a := range addrs {
		delete(inst.IPs, a)
	}
	return nil, nil
}

// parseIPList checks IpList and returns its addresses in canonical form, without repeats.
func parseIPList(list []string) ([]string, *tencentapi.Error) {
	if len(list) == 0 {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter IpList must hold at least one IP address.")
	}
	if len(list) > maxReleaseIPs {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter IpList holds %d addresses; at most %d may be released at once.", len(list), maxReleaseIPs)
	}
	seen := map[string]bool{}
	var out []string
	for i, v := range list {
		a, err := netip.ParseAddr(strings.TrimSpace(v))
		if err != nil || a.Zone() != "" {
			return nil, tencentapi.Errf("InvalidParameter", "The parameter IpList.%d=%q is not an IP address.", i, v)
		}
		if s := a.Unmap().String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, nil
}
