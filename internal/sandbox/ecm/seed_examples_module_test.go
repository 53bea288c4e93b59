package ecm_test

// Module Input/Output examples copied from seed 003, as in
// seed_examples_test.go. Outputs are the examples' JSON, compacted
// (whitespace, page footers and links removed).

// CreateModule, Example1: input L7177-L7191, output L7195-L7205.
const (
	seedCreateModuleIn  = `ModuleName=Smart voice module&DefaultBandWidth=50&DefaultImageId=img-1tyt4apn&InstanceType=SN3ne.2XLARGE16&DefaultSystemDiskSize=50&DefaultDataDiskSize=100`
	seedCreateModuleOut = `{"Response":{"RequestId":"418150c2-ff9e-409c-a6b3-c1a59d4775e3","ModuleId":"em-r8nkc81r"}}`
)

// DescribeModuleDetail, Example1: input L5160-L5164, output L5168-L5324.
const (
	seedDescribeModuleDetailIn  = `ModuleId=em-eedttqfb`
	seedDescribeModuleDetailOut = `{"Response":{"RequestId":"187c16d5-1f53-4e88-b684-077f0c7369b2","Module":{"ModuleId":"em-eedttqfb","ModuleName":"test1","ModuleState":"NORMAL","DefaultBandwidth":106,"DefaultImage":{"ImageId":"img-oikl1tzv","ImageName":"CentOS 7.5 64-bit","ImageState":"NORMAL","ImageType":"PUBLIC_IMAGE","ImageOwner":0,"ImageOsName":"CentOS 7.5 64-bit","ImageDescription":"CentOS 7.5 64-bit","Architecture":"x86_64","OsType":"linux","Platform":"CentOS","OsVersion":"7.5.0","ImageCreateTime":"","ImageSize":50},"InstanceTypeConfig":{"InstanceFamilyConfig":{"InstanceFamilyName":"Standard Network Optimized","InstanceFamily":"SN3ne"},"InstanceFamilyTypeConfig":{"InstanceFamilyType":"S","InstanceFamilyTypeName":"Standard"},"InstanceType":"SN3ne.2XLARGE16","Vcpu":8,"Memory":16,"Frequency":"2.5 GHz","CpuModelName":"Intel Xeon Skylake 6133","ExtInfo":""},"DefaultSystemDiskSize":50,"DefaultDataDiskSize":48,"CreateTime":"2020-03-09 17:03:44"},"ModuleCounter":{"ISPCounterSet":[{"ProviderName":"CTCC","ProviderNodeNum":1,"ProvederInstanceNum":1,"ZoneInstanceInfoSet":[{"ZoneName":"Beijing Zone 3 (China Telecom)","InstanceNum":1}]},{"ProviderName":"CMCC","ProviderNodeNum":2,"ProvederInstanceNum":2,"ZoneInstanceInfoSet":[{"ZoneName":"Beijing Zone 1 (China Mobile)","InstanceNum":1},{"ZoneName":"Chengdu Zone 2 (China Mobile)","InstanceNum":1}]}],"NodeNum":3,"InstanceNum":3,"ProvinceNum":2,"CityNum":2}}}`
)

// DescribeModule, Example1: input L5479-L5486, output L5490-L6889; the
// output's first item only (its ten items share one shape, "xx" values).
const (
	seedDescribeModuleIn  = `Offset=0&Limit=10`
	seedDescribeModuleOut = `{"Response":{"TotalCount":17,"ModuleItemSet":[{"NodeInstanceNum":{"InstanceNum":3,"NodeNum":3},"Module":{"ModuleName":"xx","DefaultDataDiskSize":48,"DefaultBandwidthIn":0,"InstanceTypeConfig":{"CpuModelName":"xx","Vcpu":8,"InstanceFamilyConfig":{"InstanceFamilyName":"xx","InstanceFamily":"xx"},"InstanceFamilyTypeConfig":{"InstanceFamilyType":"xx","InstanceFamilyTypeName":"xx"},"Memory":16,"ExtInfo":"xx","Frequency":"xx","InstanceType":"xx"},"DefaultImage":{"SrcImage":{"ImageDescription":"xx","InstanceId":"xx","Region":"xx","RegionID":0,"ImageId":"xx","ImageName":"xx","RegionName":"xx","InstanceName":"xx","ImageType":"xx","ImageOsName":"xx"},"ImageCreateTime":"xx","ImageSize":50,"ImageSource":"xx","ImageDescription":"xx","ImageOwner":0,"ImageId":"xx","ImageState":"xx","Platform":"xx","ImageName":"xx","Architecture":"xx","OsType":"xx","OsVersion":"xx","ImageType":"xx","ImageOsName":"xx"},"DefaultSystemDiskSize":50,"DefaultBandwidth":106,"SecurityGroupIds":["xx"],"TagSet":[{"Value":"xx","Key":"xx"}],"CloseIpDirect":0,"ModuleState":"xx","CreateTime":"xx","ModuleId":"xx"}}],"RequestId":"xx"}}`
)

// DeleteModule, Example1: input L6997-L7001, output L7005-L7013.
const (
	seedDeleteModuleIn  = `ModuleId=em-bvr8f24q`
	seedDeleteModuleOut = `{"Response":{"RequestId":"8412fe9e-cea8-4f4e-b6d0-3357bb85a55c"}}`
)

// ModifyModuleName, Example1: input L4881-L4887, output L4891-L4899.
const (
	seedModifyModuleNameIn  = `ModuleId=em-0vag13d1&ModuleName=Video parsing module`
	seedModifyModuleNameOut = `{"Response":{"RequestId":"36c0f8c7-a1fb-4ba5-9e5d-fa3447331a5f"}}`
)

// ModifyModuleNetwork, Example1: input L4736-L4742, output L4746-L4754.
const (
	seedModifyModuleNetworkIn  = `ModuleId=em-bvr8f24q&DefaultBandwidth=50`
	seedModifyModuleNetworkOut = `{"Response":{"RequestId":"36c0f8c7-a1fb-4ba5-9e5d-fa3447331a5f"}}`
)

// ModifyModuleImage, Example1: input L5010-L5016, output L5020-L5028.
const (
	seedModifyModuleImageIn  = `ModuleId=em-bvr8f24q&DefaultImageId=img-oy9q2bql`
	seedModifyModuleImageOut = `{"Response":{"RequestId":"36c0f8c7-a1fb-4ba5-9e5d-fa3447331a5f"}}`
)

// ModifyModuleIpDirect, Example1: input L7521-L7527, output L7531-L7539.
const (
	seedModifyModuleIpDirectIn  = `ModuleId=em-0vag13d1&CloseIpDirect=true`
	seedModifyModuleIpDirectOut = `{"Response":{"RequestId":"42c0f8c7-a1fb-4ba5-9e5d-fa3447331a4g"}}`
)

// ModifyModuleSecurityGroups, Example1: input L7656-L7664, output L7668-L7676.
const (
	seedModifyModuleSecurityGroupsIn  = `SecurityGroupIdSet.0=esg-2071nxxw&SecurityGroupIdSet.1=esg-belgyqvu&ModuleId=em-06qmx7wa`
	seedModifyModuleSecurityGroupsOut = `{"Response":{"RequestId":"0f092f2e-0ea2-4c20-9f22-ef4b629c99fa"}}`
)

// ModifyModuleDisableWanIp, Example1: input L7797-L7803, output L7807-L7815.
const (
	seedModifyModuleDisableWanIpIn  = `ModuleId=em-0vag13d1&DisableWanIp=true`
	seedModifyModuleDisableWanIpOut = `{"Response":{"RequestId":"42c0f8c7-a1fb-4ba5-9e5d-fa3447331a12"}}`
)

// ModifyModuleConfig, Example1: input L7369-L7377, output L7381-L7389.
const (
	seedModifyModuleConfigIn  = `ModuleId=em-0vag13d1&InstanceType=SN3ne.2XLARGE16&DefaultDataDiskSize=100`
	seedModifyModuleConfigOut = `{"Response":{"RequestId":"36c0f8c7-a1fb-4ba5-9e5d-fa3447331a5f"}}`
)
