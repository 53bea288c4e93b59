package vpc

import (
	"context"
	"slices"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// DescribeUsedIpAddress (seed 000): the occupied addresses of a VPC or subnet, or of the addresses
// named. A free address is simply absent from the answer.

// UsedIpAddressesPerCall is the documented maximum of IpAddresses in one DescribeUsedIpAddress
// ("Up to 100 IPs can be queried at a time").
const UsedIpAddressesPerCall = 100

type DescribeUsedIpAddressRequest struct {
	VpcId       string   `json:"VpcId"`
	SubnetId    string   `json:"SubnetId,omitempty"`
	IpAddresses []string `json:"IpAddresses,omitempty"`
	Offset      *int64   `json:"Offset,omitempty"`
	Limit       *int64   `json:"Limit,omitempty"`
}

// IpAddressStates is one occupied address (the seed's type name; its fields from the example and
// the SDK). ResourceType is not enumerated anywhere public ("ENI" is the only value seen): opaque.
type IpAddressStates struct {
	VpcId        string `json:"VpcId"`
	SubnetId     string `json:"SubnetId"`
	IpAddress    string `json:"IpAddress"`
	ResourceType string `json:"ResourceType"`
	ResourceId   string `json:"ResourceId"`
}

type DescribeUsedIpAddressResponse struct {
	// IpAddressStates and TotalCount "may return null".
	IpAddressStates []IpAddressStates `json:"IpAddressStates"`
	TotalCount      *int64            `json:"TotalCount"`
	RequestId       string            `json:"RequestId"`
}

func (c *Client) DescribeUsedIpAddress(ctx context.Context, region string, req DescribeUsedIpAddressRequest) (*DescribeUsedIpAddressResponse, error) {
	return read[DescribeUsedIpAddressResponse](ctx, c, region, "DescribeUsedIpAddress", req)
}

// ListUsedIpAddresses returns every occupied address the query matches, paging with Limit 100 until
// TotalCount addresses were seen or a page comes back empty. req.IpAddresses may hold any number of
// addresses: they are asked for UsedIpAddressesPerCall at a time (duplicates are asked once), and
// the answers are concatenated in the order of the chunks.
func (c *Client) ListUsedIpAddresses(ctx context.Context, region string, req DescribeUsedIpAddressRequest) ([]IpAddressStates, error) {
	if len(req.IpAddresses) == 0 {
		return c.listUsedIpAddressesPage(ctx, region, req)
	}
	var all []IpAddressStates
	for chunk := range slices.Chunk(unique(req.IpAddresses), UsedIpAddressesPerCall) {
		one := req
		one.IpAddresses = chunk
		states, err := c.listUsedIpAddressesPage(ctx, region, one)
		if err != nil {
			return nil, err
		}
		all = append(all, states...)
	}
	return all, nil
}

func (c *Client) listUsedIpAddressesPage(ctx context.Context, region string, req DescribeUsedIpAddressRequest) ([]IpAddressStates, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]IpAddressStates, int64, error) {
		page := req
		page.Offset, page.Limit = &offset, &limit
		resp, err := c.DescribeUsedIpAddress(ctx, region, page)
		if err != nil {
			return nil, 0, err
		}
		return resp.IpAddressStates, pageTotal(resp.TotalCount, offset, limit, len(resp.IpAddressStates)), nil
	})
}

// pageTotal is the TotalCount to page by. When the API answers null, a full page may have a
// successor (ask for it: an empty page ends the listing) and a short one is the last.
func pageTotal(total *int64, offset, limit int64, n int) int64 {
	if total != nil {
		return *total
	}
	if int64(n) >= limit {
		return offset + int64(n) + 1
	}
	return offset + int64(n)
}

// unique returns s without repeated values, in first-seen order.
func unique(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := make([]string, 0, len(s))
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
