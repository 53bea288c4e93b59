package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Instance states (catalog §3.1 Instance.InstanceState).
const (
	InstanceStatePending      = "PENDING"
	InstanceStateLaunchFailed = "LAUNCH_FAILED"
	InstanceStateRunning      = "RUNNING"
	InstanceStateStopped      = "STOPPED"
	InstanceStateStarting     = "STARTING"
	InstanceStateStopping     = "STOPPING"
	InstanceStateRebooting    = "REBOOTING"
	InstanceStateTerminating  = "TERMINATING"
)

// Instance is an ECM instance as DescribeInstances returns it (the fields the provider uses).
type Instance struct {
	InstanceId           string   `json:"InstanceId"`
	InstanceName         string   `json:"InstanceName"`
	InstanceState        string   `json:"InstanceState"`
	LatestOperation      string   `json:"LatestOperation"`
	LatestOperationState string   `json:"LatestOperationState"`
	ISP                  string   `json:"ISP"`
	CreateTime           string   `json:"CreateTime"`
	SecurityGroupIds     []string `json:"SecurityGroupIds"`
	SystemDiskSize       int64    `json:"SystemDiskSize"`
	DataDiskSize         int64    `json:"DataDiskSize"`
	Image                struct {
		ImageId string `json:"ImageId"`
		OsType  string `json:"OsType"`
	} `json:"Image"`
	SimpleModule struct {
		ModuleId   string `json:"ModuleId"`
		ModuleName string `json:"ModuleName"`
	} `json:"SimpleModule"`
	InstanceTypeConfig InstanceTypeConfig `json:"InstanceTypeConfig"`
	Position           struct {
		ZoneInfo struct {
			Zone string `json:"Zone"`
		} `json:"ZoneInfo"`
		RegionInfo struct {
			Region string `json:"Region"`
		} `json:"RegionInfo"`
	} `json:"Position"`
	VirtualPrivateCloud struct {
		VpcId              string   `json:"VpcId"`
		SubnetId           string   `json:"SubnetId"`
		PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	} `json:"VirtualPrivateCloud"`
	Internet struct {
		InstanceNetworkInfoSet []struct {
			Primary            bool   `json:"Primary"`
			NetworkInterfaceId string `json:"NetworkInterfaceId"`
			AddressInfoSet     []struct {
				PublicIPAddressInfo *struct {
					PublicIPAddress string `json:"PublicIPAddress"`
					MaxBandwidthOut int64  `json:"MaxBandwidthOut"`
				} `json:"PublicIPAddressInfo"`
				PrivateIPAddressInfo *struct {
					PrivateIPAddress string `json:"PrivateIPAddress"`
				} `json:"PrivateIPAddressInfo"`
			} `json:"AddressInfoSet"`
		} `json:"InstanceNetworkInfoSet"`
	} `json:"Internet"`
	TagSet []tencent.Tag `json:"TagSet"`
}

// Primary returns the primary ENI's ID, its private and public IP and the public bandwidth cap.
func (i *Instance) Primary() (eni, privateIP, publicIP string, bandwidth int64) {
	for _, n := range i.Internet.InstanceNetworkInfoSet {
		if !n.Primary {
			continue
		}
		eni = n.NetworkInterfaceId
		for _, a := range n.AddressInfoSet {
			if a.PrivateIPAddressInfo != nil && privateIP == "" {
				privateIP = a.PrivateIPAddressInfo.PrivateIPAddress
			}
			if a.PublicIPAddressInfo != nil && publicIP == "" {
				publicIP, bandwidth = a.PublicIPAddressInfo.PublicIPAddress, a.PublicIPAddressInfo.MaxBandwidthOut
			}
		}
	}
	return eni, privateIP, publicIP, bandwidth
}

// ZoneInstanceCountISP is where and how many instances RunInstances creates.
type ZoneInstanceCountISP struct {
	Zone          string `json:"Zone"`
	InstanceCount int64  `json:"InstanceCount"`
	ISP           string `json:"ISP"`
	VpcId         string `json:"VpcId,omitempty"`
	SubnetId      string `json:"SubnetId,omitempty"`
}

type RunInstancesRequest struct {
	ZoneInstanceCountISPSet []ZoneInstanceCountISP `json:"ZoneInstanceCountISPSet"`
	Password                string                 `json:"Password,omitempty"`
	InternetMaxBandwidthOut *int64                 `json:"InternetMaxBandwidthOut,omitempty"`
	ModuleId                string                 `json:"ModuleId,omitempty"`
	ImageId                 string                 `json:"ImageId,omitempty"`
	InstanceName            string                 `json:"InstanceName,omitempty"`
	TagSpecification        []TagSpecification     `json:"TagSpecification,omitempty"`
	UserData                string                 `json:"UserData,omitempty"`
	InstanceType            string                 `json:"InstanceType,omitempty"`
	DataDiskSize            *int64                 `json:"DataDiskSize,omitempty"`
	SecurityGroupIds        []string               `json:"SecurityGroupIds,omitempty"`
	SystemDiskSize          *int64                 `json:"SystemDiskSize,omitempty"`
	KeyIds                  []string               `json:"KeyIds,omitempty"`
}

type RunInstancesResponse struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
}

// RunInstances creates instances. Its answer carries no task: the instances are PENDING and are
// waited for with DescribeInstances.
func (c *Client) RunInstances(ctx context.Context, req RunInstancesRequest) (*RunInstancesResponse, error) {
	resp, err := write[RunInstancesResponse](ctx, c, "RunInstances", req)
	if err == nil {
		for _, id := range resp.InstanceIdSet {
			c.readers.instances.Invalidate("", id)
		}
	}
	return resp, err
}

type DescribeInstancesRequest struct {
	Filters []tencent.Filter `json:"Filters,omitempty"`
	Offset  *int64           `json:"Offset,omitempty"`
	Limit   *int64           `json:"Limit,omitempty"`
}

type DescribeInstancesResponse struct {
	TotalCount  int64      `json:"TotalCount"`
	InstanceSet []Instance `json:"InstanceSet"`
}

func (c *Client) DescribeInstances(ctx context.Context, req DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return read[DescribeInstancesResponse](ctx, c, "DescribeInstances", req)
}

// ListInstances returns every instance matching req, following Offset/Limit pages.
func (c *Client) ListInstances(ctx context.Context, req DescribeInstancesRequest) ([]Instance, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]Instance, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeInstances(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.InstanceSet, resp.TotalCount, nil
	})
}

// FindInstanceByID returns the instance or a tencent.NotFoundError, through the instance reader
// (DescribeInstances filtered by instance-id: 5 values per filter).
func (c *Client) FindInstanceByID(ctx context.Context, id string) (*Instance, error) {
	return c.readers.instances.Find(ctx, "", id)
}

// InstanceAction sends one of the instance operations (TerminateInstances, StartInstances,
// StopInstances, ModifyInstancesAttribute, ResetInstancesMaxBandwidth, ResetInstancesPassword)
// for the instances in ids; req is the action's request.
func (c *Client) InstanceAction(ctx context.Context, action string, ids []string, req any) error {
	defer func() {
		for _, id := range ids {
			c.readers.instances.Invalidate("", id)
		}
	}()
	return writeOnly(ctx, c, action, req)
}

type TerminateInstancesRequest struct {
	InstanceIdSet             []string `json:"InstanceIdSet"`
	AssociatedResourceDestroy bool     `json:"AssociatedResourceDestroy"`
}

type StartInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
}

type StopInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	StopType      string   `json:"StopType,omitempty"`
}

type ModifyInstancesAttributeRequest struct {
	InstanceIdSet  []string `json:"InstanceIdSet"`
	InstanceName   string   `json:"InstanceName,omitempty"`
	SecurityGroups []string `json:"SecurityGroups,omitempty"`
}

type ResetInstancesMaxBandwidthRequest struct {
	InstanceIdSet   []string `json:"InstanceIdSet"`
	MaxBandwidthOut int64    `json:"MaxBandwidthOut"`
}

type ResetInstancesPasswordRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	Password      string   `json:"Password"`
	ForceStop     bool     `json:"ForceStop,omitempty"`
}

// ResetInstancesRequest reinstalls instances, with another image or the same one.
type ResetInstancesRequest struct {
	InstanceIdSet []string `json:"InstanceIdSet"`
	ImageId       string   `json:"ImageId,omitempty"`
	Password      string   `json:"Password,omitempty"`
	KeyIds        []string `json:"KeyIds,omitempty"`
}

// DisassociateInstancesKeyPairsRequest unbinds key pairs. ForceStop is typed Boolean (its
// description writes the values TRUE/FALSE).
type DisassociateInstancesKeyPairsRequest struct {
	InstanceIds []string `json:"InstanceIds"`
	KeyIds      []string `json:"KeyIds"`
	ForceStop   bool     `json:"ForceStop,omitempty"`
}
