package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Node is an ECM edge zone with its place and carriers, as DescribeNode returns it (catalog §2.1).
type Node struct {
	ZoneInfo struct {
		ZoneId   int64  `json:"ZoneId"`
		ZoneName string `json:"ZoneName"`
		Zone     string `json:"Zone"`
	} `json:"ZoneInfo"`
	Country struct {
		CountryId   string `json:"CountryId"`
		CountryName string `json:"CountryName"`
	} `json:"Country"`
	Area struct {
		AreaId   string `json:"AreaId"`
		AreaName string `json:"AreaName"`
	} `json:"Area"`
	Province struct {
		ProvinceId   string `json:"ProvinceId"`
		ProvinceName string `json:"ProvinceName"`
	} `json:"Province"`
	City struct {
		CityId   string `json:"CityId"`
		CityName string `json:"CityName"`
	} `json:"City"`
	RegionInfo struct {
		RegionId   int64  `json:"RegionId"`
		Region     string `json:"Region"`
		RegionName string `json:"RegionName"`
	} `json:"RegionInfo"`
	ISPSet []struct {
		ISPId   string `json:"ISPId"`
		ISPName string `json:"ISPName"`
	} `json:"ISPSet"`
	ISPNum int64 `json:"ISPNum"`
}

type DescribeNodeRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
}

type DescribeNodeResponse struct {
	NodeSet    []Node `json:"NodeSet"`
	TotalCount int64  `json:"TotalCount"`
}

// DescribeNode lists every node (not paged).
func (c *Client) DescribeNode(ctx context.Context, req DescribeNodeRequest) (*DescribeNodeResponse, error) {
	return read[DescribeNodeResponse](ctx, c, "DescribeNode", req)
}
