package ecm

import "testing"

// ENIs, their addresses and the subnet's accounting survive the state file.
func TestENIsPersist(t *testing.T) {
	d := newDirect(t)
	v := d.vpc("10.0.0.0/16")
	s := d.ok("CreateSubnet", map[string]any{"VpcId": v, "SubnetName": "s", "CidrBlock": "10.0.1.0/24", "Zone": dZone, "EcmRegion": dRegion})["Subnet"].(map[string]any)["SubnetId"].(string)
	eni := d.ok("CreateNetworkInterface", map[string]any{"EcmRegion": dRegion, "VpcId": v, "SubnetId": s, "NetworkInterfaceName": "p",
		"SecondaryPrivateIpAddressCount": 2})["NetworkInterface"].(map[string]any)["NetworkInterfaceId"].(string)
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	d2.now = d.now
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	d2.now = d2.now.Add(5e9) // the creation completes after the reload
	n := d2.ok("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": []string{eni}})["NetworkInterfaceSet"].([]any)[0].(map[string]any)
	if n["State"] != "AVAILABLE" || len(n["PrivateIpAddressSet"].([]any)) != 3 {
		t.Fatalf("after reload %v", n)
	}
	sub := d2.ok("DescribeSubnets", map[string]any{"EcmRegion": dRegion, "SubnetIds": []string{s}})["SubnetSet"].([]any)[0].(map[string]any)
	if sub["AvailableIpAddressCount"].(float64) != 250 {
		t.Fatalf("subnet after reload %v", sub)
	}
	if _, code := d2.call("DeleteSubnet", map[string]any{"EcmRegion": dRegion, "SubnetId": s}); code != "ResourceInUse" {
		t.Fatalf("deleting the subnet of an ENI: %q", code)
	}
}
