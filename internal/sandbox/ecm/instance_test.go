package ecm_test

import (
	"encoding/base64"
	"testing"
	"time"
)

// insRun launches n instances in the test zone from a fresh module and returns their IDs.
func insRun(h *harness, n int, extra ...any) []string {
	mod := modCreate(h, "m-"+time.Now().Format("150405.000000000"))
	p := map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": n, "ISP": "CMCC"}}}
	for i := 0; i+1 < len(extra); i += 2 {
		p[extra[i].(string)] = extra[i+1]
	}
	var ids []string
	for _, id := range h.Ok("RunInstances", p)["InstanceIdSet"].([]any) {
		ids = append(ids, id.(string))
	}
	return ids
}

func insDescribe(h *harness, id string) map[string]any {
	out := h.Ok("DescribeInstances", map[string]any{"Filters": []filter{{"instance-id", []string{id}}}})
	set := out["InstanceSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

func defaultSubnetAvailable(h *harness) float64 {
	s := h.Ok("DescribeDefaultSubnet", map[string]any{"EcmRegion": testRegion, "Zone": testZone})["Subnet"].(map[string]any)
	return s["AvailableIpAddressCount"].(float64)
}

func TestInstanceLifecycle(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 2 * time.Second})
	h.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion})
	before := defaultSubnetAvailable(h)
	ids := insRun(h, 2, "InstanceName", "web-")
	if len(ids) != 2 {
		t.Fatalf("ids %v", ids)
	}
	i := insDescribe(h, ids[0])
	if i["InstanceState"] != "PENDING" || i["LatestOperation"] != "RunInstances" || i["LatestOperationState"] != "OPERATING" || i["InstanceName"] != "web-1" {
		t.Fatalf("pending instance %v", i)
	}
	if got := defaultSubnetAvailable(h); got != before-2 {
		t.Fatalf("available %v, want %v", got, before-2)
	}
	h.Clock.Advance(2 * time.Second)
	i = insDescribe(h, ids[0])
	if i["InstanceState"] != "RUNNING" || i["LatestOperationState"] != "SUCCESS" {
		t.Fatalf("running instance %v", i)
	}
	net := i["Internet"].(map[string]any)["InstanceNetworkInfoSet"].([]any)[0].(map[string]any)
	if net["NetworkInterfaceName"] != ids[0]+" Primary ENI" || net["Primary"] != true {
		t.Fatalf("ENI %v", net)
	}
	vpc := i["VirtualPrivateCloud"].(map[string]any)
	h.Fails("DeleteSubnet", map[string]any{"EcmRegion": testRegion, "SubnetId": vpc["SubnetId"]}, "ResourceInUse")
	h.Fails("DeleteVpc", map[string]any{"EcmRegion": testRegion, "VpcId": vpc["VpcId"]}, "ResourceInUse")
	mod := i["SimpleModule"].(map[string]any)["ModuleId"].(string)
	h.Fails("DeleteModule", map[string]any{"ModuleId": mod}, "FailedOperation.InstanceInModule")

	h.Ok("TerminateInstances", map[string]any{"InstanceIdSet": ids})
	if i = insDescribe(h, ids[0]); i["InstanceState"] != "TERMINATING" {
		t.Fatalf("terminating %v", i)
	}
	h.Clock.Advance(2 * time.Second)
	if i = insDescribe(h, ids[0]); i != nil {
		t.Fatalf("terminated instance still listed: %v", i)
	}
	if got := defaultSubnetAvailable(h); got != before {
		t.Fatalf("available %v after terminate, want %v", got, before)
	}
	h.Ok("DeleteModule", map[string]any{"ModuleId": mod})
}

func TestInstanceLaunchFailed(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	h.S.AddFault(Fault{Action: "RunInstances", TaskResult: "FAILED", Count: 1})
	id := insRun(h, 1)[0]
	h.Clock.Advance(time.Second)
	if i := insDescribe(h, id); i["InstanceState"] != "LAUNCH_FAILED" || i["LatestOperationState"] != "FAILED" {
		t.Fatalf("%v", i)
	}
}

func TestRunInstancesRules(t *testing.T) {
	h := newHarness(t, Options{})
	mod := modCreate(h, "rules")
	zone := func(extra ...any) []any {
		z := map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CMCC"}
		for i := 0; i+1 < len(extra); i += 2 {
			z[extra[i].(string)] = extra[i+1]
		}
		return []any{z}
	}
	p := func(extra ...any) map[string]any {
		q := map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone()}
		for i := 0; i+1 < len(extra); i += 2 {
			q[extra[i].(string)] = extra[i+1]
		}
		return q
	}
	for _, tc := range []struct {
		name   string
		params map[string]any
		want   string
	}{
		{"no module no type", map[string]any{"ZoneInstanceCountISPSet": zone()}, "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID"},
		{"no module no image", map[string]any{"ZoneInstanceCountISPSet": zone(), "InstanceType": "SN3ne.2XLARGE16"}, "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID"},
		{"unknown module", p("ModuleId", "em-zzzzzzzz"), "InvalidParameterValue.InvalidModuleID"},
		{"zone", p("ZoneInstanceCountISPSet", zone("Zone", "ap-nowhere-1")), "InvalidParameterValue.InvalidZone"},
		{"isp", p("ZoneInstanceCountISPSet", zone("ISP", "XXX")), "InvalidParameterValue.InvalidISPInNode"},
		{"count", p("ZoneInstanceCountISPSet", zone("InstanceCount", 101)), "InvalidParameterValue.InvalidZoneInstanceCount"},
		{"subnet", p("ZoneInstanceCountISPSet", zone("VpcId", "vpc-zzzzzzzz", "SubnetId", "subnet-zzzzzzzz")), "ResourceNotFound"},
		{"password", p("Password", "abcdefgh"), "InvalidParameterValue.InvaildPassword"},
		{"password short", p("Password", "ab1"), "InvalidParameterValue.InvaildPassword"},
		{"conflict", p("Password", "abcd1234", "KeepImageLogin", "TRUE"), "InvalidParameter.ParameterConflict"},
		{"name", p("InstanceName", string(make([]byte, 61))), "InvalidParameterValue.InstanceNameTooLong"},
		{"sg", p("SecurityGroupIds", []string{"esg-zzzzzzzz"}), "InvalidParameterValue.InvalidSecurityGroupID"},
		{"userdata", p("UserData", "!!"), "InvalidParameterValue"},
		{"hostname", p("HostName", "a_b"), "InvalidParameterValue.InvaildHostName"},
		{"bandwidth", p("InternetMaxBandwidthOut", 2000), "InvalidParameterValue.InvalidBandwidth"},
		{"system disk", p("SystemDiskSize", 10000), "InvalidParameterValue.InvalidSystemDiskSize"},
		{"bandwidth in", p("InternetMaxBandwidthIn", 2000), "InvalidParameterValue.InvalidBandwidthIn"},
		{"data disk", p("DataDiskSize", 55), "InvalidParameterValue.InvalidDataDiskSize"},
		{"windows direct", p("ImageId", "img-w2019dc0", "EnhancedService", map[string]any{"EIPDirectService": map[string]any{"Enabled": true}}), "InvalidParameterValue.InvalidEIPDirectService"},
		{"32-bit", p("ImageId", "img-060ov1xz"), "InvalidParameterValue.InvalidImageArchitecture"},
		{"image", p("ImageId", "img-zzzzzzzz"), "InvalidParameterValue.InvalidImageID"},
		{"type", p("InstanceType", "SN3ne.HUGE"), "InvalidParameterValue.InvalidInstanceTypeConfigID"},
		{"charge type", p("InstanceChargeType", 2), "InvalidParameterValue.InvalidInstanceChargeType"},
		{"ipv6", p("ZoneInstanceCountISPSet", zone("Ipv6AddressCount", 1)), "InvalidParameterValue.NodeNotSupportIPv6"},
		{"userdata size", p("UserData", base64.StdEncoding.EncodeToString(make([]byte, 16*1024+1))), "InvalidParameterValue.TooLong"},
		{"six groups", p("SecurityGroupIds", []string{"esg-a", "esg-b", "esg-c", "esg-d", "esg-e", "esg-f"}), "LimitExceeded.InstanceSecurityGroupLimitExceeded"},
		{"both network ids", p("ZoneInstanceCountISPSet", zone("VpcId", "vpc-zzzzzzzz")), "InvalidParameterValue"},
		{"tags", p("TagSpecification", []any{map[string]any{"ResourceType": "module", "Tags": []tag{{"a", "b"}}}}), "InvalidParameterValue"},
	} {
		t.Run(tc.name, func(t *testing.T) { h.Fails("RunInstances", tc.params, tc.want) })
	}
	key := h.Ok("CreateKeyPair", map[string]any{"KeyName": "k"})["KeyPair"].(map[string]any)["KeyId"].(string)
	h.Fails("RunInstances", p("KeyIds", []string{key}, "Password", "abcd1234"), "InvalidParameter.ParameterConflict")
	h.Fails("RunInstances", p("KeyIds", []string{"skey-zzzzzzzz"}), "InvalidParameterValue")
	h.Ok("RunInstances", p("KeyIds", []string{key}))
	h.Ok("RunInstances", p("Password", "abcd1234"))
	h.Fails("RunInstances", p("ImageId", "img-w2019dc0", "Password", "abcd12345678"), "InvalidParameterValue.InvaildPassword") // Windows: 3 classes
	h.Fails("DescribeInstances", map[string]any{"Filters": []filter{{"instance-id", []string{"bad"}}}}, "InvalidParameterValue.InvalidInstanceID")
	h.Fails("DescribeInstances", map[string]any{"OrderByField": "name"}, "InvalidParameterValue.InvalidOrderByField")
	h.Fails("DescribeInstances", map[string]any{"Filters": []filter{{"nope", []string{"x"}}}}, "InvalidParameterValue.InvalidFilter")
	h.Fails("TerminateInstances", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}}, "ResourceNotFound.InstanceNotExist")
	h.Fails("TerminateInstances", map[string]any{"InstanceIdSet": []string{"bad"}}, "InvalidParameterValue.InvalidInstanceID")
}

// A failed Stop returns the instance to RUNNING with LatestOperationState FAILED.
func TestInstanceFailedStop(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	id := insRun(h, 1)[0]
	h.Clock.Advance(time.Second)
	h.S.AddFault(Fault{Action: "StopInstances", TaskResult: "FAILED", Count: 1})
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{id}})
	h.Clock.Advance(time.Second)
	if i := insDescribe(h, id); i["InstanceState"] != "RUNNING" || i["LatestOperation"] != "StopInstances" || i["LatestOperationState"] != "FAILED" {
		t.Fatalf("%v", i)
	}
}

// A VPC, subnet and private IPs of one's own; paging and order.
func TestRunInstancesInOwnSubnet(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.8.0.0/16")
	subnet := h.CreateSubnet(vpc, "10.8.1.0/24")
	zone := func(n int, ips ...string) []any {
		z := map[string]any{"Zone": testZone, "InstanceCount": n, "ISP": "CMCC", "VpcId": vpc, "SubnetId": subnet}
		if ips != nil {
			z["PrivateIpAddresses"] = ips
		}
		return []any{z}
	}
	mod := modCreate(h, "own")
	ids := h.Ok("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone(2, "10.8.1.10", "10.8.1.11"), "InstanceName": "n{R:7}"})["InstanceIdSet"].([]any)
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone(1, "10.8.1.10")}, "InvalidParameterValue")
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone(1, "10.8.2.10")}, "InvalidParameterValue")
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone(2, "10.8.1.20")}, "InvalidParameterValue")
	h.Ok("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": zone(1)})
	i := insDescribe(h, ids[1].(string))
	if i["InstanceName"] != "n8" || i["VirtualPrivateCloud"].(map[string]any)["PrivateIpAddresses"].([]any)[0] != "10.8.1.11" {
		t.Fatalf("%v", i)
	}
	out := h.Ok("DescribeInstances", map[string]any{"Filters": []filter{{"subnet-id", []string{subnet}}}, "Limit": 2, "OrderDirection": 1})
	set := out["InstanceSet"].([]any)
	if out["TotalCount"].(float64) != 3 || len(set) != 2 || set[0].(map[string]any)["InstanceId"] != ids[0] {
		t.Fatalf("%v", out)
	}
	last := h.Ok("DescribeInstances", map[string]any{"Filters": []filter{{"private-ip-address", []string{"10.8.1.2"}}}})
	if last["TotalCount"].(float64) != 1 {
		t.Fatalf("the first free address is 10.8.1.2: %v", last)
	}
	h.Fails("DescribeInstances", map[string]any{"Limit": 101}, "InvalidParameterValue.InvaildPageParam")
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CMCC", "VpcId": vpc, "SubnetId": "subnet-zzzzzzzz"}}}, "InvalidParameterValue.SubnetNotExist")
	tiny := h.CreateSubnet(vpc, "10.8.4.0/28") // 13 usable addresses
	h.Ok("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 13, "ISP": "CMCC", "VpcId": vpc, "SubnetId": tiny}}})
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CMCC", "VpcId": vpc, "SubnetId": tiny}}}, "ResourceInsufficient.PrivateIPQuotaNotEnough")
	h.Fails("DescribeInstances", map[string]any{"Filters": []filter{{"zone", []string{"a", "b", "c", "d", "e", "f"}}}}, "InvalidParameterValue.InvalidFilter")
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": "ap-xian-ecm-1", "InstanceCount": 1, "ISP": "CMCC", "VpcId": vpc, "SubnetId": subnet}}}, "ResourceNotFound")
}

// The operations' codes through the front door (so that the conformance
// figures count them); TestInstanceStateMachine (direct) pins the states.
func TestInstanceOperationCodes(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	ids := insRun(h, 1)
	set := map[string]any{"InstanceIdSet": ids}
	with := func(k string, v any) map[string]any { return map[string]any{"InstanceIdSet": ids, k: v} }
	h.Fails("StopInstances", set, "FailedOperation.OperationNotAllow")
	h.Fails("StartInstances", set, "OperationDenied.InstanceOperationInProgress")
	h.Fails("RebootInstances", set, "OperationDenied.InstanceOperationInProgress")
	h.Fails("ResetInstancesPassword", with("Password", "abcd1234"), "FailedOperation.OperationNotAllow")
	h.Clock.Advance(time.Second)
	h.Fails("StartInstances", set, "FailedOperation.InstanceNotAllStopped")
	h.Fails("ResetInstancesPassword", with("Password", "abcd1234"), "FailedOperation.InstanceNotAllStopped")
	h.Fails("StopInstances", with("StopType", "GENTLE"), "InvalidParameterValue.InvaildModifyParam")
	h.Ok("StopInstances", set)
	h.Clock.Advance(time.Second)
	h.Fails("StopInstances", set, "ResourceUnavailable.InstanceNotRunning")
	h.Fails("RebootInstances", set, "ResourceUnavailable.InstanceNotRunning")
	h.Fails("ResetInstancesPassword", with("Password", "abcdefghij"), "InvalidParameterValue.InvaildPassword")
	h.Fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": ids, "Password": "abcd1234", "UserName": string(make([]byte, 65))}, "InvalidParameterValue.ParameterValueTooLarge")
	for _, a := range []string{"StartInstances", "StopInstances", "ModifyInstancesAttribute"} {
		h.Fails(a, map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}}, "InvalidParameterValue.InvalidInstanceID")
	}
	h.Fails("ResetInstancesPassword", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}, "Password": "abcd1234"}, "InvalidParameterValue.InvalidInstanceID")
	h.Fails("ModifyInstancesAttribute", with("InstanceName", string(make([]byte, 61))), "InvalidParameterValue.ParameterValueTooLarge")
	h.Fails("ModifyInstancesAttribute", with("SecurityGroups", []string{"esg-a", "esg-b", "esg-c", "esg-d", "esg-e", "esg-f"}), "InvalidParameterValue.LimitExceeded")
	h.Fails("ResetInstancesMaxBandwidth", with("MaxBandwidthOut", 5000), "InvalidParameterValue.InvalidBandwidth")
	h.Fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": ids, "MaxBandwidthOut": 100, "MaxBandwidthIn": 5000}, "InvalidParameterValue.InvalidBandwidthIn")
	h.Fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": ids, "MaxBandwidthOut": 100, "MaxBandwidthIn": 50}, "InvalidParameterValue.InvalidBandwidthInAndOut")
	h.Fails("ResetInstancesMaxBandwidth", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}, "MaxBandwidthOut": 100}, "ResourceNotFound.InstanceNotExist")
	h.Fails("RebootInstances", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}}, "ResourceNotFound.InstanceNotExist")
	many := make([]string, 101)
	for i := range many {
		many[i] = "ein-zzzzzzzz"
	}
	h.Fails("TerminateInstances", map[string]any{"InstanceIdSet": many}, "InvalidParameterValue.ParameterValueTooLarge")
	h.Fails("TerminateInstances", map[string]any{"InstanceIdSet": ids, "TerminateDelay": true, "TerminateTime": "tomorrow"}, "InvalidParameterValue.InvalidTime")
	h.Ok("TerminateInstances", set)
	h.Fails("TerminateInstances", set, "FailedOperation.OperationNotAllow")
	h.Fails("ModifyInstancesAttribute", with("InstanceName", "x"), "FailedOperation.OperationNotAllow")
	h.Fails("ResetInstancesMaxBandwidth", with("MaxBandwidthOut", 100), "FailedOperation.OperationNotAllow")
}

// A security group bound to instances counts them and cannot be deleted.
func TestSecurityGroupBoundToInstances(t *testing.T) {
	h := newHarness(t, Options{})
	g := h.Ok("CreateSecurityGroup", map[string]any{"GroupName": "g", "GroupDescription": "d"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	ids := insRun(h, 2, "SecurityGroupIds", []string{g})
	st := h.Ok("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{g}})["SecurityGroupAssociationStatisticsSet"].([]any)[0].(map[string]any)
	is := st["InstanceStatistics"].([]any)
	if st["ECM"].(float64) != 2 || st["TotalCount"].(float64) != 2 || len(is) != 1 || is[0].(map[string]any)["InstanceCount"].(float64) != 2 {
		t.Fatalf("%v", st)
	}
	h.Fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": g}, "ResourceInUse")
	h.Ok("ModifyInstancesAttribute", map[string]any{"InstanceIdSet": ids, "SecurityGroups": []string{"esg-default0"}})
	h.Ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": g})
}

// A module without WAN IPs gives instances no public IP; tags filter.
func TestInstanceWithoutPublicIPAndTags(t *testing.T) {
	h := newHarness(t, Options{})
	mod := modCreate(h, "private", "DisableWanIp", true)
	id := h.Ok("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CUCC"}},
		"TagSpecification": []any{map[string]any{"ResourceType": "instance", "Tags": []tag{{"env", "test"}}}}})["InstanceIdSet"].([]any)[0].(string)
	i := insDescribe(h, id)
	net := i["Internet"].(map[string]any)
	if len(net["PublicIPAddressSet"].([]any)) != 0 || net["InstanceNetworkInfoSet"].([]any)[0].(map[string]any)["AddressInfoSet"].([]any)[0].(map[string]any)["PublicIPAddressInfo"] != nil {
		t.Fatalf("public IP on a DisableWanIp module: %v", net)
	}
	for _, f := range []filter{{"tag:env", []string{"test"}}, {"tag-key", []string{"env"}}} {
		if n := h.Ok("DescribeInstances", map[string]any{"Filters": []filter{f}})["TotalCount"].(float64); n != 1 {
			t.Fatalf("%v: %v", f, n)
		}
	}
}
