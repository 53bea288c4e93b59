package ecm_test

import (
	"testing"
	"time"
)

// The instance's primary ENI is listed, holds its address, and is protected.
func TestENIPrimaryOfInstance(t *testing.T) {
	h := newHarness(t, Options{})
	n := eniInstance(h)
	p := eniDescribe(h, n.primary)
	att, _ := p["Attachment"].(map[string]any)
	if p["Primary"] != true || att == nil || att["InstanceId"] != n.ins || att["DeviceIndex"].(float64) != 0 || len(eniIPs(p)) != 1 {
		t.Fatalf("primary ENI %v", p)
	}
	primaryIP := eniIPs(p)[0]
	h.Fails("DeleteNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": n.primary}, "UnsupportedOperation")
	h.Fails("RemovePrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": n.primary,
		"PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": primaryIP}}}, "UnsupportedOperation")
	// Secondary addresses on the primary ENI come and go; the primary stays.
	got := h.Ok("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": n.primary, "SecondaryPrivateIpAddressCount": 2})
	if len(got["PrivateIpAddressSet"].([]any)) != 2 || len(eniIPs(eniDescribe(h, n.primary))) != 3 {
		t.Fatalf("assign: %v", got)
	}
	// Terminating the instance frees every address and the primary ENI goes.
	h.Ok("TerminateInstances", map[string]any{"InstanceIdSet": []string{n.ins}})
	h.Clock.Advance(time.Minute)
	if eniDescribe(h, n.primary) != nil {
		t.Fatal("primary ENI outlived its instance")
	}
}

// States, attachment, the in-use rules and deletion.
func TestENILifecycle(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	n := eniInstance(h)
	eni := eniCreate(h, n.vpc, n.subnet, "SecurityGroupIds", []string{"esg-default0"})
	h.Ok("AttachNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "InstanceId": n.ins})
	if s := eniDescribe(h, eni)["State"]; s != "ATTACHING" {
		t.Fatalf("state while attaching: %v", s)
	}
	h.Fails("DeleteNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni}, "ResourceInUse")
	h.Clock.Advance(time.Minute)
	d := eniDescribe(h, eni)
	if att, _ := d["Attachment"].(map[string]any); d["State"] != "AVAILABLE" || att == nil || att["InstanceId"] != n.ins || att["DeviceIndex"].(float64) != 1 {
		t.Fatalf("attached ENI %v", d)
	}
	h.Fails("DeleteNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni}, "ResourceInUse")
	h.Fails("DeleteSubnet", map[string]any{"EcmRegion": testRegion, "SubnetId": n.subnet}, "ResourceInUse")
	h.Fails("AttachNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "InstanceId": n.ins}, "UnsupportedOperation.AttachmentAlreadyExists")
	stats := h.Ok("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{"esg-default0"}})["SecurityGroupAssociationStatisticsSet"].([]any)[0].(map[string]any)
	if stats["ENI"].(float64) != 1 {
		t.Fatalf("statistics %v", stats)
	}
	h.Ok("DetachNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "InstanceId": n.ins})
	if s := eniDescribe(h, eni)["State"]; s != "DETACHING" {
		t.Fatalf("state while detaching: %v", s)
	}
	h.Clock.Advance(time.Minute)
	if d := eniDescribe(h, eni); d["Attachment"] != nil || d["State"] != "AVAILABLE" {
		t.Fatalf("detached ENI %v", d)
	}
	h.Ok("DeleteNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni})
	if s := eniDescribe(h, eni)["State"]; s != "DELETING" {
		t.Fatalf("state while deleting: %v", s)
	}
	h.Clock.Advance(time.Minute)
	if eniDescribe(h, eni) != nil {
		t.Fatal("deleted ENI still listed")
	}
}

// Assigning more addresses than the subnet has fails with ResourceInsufficient
// and assigns nothing; the per-ENI quota is LimitExceeded.PrivateIPQuotaLimitExceeded.
func TestENISubnetExhaustionAndQuota(t *testing.T) {
	h := newHarness(t, Options{})
	vpc := h.CreateVpc("10.0.0.0/16")
	subnet := h.CreateSubnet(vpc, "10.0.1.0/28") // 13 usable addresses
	eni := eniCreate(h, vpc, subnet)
	assign := func(n int) (map[string]any, string) {
		return h.Call("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": n})
	}
	h.Ok("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 10})
	if _, code := assign(3); code != "ResourceInsufficient" {
		t.Fatalf("13 more than a /28 holds: %q", code)
	}
	if got := len(eniIPs(eniDescribe(h, eni))); got != 11 {
		t.Fatalf("after the failed call the ENI has %d addresses, want 11", got)
	}
	h.Ok("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2})
	sub := h.Ok("DescribeSubnets", map[string]any{"EcmRegion": testRegion, "SubnetIds": []string{subnet}})["SubnetSet"].([]any)[0].(map[string]any)
	if sub["AvailableIpAddressCount"].(float64) != 0 {
		t.Fatalf("subnet %v", sub)
	}
	if _, code := assign(11); code != "InvalidParameterValue.Range" {
		t.Fatalf("11 in one call: %q", code)
	}
	big := h.CreateSubnet(vpc, "10.0.2.0/24")
	other := eniCreate(h, vpc, big, "SecondaryPrivateIpAddressCount", 9)
	h.Ok("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": other, "SecondaryPrivateIpAddressCount": 10})
	h.Fails("AssignPrivateIpAddresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": other, "SecondaryPrivateIpAddressCount": 1}, "LimitExceeded.PrivateIPQuotaLimitExceeded")
}

// EIP binding: states, the binding filters, release refused while bound,
// BIND_ENI for a detached ENI, removal of the address unbinding it.
func TestEIPAssociation(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	n := eniInstance(h)
	eips, task := h.Allocate(2)
	h.Clock.Advance(time.Minute)
	h.TaskResult(task)
	a, b := eips[0], eips[1]
	r := func(kv ...any) map[string]any {
		m := map[string]any{"EcmRegion": testRegion}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	h.Ok("AssociateAddress", r("AddressId", a, "InstanceId", n.ins))
	if s := h.Address(a)["AddressStatus"]; s != "BINDING" {
		t.Fatalf("while binding: %v", s)
	}
	h.Fails("ReleaseAddresses", r("AddressIds", []string{a}), "UnsupportedOperation.StatusNotPermit")
	h.Clock.Advance(time.Minute)
	got := h.Address(a)
	if got["AddressStatus"] != "BIND" || got["InstanceId"] != n.ins || got["NetworkInterfaceId"] != n.primary {
		t.Fatalf("bound to the instance: %v", got)
	}
	for _, f := range []filter{{"instance-id", []string{n.ins}}, {"network-interface-id", []string{n.primary}}, {"private-ip-address", []string{got["PrivateAddressIp"].(string)}}} {
		if c := h.Ok("DescribeAddresses", r("Filters", []filter{f}))["TotalCount"].(float64); c != 1 {
			t.Fatalf("filter %v matched %v", f, c)
		}
	}
	h.Fails("ReleaseAddresses", r("AddressIds", []string{a}), "UnsupportedOperation.StatusNotPermit")
	h.Fails("AssociateAddress", r("AddressId", b, "InstanceId", n.ins), "UnsupportedOperation.AlreadyBindEip")
	pub := insDescribe(h, n.ins)["Internet"].(map[string]any)["PublicIPAddressSet"].([]any)
	if len(pub) != 1 || pub[0].(map[string]any)["PublicIPAddress"] != got["AddressIp"] {
		t.Fatalf("the instance's public IP is not the EIP's %v: %v", got["AddressIp"], pub)
	}

	// A secondary address of a detached ENI: BIND_ENI; attached: BIND.
	eni := eniCreate(h, n.vpc, n.subnet, "SecondaryPrivateIpAddressCount", 1)
	ip := eniIPs(eniDescribe(h, eni))[1]
	h.Ok("AssociateAddress", r("AddressId", b, "NetworkInterfaceId", eni, "PrivateIpAddress", ip))
	h.Clock.Advance(time.Minute)
	if got := h.Address(b); got["AddressStatus"] != "BIND_ENI" || got["InstanceId"] != nil {
		t.Fatalf("bound to a dangling ENI: %v", got)
	}
	h.Ok("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	h.Clock.Advance(time.Minute)
	if got := h.Address(b); got["AddressStatus"] != "BIND" || got["InstanceId"] != n.ins {
		t.Fatalf("after the attachment: %v", got)
	}
	h.Ok("RemovePrivateIpAddresses", r("NetworkInterfaceId", eni, "PrivateIpAddresses", []map[string]any{{"PrivateIpAddress": ip}}))
	if got := h.Address(b); got["AddressStatus"] != "UNBIND" || got["NetworkInterfaceId"] != nil {
		t.Fatalf("after removing its address: %v", got)
	}
	// Unbinding from the instance, with a new general public IP.
	h.Ok("DisassociateAddress", r("AddressId", a, "ReallocateNormalPublicIp", true))
	if s := h.Address(a)["AddressStatus"]; s != "UNBINDING" {
		t.Fatalf("while unbinding: %v", s)
	}
	h.Clock.Advance(time.Minute)
	if s := h.Address(a)["AddressStatus"]; s != "UNBIND" {
		t.Fatalf("after unbinding: %v", s)
	}
	if pub := eniDescribe(h, n.primary)["PrivateIpAddressSet"].([]any)[0].(map[string]any)["PublicIpAddress"]; pub == "" {
		t.Fatal("no general public IP reallocated")
	}
	h.Fails("DisassociateAddress", r("AddressId", a), "UnsupportedOperation.StatusNotPermit")
}

// IPv6 on a primary ENI: PENDING then AVAILABLE; release is a task.
func TestENIIPv6(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	n := eniInstance(h)
	got := h.Ok("AssignIpv6Addresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": n.primary, "Ipv6AddressCount": 2})["Ipv6AddressSet"].([]any)
	if len(got) != 2 || got[0].(map[string]any)["State"] != "PENDING" {
		t.Fatalf("assigned %v", got)
	}
	h.Clock.Advance(time.Minute)
	set := eniDescribe(h, n.primary)["Ipv6AddressSet"].([]any)
	if len(set) != 2 || set[0].(map[string]any)["State"] != "AVAILABLE" {
		t.Fatalf("after the wait %v", set)
	}
	addr := set[0].(map[string]any)["Address"]
	task := h.Ok("ReleaseIpv6Addresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": n.primary, "Ipv6Addresses": []map[string]any{{"Address": addr}}})["TaskId"]
	h.Clock.Advance(time.Minute)
	if h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": task})["Result"] != "SUCCESS" || len(eniDescribe(h, n.primary)["Ipv6AddressSet"].([]any)) != 1 {
		t.Fatal("release did not complete")
	}
	vpc := h.CreateVpc("10.0.0.0/16")
	h.Fails("AssignIpv6Addresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eniCreate(h, vpc, h.CreateSubnet(vpc, "10.0.1.0/24")), "Ipv6AddressCount": 1}, "InvalidParameterValue")
}

// Security groups bound to and unbound from instances, idempotently.
func TestSecurityGroupAssociation(t *testing.T) {
	h := newHarness(t, Options{})
	ins := insLaunch(h)
	sg := sgCreate(h, "assoc")
	p := map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": []string{ins}}
	h.Ok("AssociateSecurityGroups", p)
	h.Ok("AssociateSecurityGroups", p)
	groups := insDescribe(h, ins)["SecurityGroupIds"].([]any)
	if len(groups) != 2 || groups[1] != sg {
		t.Fatalf("groups %v", groups)
	}
	h.Fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": sg}, "ResourceInUse")
	h.Ok("DisassociateSecurityGroups", p)
	h.Ok("DisassociateSecurityGroups", p)
	if groups := insDescribe(h, ins)["SecurityGroupIds"].([]any); len(groups) != 1 {
		t.Fatalf("groups after unbinding %v", groups)
	}
}
