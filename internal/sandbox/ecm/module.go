package ecm

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM module actions (catalog §2.2): CreateModule (L7066), DescribeModule
// (L5373), DescribeModuleDetail (L5087), DeleteModule (L6942); the modifies
// are in module_modify.go. Modules are global (no EcmRegion): the registry
// files them under region "" with kind "em".
//
// Choices where the seed is silent or inconsistent:
//   - Missing required parameters answer MissingParameter.MissingModuleParameter
//     (every module table has it; ModifyModuleSecurityGroups' has plain
//     MissingParameter instead). A malformed or unknown ModuleId is
//     InvalidParameterValue.InvalidModuleID (the only ID code of the tables).
//   - ModuleName: at most 60 characters (ParameterValueTooLarge), not starting
//     with a space (InvalidParameterValue, common: the table has no code for
//     it), unique by exact match (InvalidParameterValue.InvalidModuleName,
//     "the module names conflict").
//   - Bandwidth: DescribeConfig's MinBandwidth..MaxBandwidth in steps of
//     PerBandwidth (InvalidBandwidth). DefaultBandWidthIn, when given, must
//     lie in the same range (InvalidBandwidthIn) and equal DefaultBandWidth
//     (InvalidBandwidthInAndOut, as the code's description says). Absent, the
//     module answers DefaultBandwidthIn 0, as DescribeModuleDetail's example.
//   - Disks: DefaultSystemDiskSize within MinSystemDiskSize..MaxSystemDiskSize,
//     DefaultDataDiskSize within MinDataDiskSize..MaxDataDiskSize in steps of
//     PerDataDisk (the document's examples show 48, below the minimum: they
//     are not replayable against the catalog). SystemDisk.DiskSize and
//     DataDisks.N.DiskSize obey the same ranges. DiskType is LOCAL_BASIC or
//     CLOUD_PREMIUM, default LOCAL_BASIC: SystemDisk's text gives the default
//     "CLOUD_BASIC", a value not in its own list (catalog §3.2); another type
//     is InvalidParameterValue (common). SystemDisk without DiskSize takes
//     DefaultSystemDiskSize; the module answers SystemDisk always (DiskId "").
//   - Images: InvalidImageID for an image outside the catalog (malformed
//     included); a 32-bit image (Architecture i386 or i686) with an instance
//     type of 4 GB memory or more is InvalidImageArchitecture; an image the
//     type does not support is UnsupportedOperation.InstanceTypeNotSupportImage;
//     a Windows image with IP direct on is InvalidEIPDirectService. IP direct
//     is on unless CloseIpDirect is true; absent, DescribeConfig's
//     DefaultIPDirect decides (true in the default catalog), so a Windows
//     module needs CloseIpDirect=true.
//   - SecurityGroups.N: malformed IDs are InvalidParameterValue (common),
//     unknown ones ResourceNotFound, repeats are collapsed. At most
//     ecm.module_security_groups (10: DescribeSecurityGroupLimits'
//     ModuleSecurityGroupLimit; ModifyModuleSecurityGroups' text says "up to
//     5": the sandbox follows the figure the API reports, which
//     DescribeSecurityGroupLimits answers from the same limit) →
//     LimitExceeded.ModuleSecurityGroupLimitExceeded; a group bound to
//     ecm.security_group_modules (10, SecurityGroupModuleLimit) modules
//     already → LimitExceeded.SecurityGroupModuleLimitExceeded. A module
//     without groups answers SecurityGroupIds [].
//   - TagSpecification.N: ResourceType must be "module" (InvalidParameterValue
//     otherwise; "instance" is RunInstances'); the specifications' tags are
//     merged and checked as Tags (50 at most, lengths →
//     ParameterValueTooLarge).
//   - The module quota ecm.modules (1000, DescribeConfig's MaxModuleNum,
//     which DescribeConfig answers from the limit) →
//     InvalidParameterValue.InvaildModuleNum (sic).
//   - Output: CloseIpDirect is an Integer 0/1 as the Module structure and the
//     examples write it; DisableWanIp is kept but not answered (Module has no
//     such field); UserData is "" (no input sets it); TagSet, SecurityGroupIds
//     and DataDisks are [] when empty; ModuleState is NORMAL (deletion is
//     immediate); CreateTime is Beijing time.
//   - A module counts the instances launched from it (instance.go: RunInstances
//     adds them, a completed termination subtracts them; TERMINATING ones
//     still count). Nodes and ISPCounterSet are not derived yet: NodeNum is
//     1 when the module has instances, ISPCounterSet []. The test hook
//     (*Product).SetModuleInstanceCount still sets the count of a module
//     without real instances. The count shows in InstanceNum/NodeInstanceNum
//     and the instance-num ordering.

const (
	kindModule         = "em" // modules (global: region "")
	maxModuleNameChars = 60
	diskLocalBasic     = "LOCAL_BASIC"
	diskCloudPremium   = "CLOUD_PREMIUM"
)

type moduleDisk struct {
	DiskType string `json:"type"`
	DiskSize int    `json:"size"`
}

type moduleRecord struct {
	ID               string           `json:"id"`
	Name             string           `json:"name"`
	BandwidthOut     int              `json:"bandwidth_out"`
	BandwidthIn      int              `json:"bandwidth_in,omitempty"`
	ImageID          string           `json:"image_id"`
	InstanceType     string           `json:"instance_type"`
	SystemDiskSize   int              `json:"system_disk_size"`
	DataDiskSize     int              `json:"data_disk_size"`
	CloseIpDirect    bool             `json:"close_ip_direct,omitempty"`
	DisableWanIp     bool             `json:"disable_wan_ip,omitempty"`
	SecurityGroupIDs []string         `json:"security_group_ids,omitempty"`
	Tags             []tencentapi.Tag `json:"tags,omitempty"`
	SystemDisk       moduleDisk       `json:"system_disk"`
	DataDisks        []moduleDisk     `json:"data_disks,omitempty"`
	Created          time.Time        `json:"created"`
	Seq              int64            `json:"seq"`
	// Instances: the number of instances launched from the module (or set
	// by SetModuleInstanceCount for a module without real instances).
	Instances int `json:"instances,omitempty"`
}

func (m *moduleRecord) clone() *moduleRecord {
	c := *m
	c.SecurityGroupIDs = append([]string(nil), m.SecurityGroupIDs...)
	c.Tags = copyTags(m.Tags)
	c.DataDisks = append([]moduleDisk(nil), m.DataDisks...)
	return &c
}

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

// nodes: the nodes the module's instances run in (0 until instances exist;
// with the test hook, one node per instance at most — the sandbox counts one).
func (m *moduleRecord) nodes() int {
	if m.Instances > 0 {
		return 1
	}
	return 0
}

// missingModuleParam is the module tables' code for a missing parameter.
func missingModuleParam(name string) *tencentapi.Error {
	return tencentapi.Errf("MissingParameter.MissingModuleParameter", "The parameter %s is required.", name)
}

// findModule checks a ModuleId parameter and finds the module.
func (e *state) findModule(id string) (*moduleRecord, *tencentapi.Error) {
	if id == "" {
		return nil, missingModuleParam("ModuleId")
	}
	if aerr := checkID("ModuleId", "em", id, "InvalidParameterValue.InvalidModuleID"); aerr != nil {
		return nil, aerr
	}
	m, ok := e.Modules[id]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleID", "The module %s does not exist.", id)
	}
	return m, nil
}

// checkModuleName validates a ModuleName; self is the module being renamed ("" on create).
func (e *state) checkModuleName(name, self string) *tencentapi.Error {
	if name == "" {
		return missingModuleParam("ModuleName")
	}
	if n := utf8.RuneCountInString(name); n > maxModuleNameChars {
		return tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "The parameter ModuleName is %d characters long; at most %d are allowed.", n, maxModuleNameChars)
	}
	if strings.HasPrefix(name, " ") || strings.TrimSpace(name) == "" {
		return tencentapi.Errf("InvalidParameterValue", "The parameter ModuleName must not start with a space.")
	}
	for _, m := range e.Modules {
		if m.Name == name && m.ID != self {
			return tencentapi.Errf("InvalidParameterValue.InvalidModuleName", "A module named %q exists already (%s).", name, m.ID)
		}
	}
	return nil
}

func (e *state) storageRange() NetworkStorageRange {
	return e.compute.catalog.Config.NetworkStorageRange
}

// checkBandwidth validates an outbound (code InvalidBandwidth) or inbound
// (InvalidBandwidthIn) bandwidth against DescribeConfig's range and step.
func (e *state) checkBandwidth(param string, v int64, code string) *tencentapi.Error {
	r := e.storageRange()
	if v < int64(r.MinBandwidth) || v > int64(r.MaxBandwidth) || (r.PerBandwidth > 1 && (v-int64(r.MinBandwidth))%int64(r.PerBandwidth) != 0) {
		return tencentapi.Errf(code, "The parameter %s=%d must be between %d and %d Mbps in steps of %d.", param, v, r.MinBandwidth, r.MaxBandwidth, max(r.PerBandwidth, 1))
	}
	return nil
}

func (e *state) checkSystemDiskSize(param string, v int64, code string) *tencentapi.Error {
	r := e.storageRange()
	if v < int64(r.MinSystemDiskSize) || v > int64(r.MaxSystemDiskSize) {
		return tencentapi.Errf(code, "The parameter %s=%d must be between %d and %d GB.", param, v, r.MinSystemDiskSize, r.MaxSystemDiskSize)
	}
	return nil
}

func (e *state) checkDataDiskSize(param string, v int64) *tencentapi.Error {
	r := e.storageRange()
	if v < int64(r.MinDataDiskSize) || v > int64(r.MaxDataDiskSize) || (r.PerDataDisk > 1 && (v-int64(r.MinDataDiskSize))%int64(r.PerDataDisk) != 0) {
		return tencentapi.Errf("InvalidParameterValue.InvalidDataDiskSize", "The parameter %s=%d must be between %d and %d GB in steps of %d.", param, v, r.MinDataDiskSize, r.MaxDataDiskSize, max(r.PerDataDisk, 1))
	}
	return nil
}

func checkDiskType(param, v string) (string, *tencentapi.Error) {
	switch v {
	case "":
		return diskLocalBasic, nil
	case diskLocalBasic, diskCloudPremium:
		return v, nil
	}
	return "", tencentapi.Errf("InvalidParameterValue", "The parameter %s=%q must be %s or %s.", param, v, diskLocalBasic, diskCloudPremium)
}

// systemDiskIn and dataDiskIn are SystemDisk and DataDisk as inputs.
type systemDiskIn struct {
	DiskType string `json:"DiskType"`
	DiskId   string `json:"DiskId"`
	DiskSize *int64 `json:"DiskSize"`
}

type dataDiskIn struct {
	DiskSize *int64 `json:"DiskSize"`
	DiskType string `json:"DiskType"`
}

// moduleDisks validates SystemDisk and DataDisks.N; sysCode is the action's
// code for a system disk out of range.
func (e *state) moduleDisks(sys *systemDiskIn, data []dataDiskIn, defaultSys int, sysCode string) (moduleDisk, []moduleDisk, *tencentapi.Error) {
	out := moduleDisk{DiskType: diskLocalBasic, DiskSize: defaultSys}
	if sys != nil {
		t, aerr := checkDiskType("SystemDisk.DiskType", sys.DiskType)
		if aerr != nil {
			return out, nil, aerr
		}
		out.DiskType = t
		if sys.DiskSize != nil {
			if aerr := e.checkSystemDiskSize("SystemDisk.DiskSize", *sys.DiskSize, sysCode); aerr != nil {
				return out, nil, aerr
			}
			out.DiskSize = int(*sys.DiskSize)
		}
	}
	var disks []moduleDisk
	for i, d := range data {
		if d.DiskSize == nil {
			return out, nil, missingModuleParam(fmt.Sprintf("DataDisks.%d.DiskSize", i))
		}
		if aerr := e.checkDataDiskSize(fmt.Sprintf("DataDisks.%d.DiskSize", i), *d.DiskSize); aerr != nil {
			return out, nil, aerr
		}
		t, aerr := checkDiskType(fmt.Sprintf("DataDisks.%d.DiskType", i), d.DiskType)
		if aerr != nil {
			return out, nil, aerr
		}
		disks = append(disks, moduleDisk{DiskType: t, DiskSize: int(*d.DiskSize)})
	}
	return out, disks, nil
}

// is32Bit reports a 32-bit image.
func is32Bit(im *CatalogImage) bool {
	a := strings.ToLower(im.Architecture)
	return a == "i386" || a == "i686" || a == "x86" || strings.Contains(a, "32")
}

func isWindows(im *CatalogImage) bool { return strings.EqualFold(im.OsType, "windows") }

// checkImageForType validates an image against an instance type; codes name
// the action's codes for a 32-bit image on a large type and an unsupported pair.
func (e *state) checkImageForType(im *CatalogImage, t *CatalogInstanceType, supportCode string) *tencentapi.Error {
	if is32Bit(im) && t.Memory >= 4 {
		return tencentapi.Errf("InvalidParameterValue.InvalidImageArchitecture", "The image %s is 32-bit; the instance type %s has %d GB of memory (4 GB or more needs a 64-bit image).", im.ImageID, t.InstanceType, t.Memory)
	}
	if !e.compute.imageSupports(im.ImageID, t.InstanceType) {
		return tencentapi.Errf(supportCode, "The instance type %s does not support the image %s.", t.InstanceType, im.ImageID)
	}
	return nil
}

// closeIPDirect: whether IP direct access is closed for CloseIpDirect (nil: the configuration's default).
func (e *state) closeIPDirect(v *bool) bool {
	if v != nil {
		return *v
	}
	return !e.compute.catalog.Config.DefaultIPDirect
}

// checkModuleSGs validates a module's security groups and returns them
// deduplicated; module is the module being changed ("" on create), whose own
// bindings do not count towards the per-group limit.
func (e *state) checkModuleSGs(c *tencentapi.Call, param string, ids []string, module string) ([]string, *tencentapi.Error) {
	if aerr := checkIDs(param, "esg", ids, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	out := dedupeStrings(ids)
	if lim := limit(c, LimitModuleSecurityGroups); len(out) > lim {
		return nil, tencentapi.Errf("LimitExceeded.ModuleSecurityGroupLimitExceeded", "A module may have at most %d security groups; got %d.", lim, len(out))
	}
	e.ensureDefaultSG(c)
	perSG := limit(c, LimitSecurityGroupModules)
	for _, id := range out {
		if _, ok := e.SecurityGroups[id]; !ok {
			return nil, tencentapi.Errf("ResourceNotFound", "The security group %s does not exist.", id)
		}
		if n := len(e.sgModules(id, module)); n >= perSG {
			return nil, tencentapi.Errf("LimitExceeded.SecurityGroupModuleLimitExceeded", "The security group %s is bound to %d modules already (at most %d).", id, n, perSG)
		}
	}
	return out, nil
}

func dedupeStrings(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// sgModules lists the modules (other than except) bound to the security group, by creation.
func (e *state) sgModules(sg, except string) []string {
	var ms []*moduleRecord
	for _, m := range e.Modules {
		if m.ID == except {
			continue
		}
		for _, id := range m.SecurityGroupIDs {
			if id == sg {
				ms = append(ms, m)
				break
			}
		}
	}
	tencentapi.SortBySeq(ms, func(m *moduleRecord) int64 { return m.Seq }, false)
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

type tagSpecification struct {
	ResourceType string           `json:"ResourceType"`
	Tags         []tencentapi.Tag `json:"Tags"`
}

type createModuleRequest struct {
	ModuleName            string             `json:"ModuleName"`
	DefaultBandWidth      *int64             `json:"DefaultBandWidth"`
	DefaultImageId        string             `json:"DefaultImageId"`
	InstanceType          string             `json:"InstanceType"`
	DefaultSystemDiskSize *int64             `json:"DefaultSystemDiskSize"`
	DefaultDataDiskSize   *int64             `json:"DefaultDataDiskSize"`
	CloseIpDirect         *bool              `json:"CloseIpDirect"`
	TagSpecification      []tagSpecification `json:"TagSpecification"`
	SecurityGroups        []string           `json:"SecurityGroups"`
	DefaultBandWidthIn    *int64             `json:"DefaultBandWidthIn"`
	DisableWanIp          *bool              `json:"DisableWanIp"`
	SystemDisk            *systemDiskIn      `json:"SystemDisk"`
	DataDisks             []dataDiskIn       `json:"DataDisks"`
}

func (e *state) createModule(c *tencentapi.Call, req *createModuleRequest) (any, *tencentapi.Error) {
	switch {
	case req.ModuleName == "":
		return nil, missingModuleParam("ModuleName")
	case req.DefaultBandWidth == nil:
		return nil, missingModuleParam("DefaultBandWidth")
	case req.DefaultImageId == "":
		return nil, missingModuleParam("DefaultImageId")
	case req.InstanceType == "":
		return nil, missingModuleParam("InstanceType")
	case req.DefaultSystemDiskSize == nil:
		return nil, missingModuleParam("DefaultSystemDiskSize")
	case req.DefaultDataDiskSize == nil:
		return nil, missingModuleParam("DefaultDataDiskSize")
	}
	if aerr := e.checkModuleName(req.ModuleName, ""); aerr != nil {
		return nil, aerr
	}
	if aerr := e.checkBandwidth("DefaultBandWidth", *req.DefaultBandWidth, "InvalidParameterValue.InvalidBandwidth"); aerr != nil {
		return nil, aerr
	}
	bwIn := 0
	if req.DefaultBandWidthIn != nil {
		if aerr := e.checkBandwidth("DefaultBandWidthIn", *req.DefaultBandWidthIn, "InvalidParameterValue.InvalidBandwidthIn"); aerr != nil {
			return nil, aerr
		}
		if *req.DefaultBandWidthIn != *req.DefaultBandWidth {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidBandwidthInAndOut", "DefaultBandWidthIn (%d) must equal DefaultBandWidth (%d).", *req.DefaultBandWidthIn, *req.DefaultBandWidth)
		}
		bwIn = int(*req.DefaultBandWidthIn)
	}
	t, ok := e.compute.types[req.InstanceType]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceTypeConfigID", "The instance type %q is not offered (DescribeInstanceTypeConfig).", req.InstanceType)
	}
	im, ok := e.usableImage(req.DefaultImageId)
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageID", "The image %q does not exist.", req.DefaultImageId)
	}
	if aerr := e.checkImageForType(im, t, "UnsupportedOperation.InstanceTypeNotSupportImage"); aerr != nil {
		return nil, aerr
	}
	closeIP := e.closeIPDirect(req.CloseIpDirect)
	if isWindows(im) && !closeIP {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidEIPDirectService", "The image %s is a Windows image, which does not support IP direct access: set CloseIpDirect=true.", im.ImageID)
	}
	if aerr := e.checkSystemDiskSize("DefaultSystemDiskSize", *req.DefaultSystemDiskSize, "InvalidParameterValue.InvalidSystemDiskSize"); aerr != nil {
		return nil, aerr
	}
	if aerr := e.checkDataDiskSize("DefaultDataDiskSize", *req.DefaultDataDiskSize); aerr != nil {
		return nil, aerr
	}
	sys, data, aerr := e.moduleDisks(req.SystemDisk, req.DataDisks, int(*req.DefaultSystemDiskSize), "InvalidParameterValue.InvalidSystemDiskSize")
	if aerr != nil {
		return nil, aerr
	}
	tags, aerr := moduleTags(req.TagSpecification)
	if aerr != nil {
		return nil, aerr
	}
	sgs, aerr := e.checkModuleSGs(c, "SecurityGroups", req.SecurityGroups, "")
	if aerr != nil {
		return nil, aerr
	}
	if quota := limit(c, LimitModules); len(e.Modules) >= quota {
		return nil, tencentapi.Errf("InvalidParameterValue.InvaildModuleNum", "The module quota of %d is used up.", quota)
	}
	m := &moduleRecord{
		ID: e.newID("em", kindModule, ""), Name: req.ModuleName,
		BandwidthOut: int(*req.DefaultBandWidth), BandwidthIn: bwIn,
		ImageID: im.ImageID, InstanceType: t.InstanceType,
		SystemDiskSize: int(*req.DefaultSystemDiskSize), DataDiskSize: int(*req.DefaultDataDiskSize),
		CloseIpDirect: closeIP, DisableWanIp: req.DisableWanIp != nil && *req.DisableWanIp,
		SecurityGroupIDs: sgs, Tags: tags, SystemDisk: sys, DataDisks: data,
		Created: c.Now, Seq: e.nextSeq(),
	}
	e.Modules[m.ID] = m
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, nil)
	return struct {
		ModuleId string `json:"ModuleId"`
	}{m.ID}, nil
}

// moduleTags merges the tags of TagSpecification.N (ResourceType "module").
func moduleTags(specs []tagSpecification) ([]tencentapi.Tag, *tencentapi.Error) {
	var tags []tencentapi.Tag
	for i, s := range specs {
		if s.ResourceType != "module" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter TagSpecification.%d.ResourceType=%q must be module.", i, s.ResourceType)
		}
		if len(s.Tags) == 0 {
			return nil, missingModuleParam(fmt.Sprintf("TagSpecification.%d.Tags", i))
		}
		tags = append(tags, s.Tags...)
	}
	if aerr := checkTags(tags, tagCodes{"InvalidParameterValue.ParameterValueTooLarge", "InvalidParameterValue.ParameterValueTooLarge"}); aerr != nil {
		return nil, aerr
	}
	return copyTags(tags), nil
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

type deleteModuleRequest struct {
	ModuleId string `json:"ModuleId"`
}

func (e *state) deleteModule(c *tencentapi.Call, req *deleteModuleRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if m.Instances > 0 {
		return nil, tencentapi.Errf("FailedOperation.InstanceInModule", "The module %s has %d instances; terminate them first.", m.ID, m.Instances)
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	delete(e.Modules, m.ID)
	delete(e.ids, m.ID)
	return nil, nil
}

// SetModuleInstanceCount is a test hook kept from before instances were
// emulated: it sets the number of instances a module without real instances
// counts, so that DeleteModule's FailedOperation.InstanceInModule and
// ModifyModuleConfig's InvalidParameterValue.ModuleNotAllowChange can be
// provoked without RunInstances. A module with real instances counts them
// (RunInstances adds, a completed termination subtracts) and the hook
// refuses it. The core must call it under its state lock (and persist after it).
func (p *Product) SetModuleInstanceCount(id string, n int) error {
	m, ok := p.state.Modules[id]
	if !ok {
		return fmt.Errorf("ecm: no module %s", id)
	}
	if n < 0 {
		return fmt.Errorf("ecm: module %s: negative instance count %d", id, n)
	}
	for _, ins := range p.state.Instances {
		if ins.ModuleID == id {
			return fmt.Errorf("ecm: module %s has real instances (%s): its count follows them", id, ins.ID)
		}
	}
	m.Instances = n
	return nil
}
