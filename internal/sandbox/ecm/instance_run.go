package ecm

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// RunInstances (L8796): plan the instances per zone, then create them.

type zoneInstanceCountISP struct {
	Zone               string   `json:"Zone"`
	InstanceCount      *int64   `json:"InstanceCount"`
	ISP                string   `json:"ISP"`
	VpcId              string   `json:"VpcId"`
	SubnetId           string   `json:"SubnetId"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	Ipv6AddressCount   *int64   `json:"Ipv6AddressCount"`
}

type enabledFlag struct {
	Enabled *bool `json:"Enabled"`
}

type enhancedService struct {
	SecurityService  *enabledFlag `json:"SecurityService"`
	MonitorService   *enabledFlag `json:"MonitorService"`
	EIPDirectService *enabledFlag `json:"EIPDirectService"`
}

type runInstancesRequest struct {
	ZoneInstanceCountISPSet []zoneInstanceCountISP `json:"ZoneInstanceCountISPSet"`
	Password                *string                `json:"Password"`
	InternetMaxBandwidthOut *int64                 `json:"InternetMaxBandwidthOut"`
	ModuleId                string                 `json:"ModuleId"`
	ImageId                 string                 `json:"ImageId"`
	InstanceName            string                 `json:"InstanceName"`
	HostName                string                 `json:"HostName"`
	ClientToken             string                 `json:"ClientToken"`
	EnhancedService         *enhancedService       `json:"EnhancedService"`
	TagSpecification        []tagSpecification     `json:"TagSpecification"`
	UserData                string                 `json:"UserData"`
	InstanceType            string                 `json:"InstanceType"`
	DataDiskSize            *int64                 `json:"DataDiskSize"`
	SecurityGroupIds        []string               `json:"SecurityGroupIds"`
	SystemDiskSize          *int64                 `json:"SystemDiskSize"`
	InternetMaxBandwidthIn  *int64                 `json:"InternetMaxBandwidthIn"`
	InstanceChargeType      *int64                 `json:"InstanceChargeType"`
	KeyIds                  []string               `json:"KeyIds"`
	KeepImageLogin          string                 `json:"KeepImageLogin"`
	SystemDisk              *systemDiskIn          `json:"SystemDisk"`
	DataDisks               []dataDiskIn           `json:"DataDisks"`
}

type instancePlan struct {
	entry  zoneInstanceCountISP
	region string
	count  int
	vpc    string
	subnet *subnetRecord
}

func (e *state) runInstances(c *tencentapi.Call, req *runInstancesRequest) (any, *tencentapi.Error) {
	if len(req.ZoneInstanceCountISPSet) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter ZoneInstanceCountISPSet is required.")
	}
	// Module or explicit configuration.
	var m *moduleRecord
	if req.ModuleId != "" {
		if aerr := checkID("ModuleId", "em", req.ModuleId, "InvalidParameterValue.InvalidModuleID"); aerr != nil {
			return nil, aerr
		}
		var ok bool
		if m, ok = e.Modules[req.ModuleId]; !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleID", "The module %s does not exist.", req.ModuleId)
		}
	} else {
		if req.InstanceType == "" {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleIDAndInstanceTypeID", "ModuleId and InstanceType cannot be both empty.")
		}
		if req.ImageId == "" || req.DataDiskSize == nil || req.InternetMaxBandwidthOut == nil {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID", "Without ModuleId, ImageId, InstanceType, DataDiskSize and InternetMaxBandwidthOut are required.")
		}
	}
	imageID, typeName := req.ImageId, req.InstanceType
	sr := e.storageRange()
	sysSize, dataSize, bwOut, bwIn := int64(sr.SuggestSystemDiskSize), int64(0), int64(0), int64(0)
	var sgs []string
	var tags []tencentapi.Tag
	sysDisk := moduleDisk{DiskType: diskLocalBasic}
	var dataDisks []moduleDisk
	disableWan := false
	if m != nil {
		if imageID == "" {
			imageID = m.ImageID
		}
		if typeName == "" {
			typeName = m.InstanceType
		}
		sysSize, dataSize, bwOut, bwIn = int64(m.SystemDisk.DiskSize), int64(m.DataDiskSize), int64(m.BandwidthOut), int64(m.BandwidthIn)
		if sysSize == 0 {
			sysSize = int64(m.SystemDiskSize)
		}
		sysDisk.DiskType = m.SystemDisk.DiskType
		dataDisks = append(dataDisks, m.DataDisks...)
		sgs = append(sgs, m.SecurityGroupIDs...)
		disableWan = m.DisableWanIp
	}
	t, ok := e.compute.types[typeName]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceTypeConfigID", "The instance type %q is not offered (DescribeInstanceTypeConfig).", typeName)
	}
	im, ok := e.usableImage(imageID)
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageID", "The image %q does not exist.", imageID)
	}
	if aerr := e.checkImageForType(im, t, "UnsupportedOperation.InstanceTypeNotSupportImage"); aerr != nil {
		return nil, aerr
	}
	windows := isWindows(im)
	if req.EnhancedService != nil && req.EnhancedService.EIPDirectService != nil && req.EnhancedService.EIPDirectService.Enabled != nil &&
		*req.EnhancedService.EIPDirectService.Enabled && windows {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidEIPDirectService", "IP direct access is not supported for the Windows image %s.", im.ImageID)
	}
	// Sizes and bandwidth: a given non-zero value replaces the default.
	if req.SystemDiskSize != nil && *req.SystemDiskSize != 0 {
		sysSize = *req.SystemDiskSize
	}
	if aerr := e.checkSystemDiskSize("SystemDiskSize", sysSize, "InvalidParameterValue.InvalidSystemDiskSize"); aerr != nil {
		return nil, aerr
	}
	if req.DataDiskSize != nil && *req.DataDiskSize != 0 {
		dataSize = *req.DataDiskSize
	}
	if dataSize != 0 {
		if aerr := e.checkDataDiskSize("DataDiskSize", dataSize); aerr != nil {
			return nil, aerr
		}
	}
	if req.SystemDisk != nil || len(req.DataDisks) > 0 {
		sd, dd, aerr := e.moduleDisks(req.SystemDisk, req.DataDisks, int(sysSize), "InvalidParameterValue.InvalidSystemDiskSize")
		if aerr != nil {
			return nil, remapCode(aerr, runInstancesCodes)
		}
		if req.SystemDisk != nil {
			sysDisk, sysSize = sd, int64(sd.DiskSize)
		}
		if len(req.DataDisks) > 0 {
			dataDisks = dd
		}
	}
	sysDisk.DiskSize = int(sysSize)
	if req.InternetMaxBandwidthOut != nil && *req.InternetMaxBandwidthOut != 0 {
		bwOut = *req.InternetMaxBandwidthOut
		if m == nil && (req.InternetMaxBandwidthIn == nil || *req.InternetMaxBandwidthIn == 0) {
			bwIn = bwOut
		}
	}
	if req.InternetMaxBandwidthIn != nil && *req.InternetMaxBandwidthIn != 0 {
		bwIn = *req.InternetMaxBandwidthIn
		if m == nil && bwOut == 0 {
			bwOut = bwIn
		}
	}
	if aerr := e.checkBandwidth("InternetMaxBandwidthOut", bwOut, "InvalidParameterValue.InvalidBandwidth"); aerr != nil {
		return nil, aerr
	}
	if bwIn != 0 {
		if aerr := e.checkBandwidth("InternetMaxBandwidthIn", bwIn, "InvalidParameterValue.InvalidBandwidthIn"); aerr != nil {
			return nil, aerr
		}
	}
	if req.InstanceChargeType != nil && *req.InstanceChargeType != 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceChargeType", "InstanceChargeType=%d is for GNR instance types; the sandbox's types are charged 0 (daily peak).", *req.InstanceChargeType)
	}
	// Login.
	keep := false
	switch strings.ToUpper(req.KeepImageLogin) {
	case "", "FALSE":
	case "TRUE":
		keep = true
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter KeepImageLogin=%q must be TRUE or FALSE.", req.KeepImageLogin)
	}
	n := 0
	for _, b := range []bool{keep, req.Password != nil, len(req.KeyIds) > 0} {
		if b {
			n++
		}
	}
	if n > 1 {
		return nil, tencentapi.Errf("InvalidParameter.ParameterConflict", "Only one of KeepImageLogin, Password and KeyIds may be given.")
	}
	if keep && im.ImageType == PublicImage {
		return nil, tencentapi.Errf("InvalidParameterValue", "KeepImageLogin=TRUE is only for custom, shared or imported images; %s is public.", im.ImageID)
	}
	if req.Password != nil {
		if aerr := checkPassword(*req.Password, windows, 8, 12, 30); aerr != nil {
			return nil, aerr
		}
	}
	for k, id := range req.KeyIds {
		if checkID(fmt.Sprintf("KeyIds.%d", k), "skey", id, "InvalidParameterValue") != nil {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter KeyIds.%d=%q is not a key pair ID.", k, id)
		}
		if _, ok := e.KeyPairs[id]; !ok {
			return nil, tencentapi.Errf("InvalidParameterValue", "The key pair %s does not exist.", id)
		}
	}
	if n := utf8.RuneCountInString(req.InstanceName); n > maxInstanceNameChars {
		return nil, tencentapi.Errf("InvalidParameterValue.InstanceNameTooLong", "The parameter InstanceName is %d characters long; at most %d are allowed.", n, maxInstanceNameChars)
	}
	if req.HostName != "" {
		if aerr := checkHostName(req.HostName, windows); aerr != nil {
			return nil, aerr
		}
	}
	if req.UserData != "" {
		raw, err := base64.StdEncoding.DecodeString(req.UserData)
		if err != nil {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter UserData is not base64.")
		}
		if len(raw) > maxUserDataBytes {
			return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter UserData is %d bytes decoded; at most %d are allowed.", len(raw), maxUserDataBytes)
		}
	}
	if len(req.SecurityGroupIds) > 0 {
		var aerr *tencentapi.Error
		if sgs, aerr = e.checkInstanceSGs("SecurityGroupIds", req.SecurityGroupIds, "LimitExceeded.InstanceSecurityGroupLimitExceeded", "InvalidParameterValue.InvalidSecurityGroupID"); aerr != nil {
			return nil, aerr
		}
	}
	if len(sgs) == 0 {
		e.ensureDefaultSG(c)
		sgs = []string{defaultSGID}
	}
	for k, s := range req.TagSpecification {
		if s.ResourceType != "instance" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter TagSpecification.%d.ResourceType=%q must be instance.", k, s.ResourceType)
		}
		tags = append(tags, s.Tags...)
	}
	if aerr := checkTags(tags, tagCodes{"InvalidParameterValue.ParameterValueTooLarge", "InvalidParameterValue.ParameterValueTooLarge"}); aerr != nil {
		return nil, aerr
	}
	// Zones, ISPs, networks.
	plans := make([]instancePlan, 0, len(req.ZoneInstanceCountISPSet))
	perRegion := map[string]int{}
	for k, z := range req.ZoneInstanceCountISPSet {
		p := fmt.Sprintf("ZoneInstanceCountISPSet.%d", k)
		if z.Zone == "" || z.InstanceCount == nil || z.ISP == "" {
			return nil, tencentapi.Errf("MissingParameter", "%s needs Zone, InstanceCount and ISP.", p)
		}
		region, ok := e.catalog.zoneOf[z.Zone]
		if !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidZone", "The zone %q (%s.Zone) does not exist (DescribeNode lists the zones).", z.Zone, p)
		}
		if !tencentapi.AnyEqual(z.ISP, e.catalog.zones[z.Zone].ISPs) {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidISPInNode", "The zone %s does not offer the ISP %q (%s.ISP).", z.Zone, z.ISP, p)
		}
		cnt := *z.InstanceCount
		perRegion[region] += int(cnt)
		if cnt < 1 || cnt > maxInstancesPerCall || perRegion[region] > maxInstancesPerCall {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidZoneInstanceCount", "%s.InstanceCount=%d: 1 to %d instances per region per call.", p, cnt, maxInstancesPerCall)
		}
		if z.Ipv6AddressCount != nil && *z.Ipv6AddressCount != 0 {
			return nil, tencentapi.Errf("InvalidParameterValue.NodeNotSupportIPv6", "The zone %s does not support IPv6.", z.Zone)
		}
		if (z.VpcId == "") != (z.SubnetId == "") {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s: VpcId and SubnetId go together.", p)
		}
		if len(z.PrivateIpAddresses) > 0 && z.SubnetId == "" {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses needs VpcId and SubnetId.", p)
		}
		r := e.touch(c, region)
		plan := instancePlan{entry: z, region: region, count: int(cnt)}
		if z.VpcId != "" {
			if checkID(p+".VpcId", "vpc", z.VpcId, "InvalidParameterValue") != nil {
				return nil, tencentapi.Errf("InvalidParameterValue", "The parameter %s.VpcId=%q is not a VPC ID.", p, z.VpcId)
			}
			if _, ok := r.VPCs[z.VpcId]; !ok {
				return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the region %s of the zone %s.", z.VpcId, region, z.Zone)
			}
			s, ok := r.Subnets[z.SubnetId]
			if !ok || s.VpcID != z.VpcId || s.Zone != z.Zone {
				return nil, tencentapi.Errf("InvalidParameterValue.SubnetNotExist", "The subnet %q does not exist in the VPC %s and the zone %s.", z.SubnetId, z.VpcId, z.Zone)
			}
			plan.vpc, plan.subnet = z.VpcId, s
		} else {
			s, ok := r.Subnets[r.DefaultSubnets[z.Zone]]
			if !ok {
				return nil, tencentapi.Errf("InvalidParameterValue.SubnetNotExist", "The zone %s has no default subnet: give VpcId and SubnetId.", z.Zone)
			}
			plan.vpc, plan.subnet = s.VpcID, s
		}
		if len(z.PrivateIpAddresses) > 0 {
			if len(z.PrivateIpAddresses) != plan.count {
				return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses has %d addresses for %d instances.", p, len(z.PrivateIpAddresses), plan.count)
			}
			first, last, _ := subnetHosts(plan.subnet.CIDR)
			for j, ip := range z.PrivateIpAddresses {
				v, ok := ipU32(ip)
				if !ok || v < first || v > last {
					return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses.%d=%q is not a usable address of the subnet %s (%s).", p, j, ip, plan.subnet.ID, plan.subnet.CIDR)
				}
				if _, used := e.subnetIPs[plan.subnet.ID][ip]; used {
					return nil, tencentapi.Errf("InvalidParameterValue", "The private IP %s is in use in the subnet %s.", ip, plan.subnet.ID)
				}
			}
		}
		plans = append(plans, plan)
	}
	// Create, rolling back on an exhausted subnet or IP pool.
	var made []*instanceRecord
	rollback := func(aerr *tencentapi.Error) (any, *tencentapi.Error) {
		for _, ins := range made {
			e.removeInstance(ins)
		}
		return nil, aerr
	}
	for _, plan := range plans {
		names := instanceNames(req.InstanceName, plan.count)
		for k := 0; k < plan.count; k++ {
			var ip string
			if len(plan.entry.PrivateIpAddresses) > 0 {
				ip = plan.entry.PrivateIpAddresses[k]
				if _, used := e.subnetIPs[plan.subnet.ID][ip]; used {
					return rollback(tencentapi.Errf("InvalidParameterValue.Duplicate", "The private IP %s is given twice.", ip))
				}
			} else if ip, ok = e.freePrivateIP(plan.subnet, nil); !ok {
				return rollback(tencentapi.Errf("ResourceInsufficient.PrivateIPQuotaNotEnough", "The subnet %s has no free private IP.", plan.subnet.ID))
			}
			pub := ""
			if !disableWan {
				if pub, ok = e.allocateIP(); !ok {
					return rollback(tencentapi.Errf("ResourceInsufficient.IPQuotaNotEnough", "The public IP pool is exhausted."))
				}
			}
			id := e.newID("ein", kindInstance, plan.region)
			ins := &instanceRecord{
				ID: id, Name: names[k], Zone: plan.entry.Zone, Region: plan.region, ISP: plan.entry.ISP,
				ImageID: im.ImageID, InstanceType: t.InstanceType, SystemDisk: sysDisk,
				DataDisks: append([]moduleDisk(nil), dataDisks...), DataDiskSize: int(dataSize),
				BandwidthOut: int(bwOut), BandwidthIn: int(bwIn),
				VpcID: plan.vpc, SubnetID: plan.subnet.ID, PrivateIP: ip, PublicIP: pub,
				ENI: e.newID("eni", kindENI, plan.region), SecurityGroups: append([]string(nil), sgs...),
				Tags: copyTags(tags), HostName: req.HostName, KeyIDs: dedupeStrings(req.KeyIds), UUID: instanceUUID(id, c.Now),
				Created: c.Now, Seq: e.nextSeq(),
			}
			if m != nil {
				ins.ModuleID = m.ID
				m.Instances++
			}
			e.indexInstance(ins)
			e.startOp(c, ins, insPending, insRunning, insLaunchFailed)
			e.lagWrite(c.ReadLag, kindInstance, plan.region, id, nil)
			made = append(made, ins)
		}
	}
	ids := make([]string, 0, len(made))
	for _, ins := range made {
		ids = append(ids, ins.ID)
	}
	return struct {
		InstanceIdSet []string `json:"InstanceIdSet"`
	}{ids}, nil
}

// instanceUUID is a stable UUID-shaped string for the instance.
func instanceUUID(id string, now time.Time) string {
	h := uint64(14695981039346656037)
	for _, b := range []byte(id + now.String()) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	s := fmt.Sprintf("%016x%016x", h, h*31+7)
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}
