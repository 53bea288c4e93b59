package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Address statuses (catalog §3.7; the document's example also shows "BINDED").
const (
	AddressStatusCreating  = "CREATING"
	AddressStatusBinding   = "BINDING"
	AddressStatusUnbinding = "UNBINDING"
	AddressStatusOfflining = "OFFLINING"
)

// Address is an EIP as DescribeAddresses returns it (catalog §3.7). Fields the API may return as null
// decode to their zero value.
type Address struct {
	AddressId               string `json:"AddressId"`
	AddressName             string `json:"AddressName"`
	AddressStatus           string `json:"AddressStatus"`
	AddressIp               string `json:"AddressIp"`
	InstanceId              string `json:"InstanceId"`
	CreatedTime             string `json:"CreatedTime"`
	NetworkInterfaceId      string `json:"NetworkInterfaceId"`
	PrivateAddressIp        string `json:"PrivateAddressIp"`
	IsArrears               bool   `json:"IsArrears"`
	IsBlocked               bool   `json:"IsBlocked"`
	IsEipDirectConnection   bool   `json:"IsEipDirectConnection"`
	AddressType             string `json:"AddressType"`
	CascadeRelease          bool   `json:"CascadeRelease"`
	InternetServiceProvider string `json:"InternetServiceProvider"`
	Bandwidth               int64  `json:"Bandwidth"`
}

type AllocateAddressesRequest struct {
	EcmRegion               string        `json:"EcmRegion"`
	AddressCount            *int64        `json:"AddressCount,omitempty"`
	InternetServiceProvider string        `json:"InternetServiceProvider,omitempty"`
	InternetMaxBandwidthOut *int64        `json:"InternetMaxBandwidthOut,omitempty"`
	Tags                    []tencent.Tag `json:"Tags,omitempty"`
}

type AllocateAddressesResponse struct {
	AddressSet []string   `json:"AddressSet"`
	TaskId     FlexString `json:"TaskId"`
}

func (c *Client) AllocateAddresses(ctx context.Context, req AllocateAddressesRequest) (*AllocateAddressesResponse, error) {
	resp, err := write[AllocateAddressesResponse](ctx, c, "AllocateAddresses", req)
	if err == nil {
		for _, id := range resp.AddressSet {
			c.readers.addresses.Invalidate(req.EcmRegion, id)
		}
	}
	return resp, err
}

type DescribeAddressesRequest struct {
	EcmRegion  string           `json:"EcmRegion"`
	AddressIds []string         `json:"AddressIds,omitempty"`
	Filters    []tencent.Filter `json:"Filters,omitempty"`
	Offset     *int64           `json:"Offset,omitempty"`
	Limit      *int64           `json:"Limit,omitempty"`
}

type DescribeAddressesResponse struct {
	TotalCount int64     `json:"TotalCount"`
	AddressSet []Address `json:"AddressSet"`
}

func (c *Client) DescribeAddresses(ctx context.Context, req DescribeAddressesRequest) (*DescribeAddressesResponse, error) {
	return read[DescribeAddressesResponse](ctx, c, "DescribeAddresses", req)
}

// ListAddresses returns every EIP matching req, following Offset/Limit pages.
func (c *Client) ListAddresses(ctx context.Context, req DescribeAddressesRequest) ([]Address, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]Address, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeAddresses(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.AddressSet, resp.TotalCount, nil
	})
}

// FindAddressByID returns the EIP or a tencent.NotFoundError, through the EIP reader.
func (c *Client) FindAddressByID(ctx context.Context, region, id string) (*Address, error) {
	return c.readers.addresses.Find(ctx, region, id)
}

type ModifyAddressAttributeRequest struct {
	EcmRegion           string  `json:"EcmRegion"`
	AddressId           string  `json:"AddressId"`
	AddressName         *string `json:"AddressName,omitempty"`
	EipDirectConnection string  `json:"EipDirectConnection,omitempty"`
}

func (c *Client) ModifyAddressAttribute(ctx context.Context, req ModifyAddressAttributeRequest) error {
	defer c.readers.addresses.Invalidate(req.EcmRegion, req.AddressId)
	return writeOnly(ctx, c, "ModifyAddressAttribute", req)
}

type ModifyAddressesBandwidthRequest struct {
	EcmRegion               string   `json:"EcmRegion"`
	AddressIds              []string `json:"AddressIds"`
	InternetMaxBandwidthOut int64    `json:"InternetMaxBandwidthOut"`
}

type TaskResponse struct {
	TaskId FlexString `json:"TaskId"`
}

func (c *Client) ModifyAddressesBandwidth(ctx context.Context, req ModifyAddressesBandwidthRequest) (*TaskResponse, error) {
	defer c.invalidateAddresses(req.EcmRegion, req.AddressIds)
	return write[TaskResponse](ctx, c, "ModifyAddressesBandwidth", req)
}

type ReleaseAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds"`
}

func (c *Client) ReleaseAddresses(ctx context.Context, req ReleaseAddressesRequest) (*TaskResponse, error) {
	defer c.invalidateAddresses(req.EcmRegion, req.AddressIds)
	return write[TaskResponse](ctx, c, "ReleaseAddresses", req)
}

// IsAddressGone reports the answers EIP actions give for an address that no longer exists.
func IsAddressGone(err error) bool {
	return tencent.IsNotFound(err) || tencent.HasCode(err, "UnsupportedOperation.AddressIdNotFound")
}

func (c *Client) invalidateAddresses(region string, ids []string) {
	for _, id := range ids {
		c.readers.addresses.Invalidate(region, id)
	}
}
