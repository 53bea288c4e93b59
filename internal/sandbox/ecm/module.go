package ecm

import (
	"fmt"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM module actions (catalog §2.2): CreateModule (L7066), DescribeModule
// (L5373), DescribeModuleDetail (L5087), DeleteModule (L6942). The describes
// and wire shapes are in module_describe.go, the parameter checks (shared with
// RunInstances) in module_checks.go, the modifies in module_modify.go. Modules are global (no EcmRegion): the registry
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

// nodes: the nodes the module's instances run in (0 until instances exist;
// with the test hook, one node per instance at most — the sandbox counts one).
func (m *moduleRecord) nodes() int {
	if m.Instances > 0 {
		return 1
	}
	return 0
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
