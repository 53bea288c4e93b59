package ecm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeModule (L5373) and DescribeModuleDetail (L5087), with the wire shapes.

// Wire shapes: Module (L32668), ModuleCounter (L32721), ModuleItem (L32739),
// NodeInstanceNum (L32950), SystemDisk (L33810), DataDisk (L31609).

type systemDiskOut struct {
	DiskType string `json:"DiskType"`
	DiskId   string `json:"DiskId"`
	DiskSize int    `json:"DiskSize"`
}

type dataDiskOut struct {
	DiskSize int    `json:"DiskSize"`
	DiskType string `json:"DiskType"`
}

type moduleInfo struct {
	ModuleId              string             `json:"ModuleId"`
	ModuleName            string             `json:"ModuleName"`
	ModuleState           string             `json:"ModuleState"`
	DefaultSystemDiskSize int                `json:"DefaultSystemDiskSize"`
	DefaultDataDiskSize   int                `json:"DefaultDataDiskSize"`
	InstanceTypeConfig    instanceTypeConfig `json:"InstanceTypeConfig"`
	DefaultImage          image              `json:"DefaultImage"`
	CreateTime            string             `json:"CreateTime"`
	DefaultBandwidth      int                `json:"DefaultBandwidth"`
	TagSet                []tencentapi.Tag   `json:"TagSet"`
	CloseIpDirect         int                `json:"CloseIpDirect"`
	SecurityGroupIds      []string           `json:"SecurityGroupIds"`
	DefaultBandwidthIn    int                `json:"DefaultBandwidthIn"`
	UserData              string             `json:"UserData"`
	SystemDisk            systemDiskOut      `json:"SystemDisk"`
	DataDisks             []dataDiskOut      `json:"DataDisks"`
}

type moduleCounter struct {
	ISPCounterSet []any `json:"ISPCounterSet"`
	ProvinceNum   int   `json:"ProvinceNum"`
	CityNum       int   `json:"CityNum"`
	NodeNum       int   `json:"NodeNum"`
	InstanceNum   int   `json:"InstanceNum"`
}

type nodeInstanceNum struct {
	NodeNum     int `json:"NodeNum"`
	InstanceNum int `json:"InstanceNum"`
}

type moduleItem struct {
	NodeInstanceNum nodeInstanceNum `json:"NodeInstanceNum"`
	Module          moduleInfo      `json:"Module"`
}

func (e *state) moduleInfo(m *moduleRecord) moduleInfo {
	var itc instanceTypeConfig
	if t, ok := e.compute.types[m.InstanceType]; ok {
		itc = instanceTypeInfo(t)
	} else { // a catalog replaced after the module was made
		itc = instanceTypeConfig{InstanceType: m.InstanceType}
	}
	var img image
	if im, ok := e.lookupImage(m.ImageID); ok {
		img = imageInfo(im)
	} else {
		img = image{ImageId: m.ImageID}
	}
	closeIP := 0
	if m.CloseIpDirect {
		closeIP = 1
	}
	tags := append([]tencentapi.Tag{}, m.Tags...)
	disks := make([]dataDiskOut, 0, len(m.DataDisks))
	for _, d := range m.DataDisks {
		disks = append(disks, dataDiskOut{DiskSize: d.DiskSize, DiskType: d.DiskType})
	}
	return moduleInfo{
		ModuleId: m.ID, ModuleName: m.Name, ModuleState: "NORMAL",
		DefaultSystemDiskSize: m.SystemDiskSize, DefaultDataDiskSize: m.DataDiskSize,
		InstanceTypeConfig: itc, DefaultImage: img, CreateTime: tcTime(m.Created),
		DefaultBandwidth: m.BandwidthOut, DefaultBandwidthIn: m.BandwidthIn,
		TagSet: tags, CloseIpDirect: closeIP, SecurityGroupIds: append([]string{}, m.SecurityGroupIDs...),
		SystemDisk: systemDiskOut{DiskType: m.SystemDisk.DiskType, DiskSize: m.SystemDisk.DiskSize},
		DataDisks:  disks,
	}
}

type describeModuleDetailRequest struct {
	ModuleId string `json:"ModuleId"`
}

func (e *state) describeModuleDetail(_ *tencentapi.Call, req *describeModuleDetailRequest) (any, *tencentapi.Error) {
	if req.ModuleId == "" {
		return nil, missingModuleParam("ModuleId")
	}
	if aerr := checkID("ModuleId", "em", req.ModuleId, "InvalidParameterValue.InvalidModuleID"); aerr != nil {
		return nil, aerr
	}
	views := e.moduleViews([]string{req.ModuleId})
	if len(views) == 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleID", "The module %s does not exist.", req.ModuleId)
	}
	m := views[0]
	return struct {
		Module        moduleInfo    `json:"Module"`
		ModuleCounter moduleCounter `json:"ModuleCounter"`
	}{e.moduleInfo(m), moduleCounter{ISPCounterSet: []any{}, NodeNum: m.nodes(), InstanceNum: m.Instances}}, nil
}

// moduleViews returns the modules with the IDs (nil: all), as a lagged reader sees them.
func (e *state) moduleViews(ids []string) []*moduleRecord {
	var out []*moduleRecord
	if ids != nil {
		for _, id := range ids {
			if m, ok := e.Modules[id]; ok {
				out = append(out, m)
			}
		}
	} else {
		for _, m := range e.Modules {
			out = append(out, m)
		}
	}
	return applyLag(e, kindModule, "", ids, out, func(m *moduleRecord) string { return m.ID },
		func(_ string, before any) *moduleRecord { return before.(*moduleRecord) })
}

type describeModuleRequest struct {
	Filters        []tencentapi.Filter `json:"Filters"`
	Offset         *int64              `json:"Offset"`
	Limit          *int64              `json:"Limit"`
	OrderByField   string              `json:"OrderByField"`
	OrderDirection *int64              `json:"OrderDirection"`
}

func (e *state) moduleFilters() tencentapi.FilterSet[*moduleRecord] {
	return tencentapi.FilterSet[*moduleRecord]{
		Defs: map[string]tencentapi.FilterDef[*moduleRecord]{
			"module-name": {Match: func(m *moduleRecord, vals []string) bool { return tencentapi.AnyContains(m.Name, vals) }},
			"module-id":   {Match: func(m *moduleRecord, vals []string) bool { return tencentapi.AnyEqual(m.ID, vals) }},
			"image-id":    {Match: func(m *moduleRecord, vals []string) bool { return tencentapi.AnyEqual(m.ImageID, vals) }},
			"instance-family": {Match: func(m *moduleRecord, vals []string) bool {
				family := strings.SplitN(m.InstanceType, ".", 2)[0]
				if t, ok := e.compute.types[m.InstanceType]; ok {
					family = t.InstanceFamily
				}
				return tencentapi.AnyEqual(family, vals)
			}},
			"security-group-id": {Match: func(m *moduleRecord, vals []string) bool {
				for _, id := range m.SecurityGroupIDs {
					if tencentapi.AnyEqual(id, vals) {
						return true
					}
				}
				return false
			}},
		},
		MaxFilters: 10,
		MaxValues:  5,
		LimitCode:  "InvalidParameterValue.InvalidFilter",
	}
}

// describeModuleCodes maps the filter helper's codes DescribeModule's table lacks.
var describeModuleCodes = map[string]string{"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue.InvalidFilter"}

func (e *state) describeModule(_ *tencentapi.Call, req *describeModuleRequest) (any, *tencentapi.Error) {
	offset, lim, aerr := tencentapi.CheckPaging(tencentapi.Int64Or(req.Offset, 0), tencentapi.Int64Or(req.Limit, 0), "InvalidParameterValue.InvaildPageParam")
	if aerr != nil {
		return nil, aerr
	}
	var key func(m *moduleRecord) int64
	switch req.OrderByField {
	case "", "timestamp":
		key = func(m *moduleRecord) int64 { return m.Seq }
	case "instance-num":
		key = func(m *moduleRecord) int64 { return int64(m.Instances) }
	case "node-num":
		key = func(m *moduleRecord) int64 { return int64(m.nodes()) }
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter OrderByField=%q must be instance-num, node-num or timestamp.", req.OrderByField)
	}
	asc := false
	switch tencentapi.Int64Or(req.OrderDirection, 0) {
	case 0:
	case 1:
		asc = true
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter OrderDirection=%d must be 0 (descending) or 1 (ascending).", *req.OrderDirection)
	}
	for i, f := range req.Filters {
		for j, v := range f.Values {
			if f.Name == "module-id" {
				if aerr := checkID(fmt.Sprintf("Filters.%d.Values.%d", i, j), "em", v, "InvalidParameterValue.InvalidFilter"); aerr != nil {
					return nil, aerr
				}
			}
		}
	}
	match, aerr := e.moduleFilters().Compile(req.Filters)
	if aerr != nil {
		return nil, remapCode(aerr, describeModuleCodes)
	}
	var found []*moduleRecord
	for _, m := range e.moduleViews(nil) {
		if match(m) {
			found = append(found, m)
		}
	}
	sort.Slice(found, func(i, j int) bool {
		ki, kj := key(found[i]), key(found[j])
		if ki == kj {
			ki, kj = found[i].Seq, found[j].Seq
		}
		if asc {
			return ki < kj
		}
		return ki > kj
	})
	set := []moduleItem{}
	for _, m := range tencentapi.PageOf(found, offset, lim) {
		set = append(set, moduleItem{NodeInstanceNum: nodeInstanceNum{NodeNum: m.nodes(), InstanceNum: m.Instances}, Module: e.moduleInfo(m)})
	}
	return struct {
		TotalCount    int          `json:"TotalCount"`
		ModuleItemSet []moduleItem `json:"ModuleItemSet"`
	}{len(found), set}, nil
}
