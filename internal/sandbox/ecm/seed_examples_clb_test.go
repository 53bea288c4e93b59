package ecm_test

// Input/Output examples of the CLB actions copied from seed 003, as in
// seed_examples_test.go (outputs compacted; the PDF's link artifacts
// "https://www.tencentcloud.com/document/api/1119/45776#…" that break three
// outputs removed).

// ModifyTargetWeight, Example1: input L18283-L18295, output L18299-L18307.
const (
	seedModifyTargetWeightIn  = `LoadBalancerId=lb-cuxw2rm0&ListenerId=lbl-d1ubsydq&Targets.0.InstanceId=ein-dm4xtz0i&Targets.0.Port=334&Weight=8`
	seedModifyTargetWeightOut = `{"Response":{"RequestId":"a2764f3c-f173-421c-8e42-7b1e7a608a12"}}`
)

// ModifyTargetPort, Example1: input L18429-L18441, output L18445-L18453.
const (
	seedModifyTargetPortIn  = `LoadBalancerId=lb-cuxw2rm0&ListenerId=lbl-d1ubsydq&Targets.0.InstanceId=ein-dm4xtz0i&Targets.0.Port=233&NewPort=334`
	seedModifyTargetPortOut = `{"Response":{"RequestId":"a2764f3c-f173-421c-8e42-7b1e7a608ffd"}}`
)

// ModifyLoadBalancerAttributes, Example1: input L18581-L18587, output L18591-L18599.
const (
	seedModifyLoadBalancerAttributesIn  = `LoadBalancerId=lb-6efswuxa&LoadBalancerName=newlbname`
	seedModifyLoadBalancerAttributesOut = `{"Response":{"RequestId":"78a40898-8210-44c7-8bc6-f83e50878d12"}}`
)

// ModifyListener, Example1: input L18733-L18741, output L18745-L18753.
const (
	seedModifyListenerIn  = `LoadBalancerId=lb-f9zyj3kb&ListenerId=lbl-knd4jr8m&ListenerName=xxx`
	seedModifyListenerOut = `{"Response":{"RequestId":"89dfdd1d-3571-41e8-bce2-1ef7eaae9211"}}`
)

// DescribeTargets, Example1: input L18882-L18886, output L18890-L19078.
const (
	seedDescribeTargetsIn  = `LoadBalancerId=lb-f9zyj3kb`
	seedDescribeTargetsOut = `{"Response":{"RequestId":"cbc4f5bf-589e-4102-a608-bef958372313","Listeners":[{"Targets":[],"ListenerId":"lbl-43jbp1cc","Port":12345,"Protocol":"TCP"},{"Targets":[],"ListenerId":"lbl-aznj4uuk","Port":222,"Protocol":"TCP"},{"Targets":[{"EniId":"eni-i0qls00b","InstanceName":"","InstanceId":"ein-nu5sp1s4","PublicIpAddresses":["101.67.8.124"],"Port":23001,"RegisteredTime":"2020-08-12 16:08:15","Weight":100,"PrivateIpAddresses":["172.16.0.74"]},{"EniId":"eni-55sj7ug9","InstanceName":"Low-Profile test server","InstanceId":"ein-dqvc6c5g","PublicIpAddresses":["101.67.8.111"],"Port":23001,"RegisteredTime":"2020-08-12 16:08:15","Weight":100,"PrivateIpAddresses":["172.16.0.11"]}],"ListenerId":"lbl-o0hptbhg","Port":13001,"Protocol":"TCP"},{"Targets":[{"EniId":"eni-i0qls00b","InstanceName":"","InstanceId":"ein-nu5sp1s4","PublicIpAddresses":["101.67.8.124"],"Port":23002,"RegisteredTime":"2020-08-12 16:10:41","Weight":100,"PrivateIpAddresses":["172.16.0.74"]},{"EniId":"eni-i0qls00b","InstanceName":"","InstanceId":"ein-nu5sp1s4","PublicIpAddresses":["101.67.8.124"],"Port":23012,"RegisteredTime":"2020-08-12 16:10:41","Weight":100,"PrivateIpAddresses":["172.16.0.74"]}],"ListenerId":"lbl-jruukfae","Port":13002,"Protocol":"TCP"},{"Targets":[],"ListenerId":"lbl-6p9gf1nq","Port":13003,"Protocol":"TCP"}]}}`
)

// DescribeTargetHealth, Example1: input L19195-L19199, output L19203-L19266.
const (
	seedDescribeTargetHealthIn  = `LoadBalancerIds.0=lb-f9zyj3kb`
	seedDescribeTargetHealthOut = `{"Response":{"RequestId":"040f094b-aed7-45fc-963a-ebae4970be44","LoadBalancers":[{"LoadBalancerId":"lb-f9zyj3kb","LoadBalancerName":"test","Listeners":[{"Rules":[{"Targets":[{"HealthStatus":true,"HealthStatusDetail":"Alive","IP":"172.16.0.67","Port":23001,"TargetId":"ein-ncnepgio"}]}],"ListenerId":"lbl-knd4jr8m","Port":13001,"Protocol":"TCP","ListenerName":""}]}]}}`
)

// DescribeLoadBalancers, Example1: input L19437-L19441, output L19445-L19560.
const (
	seedDescribeLoadBalancersIn  = `EcmRegion=ap-hangzhou-ecm`
	seedDescribeLoadBalancersOut = `{"Response":{"RequestId":"8d42288f-3fad-473a-93e6-cab5b219af8e","LoadBalancerSet":[{"Status":1,"StatusTime":"2020-07-28 10:58:08","VpcId":"vpc-pugaiwf9","LoadBalancerVips":["101.67.8.110"],"VipIsp":"CUCC","CreateTime":"2020-07-28 10:58:06","LoadBalancerId":"lb-a8q643wj","LoadBalancerName":"test","LoadBalancerType":"OPEN","Region":"xx","Position":{"Province":{"ProvinceId":"xx","ProvinceName":"xx"},"City":{"CityId":"xx","CityName":"xx"},"Area":{"AreaId":"xx","AreaName":"xx"},"Country":{"CountryName":"xx","CountryId":"xx"},"ZoneInfo":{"ZoneName":"xx","Zone":"xx","ZoneId":0},"RegionInfo":{"Region":"xx","RegionId":0,"RegionName":"xx"}},"Tags":[{"TagValue":"test","TagKey":"test"}],"NetworkAttributes":{"InternetMaxBandwidthOut":100}}],"TotalCount":1}}`
)

// DescribeLoadBalanceTaskStatus, Example1: input L19679-L19683, output L19687-L19697.
const (
	seedDescribeLoadBalanceTaskStatusIn  = `TaskId=a4b58173-34c0-4940-9759-28e06257f3dc`
	seedDescribeLoadBalanceTaskStatusOut = `{"Response":{"Status":0,"RequestId":"6cf00076-1f62-4b28-bdeb-8b2d5b363cb7"}}`
)

// DescribeListeners, Example1: input L19820-L19824, output L19828-L19911.
const (
	seedDescribeListenersIn  = `LoadBalancerId=lb-f9zyj3kb`
	seedDescribeListenersOut = `{"Response":{"RequestId":"dcb32a03-de71-437a-9f92-a703e6d82927","TotalCount":2,"Listeners":[{"HealthCheck":{"HealthNum":3,"IntervalTime":5,"UnHealthyNum":3,"TimeOut":2,"CheckType":"TCP","HealthSwitch":1},"CreateTime":"2020-07-21 20:15:54","ListenerId":"lbl-knd4jr8m","Port":13001,"Scheduler":"WRR","Protocol":"TCP","SessionExpireTime":0,"ListenerName":""},{"HealthCheck":{"HealthNum":3,"IntervalTime":5,"UnHealthyNum":3,"TimeOut":2,"CheckType":"TCP","HealthSwitch":1},"CreateTime":"2020-07-21 20:15:54","ListenerId":"lbl-2fcyclbg","Port":13002,"Scheduler":"WRR","Protocol":"TCP","SessionExpireTime":0,"ListenerName":""}]}}`
)

// DeleteLoadBalancerListeners, Example1: input L20029-L20033, output L20037-L20045.
const (
	seedDeleteLoadBalancerListenersIn  = `LoadBalancerId=lb-db2nt5l2`
	seedDeleteLoadBalancerListenersOut = `{"Response":{"RequestId":"c1157c81-f3dc-4f2a-9346-76f161d548eb"}}`
)

// DeleteLoadBalancer, Example1: input L20160-L20164, output L20168-L20176.
const (
	seedDeleteLoadBalancerIn  = `LoadBalancerIds.0=lb-f9zyj3kb`
	seedDeleteLoadBalancerOut = `{"Response":{"RequestId":"8d42288f-3fad-473a-93e6-cab5b219af8e"}}`
)

// DeleteListener, Example1: input L20297-L20303 (ListenerId has the lb- prefix), output L20307-L20315.
const (
	seedDeleteListenerIn  = `LoadBalancerId=lb-f9zyj3kb&ListenerId=lb-knd4jr8m`
	seedDeleteListenerOut = `{"Response":{"RequestId":"dcb32a03-de71-437a-9f92-a703e6d82123"}}`
)

// CreateLoadBalancer, Example1 (JSON POST): input L20493-L20511, output L20515-L20529.
const (
	seedCreateLoadBalancerIn  = `{"VipIsp":"CUCC","VpcId":"vpc-12345678","InternetAccessible":{"InternetMaxBandwidthOut":"2000"},"LoadBalancerType":"OPEN","LoadBalancerName":"testname","EcmRegion":"ap-hangzhou-ecm"}`
	seedCreateLoadBalancerOut = `{"Response":{"LoadBalancerIds":["lb-mov2697v"],"RequestId":"88487432-ee86-4e5d-861b-774374123f89"}}`
)

// CreateListener, Example1: input L20722-L20734, output L20738-L20756.
const (
	seedCreateListenerIn  = `LoadBalancerId=lb-f9zyj3kb&Ports.0=13001&Ports.1=13002&Ports.2=13003&Protocol=TCP`
	seedCreateListenerOut = `{"Response":{"ListenerIds":["lbl-knd4jr8m","lbl-2fcyclbg","lbl-m5f7z60y"],"RequestId":"28b4ba78-0100-4ebe-8afd-a09cf09a6ffe"}}`
)

// BatchRegisterTargets, Example1: input L20884-L20896, output L20900-L20914.
const (
	seedBatchRegisterTargetsIn  = `LoadBalancerId=lb-xxxx&Targets.0.ListenerId=lbl-xxxx&Targets.0.InstanceId=ein-xxx&Targets.0.Port=80&Targets.0.Weight=10`
	seedBatchRegisterTargetsOut = `{"Response":{"FailListenerIdSet":["xx"],"RequestId":"a2764f3c-f173-421c-8e42-7b1e7a608a33"}}`
)

// BatchModifyTargetWeight, Example1: input L21043-L21063, output L21067-L21075.
const (
	seedBatchModifyTargetWeightIn  = `LoadBalancerId=lb-dx98lwo0&ModifyList.0.ListenerId=lbl-4b5hnc9a&ModifyList.0.Targets.0.InstanceId=ein-19404pl5&ModifyList.0.Targets.0.Port=110&ModifyList.0.Targets.0.Weight=50&ModifyList.1.ListenerId=lbl-20jjtaaw&ModifyList.1.Targets.0.InstanceId=ein-19411tzv&ModifyList.1.Targets.0.Port=80&ModifyList.1.Targets.0.Weight=30`
	seedBatchModifyTargetWeightOut = `{"Response":{"RequestId":"83329908-a282-4f9f-8ab-031a3025b377"}}`
)

// BatchDeregisterTargets, Example1: input L21202-L21214, output L21218-L21228.
const (
	seedBatchDeregisterTargetsIn  = `LoadBalancerId=lb-xxxx&Targets.0.ListenerId=lbl-xxxx&Targets.0.InstanceId=ein-xxx&Targets.0.Port=80&Targets.0.Weight=10`
	seedBatchDeregisterTargetsOut = `{"Response":{"FailListenerIdSet":[],"RequestId":"83129908-a282-4f9f-8ab-131a3025ba22"}}`
)

// SetSecurityGroupForLoadbalancers, Example1: input L21358-L21366, output L21370-L21378.
const (
	seedSetSecurityGroupForLoadbalancersIn  = `LoadBalancerIds.0=lb-mov2697v&SecurityGroup=esg-0t3h9lmk&OperationType=ADD`
	seedSetSecurityGroupForLoadbalancersOut = `{"Response":{"RequestId":"88487432-ee86-4e5d-861b-774374121234"}}`
)

// SetLoadBalancerSecurityGroups, Example1: input L21502-L21508, output L21512-L21520.
const (
	seedSetLoadBalancerSecurityGroupsIn  = `LoadBalancerId=lb-mov2697v&SecurityGroups.0=esg-0t3h9lmk`
	seedSetLoadBalancerSecurityGroupsOut = `{"Response":{"RequestId":"88487432-ee86-4e5d-861b-774374123f89"}}`
)

// seedCreateLoadBalancerQuery is seedCreateLoadBalancerIn in the replay's
// query notation (InternetMaxBandwidthOut stays the example's string "2000").
const seedCreateLoadBalancerQuery = `VipIsp=CUCC&VpcId=vpc-12345678&InternetAccessible.InternetMaxBandwidthOut=2000&LoadBalancerType=OPEN&LoadBalancerName=testname&EcmRegion=ap-hangzhou-ecm`
