package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// VpcInfo is the VPC as CreateVpc and DescribeVpcs return it (catalog §3.5).
type VpcInfo struct {
	VpcName         string        `json:"VpcName"`
	VpcId           string        `json:"VpcId"`
	CidrBlock       string        `json:"CidrBlock"`
	IsDefault       bool          `json:"IsDefault"`
	EnableMulticast bool          `json:"EnableMulticast"`
	CreatedTime     string        `json:"CreatedTime"`
	DnsServerSet    []string      `json:"DnsServerSet"`
	DomainName      string        `json:"DomainName"`
	DhcpOptionsId   string        `json:"DhcpOptionsId"`
	EnableDhcp      bool          `json:"EnableDhcp"`
	Ipv6CidrBlock   string        `json:"Ipv6CidrBlock"`
	TagSet          []tencent.Tag `json:"TagSet"`
	Region          string        `json:"Region"`
	Description     string        `json:"Description"`
	RegionName      string        `json:"RegionName"`
	SubnetCount     int64         `json:"SubnetCount"`
	InstanceCount   int64         `json:"InstanceCount"`
}

type CreateVpcRequest struct {
	VpcName     string        `json:"VpcName"`
	CidrBlock   string        `json:"CidrBlock"`
	EcmRegion   string        `json:"EcmRegion"`
	Tags        []tencent.Tag `json:"Tags,omitempty"`
	Description *string       `json:"Description,omitempty"`
}

type CreateVpcResponse struct {
	Vpc VpcInfo `json:"Vpc"`
}

func (c *Client) CreateVpc(ctx context.Context, req CreateVpcRequest) (*CreateVpcResponse, error) {
	resp, err := write[CreateVpcResponse](ctx, c, "CreateVpc", req)
	if err == nil {
		c.readers.vpcs.Invalidate(req.EcmRegion, resp.Vpc.VpcId)
	}
	return resp, err
}

type DescribeVpcsRequest struct {
	VpcIds    []string         `json:"VpcIds,omitempty"`
	Filters   []tencent.Filter `json:"Filters,omitempty"`
	Offset    *int64           `json:"Offset,omitempty"`
	Limit     *int64           `json:"Limit,omitempty"`
	EcmRegion string           `json:"EcmRegion,omitempty"`
	Sort      string           `json:"Sort,omitempty"`
}

type DescribeVpcsResponse struct {
	TotalCount int64     `json:"TotalCount"`
	VpcSet     []VpcInfo `json:"VpcSet"`
}

func (c *Client) DescribeVpcs(ctx context.Context, req DescribeVpcsRequest) (*DescribeVpcsResponse, error) {
	return read[DescribeVpcsResponse](ctx, c, "DescribeVpcs", req)
}

// ListVpcs returns every VPC matching req, following Offset/Limit pages.
func (c *Client) ListVpcs(ctx context.Context, req DescribeVpcsRequest) ([]VpcInfo, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]VpcInfo, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeVpcs(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.VpcSet, resp.TotalCount, nil
	})
}

// FindVpcByID returns the VPC or a tencent.NotFoundError, through the VPC reader.
func (c *Client) FindVpcByID(ctx context.Context, region, id string) (*VpcInfo, error) {
	return c.readers.vpcs.Find(ctx, region, id)
}

type ModifyVpcAttributeRequest struct {
	VpcId       string         `json:"VpcId"`
	EcmRegion   string         `json:"EcmRegion"`
	VpcName     *string        `json:"VpcName,omitempty"`
	Tags        *[]tencent.Tag `json:"Tags,omitempty"` // nil: unchanged; empty: remove all
	Description *string        `json:"Description,omitempty"`
}

func (c *Client) ModifyVpcAttribute(ctx context.Context, req ModifyVpcAttributeRequest) error {
	defer c.readers.vpcs.Invalidate(req.EcmRegion, req.VpcId)
	return writeOnly(ctx, c, "ModifyVpcAttribute", req)
}

type DeleteVpcRequest struct {
	VpcId     string `json:"VpcId"`
	EcmRegion string `json:"EcmRegion"`
}

func (c *Client) DeleteVpc(ctx context.Context, req DeleteVpcRequest) error {
	defer c.readers.vpcs.Invalidate(req.EcmRegion, req.VpcId)
	return writeOnly(ctx, c, "DeleteVpc", req)
}
