package ecm_test

// Input/Output examples copied from seed 003 (003_80c5b83a978578b8.txt).
// Inputs are the "Input Example" query lines joined with '&' (the common
// request parameters dropped); outputs are the "Output Example" JSON with the
// PDF's page footers and link lines removed.

// CreateVpc, Example1: input L14974-L14986, output L14988-L15040.
const (
	seedCreateVpcIn  = `VpcName=VPC name&CidrBlock=10.10.0.0/28&EcmRegion=ap-hangzhou-ecm&Description=VPC description`
	seedCreateVpcOut = `{"Response":{"RequestId":"6c7eda30-1b66-4296-857e-183f6094063f","Vpc":{"EnableDhcp":true,"VpcId":"vpc-gynsaui3","Description":"VPC description","DomainName":"","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","DhcpOptionsId":"","InstanceCount":0,"DnsServerSet":[],"EnableMulticast":false,"VpcName":"VPC name","AssistantCidrSet":null,"TagSet":null,"SubnetCount":0,"CreatedTime":"2020-08-14 10:58:26","CidrBlock":"10.10.0.0/28","IsDefault":false,"RegionName":"Hangzhou Zone 1"}}}`
)

// DescribeVpcs, Example1: input L15194-L15202, output L15204-L15262.
const (
	seedDescribeVpcsIn  = `VpcIds.0=vpc-07kqm4uj&EcmRegion=ap-hangzhou-ecm`
	seedDescribeVpcsOut = `{"Response":{"TotalCount":1,"RequestId":"d15a17b7-703b-4757-ae1a-745af315abc4","VpcSet":[{"EnableDhcp":true,"VpcId":"vpc-07kqm4uj","Description":"","DomainName":"","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","DhcpOptionsId":"","InstanceCount":2,"DnsServerSet":[],"EnableMulticast":false,"VpcName":"Default-VPC","AssistantCidrSet":[],"TagSet":null,"SubnetCount":1,"CreatedTime":"2020-06-17 12:09:46","CidrBlock":"172.16.0.0/16","IsDefault":true,"RegionName":"Hangzhou Zone 1"}]}}`
)

// ModifyVpcAttribute, Example1: input L14676-L14688 (sic: vpc-vpc-), output L14690-L14700.
const (
	seedModifyVpcAttributeIn  = `VpcName=VPC name&VpcId=vpc-vpc-q6cke2sv&EcmRegion=ap-hangzhou-ecm&Description=VPC description`
	seedModifyVpcAttributeOut = `{"Response":{"RequestId":"60329c63-0abb-4c4e-b875-c6b01c44e294"}}`
)

// DeleteVpc, Example1: input L14816-L14824, output L14826-L14836.
const (
	seedDeleteVpcIn  = `VpcId=vpc-ila64qtl&EcmRegion=ap-hangzhou-ecm`
	seedDeleteVpcOut = `{"Response":{"RequestId":"60329c63-0abb-4c4e-b875-c6b01c44e294"}}`
)

// CreateSubnet, Example1: input L15406-L15424, output L15426-L15488.
const (
	seedCreateSubnetIn  = `VpcId=vpc-ila64qtl&SubnetName=subnet_test&CidrBlock=10.0.1.0/24&Zone=ap-hangzhou-ecm-1&Tags.0.Key=city&Tags.0.Value=hangzhou&EcmRegion=ap-hangzhou-ecm`
	seedCreateSubnetOut = `{"Response":{"Subnet":{"NetworkAclId":"","RouteTableId":"","VpcId":"vpc-ila64qtl","EnableBroadcast":false,"Zone":"ap-hangzhou-ecm-1","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","SubnetName":"subnet_test","AvailableIpAddressCount":253,"IsRemoteVpcSnat":false,"SubnetId":"subnet-heaa1hzo","InstanceCount":0,"VpcCidrBlock":"10.0.0.0/16","TagSet":[{"Value":"hangzhou","Key":"city"}],"CreatedTime":"2020-08-14 10:38:40","ZoneName":"Hangzhou Zone 1","CidrBlock":"10.0.1.0/24","IsDefault":false,"VpcIpv6CidrBlock":""},"RequestId":"d0c21b3b-4c46-4ac3-a6ad-576303682731"}}`
)

// DescribeSubnets, Example1: input L15655-L15666, output L15668-L15733.
const (
	seedDescribeSubnetsIn  = `Filters.0.Name=subnet-id&Filters.0.Values.0=subnet-ae71tjp6&EcmRegion=ap-hangzhou-ecm`
	seedDescribeSubnetsOut = `{"Response":{"SubnetSet":[{"NetworkAclId":"","RouteTableId":"rtb-cahjl2qq","VpcId":"vpc-hqhu0suj","EnableBroadcast":false,"Zone":"ap-hangzhou-ecm-1","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","SubnetName":"subnet_test","AvailableIpAddressCount":253,"IsRemoteVpcSnat":false,"SubnetId":"subnet-ae71tjp6","InstanceCount":0,"VpcCidrBlock":"192.168.0.0/18","TagSet":[{"Value":"hangzhou","Key":"city"}],"CreatedTime":"2020-08-14 11:38:33","ZoneName":"Hangzhou Zone 1","CidrBlock":"192.168.1.0/24","IsDefault":false,"VpcIpv6CidrBlock":""}],"TotalCount":1,"RequestId":"6e863039-2a22-4a98-8577-93823b250674"}}`
)

// ModifySubnetAttribute, Example1: input L15861-L15871, output L15873-L15882.
const (
	seedModifySubnetAttributeIn  = `SubnetId=subnet-ae71tjp6&SubnetName=subnet_test_modify&EcmRegion=ap-hangzhou-ecm`
	seedModifySubnetAttributeOut = `{"Response":{"RequestId":"0b5123d6-3420-4369-8c2f-414706d40684"}}`
)

// DeleteSubnet, Example1: input L16006-L16014, output L16016-L16024.
const (
	seedDeleteSubnetIn  = `SubnetId=subnet-jxa0xg1o&EcmRegion=ap-hangzhou-ecm`
	seedDeleteSubnetOut = `{"Response":{"RequestId":"9506a1e5-33de-406b-945c-1bbd3b7a8f8b"}}`
)

// AllocateAddresses, Example1: input L25397-L25408, output L25410-L25422.
const (
	seedAllocateAddressesIn  = `AddressCount=1&InternetServiceProvider=CTCC&EcmRegion=ap-hangzhou-ecm`
	seedAllocateAddressesOut = `{"Response":{"AddressSet":["eip-11112222"],"TaskId":"123","RequestId":"6EF60BEC-0242-43AF-BB20-270359FB54A7"}}`
)

// DescribeAddresses, Example1: input L24800-L24809, output L24811-L24845.
const (
	seedDescribeAddressesIn  = `AddressIds.0=eip-11221122&EcmRegion=ap-hangzhou-ecm`
	seedDescribeAddressesOut = `{"Response":{"TotalCount":1,"AddressSet":[{"AddressId":"eip-11221122","AddressName":"test","AddressIp":"123.121.34.33","AddressStatus":"BINDED","InstanceId":"ins-11221122","NetworkInterfaceId":null,"PrivateAddressIp":null,"IsArrears":false,"IsBlocked":false,"CreatedTime":"2020-01-12T07:52:00Z"}],"RequestId":"3c140219-cfe9-470e-b241-907877d6fb03"}}`
)

// ModifyAddressAttribute, Example1: input L24268-L24278, output L24280-L24290;
// Example2: input L24294-L24304, output L24306-L24316.
const (
	seedModifyAddressAttributeIn   = `AddressId=eip-11112222&AddressName=test_eip&EcmRegion=ap-hangzhou-ecm`
	seedModifyAddressAttributeOut  = `{"Response":{"RequestId":"6EF60BEC-0242-43AF-BB20-270359FB54A7"}}`
	seedModifyAddressAttribute2In  = `AddressId=eip-11112222&EipDirectConnection=FALSE&EcmRegion=ap-hangzhou-ecm`
	seedModifyAddressAttribute2Out = `{"Response":{"RequestId":"ABCD0BEC-0242-43AF-BB20-270359FB54A7"}}`
)

// ModifyAddressesBandwidth, Example1: input L24123-L24133, output L24135-L24144.
const (
	seedModifyAddressesBandwidthIn  = `InternetMaxBandwidthOut=1000&AddressIds.0=eip-11112222&EcmRegion=ap-hangzhou-ecm`
	seedModifyAddressesBandwidthOut = `{"Response":{"TaskId":"123","RequestId":"24cfceab-3492-482c-b86f-27f598b1b044"}}`
)

// ReleaseAddresses, Example1: input L23970-L23978, output L23980-L23989.
const (
	seedReleaseAddressesIn  = `AddressIds.0=eip-11112222&EcmRegion=ap-hangzhou-ecm`
	seedReleaseAddressesOut = `{"Response":{"TaskId":"123","RequestId":"6EF60BEC-0242-43AF-BB20-270359FB54A7"}}`
)

// DescribeTaskResult, Example1: input L24614-L24622, output L24624-L24634.
const (
	seedDescribeTaskResultIn  = `TaskId=1528600&EcmRegion=ap-hangzhou-ecm`
	seedDescribeTaskResultOut = `{"Response":{"TaskId":"1528600","Result":"SUCCESS","RequestId":"f2e74569-c189-4396-80ab-1482134a1e52"}}`
)

// DescribeAddressQuota, Example1: input L24972-L24978, output L24980-L25016.
const (
	seedDescribeAddressQuotaIn  = `EcmRegion=ap-hangzhou-ecm`
	seedDescribeAddressQuotaOut = `{"Response":{"QuotaSet":[{"QuotaId":"TOTAL_EIP_QUOTA","QuotaCurrent":0,"QuotaLimit":20},{"QuotaId":"DAILY_EIP_APPLY","QuotaCurrent":0,"QuotaLimit":40},{"QuotaId":"DAILY_EIP_ASSIGN","QuotaCurrent":0,"QuotaLimit":40}],"RequestId":"6EF60BEC-0242-43AF-BB20-270359FB54A7"}}`
)

// DescribeNode, Example1: input L4433-L4437, output L4441-L4615 (page footer removed).
const (
	seedDescribeNodeIn  = `Filters.0.Name=InstanceFamily&Filters.0.Values.0=SN3ne`
	seedDescribeNodeOut = `{"Response":{"RequestId":"187c16d5-1f53-4e88-b684-077f0c7123b2","NodeSet":[{"ZoneInfo":{"ZoneId":10110001,"ZoneName":"Hangzhou Zone 1","Zone":"ap-hangzhou-ecm-1"},"Country":{"CountryId":"china","CountryName":"China"},"Area":{"AreaId":"china-east","AreaName":"East China"},"Province":{"ProvinceId":"china-east-zhejiang","ProvinceName":"Zhejiang"},"City":{"CityId":"china-east-zhejiang-hangzhou","CityName":"Hangzhou"},"RegionInfo":{"RegionId":1011,"Region":"ap-hangzhou-ecm","RegionName":"Hangzhou"},"ISPSet":[{"ISPId":"CMCC","ISPName":"China Mobile"},{"ISPId":"CUCC","ISPName":"China Unicom"},{"ISPId":"CTCC","ISPName":"China Telecom"},{"ISPId":"CTCC;CUCC;CMCC","ISPName":"Non-BGP"}],"ISPNum":3},{"ZoneInfo":{"ZoneId":10510001,"ZoneName":"Shenzhen Zone 5 (China Telecom)","Zone":"ap-shenzhen-ecm-ct2"},"Country":{"CountryId":"china","CountryName":"China"},"Area":{"AreaId":"china-south","AreaName":"South China"},"Province":{"ProvinceId":"china-south-guangdong","ProvinceName":"Guangdong"},"City":{"CityId":"china-south-guangdong-shenzhen","CityName":"Shenzhen"},"RegionInfo":{"RegionId":1051,"Region":"ap-shenzhen-ecm-ct2","RegionName":"Shenzhen"},"ISPSet":[{"ISPId":"CTCC","ISPName":"China Telecom"}],"ISPNum":1}],"TotalCount":2}}`
)

// DescribeDefaultSubnet, Example1: input L16280-L16288, output L16290-L16340.
const (
	seedDescribeDefaultSubnetIn  = `EcmRegion=ap-hangzhou-ecm&Zone=ap-hangzhou-ecm-1`
	seedDescribeDefaultSubnetOut = `{"Response":{"Subnet":{"NetworkAclId":"","RouteTableId":"rtb-8dq69epw","VpcId":"vpc-07kqm4uj","EnableBroadcast":false,"Zone":"ap-hangzhou-ecm-1","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","SubnetName":"Default-Subnet","AvailableIpAddressCount":4090,"IsRemoteVpcSnat":false,"SubnetId":"subnet-68hie5i6","InstanceCount":2,"VpcCidrBlock":"172.16.0.0/16","TagSet":null,"CreatedTime":"2020-08-12 10:44:56","ZoneName":"Hangzhou Zone 1","CidrBlock":"172.16.0.0/20","IsDefault":true,"VpcIpv6CidrBlock":""},"RequestId":"7d67dea3-c6ff-45ca-aa5a-477cfae6697f"}}`
)
