package ecm

import (
	"hash/fnv"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribePackingQuotaGroup (seed 003, L31142-L31351): how many instances of
// each type a zone's ISP can still take. The document's only input is
// Filters.N (Zone, InstanceType, DataDiskSize; no ISP or InstanceCount
// parameter); the sandbox's choices:
//   - Filters: names are case-sensitive as written (Zone, InstanceType,
//     DataDiskSize); another name, or an empty one, is
//     InvalidParameterValue.InvalidFilter. A filter without values, a zone
//     outside the region catalog, a type outside the compute catalog, or a
//     DataDiskSize that is not one integer within DescribeConfig's data-disk
//     range and step is InvalidParameterValue. Values of one filter are
//     ORed, filters ANDed; a repeated name adds values.
//   - Without a Zone filter every catalog zone answers; without InstanceType
//     every catalog type. Groups come in catalog order (region, zone, the
//     zone's ISPs), their PackingQuotaInfos in the compute catalog's type
//     order ("sorted by instance type priority"). The example's answer
//     (zones other than the one asked, S4.LARGE8, outside the catalog) is
//     not reproducible; its shape is.
//   - Capacity, per (zone, ISP), derived from the names: vCPUs
//     320 + 64 × (FNV-1a(zone "/" ISP) mod 8), 4 GB of memory per vCPU and
//     20 480 GB of local data disk. The account's instances in that zone and
//     ISP (any state) use their type's vCPUs and memory and their data
//     disks. PackingQuota = min(free vCPU / type vCPU, free memory / type
//     memory, and with DataDiskSize free disk / DataDiskSize), never below 0.

const (
	packingBaseVcpu   = 320
	packingStepVcpu   = 64
	packingMemPerVcpu = 4
	packingDiskGB     = 20480
)

type describePackingQuotaGroupRequest struct {
	Filters []tencentapi.Filter `json:"Filters"`
}

type packingQuotaInfo struct {
	InstanceType string `json:"InstanceType"`
	PackingQuota int64  `json:"PackingQuota"`
}

type packingQuotaGroup struct {
	Zone              string             `json:"Zone"`
	ZoneId            int                `json:"ZoneId"`
	ISPId             string             `json:"ISPId"`
	PackingQuotaInfos []packingQuotaInfo `json:"PackingQuotaInfos"`
}

// packingCapacity is a zone's ISP's vCPU capacity.
func packingCapacity(zone, isp string) int64 {
	h := fnv.New32a()
	h.Write([]byte(zone + "/" + isp))
	return packingBaseVcpu + packingStepVcpu*int64(h.Sum32()%8)
}

func (e *state) describePackingQuotaGroup(_ *tencentapi.Call, req *describePackingQuotaGroupRequest) (any, *tencentapi.Error) {
	var zones, types map[string]bool
	var diskSize int64
	for i, f := range req.Filters {
		switch f.Name {
		case "Zone", "InstanceType", "DataDiskSize":
		case "":
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The parameter Filters.%d.Name is required.", i)
		default:
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter name %q (Filters.%d.Name) is not supported; valid names: Zone, InstanceType, DataDiskSize.", f.Name, i)
		}
		if len(f.Values) == 0 {
			return nil, tencentapi.Errf("InvalidParameterValue", "The filter %s (Filters.%d) must have at least one value.", f.Name, i)
		}
		for j, v := range f.Values {
			switch f.Name {
			case "Zone":
				if _, ok := e.catalog.zones[v]; !ok {
					return nil, tencentapi.Errf("InvalidParameterValue", "The zone %q (Filters.%d.Values.%d) does not exist.", v, i, j)
				}
				if zones == nil {
					zones = map[string]bool{}
				}
				zones[v] = true
			case "InstanceType":
				if _, ok := e.compute.types[v]; !ok {
					return nil, tencentapi.Errf("InvalidParameterValue", "The instance type %q (Filters.%d.Values.%d) is not offered.", v, i, j)
				}
				if types == nil {
					types = map[string]bool{}
				}
				types[v] = true
			case "DataDiskSize":
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil || diskSize != 0 || j > 0 {
					return nil, tencentapi.Errf("InvalidParameterValue", "The filter DataDiskSize (Filters.%d.Values.%d) must be one integer number of GB; got %q.", i, j, v)
				}
				if aerr := e.dataDiskSizeValue("DataDiskSize", n); aerr != nil {
					return nil, aerr
				}
				diskSize = n
			}
		}
	}
	type usage struct{ vcpu, mem, disk int64 }
	used := map[string]*usage{}
	for _, ins := range e.Instances {
		k := ins.Zone + "/" + ins.ISP
		u := used[k]
		if u == nil {
			u = &usage{}
			used[k] = u
		}
		if t, ok := e.compute.types[ins.InstanceType]; ok {
			u.vcpu += int64(t.Vcpu)
			u.mem += int64(t.Memory)
		}
		for _, d := range ins.DataDisks {
			u.disk += int64(d.DiskSize)
		}
	}
	set := []packingQuotaGroup{}
	for _, r := range e.catalog.catalog.Regions {
		for _, z := range r.Zones {
			if zones != nil && !zones[z.Zone] {
				continue
			}
			for _, isp := range z.ISPs {
				u := used[z.Zone+"/"+isp]
				if u == nil {
					u = &usage{}
				}
				vcpu := packingCapacity(z.Zone, isp)
				freeCPU, freeMem, freeDisk := vcpu-u.vcpu, vcpu*packingMemPerVcpu-u.mem, int64(packingDiskGB)-u.disk
				infos := []packingQuotaInfo{}
				for _, t := range e.compute.catalog.InstanceTypes {
					if types != nil && !types[t.InstanceType] {
						continue
					}
					q := min(freeCPU/int64(t.Vcpu), freeMem/int64(t.Memory))
					if diskSize > 0 {
						q = min(q, freeDisk/diskSize)
					}
					infos = append(infos, packingQuotaInfo{InstanceType: t.InstanceType, PackingQuota: max(q, 0)})
				}
				set = append(set, packingQuotaGroup{Zone: z.Zone, ZoneId: z.ZoneID, ISPId: isp, PackingQuotaInfos: infos})
			}
		}
	}
	return struct {
		PackingQuotaSet []packingQuotaGroup `json:"PackingQuotaSet"`
	}{set}, nil
}
