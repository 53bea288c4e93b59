package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// The read-only catalog of what can be launched: instance types (DescribeInstanceTypeConfig), the
// account's limits (DescribeConfig) and images (DescribeImage). Catalog §2.13c, §2.3, §3.2–3.4.

// InstanceTypeConfig is one instance type.
type InstanceTypeConfig struct {
	InstanceFamilyConfig struct {
		InstanceFamilyName string `json:"InstanceFamilyName"`
		InstanceFamily     string `json:"InstanceFamily"`
	} `json:"InstanceFamilyConfig"`
	InstanceType             string `json:"InstanceType"`
	Vcpu                     int64  `json:"Vcpu"`
	Memory                   int64  `json:"Memory"`
	Frequency                string `json:"Frequency"`
	CpuModelName             string `json:"CpuModelName"`
	InstanceFamilyTypeConfig struct {
		InstanceFamilyType     string `json:"InstanceFamilyType"`
		InstanceFamilyTypeName string `json:"InstanceFamilyTypeName"`
	} `json:"InstanceFamilyTypeConfig"`
	ExtInfo      string  `json:"ExtInfo"`
	Vgpu         float64 `json:"Vgpu"`
	GpuModelName string  `json:"GpuModelName"`
}

type DescribeInstanceTypeConfigResponse struct {
	TotalCount            int64                `json:"TotalCount"`
	InstanceTypeConfigSet []InstanceTypeConfig `json:"InstanceTypeConfigSet"`
}

// DescribeInstanceTypeConfig lists every instance type (no input, not paged).
func (c *Client) DescribeInstanceTypeConfig(ctx context.Context) (*DescribeInstanceTypeConfigResponse, error) {
	return read[DescribeInstanceTypeConfigResponse](ctx, c, "DescribeInstanceTypeConfig", struct{}{})
}

// NetworkStorageRange is the account's bandwidth, disk and vCPU bounds (DescribeConfig).
type NetworkStorageRange struct {
	MaxBandwidth          int64 `json:"MaxBandwidth"`
	MaxSystemDiskSize     int64 `json:"MaxSystemDiskSize"`
	MinBandwidth          int64 `json:"MinBandwidth"`
	MinSystemDiskSize     int64 `json:"MinSystemDiskSize"`
	MaxDataDiskSize       int64 `json:"MaxDataDiskSize"`
	MinDataDiskSize       int64 `json:"MinDataDiskSize"`
	SuggestBandwidth      int64 `json:"SuggestBandwidth"`
	SuggestDataDiskSize   int64 `json:"SuggestDataDiskSize"`
	SuggestSystemDiskSize int64 `json:"SuggestSystemDiskSize"`
	MaxVcpu               int64 `json:"MaxVcpu"`
	MinVcpu               int64 `json:"MinVcpu"`
	MaxVcpuPerReq         int64 `json:"MaxVcpuPerReq"`
	PerBandwidth          int64 `json:"PerBandwidth"`
	PerDataDisk           int64 `json:"PerDataDisk"`
	MaxModuleNum          int64 `json:"MaxModuleNum"`
}

type InstanceNetworkLimitConfig struct {
	CpuNum                     int64 `json:"CpuNum"`
	NetworkInterfaceLimit      int64 `json:"NetworkInterfaceLimit"`
	InnerIpPerNetworkInterface int64 `json:"InnerIpPerNetworkInterface"`
	PublicIpPerInstance        int64 `json:"PublicIpPerInstance"`
}

type DescribeConfigResponse struct {
	NetworkStorageRange         NetworkStorageRange          `json:"NetworkStorageRange"`
	ImageWhiteSet               []string                     `json:"ImageWhiteSet"`
	InstanceNetworkLimitConfigs []InstanceNetworkLimitConfig `json:"InstanceNetworkLimitConfigs"`
	ImageLimits                 struct {
		MaxImageSize int64 `json:"MaxImageSize"`
	} `json:"ImageLimits"`
	DefaultIPDirect bool `json:"DefaultIPDirect"`
}

// DescribeConfig returns the account's limits (no input).
func (c *Client) DescribeConfig(ctx context.Context) (*DescribeConfigResponse, error) {
	return read[DescribeConfigResponse](ctx, c, "DescribeConfig", struct{}{})
}

// Image is an image as DescribeImage returns it (catalog §3.3).
type Image struct {
	ImageId            string   `json:"ImageId"`
	ImageName          string   `json:"ImageName"`
	ImageState         string   `json:"ImageState"`
	ImageType          string   `json:"ImageType"`
	ImageOsName        string   `json:"ImageOsName"`
	ImageDescription   string   `json:"ImageDescription"`
	ImageCreateTime    string   `json:"ImageCreateTime"`
	Architecture       string   `json:"Architecture"`
	OsType             string   `json:"OsType"`
	OsVersion          string   `json:"OsVersion"`
	Platform           string   `json:"Platform"`
	ImageOwner         int64    `json:"ImageOwner"`
	ImageSize          int64    `json:"ImageSize"`
	ImageSource        string   `json:"ImageSource"`
	TaskId             string   `json:"TaskId"`
	IsSupportCloudInit FlexBool `json:"IsSupportCloudInit"`
	SrcImage           struct {
		InstanceId string `json:"InstanceId"`
	} `json:"SrcImage"`
}

type DescribeImageRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
	Offset  *int64           `json:"Offset,omitempty"`
	Limit   *int64           `json:"Limit,omitempty"`
}

type DescribeImageResponse struct {
	TotalCount int64   `json:"TotalCount"`
	ImageSet   []Image `json:"ImageSet"`
}

func (c *Client) DescribeImage(ctx context.Context, req DescribeImageRequest) (*DescribeImageResponse, error) {
	return read[DescribeImageResponse](ctx, c, "DescribeImage", req)
}

// ListImages returns every image matching req, following Offset/Limit pages.
func (c *Client) ListImages(ctx context.Context, req DescribeImageRequest) ([]Image, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]Image, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeImage(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.ImageSet, resp.TotalCount, nil
	})
}
