package vpc

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// ENIs and their private addresses: DescribeNetworkInterfaces (read-back), AssignPrivateIpAddresses
// (seed 001, async) and UnassignPrivateIpAddresses (its companion, async), other-apis.md §2.

// Kinds, for messages and NotFoundError.
const KindNetworkInterface = "VPC ENI"

// Private IP states (PrivateIpAddressSpecification.State).
const (
	PrivateIpStatePending   = "PENDING"
	PrivateIpStateMigrating = "MIGRATING"
	PrivateIpStateDeleting  = "DELETING"
	PrivateIpStateAvailable = "AVAILABLE"
)

// QoS levels of a private IP (seed 001: PT Gold, AU Silver, AG Bronze, DEFAULT).
var QosLevels = []string{"PT", "AU", "AG", "DEFAULT"}

// PrivateIpsPerCall is the documented maximum of PrivateIpAddresses in one AssignPrivateIpAddresses
// or UnassignPrivateIpAddresses ("a maximum of 10 at a time").
const PrivateIpsPerCall = 10

// PrivateIpAddressSpecification is one private address, in requests and answers. On input only
// PrivateIpAddress (and QosLevel, Description) make sense; everything is omitted when empty so that
// a request carries exactly what was set.
type PrivateIpAddressSpecification struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
	Primary          bool   `json:"Primary,omitempty"`
	PublicIpAddress  string `json:"PublicIpAddress,omitempty"`
	AddressId        string `json:"AddressId,omitempty"`
	Description      string `json:"Description,omitempty"`
	IsWanIpBlocked   bool   `json:"IsWanIpBlocked,omitempty"`
	State            string `json:"State,omitempty"` // PENDING, MIGRATING, DELETING, AVAILABLE
	QosLevel         string `json:"QosLevel,omitempty"`
}

// NetworkInterfaceAttachment is the instance an ENI is attached to.
type NetworkInterfaceAttachment struct {
	InstanceId        string `json:"InstanceId"`
	DeviceIndex       int64  `json:"DeviceIndex"`
	InstanceAccountId string `json:"InstanceAccountId"`
	AttachTime        string `json:"AttachTime"`
}

// NetworkInterface is DescribeNetworkInterfaces' element (the fields the provider reads).
type NetworkInterface struct {
	NetworkInterfaceId          string                          `json:"NetworkInterfaceId"`
	NetworkInterfaceName        string                          `json:"NetworkInterfaceName"`
	NetworkInterfaceDescription string                          `json:"NetworkInterfaceDescription"`
	SubnetId                    string                          `json:"SubnetId"`
	VpcId                       string                          `json:"VpcId"`
	GroupSet                    []string                        `json:"GroupSet"`
	Primary                     bool                            `json:"Primary"`
	MacAddress                  string                          `json:"MacAddress"`
	State                       string                          `json:"State"` // PENDING, AVAILABLE, ATTACHING, DETACHING, DELETING
	NetworkInterfaceState       string                          `json:"NetworkInterfaceState"`
	PrivateIpAddressSet         []PrivateIpAddressSpecification `json:"PrivateIpAddressSet"`
	Attachment                  *NetworkInterfaceAttachment     `json:"Attachment"`
	Zone                        string                          `json:"Zone"`
	CreatedTime                 string                          `json:"CreatedTime"`
	TagSet                      []tencent.Tag                   `json:"TagSet"`
	EniType                     int64                           `json:"EniType"`
	QosLevel                    string                          `json:"QosLevel"`
}

// SecondaryAddresses returns the ENI's secondary private IPs by address (the primary one is not a
// secondary IP and is never managed).
func (n *NetworkInterface) SecondaryAddresses() map[string]PrivateIpAddressSpecification {
	out := make(map[string]PrivateIpAddressSpecification, len(n.PrivateIpAddressSet))
	for _, a := range n.PrivateIpAddressSet {
		if !a.Primary {
			out[a.PrivateIpAddress] = a
		}
	}
	return out
}

type DescribeNetworkInterfacesRequest struct {
	NetworkInterfaceIds []string         `json:"NetworkInterfaceIds,omitempty"`
	Filters             []tencent.Filter `json:"Filters,omitempty"`
	Offset              *int64           `json:"Offset,omitempty"`
	Limit               *int64           `json:"Limit,omitempty"`
}

type DescribeNetworkInterfacesResponse struct {
	NetworkInterfaceSet []NetworkInterface `json:"NetworkInterfaceSet"`
	TotalCount          int64              `json:"TotalCount"`
	RequestId           string             `json:"RequestId"`
}

func (c *Client) DescribeNetworkInterfaces(ctx context.Context, region string, req DescribeNetworkInterfacesRequest) (*DescribeNetworkInterfacesResponse, error) {
	return read[DescribeNetworkInterfacesResponse](ctx, c, region, "DescribeNetworkInterfaces", req)
}

// FindNetworkInterfaceByID reads one ENI; a tencent.NotFoundError when the API answers an empty set
// (how a deleted ENI shows, other-apis.md §2b) or ResourceNotFound.
func (c *Client) FindNetworkInterfaceByID(ctx context.Context, region, id string) (*NetworkInterface, error) {
	resp, err := c.DescribeNetworkInterfaces(ctx, region, DescribeNetworkInterfacesRequest{NetworkInterfaceIds: []string{id}})
	if tencent.HasCode(err, "ResourceNotFound") {
		return nil, &tencent.NotFoundError{Kind: KindNetworkInterface, ID: id}
	}
	if err != nil {
		return nil, err
	}
	for i := range resp.NetworkInterfaceSet {
		if resp.NetworkInterfaceSet[i].NetworkInterfaceId == id {
			return &resp.NetworkInterfaceSet[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: KindNetworkInterface, ID: id}
}

type AssignPrivateIpAddressesRequest struct {
	NetworkInterfaceId string                          `json:"NetworkInterfaceId"`
	PrivateIpAddresses []PrivateIpAddressSpecification `json:"PrivateIpAddresses,omitempty"`
	// SecondaryPrivateIpAddressCount is an Integer: sent as a JSON number (the seed's example request
	// sends "2", a string; the SDK's field is *uint64).
	SecondaryPrivateIpAddressCount *int64 `json:"SecondaryPrivateIpAddressCount,omitempty"`
	QosLevel                       string `json:"QosLevel,omitempty"`
	ClientToken                    string `json:"ClientToken,omitempty"`
}

type AssignPrivateIpAddressesResponse struct {
	PrivateIpAddressSet []PrivateIpAddressSpecification `json:"PrivateIpAddressSet"`
	// RequestId is also the ID of the task the call started (DescribeVpcTaskResult's TaskId).
	RequestId string `json:"RequestId"`
}

// Addresses lists the assigned addresses, in the answer's order.
func (r *AssignPrivateIpAddressesResponse) Addresses() []string {
	out := make([]string, 0, len(r.PrivateIpAddressSet))
	for _, a := range r.PrivateIpAddressSet {
		out = append(out, a.PrivateIpAddress)
	}
	return out
}

// AssignPrivateIpAddresses starts assigning secondary private IPs (async: wait for the task named by
// the answer's RequestId). It always carries a ClientToken (req's, or one generated here once for
// all of this call's attempts), so the request path may repeat it after a lost answer and the
// refusals "still processing" and "another task is running" are repeated with the same token: one
// logical assignment, however many attempts.
func (c *Client) AssignPrivateIpAddresses(ctx context.Context, region string, req AssignPrivateIpAddressesRequest) (*AssignPrivateIpAddressesResponse, error) {
	if len(req.PrivateIpAddresses) > PrivateIpsPerCall {
		return nil, fmt.Errorf("AssignPrivateIpAddresses takes at most %d addresses per call, got %d", PrivateIpsPerCall, len(req.PrivateIpAddresses))
	}
	if req.ClientToken == "" {
		req.ClientToken = NewClientToken()
	}
	return write[AssignPrivateIpAddressesResponse](ctx, c, region, "AssignPrivateIpAddresses", req, true)
}

type UnassignPrivateIpAddressesRequest struct {
	NetworkInterfaceId string                          `json:"NetworkInterfaceId"`
	PrivateIpAddresses []PrivateIpAddressSpecification `json:"PrivateIpAddresses"`
	InstanceId         string                          `json:"InstanceId,omitempty"`
}

type UnassignPrivateIpAddressesResponse struct {
	// RequestId is also the ID of the task the call started.
	RequestId string `json:"RequestId"`
}

// UnassignPrivateIpAddresses starts returning secondary private IPs (async, like the assignment).
// It carries no ClientToken, so a lost answer is not repeated (the error surfaces and the next
// refresh sees what happened); the VPC refusals that mean "not done, try later" are.
func (c *Client) UnassignPrivateIpAddresses(ctx context.Context, region string, req UnassignPrivateIpAddressesRequest) (*UnassignPrivateIpAddressesResponse, error) {
	if len(req.PrivateIpAddresses) > PrivateIpsPerCall {
		return nil, fmt.Errorf("UnassignPrivateIpAddresses takes at most %d addresses per call, got %d", PrivateIpsPerCall, len(req.PrivateIpAddresses))
	}
	return write[UnassignPrivateIpAddressesResponse](ctx, c, region, "UnassignPrivateIpAddresses", req, false)
}

// NewClientToken returns a fresh idempotency token: "tf-" and 32 hex digits (the API allows 64 ASCII
// characters).
func NewClientToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "tf-" + hex.EncodeToString(b[:])
}

// Addresses turns addresses into request specifications, each with qos (may be "").
func Addresses(addresses []string, qos string) []PrivateIpAddressSpecification {
	out := make([]PrivateIpAddressSpecification, len(addresses))
	for i, a := range addresses {
		out[i] = PrivateIpAddressSpecification{PrivateIpAddress: a, QosLevel: qos}
	}
	return out
}
