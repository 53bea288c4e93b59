package ecm

// CLB backends (catalog §2.8, §3.8; seed 003 BatchRegisterTargets L20811, BatchDeregisterTargets
// L21129, BatchModifyTargetWeight L20978, ModifyTargetPort L18360, DescribeTargets L18807,
// DescribeTargetHealth L19130). Every mutation is a CLB task keyed by its RequestId.

import (
	"context"
	"fmt"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// BatchTarget is one backend of one listener in BatchRegisterTargets/BatchDeregisterTargets.
type BatchTarget struct {
	ListenerId string `json:"ListenerId,omitempty"`
	Port       *int64 `json:"Port,omitempty"`
	InstanceId string `json:"InstanceId,omitempty"`
	EniIp      string `json:"EniIp,omitempty"`
	Weight     *int64 `json:"Weight,omitempty"`
}

// Target is one backend in BatchModifyTargetWeight and ModifyTargetPort.
type Target struct {
	Port       *int64 `json:"Port,omitempty"`
	InstanceId string `json:"InstanceId,omitempty"`
	Weight     *int64 `json:"Weight,omitempty"`
	EniIp      string `json:"EniIp,omitempty"`
}

// TargetsWeightRule is the weight change of some backends of one listener.
type TargetsWeightRule struct {
	ListenerId string   `json:"ListenerId,omitempty"`
	Targets    []Target `json:"Targets,omitempty"`
	Weight     *int64   `json:"Weight,omitempty"`
}

type BatchTargetsRequest struct {
	LoadBalancerId string        `json:"LoadBalancerId"`
	Targets        []BatchTarget `json:"Targets"`
}

// BatchTargetsResponse is the answer of BatchRegisterTargets and BatchDeregisterTargets.
type BatchTargetsResponse struct {
	FailListenerIdSet []string `json:"FailListenerIdSet"`
	RequestId         string   `json:"RequestId"`
}

// FailedListenersError reports the listeners a batch call could not change (FailListenerIdSet).
type FailedListenersError struct {
	Action    string
	Listeners []string
	RequestId string
}

func (e *FailedListenersError) Error() string {
	return fmt.Sprintf("%s failed for listener(s) %s (FailListenerIdSet; RequestId %s)", e.Action, strings.Join(e.Listeners, ", "), e.RequestId)
}

func batchTargets(ctx context.Context, c *Client, action string, req BatchTargetsRequest) (*BatchTargetsResponse, error) {
	resp, err := write[BatchTargetsResponse](ctx, c, action, req)
	if err != nil {
		return nil, err
	}
	if len(resp.FailListenerIdSet) > 0 {
		return resp, &FailedListenersError{Action: action, Listeners: resp.FailListenerIdSet, RequestId: resp.RequestId}
	}
	return resp, nil
}

// BatchRegisterTargets binds backends; a non-empty FailListenerIdSet is a *FailedListenersError
// (the response is returned with it, so the caller can still wait on the task).
func (c *Client) BatchRegisterTargets(ctx context.Context, req BatchTargetsRequest) (*BatchTargetsResponse, error) {
	return batchTargets(ctx, c, "BatchRegisterTargets", req)
}

// BatchDeregisterTargets unbinds backends, like BatchRegisterTargets.
func (c *Client) BatchDeregisterTargets(ctx context.Context, req BatchTargetsRequest) (*BatchTargetsResponse, error) {
	return batchTargets(ctx, c, "BatchDeregisterTargets", req)
}

type BatchModifyTargetWeightRequest struct {
	LoadBalancerId string              `json:"LoadBalancerId"`
	ModifyList     []TargetsWeightRule `json:"ModifyList"`
}

// BatchModifyTargetWeight changes the weights of bound backends.
func (c *Client) BatchModifyTargetWeight(ctx context.Context, req BatchModifyTargetWeightRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "BatchModifyTargetWeight", req)
}

type ModifyTargetPortRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	ListenerId     string   `json:"ListenerId"`
	Targets        []Target `json:"Targets"`
	NewPort        int64    `json:"NewPort"`
}

// ModifyTargetPort moves bound backends (named by their current port) to NewPort.
func (c *Client) ModifyTargetPort(ctx context.Context, req ModifyTargetPortRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "ModifyTargetPort", req)
}

// Backend is a bound backend as DescribeTargets returns it.
type Backend struct {
	InstanceId         string   `json:"InstanceId"`
	Port               int64    `json:"Port"`
	Weight             int64    `json:"Weight"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	RegisteredTime     string   `json:"RegisteredTime"`
	EniId              string   `json:"EniId"`
	PublicIpAddresses  []string `json:"PublicIpAddresses"`
	InstanceName       string   `json:"InstanceName"`
}

// ListenerBackend is one listener with its backends.
type ListenerBackend struct {
	ListenerId string    `json:"ListenerId"`
	Protocol   string    `json:"Protocol"`
	Port       int64     `json:"Port"`
	Targets    []Backend `json:"Targets"`
}

// DescribeTargetsRequest: the seed types Protocol as Integer here (sic, catalog §2.8); the
// provider never sends it.
type DescribeTargetsRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	ListenerIds    []string `json:"ListenerIds,omitempty"`
	Port           *int64   `json:"Port,omitempty"`
}

type DescribeTargetsResponse struct {
	Listeners []ListenerBackend `json:"Listeners"`
}

func (c *Client) DescribeTargets(ctx context.Context, req DescribeTargetsRequest) (*DescribeTargetsResponse, error) {
	return read[DescribeTargetsResponse](ctx, c, "DescribeTargets", req)
}

// FindListenerTargets returns the backends of one listener, or a tencent.NotFoundError when the
// listener (or its load balancer) is gone.
func (c *Client) FindListenerTargets(ctx context.Context, loadBalancerID, listenerID string) (*ListenerBackend, error) {
	notFound := &tencent.NotFoundError{Kind: "ECM CLB listener", ID: loadBalancerID + "/" + listenerID}
	if !ValidID("lb-", loadBalancerID) || !ValidID("lbl-", listenerID) {
		return nil, notFound
	}
	resp, err := c.DescribeTargets(ctx, DescribeTargetsRequest{LoadBalancerId: loadBalancerID, ListenerIds: []string{listenerID}})
	if IsLoadBalancerGone(err) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	for i := range resp.Listeners {
		if resp.Listeners[i].ListenerId == listenerID {
			return &resp.Listeners[i], nil
		}
	}
	return nil, notFound
}

// TargetHealth is the health of one backend.
type TargetHealth struct {
	IP                 string `json:"IP"`
	Port               int64  `json:"Port"`
	HealthStatus       bool   `json:"HealthStatus"`
	TargetId           string `json:"TargetId"`
	HealthStatusDetail string `json:"HealthStatusDetail"`
}

type RuleHealth struct {
	Targets []TargetHealth `json:"Targets"`
}

type ListenerHealth struct {
	ListenerId   string       `json:"ListenerId"`
	ListenerName string       `json:"ListenerName"`
	Protocol     string       `json:"Protocol"`
	Port         int64        `json:"Port"`
	Rules        []RuleHealth `json:"Rules"`
}

type LoadBalancerHealth struct {
	LoadBalancerId   string           `json:"LoadBalancerId"`
	LoadBalancerName string           `json:"LoadBalancerName"`
	Listeners        []ListenerHealth `json:"Listeners"`
}

type DescribeTargetHealthRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
}

type DescribeTargetHealthResponse struct {
	LoadBalancers []LoadBalancerHealth `json:"LoadBalancers"`
}

func (c *Client) DescribeTargetHealth(ctx context.Context, req DescribeTargetHealthRequest) (*DescribeTargetHealthResponse, error) {
	return read[DescribeTargetHealthResponse](ctx, c, "DescribeTargetHealth", req)
}
