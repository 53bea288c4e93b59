package ecm_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// eniProvocations is TestErrorCodeConformance's part for ENIs, their
// addresses, EIP binding and instance security groups.
func eniProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{TaskDuration: time.Second})
	fail := func(action string, params map[string]any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	r := func(kv ...any) map[string]any {
		m := map[string]any{"EcmRegion": testRegion}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	n := eniInstance(h)
	other := eniInstance(h)
	eni := eniCreate(h, n.vpc, n.subnet, "SecondaryPrivateIpAddressCount", 1)
	secondary := eniIPs(eniDescribe(h, eni))[1]
	vpc := h.CreateVpc("10.0.0.0/16")
	tiny := h.CreateSubnet(vpc, "10.0.1.0/28")
	lone := eniCreate(h, vpc, tiny)
	ips := func(list ...string) []map[string]any {
		out := []map[string]any{}
		for _, ip := range list {
			out = append(out, map[string]any{"PrivateIpAddress": ip})
		}
		return out
	}

	// CreateNetworkInterface.
	create := func(kv ...any) map[string]any {
		return r(append([]any{"VpcId", vpc, "SubnetId", tiny, "NetworkInterfaceName", "x"}, kv...)...)
	}
	fail("CreateNetworkInterface", r("VpcId", vpc, "SubnetId", tiny))
	fail("CreateNetworkInterface", create("VpcId", "!!"))
	fail("CreateNetworkInterface", create("VpcId", "vpc-zzzzzzzz"))
	fail("CreateNetworkInterface", create("SubnetId", n.subnet)) // another VPC's subnet
	fail("CreateNetworkInterface", create("NetworkInterfaceName", strings.Repeat("n", 61)))
	fail("CreateNetworkInterface", create("NetworkInterfaceDescription", strings.Repeat("d", 61)))
	fail("CreateNetworkInterface", create("SecurityGroupIds", []string{"esg-zzzzzzzz"}))
	fail("CreateNetworkInterface", create("SecurityGroupIds", []string{"!!"}))
	fail("CreateNetworkInterface", create("SecondaryPrivateIpAddressCount", -1))
	fail("CreateNetworkInterface", create("SecondaryPrivateIpAddressCount", 30))
	fail("CreateNetworkInterface", create("SecondaryPrivateIpAddressCount", 15)) // more than the /28 has
	fail("CreateNetworkInterface", create("PrivateIpAddresses", ips("10.0.9.9")))
	fail("CreateNetworkInterface", create("PrivateIpAddresses", ips("10.0.1.0")))
	fail("CreateNetworkInterface", create("PrivateIpAddresses", ips("banana")))
	fail("CreateNetworkInterface", create("PrivateIpAddresses", ips(eniIPs(eniDescribe(h, lone))[0])))
	fail("CreateNetworkInterface", create("PrivateIpAddresses", ips("10.0.1.2", "10.0.1.3", "10.0.1.4", "10.0.1.5", "10.0.1.6", "10.0.1.7", "10.0.1.8", "10.0.1.9", "10.0.1.10", "10.0.1.11", "10.0.1.12")))
	fail("CreateNetworkInterface", create("Tags", []map[string]any{{"Key": "", "Value": "v"}}))
	_ = h.S.SetLimit("ecm.enis_per_region", 1)
	fail("CreateNetworkInterface", create())
	_ = h.S.SetLimit("ecm.enis_per_region", 100)

	// DescribeNetworkInterfaces.
	fail("DescribeNetworkInterfaces", r("NetworkInterfaceIds", []string{"!!"}))
	fail("DescribeNetworkInterfaces", r("NetworkInterfaceIds", []string{eni}, "Filters", []filter{{"vpc-id", []string{vpc}}}))
	fail("DescribeNetworkInterfaces", r("Filters", []filter{{"no-such-filter", []string{"x"}}}))
	fail("DescribeNetworkInterfaces", r("Filters", []filter{{"is-primary", []string{"perhaps"}}}))
	fail("DescribeNetworkInterfaces", r("Limit", 1000))
	fail("DescribeNetworkInterfaces", r("Offset", "x"))
	many := make([]string, 101)
	for i := range many {
		many[i] = fmt.Sprintf("eni-%08x", i)
	}
	fail("DescribeNetworkInterfaces", r("NetworkInterfaceIds", many))

	// DeleteNetworkInterface.
	fail("DeleteNetworkInterface", r())
	fail("DeleteNetworkInterface", r("NetworkInterfaceId", "!!"))
	fail("DeleteNetworkInterface", r("NetworkInterfaceId", "eni-zzzzzzzz"))
	fail("DeleteNetworkInterface", r("NetworkInterfaceId", n.primary))
	fail("DeleteNetworkInterface", map[string]any{"EcmRegion": "xx-nowhere-ecm", "NetworkInterfaceId": eni})

	// Attach, detach, migrate.
	fail("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", "!!"))
	fail("AttachNetworkInterface", r("NetworkInterfaceId", "!!", "InstanceId", n.ins))
	fail("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", "ein-zzzzzzzz"))
	fail("AttachNetworkInterface", r("NetworkInterfaceId", lone, "InstanceId", n.ins)) // another VPC
	fail("AttachNetworkInterface", r("NetworkInterfaceId", n.primary, "InstanceId", other.ins))
	h.Ok("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	fail("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins)) // ATTACHING
	fail("DetachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	fail("DeleteNetworkInterface", r("NetworkInterfaceId", eni))
	h.Clock.Advance(time.Minute)
	fail("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", other.ins)) // attached
	fail("DetachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", other.ins))
	fail("DetachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", "!!"))
	fail("DetachNetworkInterface", r("NetworkInterfaceId", n.primary, "InstanceId", n.ins))
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", eni, "SourceInstanceId", other.ins, "DestinationInstanceId", n.ins))
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", eni, "SourceInstanceId", n.ins, "DestinationInstanceId", n.ins))
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", eni, "SourceInstanceId", n.ins, "DestinationInstanceId", "ein-zzzzzzzz"))
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", eni, "SourceInstanceId", "!!", "DestinationInstanceId", other.ins))
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", n.primary, "SourceInstanceId", n.ins, "DestinationInstanceId", other.ins))
	_ = h.S.SetLimit("ecm.enis_per_instance", 1)
	fail("MigrateNetworkInterface", r("NetworkInterfaceId", eni, "SourceInstanceId", n.ins, "DestinationInstanceId", other.ins))
	spare := eniCreate(h, n.vpc, n.subnet)
	fail("AttachNetworkInterface", r("NetworkInterfaceId", spare, "InstanceId", other.ins))
	_ = h.S.SetLimit("ecm.enis_per_instance", 4)

	// Private IPv4 addresses.
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "SecondaryPrivateIpAddressCount", 11))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "SecondaryPrivateIpAddressCount", -1))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", "!!", "SecondaryPrivateIpAddressCount", 1))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", "eni-zzzzzzzz", "SecondaryPrivateIpAddressCount", 1))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "PrivateIpAddresses", ips("192.168.0.9")))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "PrivateIpAddresses", ips(eniIPs(eniDescribe(h, lone))[0])))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "SecondaryPrivateIpAddressCount", "two"))
	h.Ok("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "SecondaryPrivateIpAddressCount", 10))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", lone, "SecondaryPrivateIpAddressCount", 5)) // the /28 is full
	_ = h.S.SetLimit("ecm.eni_private_ips", 2)
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", eni, "SecondaryPrivateIpAddressCount", 1))
	_ = h.S.SetLimit("ecm.eni_private_ips", 20)
	fail("RemovePrivateIpAddresses", r("NetworkInterfaceId", eni))
	fail("RemovePrivateIpAddresses", r("NetworkInterfaceId", eni, "PrivateIpAddresses", ips("10.9.9.9")))
	fail("RemovePrivateIpAddresses", r("NetworkInterfaceId", eni, "PrivateIpAddresses", ips(eniIPs(eniDescribe(h, eni))[0])))
	fail("RemovePrivateIpAddresses", r("NetworkInterfaceId", "!!", "PrivateIpAddresses", ips(secondary)))
	fail("RemovePrivateIpAddresses", r("NetworkInterfaceId", eni, "PrivateIpAddresses", "x"))
	fail("ModifyPrivateIpAddressesAttribute", r("NetworkInterfaceId", eni, "PrivateIpAddresses", ips("10.9.9.9")))
	fail("ModifyPrivateIpAddressesAttribute", r("NetworkInterfaceId", eni))
	fail("ModifyPrivateIpAddressesAttribute", r("NetworkInterfaceId", "!!", "PrivateIpAddresses", ips(secondary)))
	fail("ModifyPrivateIpAddressesAttribute", r("NetworkInterfaceId", eni, "PrivateIpAddresses", "x"))
	fail("ModifyPrivateIpAddressesAttribute", r("NetworkInterfaceId", eni, "PrivateIpAddresses", []map[string]any{{"PrivateIpAddress": secondary, "Description": strings.Repeat("d", 61)}}))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", eni, "DestinationNetworkInterfaceId", lone, "PrivateIpAddress", secondary))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", eni, "DestinationNetworkInterfaceId", spare, "PrivateIpAddress", eniIPs(eniDescribe(h, eni))[0]))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", eni, "DestinationNetworkInterfaceId", spare, "PrivateIpAddress", "10.9.9.9"))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", "!!", "DestinationNetworkInterfaceId", spare, "PrivateIpAddress", secondary))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", eni, "DestinationNetworkInterfaceId", "eni-zzzzzzzz", "PrivateIpAddress", secondary))
	fail("MigratePrivateIpAddress", r("SourceNetworkInterfaceId", eni, "DestinationNetworkInterfaceId", spare))

	// IPv6.
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", eni, "Ipv6AddressCount", 1)) // not a primary ENI
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6AddressCount", 11))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6Addresses", []map[string]any{{"Address": "10.0.0.1"}}))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6AddressCount", 1, "Ipv6ISP", "ACME"))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", "!!", "Ipv6AddressCount", 1))
	_ = h.S.SetLimit("ecm.eni_ipv6_addresses", 1)
	h.Ok("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::1"}}))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6AddressCount", 1))
	fail("AssignIpv6Addresses", r("NetworkInterfaceId", other.primary, "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::1"}}))
	_ = h.S.SetLimit("ecm.eni_ipv6_addresses", 10)
	fail("ModifyIpv6AddressesAttribute", r("NetworkInterfaceId", n.primary))
	fail("ModifyIpv6AddressesAttribute", r("NetworkInterfaceId", n.primary, "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::2"}}))
	fail("ModifyIpv6AddressesAttribute", r("NetworkInterfaceId", "!!", "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::1"}}))
	fail("ReleaseIpv6Addresses", r("NetworkInterfaceId", n.primary))
	fail("ReleaseIpv6Addresses", r("NetworkInterfaceId", n.primary, "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::2"}}))
	fail("ReleaseIpv6Addresses", r("NetworkInterfaceId", "eni-zzzzzzzz", "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::1"}}))
	fail("ReleaseIpv6Addresses", r("NetworkInterfaceId", "!!", "Ipv6Addresses", []map[string]any{{"Address": "2001:db8::1"}}))

	// A second detachment while the first runs.
	h.Ok("DetachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	fail("DetachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	fail("AssignPrivateIpAddresses", r("NetworkInterfaceId", spare, "PrivateIpAddresses", ips(secondary)))
	h.Clock.Advance(time.Minute)
	h.Ok("AttachNetworkInterface", r("NetworkInterfaceId", eni, "InstanceId", n.ins))
	h.Clock.Advance(time.Minute)

	// EIP binding.
	eips, task := h.Allocate(2)
	h.Clock.Advance(time.Minute)
	h.TaskResult(task)
	fail("AssociateAddress", r("AddressId", eips[0]))
	fail("AssociateAddress", r("AddressId", eips[0], "InstanceId", n.ins, "NetworkInterfaceId", eni))
	fail("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", eni))
	fail("AssociateAddress", r("AddressId", eips[0], "InstanceId", n.ins, "PrivateIpAddress", secondary))
	fail("AssociateAddress", r("AddressId", "!!", "InstanceId", n.ins))
	fail("AssociateAddress", r("AddressId", "eip-zzzzzzzz", "InstanceId", n.ins))
	fail("AssociateAddress", r("AddressId", eips[0], "InstanceId", "!!"))
	fail("AssociateAddress", r("AddressId", eips[0], "InstanceId", "ein-zzzzzzzz"))
	fail("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", "!!", "PrivateIpAddress", secondary))
	fail("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", "eni-zzzzzzzz", "PrivateIpAddress", secondary))
	fail("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", eni, "PrivateIpAddress", "10.9.9.9"))
	fail("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", n.primary, "PrivateIpAddress", eniIPs(eniDescribe(h, n.primary))[0])) // has a public IP
	h.Ok("AssociateAddress", r("AddressId", eips[0], "NetworkInterfaceId", eni, "PrivateIpAddress", secondary))
	fail("AssociateAddress", r("AddressId", eips[0], "InstanceId", n.ins)) // BINDING
	fail("DisassociateAddress", r("AddressId", eips[0]))                   // BINDING
	fail("AssociateAddress", r("AddressId", eips[1], "NetworkInterfaceId", eni, "PrivateIpAddress", secondary))
	h.Clock.Advance(time.Minute)
	fail("DeleteNetworkInterface", r("NetworkInterfaceId", spare, "EcmRegion", "xx"))
	fail("DisassociateAddress", r("AddressId", eips[0], "ReallocateNormalPublicIp", true)) // not the primary address
	fail("DisassociateAddress", r("AddressId", eips[0], "ReallocateNormalPublicIp", "TRUE"))
	fail("DisassociateAddress", r("AddressId", "!!"))
	fail("DisassociateAddress", r("AddressId", "eip-zzzzzzzz"))
	fail("DisassociateAddress", r("AddressId", eips[1]))
	fail("ReleaseAddresses", r("AddressIds", []string{eips[0]}))
	h.Ok("AssociateAddress", r("AddressId", eips[1], "InstanceId", other.ins))
	h.Clock.Advance(time.Minute)
	fail("AssociateAddress", r("AddressId", eips[1], "InstanceId", other.ins))

	// Instance security groups.
	sg := sgCreate(h, "prov")
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}})
	fail("AssociateSecurityGroups", map[string]any{"InstanceIds": []string{n.ins}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg, "esg-default0"}, "InstanceIds": []string{n.ins}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{"!!"}, "InstanceIds": []string{n.ins}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{"esg-zzzzzzzz"}, "InstanceIds": []string{n.ins}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": []string{"!!"}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": []string{"ein-zzzzzzzz"}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": sg, "InstanceIds": []string{n.ins}})
	fail("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": make([]string, 101)})
	for i := 0; i < 5; i++ {
		g := sgCreate(h, fmt.Sprintf("prov%d", i))
		if _, code := h.Call("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{g}, "InstanceIds": []string{n.ins}}); code != "" {
			break
		}
	}
	fail("DisassociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}})
	fail("DisassociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg, "esg-default0"}, "InstanceIds": []string{n.ins}})
	fail("DisassociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": []string{"!!"}})
	fail("DisassociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{"esg-zzzzzzzz"}, "InstanceIds": []string{n.ins}})
	fail("DisassociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": "x"})
}
