package ecm_test

// Instance Input/Output examples copied from seed 003, as in
// seed_examples_test.go. Outputs are the examples' JSON, compacted
// (whitespace, page footers and links removed).

// RunInstances, Example1: input L9097-L9112, output L9117-L9126.
const (
	seedRunInstancesIn  = `ZoneInstanceCountISPSet.0.Zone=ap-zhengzhou-1&ZoneInstanceCountISPSet.0.InstanceCount=2&ZoneInstanceCountISPSet.0.ISP=CMCC&ZoneInstanceCountISPSet.1.Zone=ap-qingdao-1&ZoneInstanceCountISPSet.1.InstanceCount=1&ZoneInstanceCountISPSet.1.ISP=CUCC&InternetMaxBandwidthOut=50&ImageId=img-q9fy0if9&HostName=oldhen_4986&ModuleId=em-0vag13d1&InstanceName=Live on-screen commenting&EnhancedService.SecurityService.Enabled=false&EnhancedService.MonitorService.Enabled=false&InstanceChargeType=0`
	seedRunInstancesOut = `{"Response":{"RequestId":"d40cdb72-7bc0-4b48-b3aa-25e8401f6999","InstanceIdSet":["ein-197252sp","ein-19725win","ein-19623ash"]}}`
)

// TerminateInstances, Example1: input L7938-L7950, output L7952-L7956.
const (
	seedTerminateInstancesIn  = `TerminateDelay=true&InstanceIdSet.0=ein-197252sp&InstanceIdSet.1=ein-187232ag&TerminateTime=2019-08-01 18:32:56`
	seedTerminateInstancesOut = `{"Response":{"RequestId":"df348fj3-03g7-4ss0-y7sj-78e2322a3242"}}`
)

// DescribeInstances, Example1 (no parameters): input L10541-L10546, output L10547-L11498.
const seedDescribeInstancesOut = `{"Response":{"RequestId":"","InstanceSet":[{"DataDiskSize":0,"RestrictState":"NORMAL","InstanceId":"ein-bb0ab3pc","ISP":"CTCC","SecurityGroupIds":[],"SystemDisk":{"DiskType":"LOCAL_BASIC","DiskId":"ldisk-91p8tj1p","DiskSize":50},"ExpireTime":"2020-09-27 16:13:51","TagSet":null,"SimpleModule":{"ModuleId":"em-5wrpefy1","ModuleName":"jiaxuan"},"DataDisks":null,"LatestOperationState":"SUCCESS","UUID":"3c3e605a-33a0-41ca-9251-5f115a531c3e","SystemDiskSize":50,"InstanceTypeConfig":{"Frequency":"2.5 GHz","InstanceType":"SN3ne.2XLARGE16","Vcpu":8,"InstanceFamilyConfig":{"InstanceFamilyName":"Standard SN3ne","InstanceFamily":"SN3ne"},"InstanceFamilyTypeConfig":{"InstanceFamilyTypeName":"Standard","InstanceFamilyType":"S"},"CpuModelName":"Intel Xeon Skylake 6133","Memory":16,"ExtInfo":""},"RenewFlag":0,"VirtualPrivateCloud":{"PrivateIpAddresses":["10.11.12.6"],"VpcId":"vpc-95ytv1vr","AsVpcGateway":false,"SubnetId":"subnet-fua8fff8","Ipv6AddressCount":0},"IsolatedTime":"2020-09-27 16:13:51","InstanceName":"jiaxuan binhai_do not delete 2","Position":{"ZoneInfo":{"ZoneId":12000001,"Zone":"ap-bhmini-ecm-1","ZoneName":"Tencent Binhai Zone"},"Country":{"CountryName":"China","CountryId":"china"},"Area":{"AreaName":"South China","AreaId":"china-south"},"Province":{"ProvinceId":"china-south-guangdong","ProvinceName":"Guangdong"},"City":{"CityName":"Shenzhen","CityId":"china-south-guangdong-shenzhen"},"RegionInfo":{"RegionId":0,"Region":"ap-bhmini-ecm","RegionName":"Tencent Binhai Zone"}},"CreateTime":"2020-09-27 16:13:51","Image":{"SrcImage":{"InstanceName":"","InstanceId":"","ImageOsName":"centos_test","ImageId":"img-test","ImageName":"centos","RegionID":20,"RegionName":"Shanghai","ImageType":"","ImageDescription":"info_test","Region":"ap-shanghai"},"ImageOsName":"CentOS 7.6 64-bit","ImageId":"img-9qabwvbn","Platform":"CentOS","ImageName":"CentOS 7.6 64-bit","ImageCreateTime":"","ImageOwner":0,"ImageSource":"OFFICIAL","ImageType":"PUBLIC_IMAGE","OsType":"linux","OsVersion":"7.6.0","ImageState":"NORMAL","ImageDescription":"CentOS 7.6 64-bit","Architecture":"x86_64","ImageSize":50},"InstanceState":"RUNNING","Internet":{"InstanceNetworkInfoSet":[{"Primary":true,"NetworkInterfaceId":"eni-m5gnw3tv","NetworkInterfaceName":"ein-bb0ab3pc Primary ENI","AddressInfoSet":[{"PublicIPAddressInfo":{"PublicIPAddress":"118.126.126.23","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":25,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0},"PrivateIPAddressInfo":{"PrivateIPAddress":"10.11.12.6"}}]}],"PrivateIPAddressSet":[{"PrivateIPAddress":"10.11.12.6"}],"PublicIPAddressSet":[{"PublicIPAddress":"118.126.126.23","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":25,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0}]},"NewFlag":0,"ExpireState":"NORMAL","PayMode":0,"LatestOperation":"ResetInstancesPassword"},{"DataDiskSize":0,"RestrictState":"NORMAL","InstanceId":"ein-b6kee4dg","ISP":"CTCC","SecurityGroupIds":[],"SystemDisk":{"DiskType":"LOCAL_BASIC","DiskId":"ldisk-9tvkpn8p","DiskSize":50},"ExpireTime":"2020-09-27 16:12:24","TagSet":null,"SimpleModule":{"ModuleId":"em-xgi6r1hk","ModuleName":"Video V8-cedricliu"},"DataDisks":null,"LatestOperationState":"SUCCESS","UUID":"edf97143-b1e3-43d9-b34b-cfcf3fba1820","SystemDiskSize":50,"InstanceTypeConfig":{"Frequency":"2.5 GHz","InstanceType":"SN3ne.4XLARGE32","Vcpu":16,"InstanceFamilyConfig":{"InstanceFamilyName":"Standard SN3ne","InstanceFamily":"SN3ne"},"InstanceFamilyTypeConfig":{"InstanceFamilyTypeName":"Standard","InstanceFamilyType":"S"},"CpuModelName":"Intel Xeon Skylake 6133","Memory":32,"ExtInfo":""},"RenewFlag":0,"VirtualPrivateCloud":{"PrivateIpAddresses":["10.11.12.17"],"VpcId":"vpc-95ytv1vr","AsVpcGateway":false,"SubnetId":"subnet-fua8fff8","Ipv6AddressCount":0},"IsolatedTime":"2020-09-27 16:12:24","InstanceName":"jiaxuan binhai server_do not delete 2","Position":{"ZoneInfo":{"ZoneId":12000001,"Zone":"ap-bhmini-ecm-1","ZoneName":"Tencent Binhai Zone"},"Country":{"CountryName":"China","CountryId":"china"},"Area":{"AreaName":"South China","AreaId":"china-south"},"Province":{"ProvinceId":"china-south-guangdong","ProvinceName":"Guangdong"},"City":{"CityName":"Shenzhen","CityId":"china-south-guangdong-shenzhen"},"RegionInfo":{"RegionId":0,"Region":"ap-bhmini-ecm","RegionName":"Tencent Binhai Zone"}},"CreateTime":"2020-09-27 16:12:24","Image":{"SrcImage":{"InstanceName":"","InstanceId":"","ImageOsName":"centos_test","ImageId":"img-test","ImageName":"centos","RegionID":20,"RegionName":"Shanghai","ImageType":"","ImageDescription":"info_test","Region":"ap-shanghai"},"ImageOsName":"CentOS 7.6 64-bit","ImageId":"img-9qabwvbn","Platform":"CentOS","ImageName":"CentOS 7.6 64-bit","ImageCreateTime":"","ImageOwner":0,"ImageSource":"OFFICIAL","ImageType":"PUBLIC_IMAGE","OsType":"linux","OsVersion":"7.6.0","ImageState":"NORMAL","ImageDescription":"CentOS 7.6 64-bit","Architecture":"x86_64","ImageSize":50},"InstanceState":"RUNNING","Internet":{"InstanceNetworkInfoSet":[{"Primary":true,"NetworkInterfaceId":"eni-mhym6o89","NetworkInterfaceName":"ein-b6kee4dg Primary ENI","AddressInfoSet":[{"PublicIPAddressInfo":{"PublicIPAddress":"118.126.126.27","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":105,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0},"PrivateIPAddressInfo":{"PrivateIPAddress":"10.11.12.17"}}]}],"PrivateIPAddressSet":[{"PrivateIPAddress":"10.11.12.17"}],"PublicIPAddressSet":[{"PublicIPAddress":"118.126.126.27","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":105,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0}]},"NewFlag":0,"ExpireState":"NORMAL","PayMode":0,"LatestOperation":"ResetInstancesPassword"},{"DataDiskSize":0,"RestrictState":"NORMAL","InstanceId":"ein-5uhtyyps","ISP":"CTCC","SecurityGroupIds":[],"SystemDisk":{"DiskType":"LOCAL_BASIC","DiskId":"ldisk-0fqlcnj7","DiskSize":50},"ExpireTime":"2020-09-27 16:12:24","TagSet":null,"SimpleModule":{"ModuleId":"em-xgi6r1hk","ModuleName":"Video V8-cedricliu"},"DataDisks":null,"LatestOperationState":"SUCCESS","UUID":"e85e02fb-8efd-4728-a3d7-10cf913ed4e5","SystemDiskSize":50,"InstanceTypeConfig":{"Frequency":"2.5 GHz","InstanceType":"SN3ne.4XLARGE32","Vcpu":16,"InstanceFamilyConfig":{"InstanceFamilyName":"Standard SN3ne","InstanceFamily":"SN3ne"},"InstanceFamilyTypeConfig":{"InstanceFamilyTypeName":"Standard","InstanceFamilyType":"S"},"CpuModelName":"Intel Xeon Skylake 6133","Memory":32,"ExtInfo":""},"RenewFlag":0,"VirtualPrivateCloud":{"PrivateIpAddresses":["10.11.12.4"],"VpcId":"vpc-95ytv1vr","AsVpcGateway":false,"SubnetId":"subnet-fua8fff8","Ipv6AddressCount":0},"IsolatedTime":"2020-09-27 16:12:24","InstanceName":"jiaxuan binhai server_do not delete 1","Position":{"ZoneInfo":{"ZoneId":12000001,"Zone":"ap-bhmini-ecm-1","ZoneName":"Tencent Binhai Zone"},"Country":{"CountryName":"China","CountryId":"china"},"Area":{"AreaName":"South China","AreaId":"china-south"},"Province":{"ProvinceId":"china-south-guangdong","ProvinceName":"Guangdong"},"City":{"CityName":"Shenzhen","CityId":"china-south-guangdong-shenzhen"},"RegionInfo":{"RegionId":0,"Region":"ap-bhmini-ecm","RegionName":"Tencent Binhai Zone"}},"CreateTime":"2020-09-27 16:12:24","Image":{"SrcImage":{"InstanceName":"","InstanceId":"","ImageOsName":"centos_test","ImageId":"img-test","ImageName":"centos","RegionID":20,"RegionName":"Shanghai","ImageType":"","ImageDescription":"info_test","Region":"ap-shanghai"},"ImageOsName":"CentOS 7.6 64-bit","ImageId":"img-9qabwvbn","Platform":"CentOS","ImageName":"CentOS 7.6 64-bit","ImageCreateTime":"","ImageOwner":0,"ImageSource":"OFFICIAL","ImageType":"PUBLIC_IMAGE","OsType":"linux","OsVersion":"7.6.0","ImageState":"NORMAL","ImageDescription":"CentOS 7.6 64-bit","Architecture":"x86_64","ImageSize":50},"InstanceState":"RUNNING","Internet":{"InstanceNetworkInfoSet":[{"Primary":true,"NetworkInterfaceId":"eni-i7nvrvbj","NetworkInterfaceName":"ein-5uhtyyps Primary ENI","AddressInfoSet":[{"PublicIPAddressInfo":{"PublicIPAddress":"118.126.126.39","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":105,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0},"PrivateIPAddressInfo":{"PrivateIPAddress":"10.11.12.4"}}]}],"PrivateIPAddressSet":[{"PrivateIPAddress":"10.11.12.4"}],"PublicIPAddressSet":[{"PublicIPAddress":"118.126.126.39","ISP":{"ISPName":"China Telecom","ISPId":"CTCC"},"MaxBandwidthOut":105,"ChargeMode":"BANDWIDTH_PACKAGE","MaxBandwidthIn":0}]},"NewFlag":0,"ExpireState":"NORMAL","PayMode":0,"LatestOperation":"ResetInstancesPassword"}],"TotalCount":3}}`

// StartInstances, Example1: input L9592-L9597, output L9599-L9604.
const (
	seedStartInstancesIn  = `InstanceIdSet.0=ein-496205jl&InstanceIdSet.1=ein-495103ka`
	seedStartInstancesOut = `{"Response":{"RequestId":"gb348fj3-03g7-4ss0-a6lr-78e2322a6594"}}`
)

// StopInstances, Example1 (L9337-L9493).
const (
	seedStopInstancesIn  = `InstanceIdSet.0=ein-496721al&InstanceIdSet.1=ein-438242bp&ForceStop=false&StopType=SOFT_FIRST`
	seedStopInstancesOut = `{"Response":{"RequestId":"d40cdb72-7bc0-4b48-b3aa-25e8401f6999"}}`
)

// RebootInstances, Example1 (L8346-L8507).
const (
	seedRebootInstancesIn  = `InstanceIdSet.0=ein-496721al&InstanceIdSet.1=ein-438242bp`
	seedRebootInstancesOut = `{"Response":{"RequestId":"d40cdb72-7bc0-4b48-b3aa-djl3424-a6482"}}`
)

// ModifyInstancesAttribute, Example1 (L8508-L8660).
const (
	seedModifyInstancesAttributeIn  = `InstanceIdSet.0=ein-353568gt&InstanceName=zhibodanmu`
	seedModifyInstancesAttributeOut = `{"Response":{"RequestId":"0f092f2e-0ea2-4c20-9f22-ef4b629c99fa"}}`
)

// ResetInstancesMaxBandwidth, Example1 (L8018-L8163).
const (
	seedResetInstancesMaxBandwidthIn  = `InstanceIdSet.0=ein-592937kl&InstanceIdSet.1=ein-958392ko&MaxBandwidthOut=50`
	seedResetInstancesMaxBandwidthOut = `{"Response":{"RequestId":"oe333tw8-03g7-4ss0-y7sj-76a0921a2390"}}`
)

// ResetInstancesPassword, Example1 (L9634-L9807).
const (
	seedResetInstancesPasswordIn  = `InstanceIdSet.0=ein-356531dd&InstanceIdSet.1=ein-583021kl&ForceStop=false&UserName=root&Password=cptbtptpA@1095`
	seedResetInstancesPasswordOut = `{"Response":{"RequestId":"2b719fb1-2f5f-4a2c-bd52-a80b7ca7984c"}}`
)

// ResetInstances, Example1 (L8164-L8345); the input's line of
// EnhancedService is a link (dropped).
const (
	seedResetInstancesIn  = `InstanceIdSet.0=ein-492054ga&InstanceIdSet.1=ein-482972ao&ImageId=img-q9fy0if9&Password=hpjtfgnb3nwa`
	seedResetInstancesOut = `{"Response":{"RequestId":"s46ofg79-6hm8-4b48-b3aa-djl3424-6jgfh"}}`
)

// DisassociateInstancesKeyPairs, Example1 (JSON; L28540-L28708), as a query.
const (
	seedDisassociateInstancesKeyPairsIn  = `InstanceIds.0=ein-ss23fw23&KeyIds.0=skey-3cvmq2vn`
	seedDisassociateInstancesKeyPairsOut = `{"Response":{"RequestId":"d40cdb72-7bc0-4b48-b3aa-25e8401f6999"}}`
)
