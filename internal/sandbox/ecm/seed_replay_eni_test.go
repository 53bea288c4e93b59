package ecm_test

import (
	"strings"
	"testing"
	"time"
)

// Seed replays of the ENI, EIP-binding and security-group-binding actions
// (TestSeedReplay runs them), and the helpers their tests share.

// eniNet is an instance (RUNNING) with its VPC, subnet and primary ENI.
type eniNet struct{ ins, vpc, subnet, primary string }

func eniInstance(h *harness) eniNet {
	id := insLaunch(h)
	d := insDescribe(h, id)
	vpc := d["VirtualPrivateCloud"].(map[string]any)
	primary := h.Ok("DescribeNetworkInterfaces", map[string]any{"EcmRegion": testRegion,
		"Filters": []filter{{"attachment.instance-id", []string{id}}, {"is-primary", []string{"true"}}}})["NetworkInterfaceSet"].([]any)[0].(map[string]any)
	return eniNet{id, vpc["VpcId"].(string), vpc["SubnetId"].(string), primary["NetworkInterfaceId"].(string)}
}

// eniCreate makes an ENI in the subnet and lets it become AVAILABLE.
func eniCreate(h *harness, vpc, subnet string, extra ...any) string {
	p := map[string]any{"EcmRegion": testRegion, "VpcId": vpc, "SubnetId": subnet, "NetworkInterfaceName": "eni"}
	for i := 0; i+1 < len(extra); i += 2 {
		p[extra[i].(string)] = extra[i+1]
	}
	id := h.Ok("CreateNetworkInterface", p)["NetworkInterface"].(map[string]any)["NetworkInterfaceId"].(string)
	h.Clock.Advance(time.Minute)
	return id
}

func eniDescribe(h *harness, id string) map[string]any {
	set := h.Ok("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": []string{id}})["NetworkInterfaceSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

func eniIPs(n map[string]any) []string {
	var out []string
	for _, x := range n["PrivateIpAddressSet"].([]any) {
		out = append(out, x.(map[string]any)["PrivateIpAddress"].(string))
	}
	return out
}

func eniSeedCases() []seedCase {
	attached := func(h *harness) (eniNet, string) {
		n := eniInstance(h)
		eni := eniCreate(h, n.vpc, n.subnet)
		h.Ok("AttachNetworkInterface", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "InstanceId": n.ins})
		h.Clock.Advance(time.Minute)
		return n, eni
	}
	return []seedCase{
		{name: "CreateNetworkInterface", action: "CreateNetworkInterface", in: seedCreateNetworkInterfaceIn, out: seedCreateNetworkInterfaceOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("172.16.0.0/16")
				return []string{"vpc-1111111", "subnet-22222222"}, []string{vpc, h.CreateSubnet(vpc, "172.16.64.0/24")}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				n := resp["NetworkInterface"].(map[string]any)
				if n["State"] != "PENDING" || n["Primary"] != false || eniIPs(n)[0] != "172.16.64.2" {
					t.Fatalf("created ENI %v", n)
				}
				h.Clock.Advance(time.Minute)
				if got := eniDescribe(h, n["NetworkInterfaceId"].(string)); got["State"] != "AVAILABLE" {
					t.Fatalf("after the task: %v", got)
				}
			}},
		{name: "DescribeNetworkInterfaces", action: "DescribeNetworkInterfaces", in: seedDescribeNetworkInterfacesIn, out: seedDescribeNetworkInterfacesOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.0.0.0/16")
				eniCreate(h, vpc, h.CreateSubnet(vpc, "10.0.0.0/24"))
				return nil, nil
			}},
		{name: "DeleteNetworkInterface", action: "DeleteNetworkInterface", in: seedDeleteNetworkInterfaceIn, out: seedDeleteNetworkInterfaceOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("10.0.0.0/16")
				return []string{"eni-12121212"}, []string{eniCreate(h, vpc, h.CreateSubnet(vpc, "10.0.0.0/24"))}
			}},
		{name: "AttachNetworkInterface", action: "AttachNetworkInterface", in: seedAttachNetworkInterfaceIn, out: seedAttachNetworkInterfaceOut,
			setup: func(h *harness) ([]string, []string) {
				n := eniInstance(h)
				return []string{"eni-12121212", "ins-ins-11221122"}, []string{eniCreate(h, n.vpc, n.subnet), n.ins}
			}},
		{name: "DetachNetworkInterface", action: "DetachNetworkInterface", in: seedDetachNetworkInterfaceIn, out: seedDetachNetworkInterfaceOut,
			setup: func(h *harness) ([]string, []string) {
				n, eni := attached(h)
				return []string{"eni-12121212", "ins-11221122"}, []string{eni, n.ins}
			}},
		{name: "MigrateNetworkInterface", action: "MigrateNetworkInterface", in: seedMigrateNetworkInterfaceIn, out: seedMigrateNetworkInterfaceOut,
			setup: func(h *harness) ([]string, []string) {
				n, eni := attached(h)
				other := eniInstance(h)
				return []string{"eni-12121212", "ins-11221122", "ins-11331133"}, []string{eni, n.ins, other.ins}
			}},
		{name: "AssignPrivateIpAddresses", action: "AssignPrivateIpAddresses", in: seedAssignPrivateIpAddressesIn, out: seedAssignPrivateIpAddressesOut,
			ints: []string{"SecondaryPrivateIpAddressCount"},
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("172.16.0.0/16")
				return []string{"eni-12121212"}, []string{eniCreate(h, vpc, h.CreateSubnet(vpc, "172.16.32.0/24"))}
			}},
		{name: "RemovePrivateIpAddresses", action: "RemovePrivateIpAddresses", in: seedRemovePrivateIpAddressesIn, out: seedRemovePrivateIpAddressesOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("172.16.0.0/16")
				eni := eniCreate(h, vpc, h.CreateSubnet(vpc, "172.16.32.0/24"), "PrivateIpAddresses", []map[string]any{{"PrivateIpAddress": "172.16.32.5"}, {"PrivateIpAddress": "172.16.32.111"}})
				return []string{"eni-12121212"}, []string{eni}
			}},
		{name: "MigratePrivateIpAddress", action: "MigratePrivateIpAddress", in: seedMigratePrivateIpAddressIn, out: seedMigratePrivateIpAddressOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("172.16.0.0/16")
				subnet := h.CreateSubnet(vpc, "172.16.33.0/24")
				src := eniCreate(h, vpc, subnet, "PrivateIpAddresses", []map[string]any{{"PrivateIpAddress": "172.16.33.5"}, {"PrivateIpAddress": "172.16.33.109"}})
				return []string{"eni-12121212", "eni-13131313"}, []string{src, eniCreate(h, vpc, subnet)}
			}},
		{name: "ModifyPrivateIpAddressesAttribute", action: "ModifyPrivateIpAddressesAttribute", in: strings.Replace(seedModifyPrivateIpAddressesAttributeIn, `"ap-guangzhou-ecm"`, testRegion, 1), out: seedModifyPrivateIpAddressesAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				vpc := h.CreateVpc("192.168.0.0/16")
				eni := eniCreate(h, vpc, h.CreateSubnet(vpc, "192.168.2.0/24"), "PrivateIpAddresses", []map[string]any{{"PrivateIpAddress": "192.168.2.7"}})
				return []string{"eni-pwbqma5d"}, []string{eni}
			}},
		{name: "AssignIpv6Addresses", action: "AssignIpv6Addresses", in: strings.Replace(seedAssignIpv6AddressesIn, "ap-xian-ecm", testRegion, 1), out: seedAssignIpv6AddressesOut,
			ints: []string{"Ipv6AddressCount"},
			setup: func(h *harness) ([]string, []string) {
				return []string{"eni-1snva0vd"}, []string{eniInstance(h).primary}
			}},
		{name: "ModifyIpv6AddressesAttribute", action: "ModifyIpv6AddressesAttribute", in: strings.Replace(seedModifyIpv6AddressesAttributeIn, "ap-guangzhou-ecm-cu2", testRegion, 1), out: seedModifyIpv6AddressesAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				eni := eniInstance(h).primary
				h.Ok("AssignIpv6Addresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "Ipv6Addresses": []map[string]any{{"Address": "3402:4e00:20:1202::7"}}})
				return []string{"eni-9c8zkfev"}, []string{eni}
			}},
		{name: "ReleaseIpv6Addresses", action: "ReleaseIpv6Addresses", in: strings.Replace(seedReleaseIpv6AddressesIn, "ap-xian-ecm", testRegion, 1), out: seedReleaseIpv6AddressesOut,
			setup: func(h *harness) ([]string, []string) {
				eni := eniInstance(h).primary
				h.Ok("AssignIpv6Addresses", map[string]any{"EcmRegion": testRegion, "NetworkInterfaceId": eni, "Ipv6Addresses": []map[string]any{{"Address": "3402:4e00:20:1202:0:8d01:ee9c:3e22"}}})
				return []string{"eni-9c8zkfev"}, []string{eni}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				task := resp["TaskId"].(float64)
				h.Clock.Advance(time.Minute)
				if got := h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": task})["Result"]; got != "SUCCESS" {
					t.Fatalf("release task: %v", got)
				}
			}},
		{name: "AssociateAddress", action: "AssociateAddress", in: seedAssociateAddressIn, out: seedAssociateAddressOut,
			setup: func(h *harness) ([]string, []string) {
				ids, _ := h.Allocate(1)
				h.Clock.Advance(time.Second)
				return []string{"eip-11112222", "ins-11221122"}, []string{ids[0], eniInstance(h).ins}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				h.Clock.Advance(time.Minute)
				if h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": resp["TaskId"]})["Result"] != "SUCCESS" {
					t.Fatal("association task did not succeed")
				}
			}},
		{name: "DisassociateAddress", action: "DisassociateAddress", in: seedDisassociateAddressIn, out: seedDisassociateAddressOut,
			setup: func(h *harness) ([]string, []string) {
				ids, _ := h.Allocate(1)
				h.Clock.Advance(time.Second)
				h.Ok("AssociateAddress", map[string]any{"EcmRegion": testRegion, "AddressId": ids[0], "InstanceId": eniInstance(h).ins})
				h.Clock.Advance(time.Minute)
				return []string{"eip-11112222"}, []string{ids[0]}
			}},
		{name: "AssociateSecurityGroups", action: "AssociateSecurityGroups", in: seedAssociateSecurityGroupsIn, out: seedAssociateSecurityGroupsOut,
			setup: func(h *harness) ([]string, []string) {
				return []string{"ein-2zvpghhc", "ein-915zrb0p", "esg-9id3l839"}, []string{insLaunch(h), insLaunch(h), sgCreate(h, "assoc")}
			}},
		{name: "DisassociateSecurityGroups", action: "DisassociateSecurityGroups", in: seedDisassociateSecurityGroupsIn, out: seedDisassociateSecurityGroupsOut,
			setup: func(h *harness) ([]string, []string) {
				a, b, sg := insLaunch(h), insLaunch(h), sgCreate(h, "assoc")
				h.Ok("AssociateSecurityGroups", map[string]any{"SecurityGroupIds": []string{sg}, "InstanceIds": []string{a, b}})
				return []string{"ein-2zvpghhc", "ein-915zrb0p", "esg-9id3l839"}, []string{a, b, sg}
			}},
	}
}
