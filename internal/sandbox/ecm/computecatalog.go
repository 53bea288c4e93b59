package ecm

import (
	"encoding/json"
	"fmt"
	"regexp"
)

// The compute catalog: what can be launched and within which bounds — the
// instance types (DescribeInstanceTypeConfig), the account's configuration
// (DescribeConfig) and the images (DescribeImage). Like the region catalog
// (catalog.go) it is data the product holds, not state: it survives Reset, is
// not written to the state file, and is replaced as a whole with
// SetComputeCatalog (JSON: ParseComputeCatalog).
//
// The default catalog copies the document's examples (seed 003):
//   - instance types: the 17 SN3ne types of DescribeInstanceTypeConfig's
//     example (L29622-L30183), in its order; Vgpu 0 and GpuModelName "",
//     which the example omits;
//   - configuration: DescribeConfig's example (L30313-L30589), ImageWhiteSet
//     included. The example lists 35 OS names (the API catalog's "36" is a
//     miscount);
//   - images: every image an example shows with its details, and the IDs the
//     input examples name, so that those examples can be replayed:
//     img-9qabwvbn CentOS 7.6 64-bit (DescribeInstances, L10737) and
//     img-oikl1tzv CentOS 7.5 64-bit (DescribeModuleDetail, L5186) are copied;
//     img-060ov1xz CentOS 6.9 32-bit and img-1tyt4apn CentOS 7.4 Bare Metal
//     64-bit are DescribeImage's example (L13287, L13343), where they are
//     PRIVATE_IMAGE of account 251006057: the sandbox serves them as public
//     images (owner 0, OFFICIAL, OsType linux, Platform CentOS, as the public
//     examples write them) because the sandbox account's private images start
//     empty and CreateModule's example (L7183) names img-1tyt4apn as a
//     module's default image; img-q9fy0if9 (RunInstances, ResetInstances) and
//     img-oy9q2bql (ModifyModuleImage) are named without details: the sandbox
//     makes them Ubuntu Server 18.04.1 LTS 64-bit and Debian 9.0 64-bit (OS
//     names of ImageWhiteSet), and adds one Windows image, img-w2019dc0
//     "Windows Server 2019 Datacenter 64-bit" (ImageWhiteSet's "Windows Server
//     2019"), so that OS-dependent rules have an image to act on. The IDs of
//     images the document only deletes, modifies or imports (img-pmqg1cw9,
//     img-gvbnzy6f: private or CVM images) and the parameter description's
//     "such as img-qsdf3ff2" are not in the catalog.
//   - The DescribeInstances example's SrcImage of a public image (img-test,
//     "centos_test" from ap-shanghai) is test data: public images answer an
//     empty SrcImage (empty strings, RegionID 0). ImageCreateTime is "" for
//     public images, as both public examples write it.

// ComputeCatalog is the instance types, configuration and images the sandbox serves.
type ComputeCatalog struct {
	InstanceTypes []CatalogInstanceType `json:"instance_types"`
	Config        CatalogConfig         `json:"config"`
	Images        []CatalogImage        `json:"images"`
}

// CatalogInstanceType is one instance type (InstanceTypeConfig, L32215).
type CatalogInstanceType struct {
	InstanceType           string  `json:"instance_type"` // SN3ne.2XLARGE16
	InstanceFamily         string  `json:"instance_family"`
	InstanceFamilyName     string  `json:"instance_family_name"`
	InstanceFamilyType     string  `json:"instance_family_type"`
	InstanceFamilyTypeName string  `json:"instance_family_type_name"`
	Vcpu                   int     `json:"vcpu"`
	Memory                 int     `json:"memory"` // GB
	Frequency              string  `json:"frequency"`
	CpuModelName           string  `json:"cpu_model_name"`
	ExtInfo                string  `json:"ext_info,omitempty"`
	Vgpu                   float64 `json:"vgpu,omitempty"`
	GpuModelName           string  `json:"gpu_model_name,omitempty"`
}

// CatalogConfig is DescribeConfig's answer.
type CatalogConfig struct {
	NetworkStorageRange         NetworkStorageRange          `json:"network_storage_range"`
	ImageWhiteSet               []string                     `json:"image_white_set"`
	InstanceNetworkLimitConfigs []InstanceNetworkLimitConfig `json:"instance_network_limit_configs"`
	MaxImageSize                int                          `json:"max_image_size"` // ImageLimits.MaxImageSize, GB
	DefaultIPDirect             bool                         `json:"default_ip_direct"`
}

// NetworkStorageRange is the structure of the same name (L32886), as the API
// writes it (also in the catalog's JSON).
type NetworkStorageRange struct {
	MaxBandwidth          int `json:"MaxBandwidth"`
	MaxSystemDiskSize     int `json:"MaxSystemDiskSize"`
	MinBandwidth          int `json:"MinBandwidth"`
	MinSystemDiskSize     int `json:"MinSystemDiskSize"`
	MaxDataDiskSize       int `json:"MaxDataDiskSize"`
	MinDataDiskSize       int `json:"MinDataDiskSize"`
	SuggestBandwidth      int `json:"SuggestBandwidth"`
	SuggestDataDiskSize   int `json:"SuggestDataDiskSize"`
	SuggestSystemDiskSize int `json:"SuggestSystemDiskSize"`
	MaxVcpu               int `json:"MaxVcpu"`
	MinVcpu               int `json:"MinVcpu"`
	MaxVcpuPerReq         int `json:"MaxVcpuPerReq"`
	PerBandwidth          int `json:"PerBandwidth"`
	PerDataDisk           int `json:"PerDataDisk"`
	MaxModuleNum          int `json:"MaxModuleNum"`
}

// InstanceNetworkLimitConfig is the structure of the same name (L32156).
type InstanceNetworkLimitConfig struct {
	CpuNum                     int `json:"CpuNum"`
	NetworkInterfaceLimit      int `json:"NetworkInterfaceLimit"`
	InnerIpPerNetworkInterface int `json:"InnerIpPerNetworkInterface"`
	PublicIpPerInstance        int `json:"PublicIpPerInstance"`
}

// Image types (the image-type filter's values).
const (
	PublicImage  = "PUBLIC_IMAGE"
	PrivateImage = "PRIVATE_IMAGE"
)

// CatalogImage is one image (Image, L31848). A catalog may hold private
// images too (the account's, e.g. to replay DescribeImage's example); images
// made by calls (CreateImage, image_ops.go) are state.
type CatalogImage struct {
	ImageID            string           `json:"image_id"`
	ImageName          string           `json:"image_name"`
	ImageState         string           `json:"image_state,omitempty"` // default NORMAL
	ImageType          string           `json:"image_type"`            // PUBLIC_IMAGE or PRIVATE_IMAGE
	ImageOsName        string           `json:"image_os_name"`
	ImageDescription   string           `json:"image_description,omitempty"`
	ImageCreateTime    string           `json:"image_create_time,omitempty"`
	Architecture       string           `json:"architecture"` // x86_64, i386
	OsType             string           `json:"os_type"`      // linux, windows
	OsVersion          string           `json:"os_version,omitempty"`
	Platform           string           `json:"platform,omitempty"`
	ImageOwner         int64            `json:"image_owner,omitempty"`
	ImageSize          int              `json:"image_size"` // GB
	ImageSource        string           `json:"image_source,omitempty"`
	IsSupportCloudInit bool             `json:"is_support_cloud_init,omitempty"`
	SrcImage           *CatalogSrcImage `json:"src_image,omitempty"`
	// InstanceTypes the image supports (the instance-type filter); empty: every type of the catalog.
	InstanceTypes []string `json:"instance_types,omitempty"`
}

// CatalogSrcImage is SrcImage (L33715), as the API writes it.
type CatalogSrcImage struct {
	ImageId          string `json:"ImageId"`
	ImageName        string `json:"ImageName"`
	ImageOsName      string `json:"ImageOsName"`
	ImageDescription string `json:"ImageDescription"`
	Region           string `json:"Region"`
	RegionID         int    `json:"RegionID"`
	RegionName       string `json:"RegionName"`
	InstanceName     string `json:"InstanceName"`
	InstanceId       string `json:"InstanceId"`
	ImageType        string `json:"ImageType"`
}

// DefaultComputeCatalog is the compute catalog the sandbox starts with.
func DefaultComputeCatalog() ComputeCatalog {
	sn3ne := func(size string, vcpu, mem int) CatalogInstanceType {
		return CatalogInstanceType{
			InstanceType: "SN3ne." + size, InstanceFamily: "SN3ne", InstanceFamilyName: "Standard Network Optimized",
			InstanceFamilyType: "S", InstanceFamilyTypeName: "Standard", Vcpu: vcpu, Memory: mem,
			Frequency: "2.5 GHz", CpuModelName: "Intel Xeon Skylake 6133",
		}
	}
	public := func(id, name, arch, osType, platform, version string) CatalogImage {
		return CatalogImage{ImageID: id, ImageName: name, ImageState: "NORMAL", ImageType: PublicImage,
			ImageOsName: name, ImageDescription: name, Architecture: arch, OsType: osType, Platform: platform,
			OsVersion: version, ImageSize: 50, ImageSource: "OFFICIAL"}
	}
	netLimit := func(cpu, enis, ips, eips int) InstanceNetworkLimitConfig {
		return InstanceNetworkLimitConfig{cpu, enis, ips, eips}
	}
	return ComputeCatalog{
		InstanceTypes: []CatalogInstanceType{
			sn3ne("2XLARGE16", 8, 16), sn3ne("2XLARGE32", 8, 32), sn3ne("2XLARGE64", 8, 64),
			sn3ne("4XLARGE32", 16, 32), sn3ne("4XLARGE64", 16, 64),
			sn3ne("6XLARGE48", 24, 48), sn3ne("6XLARGE64", 24, 64),
			sn3ne("8XLARGE64", 32, 64),
			sn3ne("LARGE16", 4, 16), sn3ne("LARGE32", 4, 32), sn3ne("LARGE8", 4, 8),
			sn3ne("MEDIUM16", 2, 16), sn3ne("MEDIUM4", 2, 4), sn3ne("MEDIUM8", 2, 8),
			sn3ne("SMALL2", 1, 2), sn3ne("SMALL4", 1, 4), sn3ne("SMALL8", 1, 8),
		},
		Config: CatalogConfig{
			NetworkStorageRange: NetworkStorageRange{
				PerBandwidth: 1, MaxDataDiskSize: 1024, SuggestSystemDiskSize: 50, MinDataDiskSize: 50,
				MaxVcpuPerReq: 100, SuggestBandwidth: 25, MaxModuleNum: 1000, PerDataDisk: 10,
				MinSystemDiskSize: 0, SuggestDataDiskSize: 1024, MaxVcpu: 100, MinBandwidth: 25,
				MaxSystemDiskSize: 100, MinVcpu: 1, MaxBandwidth: 1000,
			},
			InstanceNetworkLimitConfigs: []InstanceNetworkLimitConfig{
				netLimit(1, 2, 2, 1), netLimit(2, 2, 10, 1), netLimit(4, 3, 10, 3), netLimit(8, 4, 10, 3),
				netLimit(16, 6, 10, 4), netLimit(24, 6, 10, 4), netLimit(32, 8, 20, 4), netLimit(48, 8, 20, 4),
				netLimit(64, 8, 20, 4), netLimit(96, 8, 20, 4), netLimit(128, 8, 20, 4), netLimit(256, 8, 20, 4),
			},
			DefaultIPDirect: true,
			MaxImageSize:    0,
			ImageWhiteSet: []string{
				"CentOS 6.2 64", "CentOS 6.3 64", "CentOS 6.8 64", "CentOS 6.9 32", "CentOS 6.9 64",
				"CentOS 7.2 64", "CentOS 7.3 64", "CentOS 7.4 64", "CentOS 7.5 64", "CentOS 7.6 64",
				"Debian 7.4 64", "Debian 8.2 32", "Debian 8.2 64", "Debian 9.0 64",
				"Tencent Linux Release 1.2 (tkernel2)", "Tencent Linux Release 2.2 (Final)", "Tencent Linux release 2.4 (Final)",
				"Ubuntu Server 14.04.1 LTS 32", "Ubuntu Server 14.04.1 LTS 64", "Ubuntu Server 16.04.1 LTS 32",
				"Ubuntu Server 16.04.1 LTS 64", "Ubuntu Server 18.04.1 LTS 64", "Ubuntu 16.0 64",
				"Windows Server 2012 R2", "Windows Server 2012 Datacenter 64-bit English",
				"Windows Server 2016 Datacenter 64-bit English", "Windows Server 2016 Datacenter 64-bit Chinese",
				"None 2.2 64", "CentOS 8.0 64", "CentOS 7.7 64", "Windows Server 2019", "Debian 10.2 64",
				"Tencent tlinux release 2.2", "Ubuntu Server 20.04", "Tencent Linux release 2.6",
			},
		},
		Images: []CatalogImage{
			public("img-9qabwvbn", "CentOS 7.6 64-bit", "x86_64", "linux", "CentOS", "7.6.0"),
			public("img-oikl1tzv", "CentOS 7.5 64-bit", "x86_64", "linux", "CentOS", "7.5.0"),
			public("img-1tyt4apn", "CentOS 7.4 Bare Metal 64-bit", "x86_64", "linux", "CentOS", "7.4.0"),
			public("img-060ov1xz", "CentOS 6.9 32-bit", "i386", "linux", "CentOS", "6.9.0"),
			public("img-q9fy0if9", "Ubuntu Server 18.04.1 LTS 64-bit", "x86_64", "linux", "Ubuntu", "18.04.1"),
			public("img-oy9q2bql", "Debian 9.0 64-bit", "x86_64", "linux", "Debian", "9.0"),
			public("img-w2019dc0", "Windows Server 2019 Datacenter 64-bit", "x86_64", "windows", "Windows", "2019"),
		},
	}
}

// ParseComputeCatalog reads a compute catalog written as JSON (the shape of
// ComputeCatalog) and validates it.
func ParseComputeCatalog(data []byte) (ComputeCatalog, error) {
	var c ComputeCatalog
	if err := json.Unmarshal(data, &c); err != nil {
		return ComputeCatalog{}, fmt.Errorf("ecm compute catalog: %w", err)
	}
	return c, c.Validate()
}

var (
	instanceTypeName = regexp.MustCompile(`^[A-Za-z0-9]+\.[A-Za-z0-9]+$`)
	imageIDShape     = regexp.MustCompile(`^img-[a-z0-9]+$`)
)

// Validate checks that instance types and images are unique and well formed
// (image IDs as the sandbox checks them: img- and lowercase letters and
// digits), that images name known instance types, and that the
// configuration's ranges are ordered.
func (c ComputeCatalog) Validate() error {
	if len(c.InstanceTypes) == 0 {
		return fmt.Errorf("ecm compute catalog: no instance types")
	}
	types := map[string]bool{}
	for _, t := range c.InstanceTypes {
		if !instanceTypeName.MatchString(t.InstanceType) || types[t.InstanceType] {
			return fmt.Errorf("ecm compute catalog: instance type %q is malformed (Family.SIZE) or repeated", t.InstanceType)
		}
		types[t.InstanceType] = true
		if t.Vcpu <= 0 || t.Memory <= 0 || t.Vgpu < 0 {
			return fmt.Errorf("ecm compute catalog: instance type %s: vcpu and memory must be positive", t.InstanceType)
		}
		if t.InstanceFamily == "" {
			return fmt.Errorf("ecm compute catalog: instance type %s has no family", t.InstanceType)
		}
	}
	r := c.Config.NetworkStorageRange
	for _, p := range []struct {
		name     string
		min, max int
	}{{"bandwidth", r.MinBandwidth, r.MaxBandwidth}, {"system disk", r.MinSystemDiskSize, r.MaxSystemDiskSize},
		{"data disk", r.MinDataDiskSize, r.MaxDataDiskSize}, {"vcpu", r.MinVcpu, r.MaxVcpu}} {
		if p.min < 0 || p.min > p.max {
			return fmt.Errorf("ecm compute catalog: %s range %d..%d is not ordered", p.name, p.min, p.max)
		}
	}
	lastCPU := 0
	for _, l := range c.Config.InstanceNetworkLimitConfigs {
		if l.CpuNum <= lastCPU {
			return fmt.Errorf("ecm compute catalog: instance network limits must be in increasing CpuNum order (%d after %d)", l.CpuNum, lastCPU)
		}
		lastCPU = l.CpuNum
	}
	ids := map[string]bool{}
	for _, im := range c.Images {
		if !imageIDShape.MatchString(im.ImageID) || ids[im.ImageID] {
			return fmt.Errorf("ecm compute catalog: image ID %q is malformed (img-, lowercase letters and digits) or repeated", im.ImageID)
		}
		ids[im.ImageID] = true
		if im.ImageType != PublicImage && im.ImageType != PrivateImage {
			return fmt.Errorf("ecm compute catalog: image %s: type %q is neither %s nor %s", im.ImageID, im.ImageType, PublicImage, PrivateImage)
		}
		if im.ImageName == "" {
			return fmt.Errorf("ecm compute catalog: image %s has no name", im.ImageID)
		}
		if im.ImageSize < 0 {
			return fmt.Errorf("ecm compute catalog: image %s: negative size", im.ImageID)
		}
		for _, t := range im.InstanceTypes {
			if !types[t] {
				return fmt.Errorf("ecm compute catalog: image %s supports %q, which is no instance type of the catalog", im.ImageID, t)
			}
		}
	}
	return nil
}

// computeIndex finds instance types and images by name.
type computeIndex struct {
	catalog ComputeCatalog
	types   map[string]*CatalogInstanceType
	images  map[string]*CatalogImage
	order   map[string]int64 // image ID -> catalog position (DescribeImage's order)
	// supports[imageID][type]: nil map for an image supporting every type.
	supports map[string]map[string]bool
}

func newComputeIndex(c ComputeCatalog) *computeIndex {
	x := &computeIndex{catalog: c, types: map[string]*CatalogInstanceType{}, images: map[string]*CatalogImage{}, order: map[string]int64{}, supports: map[string]map[string]bool{}}
	for i := range c.InstanceTypes {
		x.types[c.InstanceTypes[i].InstanceType] = &c.InstanceTypes[i]
	}
	for i := range c.Images {
		im := &c.Images[i]
		x.images[im.ImageID] = im
		x.order[im.ImageID] = int64(i)
		if len(im.InstanceTypes) > 0 {
			set := map[string]bool{}
			for _, t := range im.InstanceTypes {
				set[t] = true
			}
			x.supports[im.ImageID] = set
		}
	}
	return x
}

// imageSupports reports whether the image can run on the instance type.
func (x *computeIndex) imageSupports(imageID, instanceType string) bool {
	if _, ok := x.types[instanceType]; !ok {
		return false
	}
	set, restricted := x.supports[imageID]
	return !restricted || set[instanceType]
}

// SetComputeCatalog replaces the instance types, configuration and images
// the sandbox serves. Like SetCatalog it is the host's to call (options, CLI)
// before serving; it survives Reset.
func (p *Product) SetComputeCatalog(c ComputeCatalog) error {
	if err := c.Validate(); err != nil {
		return err
	}
	p.state.compute = newComputeIndex(cloneComputeCatalog(c))
	return nil
}

// ComputeCatalog returns the compute catalog in use (a copy).
func (p *Product) ComputeCatalog() ComputeCatalog {
	return cloneComputeCatalog(p.state.compute.catalog)
}

// cloneComputeCatalog copies the slices, so that the caller's later edits
// do not reach the catalog served.
func cloneComputeCatalog(c ComputeCatalog) ComputeCatalog {
	out := c
	out.InstanceTypes = append([]CatalogInstanceType(nil), c.InstanceTypes...)
	out.Config.ImageWhiteSet = append([]string(nil), c.Config.ImageWhiteSet...)
	out.Config.InstanceNetworkLimitConfigs = append([]InstanceNetworkLimitConfig(nil), c.Config.InstanceNetworkLimitConfigs...)
	out.Images = make([]CatalogImage, len(c.Images))
	for i, im := range c.Images {
		im.InstanceTypes = append([]string(nil), im.InstanceTypes...)
		if im.SrcImage != nil {
			src := *im.SrcImage
			im.SrcImage = &src
		}
		out.Images[i] = im
	}
	return out
}
