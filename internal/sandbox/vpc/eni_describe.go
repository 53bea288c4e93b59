package vpc

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeNetworkInterfaces (other-apis.md §2b): the ENIs of the call's region, by
// NetworkInterfaceIds (at most 100) or Filters (not both), Offset/Limit (20, at most 100), in
// creation order. An ID that names no ENI of the region is simply not in the answer (an unknown
// ENI is an empty set, as TF-tencent relies on).
//
// Codes (its table in the SDK, listed in main_test.go): InvalidParameter.Coexist (IDs and
// Filters), InvalidParameterValue.LimitExceeded (more than 100 IDs), InvalidParameterValue.Malformed
// (an ID that is not one, a parameter of the wrong JSON type), InvalidParameterValue.Range (Offset
// or Limit out of range), InvalidParameter.FilterNotDict (a filter that is not an object),
// InvalidParameter.FilterValuesNotList (Values not a list of strings),
// InvalidParameter.FilterInvalidKey (an unknown filter name or key); InvalidParameterValue (common)
// for a filter without values and a Boolean filter with another value than true or false.
//
// Filters, from the SDK's list; the sandbox's ENIs have no security groups, tags, IPv6 or public
// addresses, so the filters on those match nothing, and termination-protection and
// traffic-protection are false on every ENI:
// vpc-id, subnet-id, network-interface-id, attachment.instance-id, network-interface-name and
// network-interface-description (exact), address-ip (with one value, the ENI has an IP beginning
// with it — the SDK's "single IP: suffix fuzzy match", read as "the rest of the address may be
// anything"; with several, or with ip-exact-match true, an IP equal to one of them), ip-exact-match,
// is-primary, eni-type (0 secondary, 1 primary, as the ENI's Primary), eni-qos,
// groups.security-group-id, tag-key, tag:<key>, address-ipv6, public-address-ip, address-type,
// termination-protection, traffic-protection.
//
// Fields the sandbox fills: every NetworkInterface field of §2b. Sandbox choices: State is
// AVAILABLE, NetworkInterfaceState INUSE when attached; Attachment is null when the ENI is not
// attached, else {InstanceId, DeviceIndex, AttachTime (its creation), InstanceAccountId (the
// sandbox's account, 100000000001)}; Business is "cvm" when attached; QosLevel DEFAULT; GroupSet,
// Ipv6AddressSet and TagSet are empty lists; each private IP shows PublicIpAddress and AddressId
// empty and IsWanIpBlocked false. The primary IP comes first, then the secondaries in the order
// they were assigned.

const sandboxAccountID = "100000000001"

type describeNetworkInterfacesRequest struct {
	NetworkInterfaceIds []string          `json:"NetworkInterfaceIds"`
	Filters             []json.RawMessage `json:"Filters"`
	Offset              *int64            `json:"Offset"`
	Limit               *int64            `json:"Limit"`
}

type privateIPAddress struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
	Primary          bool   `json:"Primary"`
	PublicIpAddress  string `json:"PublicIpAddress"`
	AddressId        string `json:"AddressId"`
	Description      string `json:"Description"`
	IsWanIpBlocked   bool   `json:"IsWanIpBlocked"`
	State            string `json:"State"`
	QosLevel         string `json:"QosLevel"`
}

type eniAttachment struct {
	DeviceIndex       int    `json:"DeviceIndex"`
	InstanceAccountId string `json:"InstanceAccountId"`
	AttachTime        string `json:"AttachTime"`
	InstanceId        string `json:"InstanceId"`
}

type networkInterface struct {
	NetworkInterfaceId          string             `json:"NetworkInterfaceId"`
	NetworkInterfaceName        string             `json:"NetworkInterfaceName"`
	NetworkInterfaceDescription string             `json:"NetworkInterfaceDescription"`
	SubnetId                    string             `json:"SubnetId"`
	VpcId                       string             `json:"VpcId"`
	GroupSet                    []string           `json:"GroupSet"`
	Primary                     bool               `json:"Primary"`
	MacAddress                  string             `json:"MacAddress"`
	State                       string             `json:"State"`
	NetworkInterfaceState       string             `json:"NetworkInterfaceState"`
	PrivateIpAddressSet         []privateIPAddress `json:"PrivateIpAddressSet"`
	Attachment                  *eniAttachment     `json:"Attachment"`
	Zone                        string             `json:"Zone"`
	CreatedTime                 string             `json:"CreatedTime"`
	Ipv6AddressSet              []struct{}         `json:"Ipv6AddressSet"`
	TagSet                      []tencentapi.Tag   `json:"TagSet"`
	EniType                     int                `json:"EniType"`
	Business                    string             `json:"Business"`
	CdcId                       string             `json:"CdcId"`
	AttachType                  int                `json:"AttachType"`
	ResourceId                  string             `json:"ResourceId"`
	QosLevel                    string             `json:"QosLevel"`
}

type describeNetworkInterfacesResponse struct {
	NetworkInterfaceSet []networkInterface `json:"NetworkInterfaceSet"`
	TotalCount          int                `json:"TotalCount"`
}

const maxDescribeIDs = 100

func (s *state) describeNetworkInterfaces(c *tencentapi.Call, req *describeNetworkInterfacesRequest) (any, *tencentapi.Error) {
	if aerr := s.checkRegion(c); aerr != nil {
		return nil, aerr
	}
	if len(req.NetworkInterfaceIds) <= maxDescribeIDs {
		for i, id := range req.NetworkInterfaceIds {
			if aerr := checkID("NetworkInterfaceIds."+strconv.Itoa(i), "eni", id); aerr != nil {
				return nil, aerr
			}
		}
	}
	filters, aerr := parseFilters(req.Filters)
	if aerr != nil {
		return nil, aerr
	}
	fs, aerr := eniFilters(filters)
	if aerr != nil {
		return nil, aerr
	}
	page, total, aerr := tencentapi.Describe[*eniRecord]{
		IDsParam: "NetworkInterfaceIds", IDs: req.NetworkInterfaceIds, TooManyIDs: "InvalidParameterValue.LimitExceeded",
		Filters: filters, FilterSet: fs,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue.Range",
		Seq: func(e *eniRecord) int64 { return e.Seq },
		Candidates: func(ids []string) []*eniRecord {
			var out []*eniRecord
			if ids != nil {
				for _, id := range ids {
					if e, ok := s.eniIn(c.Region, id); ok {
						out = append(out, e)
					}
				}
				return out
			}
			for _, e := range s.ENIs {
				if e.Region == c.Region {
					out = append(out, e)
				}
			}
			return out
		},
	}.Run()
	if aerr != nil {
		if aerr.Code == "InvalidParameterValue.InvalidFilter" {
			aerr = &tencentapi.Error{Code: "InvalidParameter.FilterInvalidKey", Message: aerr.Message}
		}
		return nil, aerr
	}
	out := describeNetworkInterfacesResponse{NetworkInterfaceSet: make([]networkInterface, 0, len(page)), TotalCount: total}
	for _, e := range page {
		out.NetworkInterfaceSet = append(out.NetworkInterfaceSet, eniView(e))
	}
	return out, nil
}

func eniView(e *eniRecord) networkInterface {
	n := networkInterface{
		NetworkInterfaceId: e.ID, NetworkInterfaceName: e.Name, SubnetId: e.SubnetID, VpcId: e.VpcID,
		GroupSet: []string{}, Primary: e.Primary, MacAddress: e.MAC, State: ipAvailable, NetworkInterfaceState: ipAvailable,
		PrivateIpAddressSet: make([]privateIPAddress, 0, len(e.IPs)), Zone: e.Zone, CreatedTime: tcTime(e.Created),
		Ipv6AddressSet: []struct{}{}, TagSet: []tencentapi.Tag{}, EniType: eniType(e), QosLevel: qosDefault,
	}
	for _, ip := range e.IPs {
		n.PrivateIpAddressSet = append(n.PrivateIpAddressSet, privateIPAddress{
			PrivateIpAddress: ip.Address, Primary: ip.Primary, Description: ip.Description, State: ip.State, QosLevel: ip.QosLevel,
		})
	}
	if e.InstanceID != "" {
		n.NetworkInterfaceState, n.Business = "INUSE", "cvm"
		n.Attachment = &eniAttachment{DeviceIndex: e.DeviceIndex, InstanceAccountId: sandboxAccountID, AttachTime: tcTime(e.Created), InstanceId: e.InstanceID}
	}
	return n
}

func eniType(e *eniRecord) int {
	if e.Primary {
		return 1
	}
	return 0
}

// parseFilters decodes Filters.N, answering the action's documented codes for filters of the wrong shape.
func parseFilters(raw []json.RawMessage) ([]tencentapi.Filter, *tencentapi.Error) {
	out := make([]tencentapi.Filter, 0, len(raw))
	for i, r := range raw {
		param := "Filters." + strconv.Itoa(i)
		var obj map[string]json.RawMessage
		if r = bytes.TrimSpace(r); len(r) == 0 || r[0] != '{' || json.Unmarshal(r, &obj) != nil {
			return nil, tencentapi.Errf("InvalidParameter.FilterNotDict", "The parameter %s must be an object {\"Name\": …, \"Values\": […]}.", param)
		}
		var f tencentapi.Filter
		for key, val := range obj {
			switch key {
			case "Name":
				if json.Unmarshal(val, &f.Name) != nil {
					return nil, tencentapi.Errf("InvalidParameter.FilterInvalidKey", "The parameter %s.Name must be a String.", param)
				}
			case "Values":
				if v := bytes.TrimSpace(val); len(v) == 0 || v[0] != '[' || json.Unmarshal(v, &f.Values) != nil {
					return nil, tencentapi.Errf("InvalidParameter.FilterValuesNotList", "The parameter %s.Values must be a list of Strings.", param)
				}
			default:
				return nil, tencentapi.Errf("InvalidParameter.FilterInvalidKey", "The parameter %s has the key %q; a filter has Name and Values.", param, key)
			}
		}
		if _, ok := obj["Values"]; !ok {
			return nil, tencentapi.Errf("InvalidParameter.FilterValuesNotList", "The parameter %s.Values (a list of Strings) is required.", param)
		}
		out = append(out, f)
	}
	return out, nil
}

// booleanFilters take true or false.
var booleanFilters = map[string]bool{"is-primary": true, "ip-exact-match": true, "termination-protection": true, "traffic-protection": true}

// eniFilters builds the filter table for one call (address-ip depends on ip-exact-match).
func eniFilters(filters []tencentapi.Filter) (tencentapi.FilterSet[*eniRecord], *tencentapi.Error) {
	exact := false
	for i, f := range filters {
		if !booleanFilters[f.Name] {
			continue
		}
		for _, v := range f.Values {
			if v != "true" && v != "false" {
				return tencentapi.FilterSet[*eniRecord]{}, tencentapi.Errf("InvalidParameterValue", "The filter %s (Filters.%d) takes true or false; got %q.", f.Name, i, v)
			}
		}
		if f.Name == "ip-exact-match" && len(f.Values) > 0 {
			exact = f.Values[0] == "true" // "if there are several values, only the first is taken"
		}
	}
	field := func(get func(*eniRecord) string) tencentapi.FilterDef[*eniRecord] {
		return tencentapi.FilterDef[*eniRecord]{Match: func(e *eniRecord, values []string) bool { return tencentapi.AnyEqual(get(e), values) }}
	}
	none := tencentapi.FilterDef[*eniRecord]{Match: func(*eniRecord, []string) bool { return false }}
	notProtected := field(func(*eniRecord) string { return "false" })
	return tencentapi.FilterSet[*eniRecord]{
		Defs: map[string]tencentapi.FilterDef[*eniRecord]{
			"vpc-id":                        field(func(e *eniRecord) string { return e.VpcID }),
			"subnet-id":                     field(func(e *eniRecord) string { return e.SubnetID }),
			"network-interface-id":          field(func(e *eniRecord) string { return e.ID }),
			"attachment.instance-id":        field(func(e *eniRecord) string { return e.InstanceID }),
			"network-interface-name":        field(func(e *eniRecord) string { return e.Name }),
			"network-interface-description": field(func(*eniRecord) string { return "" }),
			"is-primary":                    field(func(e *eniRecord) string { return strconv.FormatBool(e.Primary) }),
			"eni-type":                      field(func(e *eniRecord) string { return strconv.Itoa(eniType(e)) }),
			"eni-qos":                       field(func(*eniRecord) string { return qosDefault }),
			"address-ip":                    {Match: func(e *eniRecord, values []string) bool { return hasAddress(e, values, exact || len(values) > 1) }},
			"ip-exact-match":                {Match: func(*eniRecord, []string) bool { return true }},
			"groups.security-group-id":      none,
			"address-ipv6":                  none,
			"public-address-ip":             none,
			"address-type":                  none,
			"termination-protection":        notProtected,
			"traffic-protection":            notProtected,
		},
		Tags: func(*eniRecord) []tencentapi.Tag { return nil },
	}, nil
}

// hasAddress reports whether one of the ENI's IPs equals one of values (exact) or begins with it.
func hasAddress(e *eniRecord, values []string, exact bool) bool {
	for _, ip := range e.IPs {
		for _, v := range values {
			if ip.Address == v || (!exact && strings.HasPrefix(ip.Address, v)) {
				return true
			}
		}
	}
	return false
}
