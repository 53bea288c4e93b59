package edgezone

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Public network instances: CreatePublicNetworkInstance, DescribePublicNetworkInstances,
// ModifyPublicNetworkInstance, DeletePublicNetworkInstance (other-apis.md §4a). "A user can only
// create one public network instance in an availability zone" (CreatePublicNetworkInstance).

// Codes of these actions that callers act on.
const (
	CodePublicInstanceDuplicate = "FailedOperation.PublicInstanceDuplicate"
	CodePublicInstanceInUse     = "ResourceInUse.PublicInstanceInUse"
	CodePublicInstanceNotFound  = "ResourceNotFound.PublicInstanceNotFound"
)

// NetworkInstanceKind names the object in messages and NotFoundErrors.
const NetworkInstanceKind = "EdgeZone public network instance"

// PublicNetworkSegment is one CIDR of an instance with its gateway.
type PublicNetworkSegment struct {
	Cidr    string `json:"Cidr"`
	Gateway string `json:"Gateway"`
}

// PublicNetworkInstanceInfo is an instance as DescribePublicNetworkInstances returns it.
// NetworkInstanceName, Bandwidth and the CIDR sets may be null (documented).
type PublicNetworkInstanceInfo struct {
	NetworkInstanceId   string                 `json:"NetworkInstanceId"`
	ZoneId              string                 `json:"ZoneId"`
	NetworkInstanceName string                 `json:"NetworkInstanceName"`
	Bandwidth           int64                  `json:"Bandwidth"` // Mbps
	Line                string                 `json:"Line"`
	RouteMode           string                 `json:"RouteMode"` // STATIC, BGP, OSPF
	ServerCount         int64                  `json:"ServerCount"`
	Ipv4Count           int64                  `json:"Ipv4Count"`
	Ipv6Count           int64                  `json:"Ipv6Count"`
	Ipv4CidrSet         []PublicNetworkSegment `json:"Ipv4CidrSet"`
	Ipv6CidrSet         []PublicNetworkSegment `json:"Ipv6CidrSet"`
	CreatedAt           string                 `json:"CreatedAt"`
	UpdatedAt           string                 `json:"UpdatedAt"`
}

// InUseBy says what keeps the instance from being deleted, as the API counts it: the servers, and
// for a STATIC instance the addresses applied for (a BGP/OSPF instance's CIDR goes with it).
func (i *PublicNetworkInstanceInfo) InUseBy() (servers, ipv4, ipv6 int64) {
	if !IsStatic(i.RouteMode) {
		return i.ServerCount, 0, 0
	}
	return i.ServerCount, i.Ipv4Count, i.Ipv6Count
}

// CreatePublicNetworkInstanceRequest creates an instance. RouteMode is sent as the examples spell it
// (lower case) whatever the caller passes. The CN SDK's BgpAsNumber, BgpPassword and InstanceType are
// not in the intl document and are not sent.
type CreatePublicNetworkInstanceRequest struct {
	ZoneId              string `json:"ZoneId"`
	NetworkInstanceName string `json:"NetworkInstanceName"`
	Line                string `json:"Line"`
	RouteMode           string `json:"RouteMode"`
	Bandwidth           int64  `json:"Bandwidth"`
}

type CreatePublicNetworkInstanceResponse struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
	RequestId         string `json:"RequestId"`
}

// CreatePublicNetworkInstance is a write without a ClientToken: an unknown outcome is not repeated.
func (c *Client) CreatePublicNetworkInstance(ctx context.Context, region string, req CreatePublicNetworkInstanceRequest) (*CreatePublicNetworkInstanceResponse, error) {
	req.RouteMode = routeModeRequest(req.RouteMode)
	return write[CreatePublicNetworkInstanceResponse](ctx, c, region, "CreatePublicNetworkInstance", req)
}

// DescribePublicNetworkInstancesRequest filters by one ID, a name and a zone; Limit is at most 100.
type DescribePublicNetworkInstancesRequest struct {
	NetworkInstanceId   string `json:"NetworkInstanceId,omitempty"`
	NetworkInstanceName string `json:"NetworkInstanceName,omitempty"`
	ZoneId              string `json:"ZoneId,omitempty"`
	Offset              *int64 `json:"Offset,omitempty"`
	Limit               *int64 `json:"Limit,omitempty"`
}

type DescribePublicNetworkInstancesResponse struct {
	TotalCount               int64                       `json:"TotalCount"`
	PublicNetworkInstanceSet []PublicNetworkInstanceInfo `json:"PublicNetworkInstanceSet"`
	RequestId                string                      `json:"RequestId"`
}

func (c *Client) DescribePublicNetworkInstances(ctx context.Context, region string, req DescribePublicNetworkInstancesRequest) (*DescribePublicNetworkInstancesResponse, error) {
	return read[DescribePublicNetworkInstancesResponse](ctx, c, region, "DescribePublicNetworkInstances", req)
}

// ListPublicNetworkInstances follows every page of req and keeps only the instances that match its
// filters exactly (the API's matching is undocumented). An unknown ID listed by ID is an empty list.
func (c *Client) ListPublicNetworkInstances(ctx context.Context, region string, req DescribePublicNetworkInstancesRequest) ([]PublicNetworkInstanceInfo, error) {
	all, err := tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]PublicNetworkInstanceInfo, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribePublicNetworkInstances(ctx, region, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.PublicNetworkInstanceSet, resp.TotalCount, nil
	})
	if tencent.HasCode(err, CodePublicInstanceNotFound) && req.NetworkInstanceId != "" {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := all[:0]
	seen := map[string]bool{}
	for _, i := range all {
		if seen[i.NetworkInstanceId] ||
			(req.NetworkInstanceId != "" && i.NetworkInstanceId != req.NetworkInstanceId) ||
			(req.NetworkInstanceName != "" && i.NetworkInstanceName != req.NetworkInstanceName) ||
			(req.ZoneId != "" && i.ZoneId != req.ZoneId) {
			continue
		}
		seen[i.NetworkInstanceId] = true
		out = append(out, i)
	}
	return out, nil
}

// FindPublicNetworkInstanceByID returns the instance or a tencent.NotFoundError (an empty answer or
// ResourceNotFound.PublicInstanceNotFound). A malformed ID is refused before any call: the API's
// answer to it is undocumented and must never read as "deleted".
func (c *Client) FindPublicNetworkInstanceByID(ctx context.Context, region, id string) (*PublicNetworkInstanceInfo, error) {
	if !ValidID(NetworkInstancePrefix, id) {
		return nil, &MalformedIDError{Kind: NetworkInstanceKind, ID: id, Prefix: NetworkInstancePrefix}
	}
	found, err := c.ListPublicNetworkInstances(ctx, region, DescribePublicNetworkInstancesRequest{NetworkInstanceId: id})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, &tencent.NotFoundError{Kind: NetworkInstanceKind, ID: id}
	}
	return &found[0], nil
}

// FindPublicNetworkInstanceInZone returns the zone's instance (there is at most one, documented) or
// a tencent.NotFoundError.
func (c *Client) FindPublicNetworkInstanceInZone(ctx context.Context, region, zone string) (*PublicNetworkInstanceInfo, error) {
	found, err := c.ListPublicNetworkInstances(ctx, region, DescribePublicNetworkInstancesRequest{ZoneId: zone})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, &tencent.NotFoundError{Kind: NetworkInstanceKind, ID: "in zone " + zone}
	}
	return &found[0], nil
}

// ModifyPublicNetworkInstanceRequest renames an instance: the only change the action documents (the
// SDKs' request has NetworkInstanceId and NetworkInstanceName and nothing else).
type ModifyPublicNetworkInstanceRequest struct {
	NetworkInstanceId   string `json:"NetworkInstanceId"`
	NetworkInstanceName string `json:"NetworkInstanceName"`
}

func (c *Client) ModifyPublicNetworkInstance(ctx context.Context, region string, req ModifyPublicNetworkInstanceRequest) error {
	_, err := write[struct{}](ctx, c, region, "ModifyPublicNetworkInstance", req)
	return err
}

type DeletePublicNetworkInstanceRequest struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
}

// DeletePublicNetworkInstance answers ResourceInUse.PublicInstanceInUse while servers or applied
// addresses remain.
func (c *Client) DeletePublicNetworkInstance(ctx context.Context, region, id string) error {
	_, err := write[struct{}](ctx, c, region, "DeletePublicNetworkInstance", DeletePublicNetworkInstanceRequest{NetworkInstanceId: id})
	return err
}
