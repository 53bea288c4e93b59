package ecm

// CLB listeners (catalog §2.8, §3.8; seed 003 CreateListener L20610, DescribeListeners L19744,
// ModifyListener L18657, DeleteListener L20241). No CLB action takes EcmRegion: a listener lives in
// its load balancer. Every mutation is a CLB task: its ID is the call's RequestId, polled with
// DescribeLoadBalanceTaskStatus (WaitLoadBalanceTask).

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// CLB listener protocols, schedulers and session types (the seed's enums).
const (
	ListenerProtocolTCP    = "TCP"
	ListenerProtocolUDP    = "UDP"
	SchedulerWRR           = "WRR"
	SchedulerLeastConn     = "LEAST_CONN"
	SessionTypeNormal      = "NORMAL"
	SessionTypeQuicCID     = "QUIC_CID"
	HealthCheckTypeTCP     = "TCP"
	HealthCheckTypeCustom  = "CUSTOM"
	HealthCheckContextHex  = "HEX"
	HealthCheckContextText = "TEXT"
)

// HealthCheck is the listener's health check (all fields optional on input, null-able on output).
type HealthCheck struct {
	HealthSwitch *int64  `json:"HealthSwitch,omitempty"`
	TimeOut      *int64  `json:"TimeOut,omitempty"`
	IntervalTime *int64  `json:"IntervalTime,omitempty"`
	HealthNum    *int64  `json:"HealthNum,omitempty"`
	UnHealthyNum *int64  `json:"UnHealthyNum,omitempty"`
	CheckPort    *int64  `json:"CheckPort,omitempty"`
	ContextType  *string `json:"ContextType,omitempty"`
	SendContext  *string `json:"SendContext,omitempty"`
	RecvContext  *string `json:"RecvContext,omitempty"`
	CheckType    *string `json:"CheckType,omitempty"`
}

// Listener is a listener as DescribeListeners returns it.
type Listener struct {
	ListenerId        string       `json:"ListenerId"`
	Protocol          string       `json:"Protocol"`
	Port              int64        `json:"Port"`
	HealthCheck       *HealthCheck `json:"HealthCheck"`
	Scheduler         string       `json:"Scheduler"`
	SessionExpireTime int64        `json:"SessionExpireTime"`
	ListenerName      string       `json:"ListenerName"`
	CreateTime        string       `json:"CreateTime"`
	SessionType       string       `json:"SessionType"`
	EndPort           int64        `json:"EndPort"`
}

type CreateListenerRequest struct {
	LoadBalancerId    string       `json:"LoadBalancerId"`
	Ports             []int64      `json:"Ports"`
	Protocol          string       `json:"Protocol"`
	ListenerNames     []string     `json:"ListenerNames,omitempty"`
	HealthCheck       *HealthCheck `json:"HealthCheck,omitempty"`
	SessionExpireTime *int64       `json:"SessionExpireTime,omitempty"`
	Scheduler         string       `json:"Scheduler,omitempty"`
	SessionType       string       `json:"SessionType,omitempty"`
	EndPorts          []int64      `json:"EndPorts,omitempty"`
}

type CreateListenerResponse struct {
	ListenerIds []string `json:"ListenerIds"`
	RequestId   string   `json:"RequestId"`
}

// CreateListener starts creating one listener per port; wait on RequestId with WaitLoadBalanceTask.
func (c *Client) CreateListener(ctx context.Context, req CreateListenerRequest) (*CreateListenerResponse, error) {
	return write[CreateListenerResponse](ctx, c, "CreateListener", req)
}

type DescribeListenersRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	ListenerIds    []string `json:"ListenerIds,omitempty"`
	Protocol       string   `json:"Protocol,omitempty"`
	Port           *int64   `json:"Port,omitempty"`
}

type DescribeListenersResponse struct {
	Listeners  []Listener `json:"Listeners"`
	TotalCount int64      `json:"TotalCount"`
}

// DescribeListeners lists the listeners of one load balancer (the action has no paging).
func (c *Client) DescribeListeners(ctx context.Context, req DescribeListenersRequest) (*DescribeListenersResponse, error) {
	return read[DescribeListenersResponse](ctx, c, "DescribeListeners", req)
}

// FindListener returns the listener, or a tencent.NotFoundError when it or its load balancer is gone.
func (c *Client) FindListener(ctx context.Context, loadBalancerID, listenerID string) (*Listener, error) {
	notFound := &tencent.NotFoundError{Kind: "ECM CLB listener", ID: loadBalancerID + "/" + listenerID}
	if !ValidID("lb-", loadBalancerID) || !ValidID("lbl-", listenerID) {
		return nil, notFound
	}
	resp, err := c.DescribeListeners(ctx, DescribeListenersRequest{LoadBalancerId: loadBalancerID, ListenerIds: []string{listenerID}})
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

type ModifyListenerRequest struct {
	LoadBalancerId    string       `json:"LoadBalancerId"`
	ListenerId        string       `json:"ListenerId"`
	ListenerName      *string      `json:"ListenerName,omitempty"`
	SessionExpireTime *int64       `json:"SessionExpireTime,omitempty"`
	HealthCheck       *HealthCheck `json:"HealthCheck,omitempty"`
	Scheduler         string       `json:"Scheduler,omitempty"`
}

// ModifyListener starts changing name, session persistence, health check or scheduler.
func (c *Client) ModifyListener(ctx context.Context, req ModifyListenerRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "ModifyListener", req)
}

type DeleteListenerRequest struct {
	LoadBalancerId string `json:"LoadBalancerId"`
	ListenerId     string `json:"ListenerId"`
}

// DeleteListener starts deleting one listener.
func (c *Client) DeleteListener(ctx context.Context, req DeleteListenerRequest) (*LoadBalancerTask, error) {
	return write[LoadBalancerTask](ctx, c, "DeleteListener", req)
}
