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
	EcmRegion               string `json:"EcmRegion"`
	AddressCount            *int64 `json:"AddressCount,omitempty"`
	InternetServiceProvider string `json:"InternetServiceProvider,omitempty"`
	InternetMaxBandwidthOut *int64 `json:"InternetMaxBandwidthOut,omitempty"`
	Tags                    []Tag  `json:"Tags,omitempty"`
}

type AllocateAddressesResponse struct {
	AddressSet []string   `json:"AddressSet"`
	TaskId     FlexString `json:"TaskId"`
}

func (c *Client) AllocateAddresses(ctx context.Context, req AllocateAddressesRequest) (*AllocateAddressesResponse, error) {
	var resp AllocateAddressesResponse
	return &resp, c.write(ctx, "AllocateAddresses", req, &resp)
}

type DescribeAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds,omitempty"`
	Filters    []Filter `json:"Filters,omitempty"`
	Offset     *int64   `json:"Offset,omitempty"`
	Limit      *int64   `json:"Limit,omitempty"`
}

type DescribeAddressesResponse struct {
	TotalCount int64     `json:"TotalCount"`
	AddressSet []Address `json:"AddressSet"`
}

func (c *Client) DescribeAddresses(ctx context.Context, req DescribeAddressesRequest) (*DescribeAddressesResponse, error) {
	var resp DescribeAddressesResponse
	return &resp, c.read(ctx, "DescribeAddresses", req, &resp)
}

// ListAddresses returns every EIP matching req, following Offset/Limit pages.
func (c *Client) ListAddresses(ctx context.Context, req DescribeAddressesRequest) ([]Address, error) {
	return listAll(ctx, func(ctx context.Context, offset, limit int64) ([]Address, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeAddresses(ctx, req)
		return resp.AddressSet, resp.TotalCount, err
	})
}

// FindAddressByID returns the EIP or a tencent.NotFoundError.
func (c *Client) FindAddressByID(ctx context.Context, region, id string) (*Address, error) {
	resp, err := c.DescribeAddresses(ctx, DescribeAddressesRequest{EcmRegion: region, AddressIds: []string{id}})
	if err != nil {
		return nil, err
	}
	for i := range resp.AddressSet {
		if resp.AddressSet[i].AddressId == id {
			return &resp.AddressSet[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "ECM EIP", ID: id}
}

type ModifyAddressAttributeRequest struct {
	EcmRegion           string  `json:"EcmRegion"`
	AddressId           string  `json:"AddressId"`
	AddressName         *string `json:"AddressName,omitempty"`
	EipDirectConnection string  `json:"EipDirectConnection,omitempty"`
}

func (c *Client) ModifyAddressAttribute(ctx context.Context, req ModifyAddressAttributeRequest) error {
	return c.write(ctx, "ModifyAddressAttribute", req, nil)
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
	var resp TaskResponse
	return &resp, c.write(ctx, "ModifyAddressesBandwidth", req, &resp)
}

type ReleaseAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds"`
}

func (c *Client) ReleaseAddresses(ctx context.Context, req ReleaseAddressesRequest) (*TaskResponse, error) {
	var resp TaskResponse
	return &resp, c.write(ctx, "ReleaseAddresses", req, &resp)
}

// IsAddressGone reports the answers EIP actions give for an address that no longer exists.
func IsAddressGone(err error) bool {
	return tencent.IsNotFound(err) || tencent.HasCode(err, "UnsupportedOperation.AddressIdNotFound")
}
