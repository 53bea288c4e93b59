package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// HAVIPs (catalog §2.11, §3.7). Only DescribeHaVips takes an EcmRegion (optional: empty is every
// region); an HAVIP lives in its VPC's region.

// HaVip is the HAVIP as CreateHaVip and DescribeHaVips return it.
type HaVip struct {
	HaVipId            string `json:"HaVipId"`
	HaVipName          string `json:"HaVipName"`
	Vip                string `json:"Vip"`
	VpcId              string `json:"VpcId"`
	SubnetId           string `json:"SubnetId"`
	NetworkInterfaceId string `json:"NetworkInterfaceId"`
	InstanceId         string `json:"InstanceId"`
	AddressIp          string `json:"AddressIp"`
	State              string `json:"State"`
	CreatedTime        string `json:"CreatedTime"`
	Business           string `json:"Business"`
}

type CreateHaVipRequest struct {
	VpcId     string  `json:"VpcId"`
	SubnetId  string  `json:"SubnetId"`
	HaVipName string  `json:"HaVipName"`
	Vip       *string `json:"Vip,omitempty"`
}

type CreateHaVipResponse struct {
	HaVip HaVip `json:"HaVip"`
}

func (c *Client) CreateHaVip(ctx context.Context, req CreateHaVipRequest) (*CreateHaVipResponse, error) {
	return write[CreateHaVipResponse](ctx, c, "CreateHaVip", req)
}

type DescribeHaVipsRequest struct {
	HaVipIds  []string         `json:"HaVipIds,omitempty"`
	Filters   []tencent.Filter `json:"Filters,omitempty"`
	Offset    *int64           `json:"Offset,omitempty"`
	Limit     *int64           `json:"Limit,omitempty"`
	EcmRegion string           `json:"EcmRegion,omitempty"`
}

type DescribeHaVipsResponse struct {
	TotalCount int64   `json:"TotalCount"`
	HaVipSet   []HaVip `json:"HaVipSet"`
}

func (c *Client) DescribeHaVips(ctx context.Context, req DescribeHaVipsRequest) (*DescribeHaVipsResponse, error) {
	return read[DescribeHaVipsResponse](ctx, c, "DescribeHaVips", req)
}

// ListHaVips returns every HAVIP matching req, following Offset/Limit pages.
func (c *Client) ListHaVips(ctx context.Context, req DescribeHaVipsRequest) ([]HaVip, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]HaVip, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeHaVips(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.HaVipSet, resp.TotalCount, nil
	})
}

// FindHaVipByID returns the HAVIP (looked up in every region) or a tencent.NotFoundError.
func (c *Client) FindHaVipByID(ctx context.Context, id string) (*HaVip, error) {
	if !ValidID("havip-", id) {
		return nil, &tencent.NotFoundError{Kind: "ECM HAVIP", ID: id}
	}
	resp, err := c.DescribeHaVips(ctx, DescribeHaVipsRequest{HaVipIds: []string{id}})
	if err != nil {
		return nil, err
	}
	for i := range resp.HaVipSet {
		if resp.HaVipSet[i].HaVipId == id {
			return &resp.HaVipSet[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "ECM HAVIP", ID: id}
}

type ModifyHaVipAttributeRequest struct {
	HaVipId   string `json:"HaVipId"`
	HaVipName string `json:"HaVipName"`
}

func (c *Client) ModifyHaVipAttribute(ctx context.Context, req ModifyHaVipAttributeRequest) error {
	return writeOnly(ctx, c, "ModifyHaVipAttribute", req)
}

type DeleteHaVipRequest struct {
	HaVipId string `json:"HaVipId"`
}

func (c *Client) DeleteHaVip(ctx context.Context, req DeleteHaVipRequest) error {
	return writeOnly(ctx, c, "DeleteHaVip", req)
}

// The zone's default subnet (catalog §2.6): ModifyDefaultSubnet and DescribeDefaultSubnet.

type ModifyDefaultSubnetRequest struct {
	EcmRegion string `json:"EcmRegion"`
	Zone      string `json:"Zone"`
	VpcId     string `json:"VpcId"`
	SubnetId  string `json:"SubnetId"`
}

func (c *Client) ModifyDefaultSubnet(ctx context.Context, req ModifyDefaultSubnetRequest) error {
	defer c.readers.subnets.Invalidate(req.EcmRegion, req.SubnetId) // its IsDefault changes
	return writeOnly(ctx, c, "ModifyDefaultSubnet", req)
}

type DescribeDefaultSubnetRequest struct {
	EcmRegion string `json:"EcmRegion"`
	Zone      string `json:"Zone"`
}

type DescribeDefaultSubnetResponse struct {
	Subnet *Subnet `json:"Subnet"` // nil or empty when the zone has none
}

// DescribeDefaultSubnet returns the zone's default subnet, or nil when it has none.
func (c *Client) DescribeDefaultSubnet(ctx context.Context, req DescribeDefaultSubnetRequest) (*Subnet, error) {
	resp, err := read[DescribeDefaultSubnetResponse](ctx, c, "DescribeDefaultSubnet", req)
	if err != nil {
		return nil, err
	}
	if resp.Subnet == nil || resp.Subnet.SubnetId == "" {
		return nil, nil //nolint:nilnil // "no default subnet" is an answer, not an error
	}
	return resp.Subnet, nil
}
