package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/batch"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// ENI actions (catalog §2.9) and the ENI reader.

// ENI states (catalog §3.6).
const (
	ENIStatePending   = "PENDING"
	ENIStateAvailable = "AVAILABLE"
	ENIStateAttaching = "ATTACHING"
	ENIStateDetaching = "DETACHING"
	ENIStateDeleting  = "DELETING"
)

// PrivateIPSpec is PrivateIpAddressSpecification (catalog §3.6), input and output.
type PrivateIPSpec struct {
	PrivateIpAddress string  `json:"PrivateIpAddress"`
	Primary          *bool   `json:"Primary,omitempty"`
	PublicIpAddress  string  `json:"PublicIpAddress,omitempty"`
	AddressId        string  `json:"AddressId,omitempty"`
	Description      *string `json:"Description,omitempty"`
	IsWanIpBlocked   *bool   `json:"IsWanIpBlocked,omitempty"`
	State            string  `json:"State,omitempty"`
}

// Ipv6Address is Ipv6Address (catalog §3.6), input and output.
type Ipv6Address struct {
	Address        string  `json:"Address"`
	Primary        *bool   `json:"Primary,omitempty"`
	AddressId      string  `json:"AddressId,omitempty"`
	Description    *string `json:"Description,omitempty"`
	IsWanIpBlocked *bool   `json:"IsWanIpBlocked,omitempty"`
	State          string  `json:"State,omitempty"`
}

// NetworkInterfaceAttachment is the instance an ENI is attached to.
type NetworkInterfaceAttachment struct {
	InstanceId        string `json:"InstanceId"`
	DeviceIndex       int64  `json:"DeviceIndex"`
	InstanceAccountId string `json:"InstanceAccountId"`
	AttachTime        string `json:"AttachTime"`
}

// NetworkInterface is an ENI as DescribeNetworkInterfaces returns it.
type NetworkInterface struct {
	NetworkInterfaceId          string                      `json:"NetworkInterfaceId"`
	NetworkInterfaceName        string                      `json:"NetworkInterfaceName"`
	NetworkInterfaceDescription string                      `json:"NetworkInterfaceDescription"`
	SubnetId                    string                      `json:"SubnetId"`
	VpcId                       string                      `json:"VpcId"`
	GroupSet                    []string                    `json:"GroupSet"`
	Primary                     bool                        `json:"Primary"`
	MacAddress                  string                      `json:"MacAddress"`
	State                       string                      `json:"State"`
	PrivateIpAddressSet         []PrivateIPSpec             `json:"PrivateIpAddressSet"`
	Attachment                  *NetworkInterfaceAttachment `json:"Attachment"`
	Zone                        string                      `json:"Zone"`
	CreatedTime                 string                      `json:"CreatedTime"`
	Ipv6AddressSet              []Ipv6Address               `json:"Ipv6AddressSet"`
	TagSet                      []tencent.Tag               `json:"TagSet"`
	EniType                     int64                       `json:"EniType"`
	EcmRegion                   string                      `json:"EcmRegion"`
}

// AttachedTo is the instance the ENI is attached to, or "".
func (n *NetworkInterface) AttachedTo() string {
	if n.Attachment == nil {
		return ""
	}
	return n.Attachment.InstanceId
}

func newENIReader(c *Client, opts Options) *batch.Reader[NetworkInterface] {
	return batch.NewReader(batch.Spec[NetworkInterface]{
		Kind: "ECM ENI", MaxIDs: 100, Direct: opts.DirectReads,
		Describe: func(ctx context.Context, region string, ids []string) ([]NetworkInterface, error) {
			return c.ListNetworkInterfaces(ctx, DescribeNetworkInterfacesRequest{NetworkInterfaceIds: ids, EcmRegion: region})
		},
		List: func(ctx context.Context, region string, offset, limit int64) ([]NetworkInterface, int64, error) {
			resp, err := c.DescribeNetworkInterfaces(ctx, DescribeNetworkInterfacesRequest{EcmRegion: region, Offset: &offset, Limit: &limit})
			if err != nil {
				return nil, 0, err
			}
			return resp.NetworkInterfaceSet, resp.TotalCount, nil
		},
		ID:        func(n *NetworkInterface) string { return n.NetworkInterfaceId },
		Valid:     func(id string) bool { return ValidID("eni-", id) },
		Retryable: tencent.IsThrottled,
		NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM ENI", ID: id} },
	})
}

type CreateNetworkInterfaceRequest struct {
	VpcId                          string          `json:"VpcId"`
	NetworkInterfaceName           string          `json:"NetworkInterfaceName"`
	SubnetId                       string          `json:"SubnetId"`
	EcmRegion                      string          `json:"EcmRegion"`
	NetworkInterfaceDescription    string          `json:"NetworkInterfaceDescription,omitempty"`
	SecondaryPrivateIpAddressCount *int64          `json:"SecondaryPrivateIpAddressCount,omitempty"`
	SecurityGroupIds               []string        `json:"SecurityGroupIds,omitempty"`
	PrivateIpAddresses             []PrivateIPSpec `json:"PrivateIpAddresses,omitempty"`
	Tags                           []tencent.Tag   `json:"Tags,omitempty"`
}

type CreateNetworkInterfaceResponse struct {
	NetworkInterface NetworkInterface `json:"NetworkInterface"`
}

func (c *Client) CreateNetworkInterface(ctx context.Context, req CreateNetworkInterfaceRequest) (*CreateNetworkInterfaceResponse, error) {
	resp, err := write[CreateNetworkInterfaceResponse](ctx, c, "CreateNetworkInterface", req)
	if err == nil {
		c.readers.enis.Invalidate(req.EcmRegion, resp.NetworkInterface.NetworkInterfaceId)
	}
	return resp, err
}

type DescribeNetworkInterfacesRequest struct {
	NetworkInterfaceIds []string         `json:"NetworkInterfaceIds,omitempty"`
	Filters             []tencent.Filter `json:"Filters,omitempty"`
	Offset              *int64           `json:"Offset,omitempty"`
	Limit               *int64           `json:"Limit,omitempty"`
	EcmRegion           string           `json:"EcmRegion,omitempty"`
}

type DescribeNetworkInterfacesResponse struct {
	TotalCount          int64              `json:"TotalCount"`
	NetworkInterfaceSet []NetworkInterface `json:"NetworkInterfaceSet"`
}

func (c *Client) DescribeNetworkInterfaces(ctx context.Context, req DescribeNetworkInterfacesRequest) (*DescribeNetworkInterfacesResponse, error) {
	return read[DescribeNetworkInterfacesResponse](ctx, c, "DescribeNetworkInterfaces", req)
}

// ListNetworkInterfaces returns every ENI matching req, following Offset/Limit pages.
func (c *Client) ListNetworkInterfaces(ctx context.Context, req DescribeNetworkInterfacesRequest) ([]NetworkInterface, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]NetworkInterface, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeNetworkInterfaces(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.NetworkInterfaceSet, resp.TotalCount, nil
	})
}

// FindNetworkInterfaceByID returns the ENI or a tencent.NotFoundError, through the ENI reader.
func (c *Client) FindNetworkInterfaceByID(ctx context.Context, region, id string) (*NetworkInterface, error) {
	return c.readers.enis.Find(ctx, region, id)
}

// ENIRequest names one ENI: DeleteNetworkInterface's request.
type ENIRequest struct {
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	EcmRegion          string `json:"EcmRegion"`
}

func (c *Client) DeleteNetworkInterface(ctx context.Context, req ENIRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "DeleteNetworkInterface", req)
}

// AttachmentRequest is AttachNetworkInterface's and DetachNetworkInterface's request.
type AttachmentRequest struct {
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	InstanceId         string `json:"InstanceId"`
	EcmRegion          string `json:"EcmRegion"`
}

func (c *Client) AttachNetworkInterface(ctx context.Context, req AttachmentRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "AttachNetworkInterface", req)
}

func (c *Client) DetachNetworkInterface(ctx context.Context, req AttachmentRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "DetachNetworkInterface", req)
}

type MigrateNetworkInterfaceRequest struct {
	EcmRegion             string `json:"EcmRegion"`
	NetworkInterfaceId    string `json:"NetworkInterfaceId"`
	SourceInstanceId      string `json:"SourceInstanceId"`
	DestinationInstanceId string `json:"DestinationInstanceId"`
}

func (c *Client) MigrateNetworkInterface(ctx context.Context, req MigrateNetworkInterfaceRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "MigrateNetworkInterface", req)
}

type AssignPrivateIpAddressesRequest struct {
	NetworkInterfaceId             string          `json:"NetworkInterfaceId"`
	EcmRegion                      string          `json:"EcmRegion"`
	PrivateIpAddresses             []PrivateIPSpec `json:"PrivateIpAddresses,omitempty"`
	SecondaryPrivateIpAddressCount *int64          `json:"SecondaryPrivateIpAddressCount,omitempty"`
}

type AssignPrivateIpAddressesResponse struct {
	PrivateIpAddressSet []PrivateIPSpec `json:"PrivateIpAddressSet"`
}

func (c *Client) AssignPrivateIpAddresses(ctx context.Context, req AssignPrivateIpAddressesRequest) (*AssignPrivateIpAddressesResponse, error) {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return write[AssignPrivateIpAddressesResponse](ctx, c, "AssignPrivateIpAddresses", req)
}

// PrivateIPsRequest is RemovePrivateIpAddresses' and ModifyPrivateIpAddressesAttribute's request.
type PrivateIPsRequest struct {
	NetworkInterfaceId string          `json:"NetworkInterfaceId"`
	EcmRegion          string          `json:"EcmRegion"`
	PrivateIpAddresses []PrivateIPSpec `json:"PrivateIpAddresses"`
}

func (c *Client) RemovePrivateIpAddresses(ctx context.Context, req PrivateIPsRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "RemovePrivateIpAddresses", req)
}

func (c *Client) ModifyPrivateIpAddressesAttribute(ctx context.Context, req PrivateIPsRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "ModifyPrivateIpAddressesAttribute", req)
}

type AssociateAddressRequest struct {
	EcmRegion          string `json:"EcmRegion"`
	AddressId          string `json:"AddressId"`
	InstanceId         string `json:"InstanceId,omitempty"`
	NetworkInterfaceId string `json:"NetworkInterfaceId,omitempty"`
	PrivateIpAddress   string `json:"PrivateIpAddress,omitempty"`
}

func (c *Client) AssociateAddress(ctx context.Context, req AssociateAddressRequest) (*TaskResponse, error) {
	defer c.readers.addresses.Invalidate(req.EcmRegion, req.AddressId)
	return write[TaskResponse](ctx, c, "AssociateAddress", req)
}

type DisassociateAddressRequest struct {
	EcmRegion                string `json:"EcmRegion"`
	AddressId                string `json:"AddressId"`
	ReallocateNormalPublicIp *bool  `json:"ReallocateNormalPublicIp,omitempty"`
}

func (c *Client) DisassociateAddress(ctx context.Context, req DisassociateAddressRequest) (*TaskResponse, error) {
	defer c.readers.addresses.Invalidate(req.EcmRegion, req.AddressId)
	return write[TaskResponse](ctx, c, "DisassociateAddress", req)
}

// SecurityGroupsInstancesRequest is AssociateSecurityGroups' and DisassociateSecurityGroups' request.
type SecurityGroupsInstancesRequest struct {
	SecurityGroupIds []string `json:"SecurityGroupIds"`
	InstanceIds      []string `json:"InstanceIds"`
}

func (c *Client) AssociateSecurityGroups(ctx context.Context, req SecurityGroupsInstancesRequest) error {
	defer c.invalidateInstances(req.InstanceIds)
	return writeOnly(ctx, c, "AssociateSecurityGroups", req)
}

func (c *Client) DisassociateSecurityGroups(ctx context.Context, req SecurityGroupsInstancesRequest) error {
	defer c.invalidateInstances(req.InstanceIds)
	return writeOnly(ctx, c, "DisassociateSecurityGroups", req)
}

func (c *Client) invalidateInstances(ids []string) {
	for _, id := range ids {
		c.readers.instances.Invalidate("", id)
	}
}

type AssignIpv6AddressesRequest struct {
	EcmRegion          string        `json:"EcmRegion"`
	NetworkInterfaceId string        `json:"NetworkInterfaceId"`
	Ipv6Addresses      []Ipv6Address `json:"Ipv6Addresses,omitempty"`
	Ipv6AddressCount   *int64        `json:"Ipv6AddressCount,omitempty"`
	Ipv6ISP            string        `json:"Ipv6ISP,omitempty"`
}

type AssignIpv6AddressesResponse struct {
	Ipv6AddressSet []Ipv6Address `json:"Ipv6AddressSet"`
}

func (c *Client) AssignIpv6Addresses(ctx context.Context, req AssignIpv6AddressesRequest) (*AssignIpv6AddressesResponse, error) {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return write[AssignIpv6AddressesResponse](ctx, c, "AssignIpv6Addresses", req)
}

// Ipv6AddressesRequest is ModifyIpv6AddressesAttribute's and ReleaseIpv6Addresses' request.
type Ipv6AddressesRequest struct {
	EcmRegion          string        `json:"EcmRegion"`
	NetworkInterfaceId string        `json:"NetworkInterfaceId"`
	Ipv6Addresses      []Ipv6Address `json:"Ipv6Addresses"`
}

func (c *Client) ModifyIpv6AddressesAttribute(ctx context.Context, req Ipv6AddressesRequest) error {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return writeOnly(ctx, c, "ModifyIpv6AddressesAttribute", req)
}

// ReleaseIpv6Addresses starts a DescribeTaskResult task; its TaskId is documented as an Integer.
func (c *Client) ReleaseIpv6Addresses(ctx context.Context, req Ipv6AddressesRequest) (*TaskResponse, error) {
	defer c.readers.enis.Invalidate(req.EcmRegion, req.NetworkInterfaceId)
	return write[TaskResponse](ctx, c, "ReleaseIpv6Addresses", req)
}
