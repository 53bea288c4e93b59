package vpc_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

type filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}

// enis lists the IDs DescribeNetworkInterfaces answers, and its TotalCount.
func (h *harness) enis(params map[string]any) ([]string, int) {
	h.T.Helper()
	resp := h.api.Ok("DescribeNetworkInterfaces", params)
	var ids []string
	for _, it := range resp["NetworkInterfaceSet"].([]any) {
		ids = append(ids, it.(map[string]any)["NetworkInterfaceId"].(string))
	}
	return ids, int(resp["TotalCount"].(float64))
}

// An ENI as DescribeNetworkInterfaces shows it: every field of §2b the sandbox can fill.
func TestDescribeNetworkInterfaces_Fields(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, _ := h.network()
	out := h.fixtures(fixtureDoc{ENIs: []fixtureENI{
		{NetworkInterfaceId: "eni-attached", SubnetId: subnetID, PrivateIpAddress: "10.0.1.40", InstanceId: "ins-app00001", NetworkInterfaceName: "app", Primary: true},
	}})
	id := out.ENIs[0].NetworkInterfaceId
	h.assign(map[string]any{"NetworkInterfaceId": id, "PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": "10.0.1.41", "Description": "svc", "QosLevel": "PT"}}})
	e := h.eni(id)
	want := map[string]any{
		"NetworkInterfaceId": id, "NetworkInterfaceName": "app", "NetworkInterfaceDescription": "", "SubnetId": subnetID, "VpcId": vpcID,
		"GroupSet": []any{}, "Primary": true, "State": "AVAILABLE", "NetworkInterfaceState": "INUSE", "Zone": zone,
		"CreatedTime": "2024-05-17 18:30:00", "Ipv6AddressSet": []any{}, "TagSet": []any{}, "EniType": 1.0, "Business": "cvm",
		"CdcId": "", "AttachType": 0.0, "ResourceId": "", "QosLevel": "DEFAULT",
		"Attachment": map[string]any{"DeviceIndex": 0.0, "InstanceAccountId": "100000000001", "AttachTime": "2024-05-17 18:30:00", "InstanceId": "ins-app00001"},
		"PrivateIpAddressSet": []any{
			map[string]any{"PrivateIpAddress": "10.0.1.40", "Primary": true, "PublicIpAddress": "", "AddressId": "", "Description": "", "IsWanIpBlocked": false, "State": "AVAILABLE", "QosLevel": "DEFAULT"},
			map[string]any{"PrivateIpAddress": "10.0.1.41", "Primary": false, "PublicIpAddress": "", "AddressId": "", "Description": "svc", "IsWanIpBlocked": false, "State": "PENDING", "QosLevel": "PT"},
		},
	}
	mac, _ := e["MacAddress"].(string)
	delete(e, "MacAddress")
	if !reflect.DeepEqual(e, want) {
		t.Fatalf("ENI\n got %v\nwant %v", e, want)
	}
	var b [3]byte
	if n, err := fmt.Sscanf(mac, "20:90:6F:%02X:%02X:%02X", &b[0], &b[1], &b[2]); n != 3 || err != nil {
		t.Fatalf("MacAddress %q", mac)
	}
	if plain := h.eni(h.moreENI(subnetID)); plain["Attachment"] != nil || plain["EniType"] != 0.0 || plain["NetworkInterfaceState"] != "AVAILABLE" || plain["MacAddress"] == mac {
		t.Fatalf("an unattached ENI: %v", plain)
	}
}

// By ID (unknown IDs are an empty answer, not an error) or by filters, never both; paging.
func TestDescribeNetworkInterfaces_IDsFiltersPaging(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, first := h.network()
	out := h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-test0002", Region: region, CidrBlock: "192.168.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-test0002", VpcId: "vpc-test0002", CidrBlock: "192.168.10.0/24", Zone: zone}},
		ENIs: []fixtureENI{
			{SubnetId: subnetID, PrivateIpAddress: "10.0.1.12", InstanceId: "ins-db000001", Primary: true},
			{SubnetId: subnetID, PrivateIpAddress: "10.0.1.120", InstanceId: "ins-db000001", NetworkInterfaceName: "db-2"},
			{SubnetId: "subnet-test0002", PrivateIpAddress: "192.168.10.12"},
		},
	})
	primary, second, third := out.ENIs[0].NetworkInterfaceId, out.ENIs[1].NetworkInterfaceId, out.ENIs[2].NetworkInterfaceId
	h.assign(map[string]any{"NetworkInterfaceId": third, "PrivateIpAddresses": specs("192.168.10.77")})
	check := func(params map[string]any, want ...string) {
		t.Helper()
		got, total := h.enis(params)
		if !reflect.DeepEqual(got, want) && (len(got) != 0 || len(want) != 0) || total != len(want) {
			t.Fatalf("%v: got %v (TotalCount %d), want %v", params, got, total, want)
		}
	}
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []filter{{Name: name, Values: values}}}
	}
	check(map[string]any{}, first, primary, second, third)
	check(map[string]any{"NetworkInterfaceIds": []string{third, "eni-zzzzzzzz", first}}, first, third) // creation order
	check(map[string]any{"NetworkInterfaceIds": []string{"eni-zzzzzzzz"}})
	check(f("vpc-id", vpcID), first, primary, second)
	check(f("subnet-id", "subnet-test0002"), third)
	check(f("network-interface-id", second, third), second, third)
	check(f("attachment.instance-id", "ins-db000001"), primary, second)
	check(f("is-primary", "true"), primary)
	check(f("is-primary", "false"), first, second, third)
	check(f("eni-type", "1"), primary)
	check(f("network-interface-name", "db-2"), second)
	check(f("address-ip", "10.0.1.12"), primary, second) // one value: a prefix (10.0.1.12 and 10.0.1.120)
	check(map[string]any{"Filters": []filter{{Name: "address-ip", Values: []string{"10.0.1.12"}}, {Name: "ip-exact-match", Values: []string{"true"}}}}, primary)
	check(f("address-ip", "10.0.1.12", "192.168.10.77"), primary, third) // several values: exact, secondary IPs included
	check(map[string]any{"Filters": []filter{{Name: "vpc-id", Values: []string{vpcID}}, {Name: "is-primary", Values: []string{"false"}}}}, first, second)
	check(f("groups.security-group-id", "sg-00000001"))
	check(f("tag-key", "env"))
	check(f("termination-protection", "false"), first, primary, second, third)
	check(f("termination-protection", "true"))
	page, total := h.enis(map[string]any{"Offset": 1, "Limit": 2})
	if !reflect.DeepEqual(page, []string{primary, second}) || total != 4 {
		t.Fatalf("Offset 1 Limit 2: %v, TotalCount %d", page, total)
	}
	fail := func(code string, params map[string]any) {
		t.Helper()
		h.api.Fails("DescribeNetworkInterfaces", params, code)
	}
	many := make([]string, 101)
	for i := range many {
		many[i] = fmt.Sprintf("eni-%08d", i)
	}
	fail("InvalidParameter.Coexist", map[string]any{"NetworkInterfaceIds": []string{first}, "Filters": []filter{{Name: "vpc-id", Values: []string{vpcID}}}})
	fail("InvalidParameterValue.LimitExceeded", map[string]any{"NetworkInterfaceIds": many})
	fail("InvalidParameterValue.Malformed", map[string]any{"NetworkInterfaceIds": []string{"eni-ABC"}})
	fail("InvalidParameterValue.Malformed", map[string]any{"NetworkInterfaceIds": "eni-00000001"})
	fail("InvalidParameterValue.Range", map[string]any{"Limit": 101})
	fail("InvalidParameterValue.Range", map[string]any{"Offset": -1})
	fail("InvalidParameter.FilterInvalidKey", f("no-such-filter", "x"))
	fail("InvalidParameter.FilterInvalidKey", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id", "Values": []string{vpcID}, "Fuzzy": true}}})
	fail("InvalidParameter.FilterNotDict", map[string]any{"Filters": []any{"vpc-id"}})
	fail("InvalidParameter.FilterValuesNotList", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id", "Values": vpcID}}})
	fail("InvalidParameter.FilterValuesNotList", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id"}}})
	fail("InvalidParameterValue", map[string]any{"Filters": []map[string]any{{"Name": "vpc-id", "Values": []string{}}}})
	fail("InvalidParameterValue", f("is-primary", "yes"))
}
