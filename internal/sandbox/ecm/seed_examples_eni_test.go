package ecm_test

// Input/Output examples of the ENI, EIP-binding and security-group-binding
// actions copied from seed 003, as in seed_examples_test.go (outputs
// compacted; PDF link lines that interrupt two outputs removed).

const (
	// CreateNetworkInterface, Example1: input L21688-L21700, output L21702-L21740.
	seedCreateNetworkInterfaceIn  = `VpcId=vpc-1111111&SubnetId=subnet-22222222&NetworkInterfaceName=Test&NetworkInterfaceDescription=Test&EcmRegion=ap-hangzhou-ecm`
	seedCreateNetworkInterfaceOut = `{"Response":{"NetworkInterface":{"NetworkInterfaceId":"eni-12121212","VpcId":"vpc-1111111","SubnetId":"subnet-22222222","NetworkInterfaceName":"Test","NetworkInterfaceDescription":"Test","MacAddress":"20:90:6F:62:33:E2","PrivateIpAddressSet":[{"PrivateIpAddress":"172.16.64.13","Primary":true,"AddressId":"","PublicIpAddress":"","Description":"","IsWanIpBlocked":false,"State":"PENDING"}],"Attachment":null,"GroupSet":[],"Primary":false,"State":"PENDING","Zone":"ap-hangzhou-ecm-1","CreatedTime":"","Ipv6AddressSet":[],"EcmRegion":"ap-hangzhou-ecm","EniType":0,"TagSet":[]},"RequestId":"5cf1a813-d4f8-4e0c-8f90-c155a84a3ea1"}}`
	// DescribeNetworkInterfaces, Example1: input L21955-L21961, output L21963 on (the first of three ENIs).
	seedDescribeNetworkInterfacesIn  = ``
	seedDescribeNetworkInterfacesOut = `{"Response":{"NetworkInterfaceSet":[{"NetworkInterfaceId":"eni-n1s3wvux","NetworkInterfaceName":"String","NetworkInterfaceDescription":"String","SubnetId":"subnet-0790w1hs","VpcId":"vpc-f3khnq0z","GroupSet":[],"Primary":false,"MacAddress":"20:90:6F:6D:D9:B9","State":"AVAILABLE","PrivateIpAddressSet":[{"PrivateIpAddress":"10.0.0.8","Primary":true,"PublicIpAddress":"","AddressId":"","Description":"","IsWanIpBlocked":false,"State":"AVAILABLE"}],"Attachment":null,"Zone":"ap-hangzhou-ecm-1","EcmRegion":"ap-hangzhou-ecm","CreatedTime":"2020-08-20 15:26:42","Ipv6AddressSet":[],"TagSet":[],"EniType":0}],"TotalCount":3,"RequestId":"8f7fb33d-642f-43d7-bc8f-2d17efbfb49c"}}`
	// DeleteNetworkInterface, Example1.
	seedDeleteNetworkInterfaceIn  = `NetworkInterfaceId=eni-12121212&EcmRegion=ap-hangzhou-ecm`
	seedDeleteNetworkInterfaceOut = `{"Response":{"RequestId":"5cf1a813-d4f8-4e0c-8f90-c155a84a3ea1"}}`
	// AttachNetworkInterface, Example1 (its InstanceId ins-ins-11221122 is substituted).
	seedAttachNetworkInterfaceIn  = `NetworkInterfaceId=eni-12121212&InstanceId=ins-ins-11221122&EcmRegion=ap-hangzhou-ecm`
	seedAttachNetworkInterfaceOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// DetachNetworkInterface, Example1.
	seedDetachNetworkInterfaceIn  = `NetworkInterfaceId=eni-12121212&InstanceId=ins-11221122&EcmRegion=ap-hangzhou-ecm`
	seedDetachNetworkInterfaceOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// MigrateNetworkInterface, Example1.
	seedMigrateNetworkInterfaceIn  = `NetworkInterfaceId=eni-12121212&SourceInstanceId=ins-11221122&DestinationInstanceId=ins-11331133&EcmRegion=ap-hangzhou-ecm`
	seedMigrateNetworkInterfaceOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// AssignPrivateIpAddresses, Example1.
	seedAssignPrivateIpAddressesIn  = `NetworkInterfaceId=eni-12121212&SecondaryPrivateIpAddressCount=2&EcmRegion=ap-hangzhou-ecm`
	seedAssignPrivateIpAddressesOut = `{"Response":{"PrivateIpAddressSet":[{"PrivateIpAddress":"172.16.32.237"},{"PrivateIpAddress":"172.16.32.84"}],"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// RemovePrivateIpAddresses, Example1.
	seedRemovePrivateIpAddressesIn  = `NetworkInterfaceId=eni-12121212&PrivateIpAddresses.0.PrivateIpAddress=172.16.32.111&EcmRegion=ap-hangzhou-ecm`
	seedRemovePrivateIpAddressesOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// MigratePrivateIpAddress, Example1.
	seedMigratePrivateIpAddressIn  = `SourceNetworkInterfaceId=eni-12121212&DestinationNetworkInterfaceId=eni-13131313&PrivateIpAddress=172.16.33.109&EcmRegion=ap-hangzhou-ecm`
	seedMigratePrivateIpAddressOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// ModifyPrivateIpAddressesAttribute, Example1: EcmRegion written in double quotes.
	seedModifyPrivateIpAddressesAttributeIn  = `NetworkInterfaceId=eni-pwbqma5d&PrivateIpAddresses.0.PrivateIpAddress=192.168.2.7&PrivateIpAddresses.0.Description=new-name&EcmRegion="ap-guangzhou-ecm"`
	seedModifyPrivateIpAddressesAttributeOut = `{"Response":{"RequestId":"f23d1450-ed00-4442-98d4-be409e625e6c"}}`
	// AssignIpv6Addresses, Example1.
	seedAssignIpv6AddressesIn  = `EcmRegion=ap-xian-ecm&NetworkInterfaceId=eni-1snva0vd&Ipv6AddressCount=1`
	seedAssignIpv6AddressesOut = `{"Response":{"Ipv6AddressSet":[{"Address":"3402:4e00:20:1202:0:8d05:c272:f514","AddressId":"","Primary":false,"Description":"","IsWanIpBlocked":false,"State":"PENDING"}],"RequestId":"4a8d6fc0-bc48-4394-b1f7-2818a217359a"}}`
	// ModifyIpv6AddressesAttribute, Example1.
	seedModifyIpv6AddressesAttributeIn  = `EcmRegion=ap-guangzhou-ecm-cu2&NetworkInterfaceId=eni-9c8zkfev&Ipv6Addresses.0.Address=3402:4e00:20:1202::7&Ipv6Addresses.0.Description=abc`
	seedModifyIpv6AddressesAttributeOut = `{"Response":{"RequestId":"57065a05-9d50-476b-9cd6-97b0ddf03766"}}`
	// ReleaseIpv6Addresses, Example1: TaskId is a number.
	seedReleaseIpv6AddressesIn  = `NetworkInterfaceId=eni-9c8zkfev&EcmRegion=ap-xian-ecm&Ipv6Addresses.0.Address=3402:4e00:20:1202:0:8d01:ee9c:3e22`
	seedReleaseIpv6AddressesOut = `{"Response":{"RequestId":"75221557-b667-440a-8cfe-ccd1bde2a234","TaskId":3082}}`
	// AssociateAddress, Example1.
	seedAssociateAddressIn  = `AddressId=eip-11112222&InstanceId=ins-11221122&EcmRegion=ap-hangzhou-ecm`
	seedAssociateAddressOut = `{"Response":{"TaskId":"123","RequestId":"3c140219-cfe9-470e-b241-907877d6fb03"}}`
	// DisassociateAddress, Example1.
	seedDisassociateAddressIn  = `AddressId=eip-11112222&EcmRegion=ap-hangzhou-ecm`
	seedDisassociateAddressOut = `{"Response":{"TaskId":"123","RequestId":"3c140219-cfe9-470e-b241-907877d6fb03"}}`
	// AssociateSecurityGroups, Example1.
	seedAssociateSecurityGroupsIn  = `InstanceIds.0=ein-2zvpghhc&InstanceIds.1=ein-915zrb0p&SecurityGroupIds.0=esg-9id3l839`
	seedAssociateSecurityGroupsOut = `{"Response":{"RequestId":"3385dcf2-e1f0-4ed8-a924-c296721ab65f"}}`
	// DisassociateSecurityGroups, Example1.
	seedDisassociateSecurityGroupsIn  = `InstanceIds.0=ein-2zvpghhc&InstanceIds.1=ein-915zrb0p&SecurityGroupIds.0=esg-9id3l839`
	seedDisassociateSecurityGroupsOut = `{"Response":{"RequestId":"3385dcf2-e1f0-4ed8-a924-c296721ab65f"}}`
)
