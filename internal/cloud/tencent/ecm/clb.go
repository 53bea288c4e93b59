package ecm

// The load balancer actions of ECM's CLB (catalog §2.8, §3.8): CreateLoadBalancer,
// DescribeLoadBalancers, ModifyLoadBalancerAttributes, SetLoadBalancerSecurityGroups,
// SetSecurityGroupForLoadbalancers, DeleteLoadBalancer. Every mutation answers only its RequestId,
// which is the ID of its task: wait on it with WaitLoadBalanceTask (clb_task.go). Load balancers are
// account-wide for reads (DescribeLoadBalancers' EcmRegion is optional), so the finder takes no
// region.

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Load balancer states (LoadBalancer.Status).
const (
	LoadBalancerStatusCreating = 0
	LoadBalancerStatusRunning  = 1
)

// LoadBalancerKind names a load balancer in messages.
const LoadBalancerKind = "ECM load balancer"

// TagInfo is CLB's tag shape (TagKey/TagValue, unlike the Key/Value Tag elsewhere).
type TagInfo struct {
	TagKey   string `json:"TagKey"`
	TagValue string `json:"TagValue"`
}

// LoadBalancerInternetAccessible is the bandwidth cap in Mbps.
type LoadBalancerInternetAccessible struct {
	InternetMaxBandwidthOut *int64 `json:"InternetMaxBandwidthOut,omitempty"`
}

// LoadBalancer is DescribeLoadBalancers' LoadBalancer (every field may be null).
type LoadBalancer struct {
	Region                   string                          `json:"Region"`
	LoadBalancerId           string                          `json:"LoadBalancerId"`
	LoadBalancerName         string                          `json:"LoadBalancerName"`
	LoadBalancerType         string                          `json:"LoadBalancerType"`
	LoadBalancerVips         []string                        `json:"LoadBalancerVips"`
	Status                   *int64                          `json:"Status"`
	CreateTime               string                          `json:"CreateTime"`
	StatusTime               string                          `json:"StatusTime"`
	VpcId                    string                          `json:"VpcId"`
	Tags                     []TagInfo                       `json:"Tags"`
	VipIsp                   string                          `json:"VipIsp"`
	NetworkAttributes        *LoadBalancerInternetAccessible `json:"NetworkAttributes"`
	SecureGroups             []string                        `json:"SecureGroups"`
	LoadBalancerPassToTarget *bool                           `json:"LoadBalancerPassToTarget"`
	AddressIPv6              *string                         `json:"AddressIPv6"`
}

// Running reports whether the load balancer has finished being created.
func (b *LoadBalancer) Running() bool {
	return b.Status != nil && *b.Status == LoadBalancerStatusRunning
}

type CreateLoadBalancerRequest struct {
	EcmRegion          string                          `json:"EcmRegion"`
	LoadBalancerType   string                          `json:"LoadBalancerType"`
	VipIsp             string                          `json:"VipIsp"`
	LoadBalancerName   string                          `json:"LoadBalancerName,omitempty"`
	VpcId              string                          `json:"VpcId,omitempty"`
	Number             *int64                          `json:"Number,omitempty"`
	InternetAccessible *LoadBalancerInternetAccessible `json:"InternetAccessible,omitempty"`
	Tags               []TagInfo                       `json:"Tags,omitempty"`
	SecurityGroups     []string                        `json:"SecurityGroups,omitempty"`
	AddressIPVersion   string                          `json:"AddressIPVersion,omitempty"`
	SubnetId           string                          `json:"SubnetId,omitempty"`
}

type CreateLoadBalancerResponse struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
	RequestId       string   `json:"RequestId"` // the task ID
}

// CreateLoadBalancer starts creating load balancers; wait on RequestId with WaitLoadBalanceTask.
func (c *Client) CreateLoadBalancer(ctx context.Context, req CreateLoadBalancerRequest) (*CreateLoadBalancerResponse, error) {
	return write[CreateLoadBalancerResponse](ctx, c, "CreateLoadBalancer", req)
}

type DescribeLoadBalancersRequest struct {
	EcmRegion         string           `json:"EcmRegion,omitempty"`
	LoadBalancerIds   []string         `json:"LoadBalancerIds,omitempty"`
	LoadBalancerName  string           `json:"LoadBalancerName,omitempty"`
	LoadBalancerVips  []string         `json:"LoadBalancerVips,omitempty"`
	BackendPrivateIps []string         `json:"BackendPrivateIps,omitempty"`
	Offset            *int64           `json:"Offset,omitempty"`
	Limit             *int64           `json:"Limit,omitempty"`
	WithBackend       *int64           `json:"WithBackend,omitempty"`
	VpcId             string           `json:"VpcId,omitempty"`
	Filters           []tencent.Filter `json:"Filters,omitempty"`
	SecurityGroup     string           `json:"SecurityGroup,omitempty"`
}

type DescribeLoadBalancersResponse struct {
	TotalCount      int64          `json:"TotalCount"`
	LoadBalancerSet []LoadBalancer `json:"LoadBalancerSet"`
}

func (c *Client) DescribeLoadBalancers(ctx context.Context, req DescribeLoadBalancersRequest) (*DescribeLoadBalancersResponse, error) {
	return read[DescribeLoadBalancersResponse](ctx, c, "DescribeLoadBalancers", req)
}

// ListLoadBalancers pages through DescribeLoadBalancers.
func (c *Client) ListLoadBalancers(ctx context.Context, req DescribeLoadBalancersRequest) ([]LoadBalancer, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]LoadBalancer, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeLoadBalancers(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.LoadBalancerSet, resp.TotalCount, nil
	})
}

// FindLoadBalancer returns the load balancer or a tencent.NotFoundError. It reads one ID with one
// DescribeLoadBalancers in every region (load balancers are few; no batch reader).
func (c *Client) FindLoadBalancer(ctx context.Context, id string) (*LoadBalancer, error) {
	resp, err := c.DescribeLoadBalancers(ctx, DescribeLoadBalancersRequest{LoadBalancerIds: []string{id}})
	if err != nil {
		return nil, err
	}
	for i := range resp.LoadBalancerSet {
		if resp.LoadBalancerSet[i].LoadBalancerId == id {
			return &resp.LoadBalancerSet[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: LoadBalancerKind, ID: id}
}

// LoadBalancerTask is the answer of a load balancer mutation: its RequestId is its task's ID.
type LoadBalancerTask struct {
	RequestId string `json:"RequestId"`
}

type ModifyLoadBalancerAttributesRequest struct {
	LoadBalancerId           string                          `json:"LoadBalancerId"`
	LoadBalancerName         *string                         `json:"LoadBalancerName,omitempty"`
	InternetChargeInfo       *LoadBalancerInternetAccessible `json:"InternetChargeInfo,omitempty"`
	LoadBalancerPassToTarget *bool                           `json:"LoadBalancerPassToTarget,omitempty"`
}

// ModifyLoadBalancerAttributes starts changing the name, bandwidth or pass-to-target setting.
func (c *Client) ModifyLoadBalancerAttributes(ctx context.Context, req ModifyLoadBalancerAttributesRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "ModifyLoadBalancerAttributes", req)
}

type SetLoadBalancerSecurityGroupsRequest struct {
	LoadBalancerId string `json:"LoadBalancerId"`
	// SecurityGroups replaces the groups (at most 5); empty unbinds them all, so it is always sent.
	SecurityGroups []string `json:"SecurityGroups"`
}

// SetLoadBalancerSecurityGroups starts replacing the security groups of one load balancer.
func (c *Client) SetLoadBalancerSecurityGroups(ctx context.Context, req SetLoadBalancerSecurityGroupsRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "SetLoadBalancerSecurityGroups", req)
}

type SetSecurityGroupForLoadbalancersRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
	SecurityGroup   string   `json:"SecurityGroup"`
	OperationType   string   `json:"OperationType"` // ADD or DEL
}

// SetSecurityGroupForLoadbalancers starts binding (ADD) or unbinding (DEL) one security group to or
// from several load balancers. The provider manages a load balancer's groups as one authoritative
// set (SetLoadBalancerSecurityGroups); this action is here for completeness and for tests.
func (c *Client) SetSecurityGroupForLoadbalancers(ctx context.Context, req SetSecurityGroupForLoadbalancersRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "SetSecurityGroupForLoadbalancers", req)
}

type DeleteLoadBalancerRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"` // at most 20
}

// DeleteLoadBalancer starts deleting load balancers.
func (c *Client) DeleteLoadBalancer(ctx context.Context, req DeleteLoadBalancerRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "DeleteLoadBalancer", req)
}

// IsLoadBalancerGone reports whether err says the load balancer does not exist.
func IsLoadBalancerGone(err error) bool {
	return tencent.IsNotFound(err) || tencent.HasCode(err, "InvalidParameter.LBIdNotFound") || tencent.HasCode(err, "ResourceNotFound")
}
