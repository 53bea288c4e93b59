package edgezone

import (
	"context"
	"net/netip"
	"slices"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Public IPs of STATIC instances: ApplyPublicIps, DescribePublicIps, ReleasePublicIp (seed 002 and
// other-apis.md §4a).

// Codes of these actions that callers act on.
const (
	CodeNotSupportedForDynamicInstance = "FailedOperation.NotSupportedForDynamicInstance"
	CodeIPStillBoundToServer           = "FailedOperation.IpStillBoundToServer"
	CodePublicIPNotAvailable           = "InvalidParameterValue.PublicIpNotAvailable"
	CodePublicIPv6NotAvailable         = "InvalidParameterValue.PublicIpv6NotAvailable"
)

// PublicIPKind names the object in messages and NotFoundErrors.
const PublicIPKind = "EdgeZone public IP"

// IpInfo is one address as DescribePublicIps returns it. Type is "Ipv4"/"Ipv6" (documented casing);
// InstanceId is the bound physical server ("epm-…"), empty when Unbound.
type IpInfo struct {
	Ip                string `json:"Ip"`
	NetworkInstanceId string `json:"NetworkInstanceId"`
	InstanceId        string `json:"InstanceId"`
	State             string `json:"State"`
	Type              string `json:"Type"`
	CreatedAt         string `json:"CreatedAt"`
	UpdatedAt         string `json:"UpdatedAt"`
}

// ApplyPublicIpsRequest asks for Count addresses of Type ("ipv4"/"ipv6", sent lower case) on a
// STATIC instance. It has no ClientToken.
type ApplyPublicIpsRequest struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
	Count             int64  `json:"Count"`
	Type              string `json:"Type"`
}

type ApplyPublicIpsResponse struct {
	IpList    []string `json:"IpList"`
	RequestId string   `json:"RequestId"`
}

// ApplyPublicIps is never repeated by the request path after a lost answer (it would apply for
// more addresses): the caller reconciles with DescribePublicIps.
func (c *Client) ApplyPublicIps(ctx context.Context, region string, req ApplyPublicIpsRequest) (*ApplyPublicIpsResponse, error) {
	req.Type = CanonicalIPType(req.Type)
	return write[ApplyPublicIpsResponse](ctx, c, region, "ApplyPublicIps", req)
}

// DescribePublicIpsRequest: NetworkInstanceId and Ip match by substring (documented), State and
// Type by value; values of one filter are ORed. Limit is at most 100.
type DescribePublicIpsRequest struct {
	NetworkInstanceId []string `json:"NetworkInstanceId,omitempty"`
	ZoneId            string   `json:"ZoneId,omitempty"`
	Ip                []string `json:"Ip,omitempty"`
	State             []string `json:"State,omitempty"`
	Type              []string `json:"Type,omitempty"`
	OrderByCreateTime string   `json:"OrderByCreateTime,omitempty"`
	OrderByUpdateTime string   `json:"OrderByUpdateTime,omitempty"`
	Offset            *int64   `json:"Offset,omitempty"`
	Limit             *int64   `json:"Limit,omitempty"`
}

type DescribePublicIpsResponse struct {
	TotalCount int64    `json:"TotalCount"`
	IpInfoSet  []IpInfo `json:"IpInfoSet"`
	RequestId  string   `json:"RequestId"`
}

// DescribePublicIps sends the request as is, but with the Type filter in the spelling of the
// document's example (lower case).
func (c *Client) DescribePublicIps(ctx context.Context, region string, req DescribePublicIpsRequest) (*DescribePublicIpsResponse, error) {
	if req.Type != nil {
		types := make([]string, len(req.Type))
		for i, t := range req.Type {
			types[i] = CanonicalIPType(t)
		}
		req.Type = types
	}
	return read[DescribePublicIpsResponse](ctx, c, region, "DescribePublicIps", req)
}

// ListPublicIps follows every page of req (oldest first, so that addresses applied for meanwhile
// land on later pages instead of shifting earlier ones) and keeps the addresses that match its
// filters exactly: the NetworkInstanceId and Ip filters are substring matches on the API side.
// An address seen on two pages is kept once.
func (c *Client) ListPublicIps(ctx context.Context, region string, req DescribePublicIpsRequest) ([]IpInfo, error) {
	if req.OrderByCreateTime == "" && req.OrderByUpdateTime == "" {
		req.OrderByCreateTime = "asc"
	}
	all, err := tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]IpInfo, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribePublicIps(ctx, region, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.IpInfoSet, resp.TotalCount, nil
	})
	if err != nil {
		return nil, err
	}
	return FilterIPs(all, req), nil
}

// FilterIPs keeps the addresses of ips that match every filter of req exactly: instance IDs by
// equality, addresses as addresses (any IPv6 spelling), state and type without regard to case, and
// the zone is left to the API (IpInfo does not carry it). Duplicates are dropped.
func FilterIPs(ips []IpInfo, req DescribePublicIpsRequest) []IpInfo {
	var out []IpInfo
	seen := map[string]bool{}
	for _, ip := range ips {
		key := ip.NetworkInstanceId + "/" + CanonicalIP(ip.Ip)
		if seen[key] ||
			(len(req.NetworkInstanceId) > 0 && !slices.Contains(req.NetworkInstanceId, ip.NetworkInstanceId)) ||
			(len(req.Ip) > 0 && !slices.ContainsFunc(req.Ip, func(want string) bool { return SameIP(want, ip.Ip) })) ||
			(len(req.State) > 0 && !containsFold(req.State, ip.State)) ||
			(len(req.Type) > 0 && !containsFold(req.Type, ip.Type)) {
			continue
		}
		seen[key] = true
		out = append(out, ip)
	}
	return out
}

func containsFold(values []string, s string) bool {
	return slices.ContainsFunc(values, func(v string) bool { return strings.EqualFold(v, s) })
}

// FindPublicIP returns the address ip of the instance, matched exactly, or a tencent.NotFoundError.
// The instance being gone (ResourceNotFound.PublicInstanceNotFound, if the API answers it) is
// "not found" too.
func (c *Client) FindPublicIP(ctx context.Context, region, instanceID, ip string) (*IpInfo, error) {
	if !ValidID(NetworkInstancePrefix, instanceID) {
		return nil, &MalformedIDError{Kind: NetworkInstanceKind, ID: instanceID, Prefix: NetworkInstancePrefix}
	}
	found, err := c.ListPublicIps(ctx, region, findIPRequest(instanceID, ip))
	if tencent.HasCode(err, CodePublicInstanceNotFound) {
		return nil, &tencent.NotFoundError{Kind: PublicIPKind, ID: instanceID + "/" + ip}
	}
	if err != nil {
		return nil, err
	}
	found = FilterIPs(found, DescribePublicIpsRequest{Ip: []string{ip}})
	if len(found) == 0 {
		return nil, &tencent.NotFoundError{Kind: PublicIPKind, ID: instanceID + "/" + ip}
	}
	return &found[0], nil
}

// findIPRequest narrows DescribePublicIps to one address. The Ip filter is a substring match on the
// API's spelling, and an IPv6 address has several ("2001:db8::1", "2001:0db8:0:0::1"): an IPv4
// address is filtered by Ip, an IPv6 one by type only, and matched as an address on the client.
func findIPRequest(instanceID, ip string) DescribePublicIpsRequest {
	req := DescribePublicIpsRequest{NetworkInstanceId: []string{instanceID}, Ip: []string{ip}}
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		req.Type, req.Ip = []string{IPTypeIPv6}, nil
	}
	return req
}

// ListInstancePublicIPs lists every address of one instance (of one type, when typ is not ""),
// matched exactly.
func (c *Client) ListInstancePublicIPs(ctx context.Context, region, instanceID, typ string) ([]IpInfo, error) {
	req := DescribePublicIpsRequest{NetworkInstanceId: []string{instanceID}}
	if typ != "" {
		req.Type = []string{typ}
	}
	return c.ListPublicIps(ctx, region, req)
}

// ReleasePublicIpRequest releases addresses of one type ("ipv4"/"ipv6", sent lower case) of a
// STATIC instance.
type ReleasePublicIpRequest struct {
	NetworkInstanceId string   `json:"NetworkInstanceId"`
	Type              string   `json:"Type"`
	IpList            []string `json:"IpList"`
}

// ReleasePublicIp answers FailedOperation.IpStillBoundToServer for an address bound to a server,
// and InvalidParameterValue.PublicIpNotAvailable / PublicIpv6NotAvailable for one the instance does
// not hold.
func (c *Client) ReleasePublicIp(ctx context.Context, region string, req ReleasePublicIpRequest) error {
	req.Type = CanonicalIPType(req.Type)
	_, err := write[struct{}](ctx, c, region, "ReleasePublicIp", req)
	return err
}

// IsAlreadyReleased reports ReleasePublicIp's answers that mean the address is not there to release:
// not held by the instance, or the instance itself gone.
func IsAlreadyReleased(err error) bool {
	return tencent.HasCode(err, CodePublicIPNotAvailable, CodePublicIPv6NotAvailable, CodePublicInstanceNotFound)
}
