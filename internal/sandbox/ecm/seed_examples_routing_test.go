package ecm_test

// Input/Output examples of the route table, route, HAVIP and
// ModifyDefaultSubnet actions, copied from seed 003 (outputs compacted). The
// HAVIP examples are JSON bodies in the document; they are written here in
// the query form the replay sends (the same parameters and values).

// CreateRouteTable, Example1 at L16454.
const (
	seedCreateRouteTableIn  = `RouteTableName=Test route table&VpcId=vpc-loibq08z&EcmRegion=ap-hangzhou-ecm`
	seedCreateRouteTableOut = `{"Response":{"RouteTable":{"VpcId":"vpc-loibq08z","RouteTableId":"rtb-dqbbc9zc","RouteTableName":"Test route table","AssociationSet":[],"RouteSet":[],"Main":false,"CreatedTime":"0000-00-00 00:00:00"},"RequestId":"4673c0fc-cb3a-435f-99a7-61a139a31ae4"}}`
)

// DescribeRouteTables, Example1 at L16651.
const (
	seedDescribeRouteTablesIn  = `Offset=0&Limit=1`
	seedDescribeRouteTablesOut = `{"Response":{"RouteTableSet":[{"VpcId":"vpc-2at5y1pn","RouteTableId":"rtb-l2h8d7c2","RouteTableName":"TestRouteTable","AssociationSet":[],"RouteSet":[{"RouteItemId":"rti-12345678","DestinationCidrBlock":"169.254.64.0/23","GatewayType":"NORMAL_CVM","GatewayId":"172.16.0.25","RouteDescription":""}],"Main":false,"CreatedTime":"2020-11-30 19:52:03"}],"TotalCount":2,"RequestId":"74883e1b-5901-46de-ae1e-d6e2cf591c5b"}}`
)

// ReplaceRouteTableAssociation, Example1 at L16831.
const (
	seedReplaceRouteTableAssociationIn  = `RouteTableId=rtb-n0yejvje&SubnetId=subnet-q2079ils&EcmRegion=ap-hangzhou-ecm`
	seedReplaceRouteTableAssociationOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// ModifyRouteTableAttribute, Example1 at L16962.
const (
	seedModifyRouteTableAttributeIn  = `RouteTableId=rtb-n0yejvje&RouteTableName=NewRouteTableName`
	seedModifyRouteTableAttributeOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// ResetRoutes, Example1 at L17091.
const (
	seedResetRoutesIn  = `RouteTableId=rtb-n0yejvje&RouteTableName=ResetRouteTableName&Routes.0.DestinationCidrBlock=192.168.0.0/16&Routes.0.GatewayType=NORMAL_CVM&Routes.0.GatewayId=172.16.16.37&Routes.0.RouteDescription=test-route`
	seedResetRoutesOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// DeleteRouteTable, Example1 at L17231.
const (
	seedDeleteRouteTableIn  = `RouteTableId=rtb-azd4dt1c`
	seedDeleteRouteTableOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// CreateRoutes, Example1 at L17372.
const (
	seedCreateRoutesIn  = `RouteTableId=rtb-n0yejvje&Routes.0.DestinationCidrBlock=192.168.0.0/16&Routes.0.GatewayType=NORMAL_CVM&Routes.0.GatewayId=10.212.0.13&Routes.0.RouteDescription=TEST-ROUTE`
	seedCreateRoutesOut = `{"Response":{"RouteTableSet":[{"VpcId":"vpc-k23blx7p","RouteTableId":"rtb-n0yejvje","RouteTableName":"TestRoutes","AssociationSet":[],"RouteSet":[{"RouteItemId":"rti-12345678","DestinationCidrBlock":"192.168.0.0/16","GatewayType":"NORMAL_CVM","GatewayId":"10.212.0.13","RouteDescription":"TEST-ROUTE"}],"Main":false,"CreatedTime":"2020-11-11 11:11:03"}],"TotalCount":1,"RequestId":"3f934a21-2786-44af-a421-38ee6c6e1fae"}}`
)

// ReplaceRoutes, Example1 at L17568.
const (
	seedReplaceRoutesIn  = `RouteTableId=rtb-n0yejvje&Routes.0.RouteId=678&Routes.0.DestinationCidrBlock=192.168.0.0/16&Routes.0.GatewayType=NORMAL_CVM&Routes.0.GatewayId=10.212.0.15&Routes.0.RouteDescription=TEST-ROUTE`
	seedReplaceRoutesOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// DescribeRouteConflicts, Example1 at L17726.
const (
	seedDescribeRouteConflictsIn  = `RouteTableId=rtb-q8o2z892&DestinationCidrBlocks.0=10.11.0.0/24`
	seedDescribeRouteConflictsOut = `{"Response":{"RouteConflictSet":[],"RequestId":"cf11a8a4-e7c6-42cf-a35a-649c1789868b"}}`
)

// EnableRoutes, Example1 at L17862; DisableRoutes, Example1 at L18006.
const (
	seedEnableRoutesIn   = `RouteTableId=rtb-12345678&RouteIds.0=678`
	seedEnableRoutesOut  = `{"Response":{"RequestId":"627c2362-890f-4f9e-9158-5e457b80d48b"}}`
	seedDisableRoutesIn  = `RouteTableId=rtb-12345678&RouteIds.0=678`
	seedDisableRoutesOut = `{"Response":{"RequestId":"627c2362-890f-4f9e-9158-5e457b80d48b"}}`
)

// DeleteRoutes, Example1 at L18143.
const (
	seedDeleteRoutesIn  = `RouteTableId=rtb-12345678&Routes.0.RouteId=678`
	seedDeleteRoutesOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// ModifyHaVipAttribute, Example1 at L25585 (JSON body).
const (
	seedModifyHaVipAttributeIn  = `HaVipId=havip-9o233uri&HaVipName=new+name`
	seedModifyHaVipAttributeOut = `{"Response":{"RequestId":"fcb47621-838b-428e-8c33-6e210d93c451"}}`
)

// DescribeHaVips, Example1 at L25749 (JSON body).
const (
	seedDescribeHaVipsIn  = `HaVipIds.0=havip-bk4275i0&HaVipIds.1=havip-2kce8v4q`
	seedDescribeHaVipsOut = `{"Response":{"HaVipSet":[{"HaVipId":"havip-2kce8v4q","HaVipName":"tadfafd","Vip":"10.3.3.15","VpcId":"vpc-11111111","SubnetId":"subnet-11111111","NetworkInterfaceId":"eni-7tqc2xgl","InstanceId":"ein-1kb08tq6","AddressIp":"","State":"AVAILABLE","Business":"","CreatedTime":"2020-04-03 20:00:05"},{"HaVipId":"havip-bk4275i0","HaVipName":"22","Vip":"10.2.0.14","VpcId":"vpc-22222222","SubnetId":"subnet-22222222","NetworkInterfaceId":"","InstanceId":"","AddressIp":"","Business":"","State":"UNBIND","CreatedTime":"2020-04-03 20:05:33"}],"TotalCount":2,"RequestId":"1c827bf1-837f-4302-b51a-4d538b7ad249"}}`
)

// DeleteHaVip, Example1 at L25949 (JSON body).
const (
	seedDeleteHaVipIn  = `HaVipId=havip-kekyk044`
	seedDeleteHaVipOut = `{"Response":{"RequestId":"d7226510-434e-4896-bdcd-fb1234aaafdfa"}}`
)

// CreateHaVip, Example1 at L26092 (JSON body).
const (
	seedCreateHaVipIn  = `VpcId=vpc-m0c2kcun&SubnetId=subnet-rtmfkg4w&HaVipName=irang_testHaVip`
	seedCreateHaVipOut = `{"Response":{"HaVip":{"AddressIp":"","CreatedTime":"2020-10-29 16:54:45","HaVipId":"havip-kekyk044","HaVipName":"irang_testHaVip","InstanceId":"","NetworkInterfaceId":"","State":"UNBIND","SubnetId":"subnet-rtmfkg4w","Vip":"172.16.0.17","VpcId":"vpc-m0c2kcun","Business":"xx"},"RequestId":"d7226510-434e-4896-bdcd-fb1234aaafdfa"}}`
)

// ModifyDefaultSubnet, Example1 at L16145.
const (
	seedModifyDefaultSubnetIn  = `EcmRegion=ap-hangzhou-ecm&Zone=ap-hangzhou-ecm-1&VpcId=vpc-cp6wknwh&SubnetId=subnet-jxa0xg1o`
	seedModifyDefaultSubnetOut = `{"Response":{"RequestId":"7daa4e7c-7698-4cc1-8ed0-2f729462c110"}}`
)
