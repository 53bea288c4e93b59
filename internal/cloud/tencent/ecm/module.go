package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Modules are global business templates (default image, instance type, disks, bandwidth, security
// groups) that instances are launched from (catalog §2.2). No action of theirs takes EcmRegion.

// SystemDisk and DataDisk describe an instance's disks (catalog §3.2).
type SystemDisk struct {
	DiskType string `json:"DiskType,omitempty"`
	DiskId   string `json:"DiskId,omitempty"`
	DiskSize int64  `json:"DiskSize,omitempty"`
}

type DataDisk struct {
	DiskSize int64  `json:"DiskSize"`
	DiskType string `json:"DiskType,omitempty"`
}

// TagSpecification tags what a call creates (ResourceType "module" or "instance").
type TagSpecification struct {
	ResourceType string        `json:"ResourceType"`
	Tags         []tencent.Tag `json:"Tags"`
}

// Module is a module as DescribeModule and DescribeModuleDetail return it. There is no DisableWanIp
// in it, although CreateModule and ModifyModuleDisableWanIp set one (catalog §3.2).
type Module struct {
	ModuleId              string             `json:"ModuleId"`
	ModuleName            string             `json:"ModuleName"`
	ModuleState           string             `json:"ModuleState"`
	DefaultSystemDiskSize int64              `json:"DefaultSystemDiskSize"`
	DefaultDataDiskSize   int64              `json:"DefaultDataDiskSize"`
	InstanceTypeConfig    InstanceTypeConfig `json:"InstanceTypeConfig"`
	DefaultImage          Image              `json:"DefaultImage"`
	CreateTime            string             `json:"CreateTime"`
	DefaultBandwidth      int64              `json:"DefaultBandwidth"`
	TagSet                []tencent.Tag      `json:"TagSet"`
	CloseIpDirect         FlexBool           `json:"CloseIpDirect"`
	SecurityGroupIds      []string           `json:"SecurityGroupIds"`
	DefaultBandwidthIn    int64              `json:"DefaultBandwidthIn"`
	UserData              string             `json:"UserData"`
	SystemDisk            *SystemDisk        `json:"SystemDisk"`
	DataDisks             []DataDisk         `json:"DataDisks"`
}

// ModuleItem is one entry of DescribeModule.
type ModuleItem struct {
	NodeInstanceNum struct {
		NodeNum     int64 `json:"NodeNum"`
		InstanceNum int64 `json:"InstanceNum"`
	} `json:"NodeInstanceNum"`
	Module Module `json:"Module"`
}

// CreateModuleRequest: the document spells DefaultBandWidth/DefaultBandWidthIn with a capital W
// here and DefaultBandwidth everywhere else.
type CreateModuleRequest struct {
	ModuleName            string             `json:"ModuleName"`
	DefaultBandWidth      int64              `json:"DefaultBandWidth"`
	DefaultImageId        string             `json:"DefaultImageId"`
	InstanceType          string             `json:"InstanceType"`
	DefaultSystemDiskSize int64              `json:"DefaultSystemDiskSize"`
	DefaultDataDiskSize   int64              `json:"DefaultDataDiskSize"`
	CloseIpDirect         *bool              `json:"CloseIpDirect,omitempty"`
	TagSpecification      []TagSpecification `json:"TagSpecification,omitempty"`
	SecurityGroups        []string           `json:"SecurityGroups,omitempty"`
	DefaultBandWidthIn    *int64             `json:"DefaultBandWidthIn,omitempty"`
	DisableWanIp          *bool              `json:"DisableWanIp,omitempty"`
}

type CreateModuleResponse struct {
	ModuleId string `json:"ModuleId"`
}

func (c *Client) CreateModule(ctx context.Context, req CreateModuleRequest) (*CreateModuleResponse, error) {
	resp, err := write[CreateModuleResponse](ctx, c, "CreateModule", req)
	if err == nil {
		c.readers.modules.Invalidate("", resp.ModuleId)
	}
	return resp, err
}

type DescribeModuleRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
	Offset  *int64           `json:"Offset,omitempty"`
	Limit   *int64           `json:"Limit,omitempty"`
}

type DescribeModuleResponse struct {
	TotalCount    int64        `json:"TotalCount"`
	ModuleItemSet []ModuleItem `json:"ModuleItemSet"`
}

func (c *Client) DescribeModule(ctx context.Context, req DescribeModuleRequest) (*DescribeModuleResponse, error) {
	return read[DescribeModuleResponse](ctx, c, "DescribeModule", req)
}

// ListModules returns every module matching req, following Offset/Limit pages.
func (c *Client) ListModules(ctx context.Context, req DescribeModuleRequest) ([]ModuleItem, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]ModuleItem, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeModule(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.ModuleItemSet, resp.TotalCount, nil
	})
}

// FindModuleByID returns the module, with its instance counts, or a tencent.NotFoundError, through
// the module reader (DescribeModule filtered by module-id: 5 values per filter).
func (c *Client) FindModuleByID(ctx context.Context, id string) (*ModuleItem, error) {
	return c.readers.modules.Find(ctx, "", id)
}

type DeleteModuleRequest struct {
	ModuleId string `json:"ModuleId"`
}

func (c *Client) DeleteModule(ctx context.Context, req DeleteModuleRequest) error {
	defer c.readers.modules.Invalidate("", req.ModuleId)
	return writeOnly(ctx, c, "DeleteModule", req)
}

type ModifyModuleNameRequest struct {
	ModuleId   string `json:"ModuleId"`
	ModuleName string `json:"ModuleName"`
}

type ModifyModuleNetworkRequest struct {
	ModuleId           string `json:"ModuleId"`
	DefaultBandwidth   int64  `json:"DefaultBandwidth"`
	DefaultBandwidthIn *int64 `json:"DefaultBandwidthIn,omitempty"`
}

type ModifyModuleImageRequest struct {
	ModuleId       string `json:"ModuleId"`
	DefaultImageId string `json:"DefaultImageId"`
}

type ModifyModuleIpDirectRequest struct {
	ModuleId      string `json:"ModuleId"`
	CloseIpDirect bool   `json:"CloseIpDirect"`
}

type ModifyModuleSecurityGroupsRequest struct {
	ModuleId           string   `json:"ModuleId"`
	SecurityGroupIdSet []string `json:"SecurityGroupIdSet"`
}

type ModifyModuleDisableWanIpRequest struct {
	ModuleId     string `json:"ModuleId"`
	DisableWanIp bool   `json:"DisableWanIp"`
}

type ModifyModuleConfigRequest struct {
	ModuleId              string `json:"ModuleId"`
	InstanceType          string `json:"InstanceType"`
	DefaultDataDiskSize   int64  `json:"DefaultDataDiskSize"`
	DefaultSystemDiskSize *int64 `json:"DefaultSystemDiskSize,omitempty"`
}

// ModifyModule sends one of the Modify* requests above (action names the request's action).
func (c *Client) ModifyModule(ctx context.Context, action, moduleID string, req any) error {
	defer c.readers.modules.Invalidate("", moduleID)
	return writeOnly(ctx, c, action, req)
}
