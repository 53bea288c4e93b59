package ecm

import (
	"context"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Subnet is the subnet as CreateSubnet and DescribeSubnets return it (catalog §3.5).
type Subnet struct {
	VpcId                   string        `json:"VpcId"`
	SubnetId                string        `json:"SubnetId"`
	SubnetName              string        `json:"SubnetName"`
	CidrBlock               string        `json:"CidrBlock"`
	IsDefault               bool          `json:"IsDefault"`
	EnableBroadcast         bool          `json:"EnableBroadcast"`
	RouteTableId            string        `json:"RouteTableId"`
	CreatedTime             string        `json:"CreatedTime"`
	AvailableIpAddressCount int64         `json:"AvailableIpAddressCount"`
	Ipv6CidrBlock           string        `json:"Ipv6CidrBlock"`
	NetworkAclId            string        `json:"NetworkAclId"`
	IsRemoteVpcSnat         bool          `json:"IsRemoteVpcSnat"`
	TagSet                  []tencent.Tag `json:"TagSet"`
	Zone                    string        `json:"Zone"`
	ZoneName                string        `json:"ZoneName"`
	InstanceCount           int64         `json:"InstanceCount"`
	VpcCidrBlock            string        `json:"VpcCidrBlock"`
	VpcIpv6CidrBlock        string        `json:"VpcIpv6CidrBlock"`
	Region                  string        `json:"Region"`
}

type CreateSubnetRequest struct {
	VpcId      string        `json:"VpcId"`
	SubnetName string        `json:"SubnetName"`
	CidrBlock  string        `json:"CidrBlock"`
	Zone       string        `json:"Zone"`
	EcmRegion  string        `json:"EcmRegion"`
	Tags       []tencent.Tag `json:"Tags,omitempty"`
}

type CreateSubnetResponse struct {
	Subnet Subnet `json:"Subnet"`
}

func (c *Client) CreateSubnet(ctx context.Context, req CreateSubnetRequest) (*CreateSubnetResponse, error) {
	resp, err := write[CreateSubnetResponse](ctx, c, "CreateSubnet", req)
	if err == nil {
		c.readers.subnets.Invalidate(req.EcmRegion, resp.Subnet.SubnetId)
	}
	return resp, err
}

// DescribeSubnetsRequest: Offset and Limit are typed String in the document (catalog §5.4 item 24).
type DescribeSubnetsRequest struct {
	SubnetIds []string         `json:"SubnetIds,omitempty"`
	Filters   []tencent.Filter `json:"Filters,omitempty"`
	Offset    *string          `json:"Offset,omitempty"`
	Limit     *string          `json:"Limit,omitempty"`
	EcmRegion string           `json:"EcmRegion,omitempty"`
	Sort      string           `json:"Sort,omitempty"`
}

type DescribeSubnetsResponse struct {
	TotalCount int64    `json:"TotalCount"`
	SubnetSet  []Subnet `json:"SubnetSet"`
}

func (c *Client) DescribeSubnets(ctx context.Context, req DescribeSubnetsRequest) (*DescribeSubnetsResponse, error) {
	return read[DescribeSubnetsResponse](ctx, c, "DescribeSubnets", req)
}

// ListSubnets returns every subnet matching req, following Offset/Limit pages (typed String here).
func (c *Client) ListSubnets(ctx context.Context, req DescribeSubnetsRequest) ([]Subnet, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]Subnet, int64, error) {
		o, l := strconv.FormatInt(offset, 10), strconv.FormatInt(limit, 10)
		req.Offset, req.Limit = &o, &l
		resp, err := c.DescribeSubnets(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.SubnetSet, resp.TotalCount, nil
	})
}

// FindSubnetByID returns the subnet or a tencent.NotFoundError, through the subnet reader.
func (c *Client) FindSubnetByID(ctx context.Context, region, id string) (*Subnet, error) {
	return c.readers.subnets.Find(ctx, region, id)
}

type ModifySubnetAttributeRequest struct {
	SubnetId        string         `json:"SubnetId"`
	EcmRegion       string         `json:"EcmRegion"`
	SubnetName      *string        `json:"SubnetName,omitempty"`
	EnableBroadcast *string        `json:"EnableBroadcast,omitempty"`
	Tags            *[]tencent.Tag `json:"Tags,omitempty"` // nil: unchanged; empty: remove all
}

func (c *Client) ModifySubnetAttribute(ctx context.Context, req ModifySubnetAttributeRequest) error {
	defer c.readers.subnets.Invalidate(req.EcmRegion, req.SubnetId)
	return writeOnly(ctx, c, "ModifySubnetAttribute", req)
}

type DeleteSubnetRequest struct {
	SubnetId  string `json:"SubnetId"`
	EcmRegion string `json:"EcmRegion"`
}

func (c *Client) DeleteSubnet(ctx context.Context, req DeleteSubnetRequest) error {
	defer c.readers.subnets.Invalidate(req.EcmRegion, req.SubnetId)
	return writeOnly(ctx, c, "DeleteSubnet", req)
}
