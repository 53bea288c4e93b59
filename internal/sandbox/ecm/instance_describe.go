package ecm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeInstances (L10425): the Instance wire shape and the filters.

// Wire shapes: Instance (L31930) and its parts, as DescribeInstances' example.

type simpleModule struct {
	ModuleId   string `json:"ModuleId"`
	ModuleName string `json:"ModuleName"`
}

type position struct {
	ZoneInfo   nodeZoneInfo      `json:"ZoneInfo"`
	Country    map[string]string `json:"Country"`
	Area       map[string]string `json:"Area"`
	Province   map[string]string `json:"Province"`
	City       map[string]string `json:"City"`
	RegionInfo nodeRegionInfo    `json:"RegionInfo"`
}

type publicIPAddressInfo struct {
	ChargeMode      string  `json:"ChargeMode"`
	PublicIPAddress string  `json:"PublicIPAddress"`
	ISP             nodeISP `json:"ISP"`
	MaxBandwidthOut int     `json:"MaxBandwidthOut"`
	MaxBandwidthIn  int     `json:"MaxBandwidthIn"`
}

type privateIPAddressInfo struct {
	PrivateIPAddress string `json:"PrivateIPAddress"`
}

type addressInfoOut struct {
	PublicIPAddressInfo  *publicIPAddressInfo `json:"PublicIPAddressInfo"`
	PrivateIPAddressInfo privateIPAddressInfo `json:"PrivateIPAddressInfo"`
}

type instanceNetworkInfo struct {
	AddressInfoSet       []addressInfoOut `json:"AddressInfoSet"`
	NetworkInterfaceId   string           `json:"NetworkInterfaceId"`
	NetworkInterfaceName string           `json:"NetworkInterfaceName"`
	Primary              bool             `json:"Primary"`
}

type internetOut struct {
	PrivateIPAddressSet    []privateIPAddressInfo `json:"PrivateIPAddressSet"`
	PublicIPAddressSet     []publicIPAddressInfo  `json:"PublicIPAddressSet"`
	InstanceNetworkInfoSet []instanceNetworkInfo  `json:"InstanceNetworkInfoSet"`
}

type virtualPrivateCloud struct {
	VpcId              string   `json:"VpcId"`
	SubnetId           string   `json:"SubnetId"`
	AsVpcGateway       bool     `json:"AsVpcGateway"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	Ipv6AddressCount   int      `json:"Ipv6AddressCount"`
}

type instanceOut struct {
	InstanceId           string              `json:"InstanceId"`
	InstanceName         string              `json:"InstanceName"`
	InstanceState        string              `json:"InstanceState"`
	Image                *image              `json:"Image"`
	SimpleModule         *simpleModule       `json:"SimpleModule"`
	Position             *position           `json:"Position"`
	Internet             internetOut         `json:"Internet"`
	InstanceTypeConfig   instanceTypeConfig  `json:"InstanceTypeConfig"`
	CreateTime           string              `json:"CreateTime"`
	ExpireTime           string              `json:"ExpireTime"`
	IsolatedTime         string              `json:"IsolatedTime"`
	RestrictState        string              `json:"RestrictState"`
	ExpireState          string              `json:"ExpireState"`
	TagSet               []tencentapi.Tag    `json:"TagSet"`
	LatestOperation      string              `json:"LatestOperation"`
	LatestOperationState string              `json:"LatestOperationState"`
	RenewFlag            int                 `json:"RenewFlag"`
	NewFlag              int                 `json:"NewFlag"`
	PayMode              int                 `json:"PayMode"`
	SystemDisk           systemDiskOut       `json:"SystemDisk"`
	DataDisks            []dataDiskOut       `json:"DataDisks"`
	SystemDiskSize       int                 `json:"SystemDiskSize"`
	DataDiskSize         int                 `json:"DataDiskSize"`
	UUID                 string              `json:"UUID"`
	ISP                  string              `json:"ISP"`
	SecurityGroupIds     []string            `json:"SecurityGroupIds"`
	VirtualPrivateCloud  virtualPrivateCloud `json:"VirtualPrivateCloud"`
}

func (e *state) instanceInfo(i *instanceRecord) instanceOut {
	var img *image
	if im, ok := e.lookupImage(i.ImageID); ok {
		v := imageInfo(im)
		img = &v
	} else {
		img = &image{ImageId: i.ImageID}
	}
	var sm *simpleModule
	if i.ModuleID != "" {
		sm = &simpleModule{ModuleId: i.ModuleID}
		if m, ok := e.Modules[i.ModuleID]; ok {
			sm.ModuleName = m.Name
		}
	}
	var pos *position
	if r, ok := e.catalog.regions[i.Region]; ok {
		pos = &position{
			Country:    map[string]string{"CountryId": r.CountryID, "CountryName": r.CountryName},
			Area:       map[string]string{"AreaId": r.AreaID, "AreaName": r.AreaName},
			Province:   map[string]string{"ProvinceId": r.ProvinceID, "ProvinceName": r.ProvinceName},
			City:       map[string]string{"CityId": r.CityID, "CityName": r.CityName},
			RegionInfo: nodeRegionInfo{RegionId: r.RegionID, Region: r.Region, RegionName: r.RegionName},
		}
		if z, ok := e.catalog.zones[i.Zone]; ok {
			pos.ZoneInfo = nodeZoneInfo{ZoneId: z.ZoneID, ZoneName: z.ZoneName, Zone: z.Zone}
		}
	}
	var itc instanceTypeConfig
	if t, ok := e.compute.types[i.InstanceType]; ok {
		itc = instanceTypeInfo(t)
	} else {
		itc = instanceTypeConfig{InstanceType: i.InstanceType}
	}
	priv := privateIPAddressInfo{i.PrivateIP}
	addr := addressInfoOut{PrivateIPAddressInfo: priv}
	pubs := []publicIPAddressInfo{}
	public := i.PublicIP
	if a := e.instanceEIP(i); a != nil { // an EIP bound to the primary address stands in for the general public IP
		public = a.IP
	}
	if public != "" {
		p := publicIPAddressInfo{ChargeMode: "BANDWIDTH_PACKAGE", PublicIPAddress: public,
			ISP: nodeISP{i.ISP, ispNames[i.ISP]}, MaxBandwidthOut: i.BandwidthOut, MaxBandwidthIn: i.BandwidthIn}
		addr.PublicIPAddressInfo = &p
		pubs = append(pubs, p)
	}
	disks := []dataDiskOut{}
	for _, d := range i.DataDisks {
		disks = append(disks, dataDiskOut{DiskSize: d.DiskSize, DiskType: d.DiskType})
	}
	created := tcTime(i.Created)
	return instanceOut{
		InstanceId: i.ID, InstanceName: i.Name, InstanceState: i.State,
		Image: img, SimpleModule: sm, Position: pos,
		Internet: internetOut{
			PrivateIPAddressSet: []privateIPAddressInfo{priv},
			PublicIPAddressSet:  pubs,
			InstanceNetworkInfoSet: []instanceNetworkInfo{{AddressInfoSet: []addressInfoOut{addr},
				NetworkInterfaceId: i.ENI, NetworkInterfaceName: i.ID + " Primary ENI", Primary: true}},
		},
		InstanceTypeConfig: itc, CreateTime: created, ExpireTime: created, IsolatedTime: created,
		RestrictState: "NORMAL", ExpireState: "NORMAL", TagSet: tagSetJSON(i.Tags),
		LatestOperation: i.LastOp, LatestOperationState: i.OpState,
		SystemDisk:     systemDiskOut{DiskType: i.SystemDisk.DiskType, DiskId: "ldisk-" + strings.TrimPrefix(i.ID, "ein-"), DiskSize: i.SystemDisk.DiskSize},
		DataDisks:      disks,
		SystemDiskSize: i.SystemDisk.DiskSize, DataDiskSize: i.DataDiskSize,
		UUID: i.UUID, ISP: i.ISP, SecurityGroupIds: append([]string{}, i.SecurityGroups...),
		VirtualPrivateCloud: virtualPrivateCloud{VpcId: i.VpcID, SubnetId: i.SubnetID, PrivateIpAddresses: []string{i.PrivateIP}},
	}
}

type describeInstancesRequest struct {
	Filters        []tencentapi.Filter `json:"Filters"`
	Offset         *int64              `json:"Offset"`
	Limit          *int64              `json:"Limit"`
	OrderByField   string              `json:"OrderByField"`
	OrderDirection *int64              `json:"OrderDirection"`
}

func (e *state) instanceFilters() tencentapi.FilterSet[*instanceRecord] {
	eq := func(get func(i *instanceRecord) string) tencentapi.FilterDef[*instanceRecord] {
		return tencentapi.FilterDef[*instanceRecord]{Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyEqual(get(i), v) }}
	}
	return tencentapi.FilterSet[*instanceRecord]{
		Defs: map[string]tencentapi.FilterDef[*instanceRecord]{
			"zone":      eq(func(i *instanceRecord) string { return i.Zone }),
			"zone-name": {Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyContains(e.catalog.zoneName(i.Zone), v) }},
			"module-id": eq(func(i *instanceRecord) string { return i.ModuleID }),
			"module-name": {Match: func(i *instanceRecord, v []string) bool {
				m, ok := e.Modules[i.ModuleID]
				return ok && tencentapi.AnyContains(m.Name, v)
			}},
			"instance-id":   eq(func(i *instanceRecord) string { return i.ID }),
			"instance-name": {Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyContains(i.Name, v) }},
			"ip-address": {Match: func(i *instanceRecord, v []string) bool {
				return tencentapi.AnyEqual(i.PrivateIP, v) || (i.PublicIP != "" && tencentapi.AnyEqual(i.PublicIP, v))
			}},
			"private-ip-address":        eq(func(i *instanceRecord) string { return i.PrivateIP }),
			"instance-uuid":             eq(func(i *instanceRecord) string { return i.UUID }),
			"instance-state":            eq(func(i *instanceRecord) string { return i.State }),
			"internet-service-provider": eq(func(i *instanceRecord) string { return i.ISP }),
			"isp":                       eq(func(i *instanceRecord) string { return i.ISP }),
			"image-id":                  eq(func(i *instanceRecord) string { return i.ImageID }),
			"vpc-id":                    eq(func(i *instanceRecord) string { return i.VpcID }),
			"subnet-id":                 eq(func(i *instanceRecord) string { return i.SubnetID }),
			"instance-family": {Match: func(i *instanceRecord, v []string) bool {
				family := strings.SplitN(i.InstanceType, ".", 2)[0]
				if t, ok := e.compute.types[i.InstanceType]; ok {
					family = t.InstanceFamily
				}
				return tencentapi.AnyEqual(family, v)
			}},
			"security-group-id": {Match: func(i *instanceRecord, v []string) bool {
				for _, id := range i.SecurityGroups {
					if tencentapi.AnyEqual(id, v) {
						return true
					}
				}
				return false
			}},
		},
		Tags:       func(i *instanceRecord) []tencentapi.Tag { return i.Tags },
		MaxFilters: 10,
		MaxValues:  5,
		LimitCode:  "InvalidParameterValue.InvalidFilter",
	}
}

var describeInstancesCodes = map[string]string{"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue.InvalidFilter"}

// instanceViews: every instance as a lagged reader sees it.
func (e *state) instanceViews() []*instanceRecord {
	out := make([]*instanceRecord, 0, len(e.Instances))
	for _, i := range e.Instances {
		out = append(out, i)
	}
	return applyLag(e, kindInstance, "", nil, out, func(i *instanceRecord) string { return i.ID },
		func(_ string, before any) *instanceRecord { return before.(*instanceRecord) })
}

func (e *state) describeInstances(_ *tencentapi.Call, req *describeInstancesRequest) (any, *tencentapi.Error) {
	offset, lim, aerr := tencentapi.CheckPaging(tencentapi.Int64Or(req.Offset, 0), tencentapi.Int64Or(req.Limit, 0), "InvalidParameterValue.InvaildPageParam")
	if aerr != nil {
		return nil, aerr
	}
	switch req.OrderByField {
	case "", "timestamp":
	default:
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidOrderByField", "The parameter OrderByField=%q must be timestamp.", req.OrderByField)
	}
	asc := false
	switch tencentapi.Int64Or(req.OrderDirection, 0) {
	case 0:
	case 1:
		asc = true
	default:
		return nil, tencentapi.Errf("InvalidParameterValue.InvaildPageParam", "The parameter OrderDirection=%d must be 0 (descending) or 1 (ascending).", *req.OrderDirection)
	}
	for k, f := range req.Filters {
		if f.Name == "instance-id" {
			for j, v := range f.Values {
				if aerr := checkID(fmt.Sprintf("Filters.%d.Values.%d", k, j), "ein", v, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
					return nil, aerr
				}
			}
		}
	}
	match, aerr := e.instanceFilters().Compile(req.Filters)
	if aerr != nil {
		return nil, remapCode(aerr, describeInstancesCodes)
	}
	var found []*instanceRecord
	for _, i := range e.instanceViews() {
		if match(i) {
			found = append(found, i)
		}
	}
	sort.Slice(found, func(a, b int) bool {
		if asc {
			return found[a].Seq < found[b].Seq
		}
		return found[a].Seq > found[b].Seq
	})
	set := []instanceOut{}
	for _, i := range tencentapi.PageOf(found, offset, lim) {
		set = append(set, e.instanceInfo(i))
	}
	return struct {
		TotalCount  int           `json:"TotalCount"`
		InstanceSet []instanceOut `json:"InstanceSet"`
	}{len(found), set}, nil
}

// sgInstances are the instances bound to a security group, in creation order.
func (e *state) sgInstances(sg string) []*instanceRecord {
	var out []*instanceRecord
	for _, i := range e.Instances {
		if tencentapi.AnyEqual(sg, i.SecurityGroups) {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Seq < out[b].Seq })
	return out
}

// instanceStatistic is InstanceStatistic (L32203).
type instanceStatistic struct {
	InstanceType  string `json:"InstanceType"`
	InstanceCount int    `json:"InstanceCount"`
}

// instanceStatistics counts instances per type, types in name order.
func instanceStatistics(list []*instanceRecord) []instanceStatistic {
	n := map[string]int{}
	for _, i := range list {
		n[i.InstanceType]++
	}
	out := make([]instanceStatistic, 0, len(n))
	for t, c := range n {
		out = append(out, instanceStatistic{t, c})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].InstanceType < out[b].InstanceType })
	return out
}
