package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Price quotes and packing quotas for planning a launch (catalog §2.3, §2.13c).

// PriceDetail is one price, in the API's unit (cents), with its discount (percent paid).
type PriceDetail struct {
	Discount      float64 `json:"Discount"`
	DiscountPrice float64 `json:"DiscountPrice"`
	OriginalPrice float64 `json:"OriginalPrice"`
}

type DescribePriceRunInstanceRequest struct {
	InstanceType       string      `json:"InstanceType"`
	SystemDisk         *SystemDisk `json:"SystemDisk,omitempty"`
	InstanceCount      *int64      `json:"InstanceCount,omitempty"`
	DataDisk           []DataDisk  `json:"DataDisk,omitempty"`
	InstanceChargeType *int64      `json:"InstanceChargeType,omitempty"`
}

type DescribePriceRunInstanceResponse struct {
	InstancePrice struct {
		InstancePricesPartDetail struct {
			CpuPrice   PriceDetail `json:"CpuPrice"`
			MemPrice   PriceDetail `json:"MemPrice"`
			DisksPrice PriceDetail `json:"DisksPrice"`
		} `json:"InstancePricesPartDetail"`
		PriceDetail
	} `json:"InstancePrice"`
}

func (c *Client) DescribePriceRunInstance(ctx context.Context, req DescribePriceRunInstanceRequest) (*DescribePriceRunInstanceResponse, error) {
	return read[DescribePriceRunInstanceResponse](ctx, c, "DescribePriceRunInstance", req)
}

type PackingQuotaGroup struct {
	Zone              string `json:"Zone"`
	ZoneId            int64  `json:"ZoneId"`
	ISPId             string `json:"ISPId"`
	PackingQuotaInfos []struct {
		InstanceType string `json:"InstanceType"`
		PackingQuota int64  `json:"PackingQuota"`
	} `json:"PackingQuotaInfos"`
}

type DescribePackingQuotaGroupRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
}

type DescribePackingQuotaGroupResponse struct {
	PackingQuotaSet []PackingQuotaGroup `json:"PackingQuotaSet"`
}

func (c *Client) DescribePackingQuotaGroup(ctx context.Context, req DescribePackingQuotaGroupRequest) (*DescribePackingQuotaGroupResponse, error) {
	return read[DescribePackingQuotaGroupResponse](ctx, c, "DescribePackingQuotaGroup", req)
}

// Snapshot is a disk snapshot as DescribeSnapshots returns it (the fields the provider uses).
type Snapshot struct {
	SnapshotId    string `json:"SnapshotId"`
	SnapshotName  string `json:"SnapshotName"`
	SnapshotState string `json:"SnapshotState"`
	SnapshotType  string `json:"SnapshotType"`
	DiskId        string `json:"DiskId"`
	DiskSize      int64  `json:"DiskSize"`
	DiskUsage     string `json:"DiskUsage"`
	CreateTime    string `json:"CreateTime"`
}

type DescribeSnapshotsRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
	Offset  *int64           `json:"Offset,omitempty"`
	Limit   *int64           `json:"Limit,omitempty"`
}

type DescribeSnapshotsResponse struct {
	TotalCount  int64      `json:"TotalCount"`
	SnapshotSet []Snapshot `json:"SnapshotSet"`
}

// ListSnapshots returns every snapshot matching req, following Offset/Limit pages.
func (c *Client) ListSnapshots(ctx context.Context, req DescribeSnapshotsRequest) ([]Snapshot, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]Snapshot, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := read[DescribeSnapshotsResponse](ctx, c, "DescribeSnapshots", req)
		if err != nil {
			return nil, 0, err
		}
		return resp.SnapshotSet, resp.TotalCount, nil
	})
}
