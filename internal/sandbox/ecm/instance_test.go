package ecm_test

import (
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
		{"tags", p("TagSpecification", []any{map[string]any{"ResourceType": "module", "Tags": []tag{{"a", "b"}}}}), "InvalidParameterValue"},
	} {
		t.Run(tc.name, func(t *testing.T) { h.Fails("RunInstances", tc.params, tc.want) })
	}
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
	h.Fails("DescribeInstances", map[string]any{"Filters": []filter{{"zone", []string{"a", "b", "c", "d", "e", "f"}}}}, "InvalidParameterValue.InvalidFilter")
	h.Fails("RunInstances", map[string]any{"ModuleId": mod, "ZoneInstanceCountISPSet": []any{map[string]any{"Zone": "ap-xian-ecm-1", "InstanceCount": 1, "ISP": "CMCC", "VpcId": vpc, "SubnetId": subnet}}}, "ResourceNotFound")
}
