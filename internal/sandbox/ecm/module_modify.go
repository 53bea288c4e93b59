package ecm

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// The module modifies (catalog §2.2): ModifyModuleName (L4820),
// ModifyModuleNetwork (L4675), ModifyModuleImage (L4949),
// ModifyModuleIpDirect (L7457), ModifyModuleSecurityGroups (L7595),
// ModifyModuleDisableWanIp (L7738), ModifyModuleConfig (L7292). All are
// synchronous and change only the module record.
//
// Choices where the seed is silent or inconsistent (see module.go for the
// shared rules):
//   - ModifyModuleNetwork takes DefaultBandwidth (lower-case w, unlike
//     CreateModule's DefaultBandWidth). Without DefaultBandwidthIn, an inbound
//     bandwidth set before follows the new outbound one (they must be equal);
//     one never set stays 0.
//   - ModifyModuleImage's table lacks InvalidEIPDirectService: a Windows
//     image on a module with IP direct on is InvalidParameterValue.InvaildModifyParam.
//   - ModifyModuleSecurityGroups replaces the set; repeats are
//     InvalidParameterValue.Duplicate; an empty or absent set is
//     MissingParameter (its table's code); malformed IDs are
//     InvalidParameterValue (common); limits as CreateModule.
//   - ModifyModuleDisableWanIp: DisableWanIp true prohibits public IPs (the
//     text's "true: no; false: yes" is read as the parameter's name says).
//   - ModifyModuleConfig: a module with instances is
//     InvalidParameterValue.ModuleNotAllowChange; the module's image must
//     suit the new type (32-bit: InvalidImageArchitecture; unsupported:
//     InvaildModifyParam, the table lacking InstanceTypeNotSupportImage); a
//     system disk out of range is InvaildModifyParam (no
//     InvalidSystemDiskSize in its table). SystemDisk and DataDisks, when
//     given, replace the module's; when absent they are kept (a SystemDisk
//     without DiskSize takes the new DefaultSystemDiskSize).
//     InvalidParameterValue.InvalidInstanceType (High-IO types) is never
//     answered: the catalog has no High-IO family.

type modifyModuleNameRequest struct {
	ModuleId   string `json:"ModuleId"`
	ModuleName string `json:"ModuleName"`
}

func (e *state) modifyModuleName(c *tencentapi.Call, req *modifyModuleNameRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if aerr := e.checkModuleName(req.ModuleName, m.ID); aerr != nil {
		return nil, aerr
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.Name = req.ModuleName
	return nil, nil
}

type modifyModuleNetworkRequest struct {
	ModuleId           string `json:"ModuleId"`
	DefaultBandwidth   *int64 `json:"DefaultBandwidth"`
	DefaultBandwidthIn *int64 `json:"DefaultBandwidthIn"`
}

func (e *state) modifyModuleNetwork(c *tencentapi.Call, req *modifyModuleNetworkRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if req.DefaultBandwidth == nil {
		return nil, missingModuleParam("DefaultBandwidth")
	}
	if aerr := e.checkBandwidth("DefaultBandwidth", *req.DefaultBandwidth, "InvalidParameterValue.InvalidBandwidth"); aerr != nil {
		return nil, aerr
	}
	in := m.BandwidthIn
	if in != 0 {
		in = int(*req.DefaultBandwidth)
	}
	if req.DefaultBandwidthIn != nil {
		if aerr := e.checkBandwidth("DefaultBandwidthIn", *req.DefaultBandwidthIn, "InvalidParameterValue.InvalidBandwidthIn"); aerr != nil {
			return nil, aerr
		}
		if *req.DefaultBandwidthIn != *req.DefaultBandwidth {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidBandwidthInAndOut", "DefaultBandwidthIn (%d) must equal DefaultBandwidth (%d).", *req.DefaultBandwidthIn, *req.DefaultBandwidth)
		}
		in = int(*req.DefaultBandwidthIn)
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.BandwidthOut, m.BandwidthIn = int(*req.DefaultBandwidth), in
	return nil, nil
}

type modifyModuleImageRequest struct {
	ModuleId       string `json:"ModuleId"`
	DefaultImageId string `json:"DefaultImageId"`
}

func (e *state) modifyModuleImage(c *tencentapi.Call, req *modifyModuleImageRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if req.DefaultImageId == "" {
		return nil, missingModuleParam("DefaultImageId")
	}
	im, ok := e.usableImage(req.DefaultImageId)
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageID", "The image %q does not exist.", req.DefaultImageId)
	}
	if t, ok := e.compute.types[m.InstanceType]; ok {
		if aerr := e.checkImageForType(im, t, "UnsupportedOperation.InstanceTypeNotSupportImage"); aerr != nil {
			return nil, aerr
		}
	}
	if isWindows(im) && !m.CloseIpDirect {
		return nil, tencentapi.Errf("InvalidParameterValue.InvaildModifyParam", "The image %s is a Windows image, which does not support IP direct access: close it first (ModifyModuleIpDirect).", im.ImageID)
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.ImageID = im.ImageID
	return nil, nil
}

type modifyModuleIpDirectRequest struct {
	ModuleId      string `json:"ModuleId"`
	CloseIpDirect *bool  `json:"CloseIpDirect"`
}

func (e *state) modifyModuleIpDirect(c *tencentapi.Call, req *modifyModuleIpDirectRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if req.CloseIpDirect == nil {
		return nil, missingModuleParam("CloseIpDirect")
	}
	if im, ok := e.lookupImage(m.ImageID); ok && isWindows(im) && !*req.CloseIpDirect {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidEIPDirectService", "The module's image %s is a Windows image, which does not support IP direct access.", im.ImageID)
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.CloseIpDirect = *req.CloseIpDirect
	return nil, nil
}

// plainMissingParameter: ModifyModuleSecurityGroups' table has MissingParameter
// instead of the other module tables' MissingParameter.MissingModuleParameter.
var plainMissingParameter = map[string]string{"MissingParameter.MissingModuleParameter": "MissingParameter"}

type modifyModuleSecurityGroupsRequest struct {
	ModuleId           string   `json:"ModuleId"`
	SecurityGroupIdSet []string `json:"SecurityGroupIdSet"`
}

func (e *state) modifyModuleSecurityGroups(c *tencentapi.Call, req *modifyModuleSecurityGroupsRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, remapCode(aerr, plainMissingParameter)
	}
	if len(req.SecurityGroupIdSet) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter SecurityGroupIdSet is required.")
	}
	if ids := dedupeStrings(req.SecurityGroupIdSet); len(ids) != len(req.SecurityGroupIdSet) {
		return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "SecurityGroupIdSet names a security group more than once.")
	}
	sgs, aerr := e.checkModuleSGs(c, "SecurityGroupIdSet", req.SecurityGroupIdSet, m.ID)
	if aerr != nil {
		return nil, aerr
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.SecurityGroupIDs = sgs
	return nil, nil
}

type modifyModuleDisableWanIpRequest struct {
	ModuleId     string `json:"ModuleId"`
	DisableWanIp *bool  `json:"DisableWanIp"`
}

func (e *state) modifyModuleDisableWanIp(c *tencentapi.Call, req *modifyModuleDisableWanIpRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if req.DisableWanIp == nil {
		return nil, missingModuleParam("DisableWanIp")
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.DisableWanIp = *req.DisableWanIp
	return nil, nil
}

type modifyModuleConfigRequest struct {
	ModuleId              string        `json:"ModuleId"`
	InstanceType          string        `json:"InstanceType"`
	DefaultDataDiskSize   *int64        `json:"DefaultDataDiskSize"`
	DefaultSystemDiskSize *int64        `json:"DefaultSystemDiskSize"`
	SystemDisk            *systemDiskIn `json:"SystemDisk"`
	DataDisks             []dataDiskIn  `json:"DataDisks"`
}

func (e *state) modifyModuleConfig(c *tencentapi.Call, req *modifyModuleConfigRequest) (any, *tencentapi.Error) {
	m, aerr := e.findModule(req.ModuleId)
	if aerr != nil {
		return nil, aerr
	}
	if req.InstanceType == "" {
		return nil, missingModuleParam("InstanceType")
	}
	if req.DefaultDataDiskSize == nil {
		return nil, missingModuleParam("DefaultDataDiskSize")
	}
	if m.Instances > 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.ModuleNotAllowChange", "The module %s has %d instances; its configuration cannot be changed.", m.ID, m.Instances)
	}
	t, ok := e.compute.types[req.InstanceType]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceTypeConfigID", "The instance type %q is not offered (DescribeInstanceTypeConfig).", req.InstanceType)
	}
	if im, ok := e.lookupImage(m.ImageID); ok {
		if aerr := e.checkImageForType(im, t, "InvalidParameterValue.InvaildModifyParam"); aerr != nil {
			return nil, aerr
		}
	}
	if aerr := e.checkDataDiskSize("DefaultDataDiskSize", *req.DefaultDataDiskSize); aerr != nil {
		return nil, aerr
	}
	sysSize := m.SystemDiskSize
	if req.DefaultSystemDiskSize != nil {
		if aerr := e.checkSystemDiskSize("DefaultSystemDiskSize", *req.DefaultSystemDiskSize, "InvalidParameterValue.InvaildModifyParam"); aerr != nil {
			return nil, aerr
		}
		sysSize = int(*req.DefaultSystemDiskSize)
	}
	sys, data, aerr := e.moduleDisks(req.SystemDisk, req.DataDisks, sysSize, "InvalidParameterValue.InvaildModifyParam")
	if aerr != nil {
		return nil, aerr
	}
	e.lagWrite(c.ReadLag, kindModule, "", m.ID, m.clone())
	m.InstanceType, m.DataDiskSize, m.SystemDiskSize = t.InstanceType, int(*req.DefaultDataDiskSize), sysSize
	if req.SystemDisk != nil {
		m.SystemDisk = sys
	} else if req.DefaultSystemDiskSize != nil {
		m.SystemDisk.DiskSize = sysSize
	}
	if req.DataDisks != nil {
		m.DataDisks = data
	}
	return nil, nil
}
