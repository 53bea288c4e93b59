package ecm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Module parameter checks: names, bandwidth, disks, images, security groups.
// RunInstances and the modifies use them too.

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
