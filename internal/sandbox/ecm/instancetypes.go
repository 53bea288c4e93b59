package ecm

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// DescribeInstanceTypeConfig (L29553-L30229): every instance type of the
// compute catalog, in catalog order. No input (any parameter is
// UnknownParameter), not paged.

type describeInstanceTypeConfigRequest struct{}

// instanceTypeConfig is InstanceTypeConfig (L32215).
type instanceTypeConfig struct {
	InstanceFamilyConfig     instanceFamilyConfig     `json:"InstanceFamilyConfig"`
	InstanceType             string                   `json:"InstanceType"`
	Vcpu                     int                      `json:"Vcpu"`
	Memory                   int                      `json:"Memory"`
	Frequency                string                   `json:"Frequency"`
	CpuModelName             string                   `json:"CpuModelName"`
	InstanceFamilyTypeConfig instanceFamilyTypeConfig `json:"InstanceFamilyTypeConfig"`
	ExtInfo                  string                   `json:"ExtInfo"`
	Vgpu                     float64                  `json:"Vgpu"`
	GpuModelName             string                   `json:"GpuModelName"`
}

type instanceFamilyConfig struct {
	InstanceFamilyName string `json:"InstanceFamilyName"`
	InstanceFamily     string `json:"InstanceFamily"`
}

type instanceFamilyTypeConfig struct {
	InstanceFamilyType     string `json:"InstanceFamilyType"`
	InstanceFamilyTypeName string `json:"InstanceFamilyTypeName"`
}

// instanceTypeInfo is a catalog instance type as the API writes it
// (DescribeInstances and DescribeModuleDetail will answer it too).
func instanceTypeInfo(t *CatalogInstanceType) instanceTypeConfig {
	return instanceTypeConfig{
		InstanceFamilyConfig:     instanceFamilyConfig{InstanceFamilyName: t.InstanceFamilyName, InstanceFamily: t.InstanceFamily},
		InstanceType:             t.InstanceType,
		Vcpu:                     t.Vcpu,
		Memory:                   t.Memory,
		Frequency:                t.Frequency,
		CpuModelName:             t.CpuModelName,
		InstanceFamilyTypeConfig: instanceFamilyTypeConfig{InstanceFamilyType: t.InstanceFamilyType, InstanceFamilyTypeName: t.InstanceFamilyTypeName},
		ExtInfo:                  t.ExtInfo,
		Vgpu:                     t.Vgpu,
		GpuModelName:             t.GpuModelName,
	}
}

func (e *state) describeInstanceTypeConfig(_ *tencentapi.Call, _ *describeInstanceTypeConfigRequest) (any, *tencentapi.Error) {
	types := e.compute.catalog.InstanceTypes
	set := make([]instanceTypeConfig, 0, len(types))
	for i := range types {
		set = append(set, instanceTypeInfo(&types[i]))
	}
	return struct {
		TotalCount            int                  `json:"TotalCount"`
		InstanceTypeConfigSet []instanceTypeConfig `json:"InstanceTypeConfigSet"`
	}{len(set), set}, nil
}
