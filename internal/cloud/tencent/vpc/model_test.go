package vpc

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

// The seeds' example answers, verbatim (whitespace included), decoded through the request path by
// the client's own types.

// Seed 000 (DescribeUsedIpAddress), "Output Example".
const seedUsedIpOutput = `{
    "Response": {
        "IpAddressStates": [
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.1",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff1"
            },
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.2",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff2"
            }
        ],
        "TotalCount": 2,
        "RequestId": "2aaa54f5-2809-4b95-b3a5-13ce72d05759"
    }
}`

// Seed 001 (AssignPrivateIpAddresses), "Input Example" and "Output Example".
const (
	seedAssignInput = `{
    "NetworkInterfaceId": "eni-afo43z61",
    "SecondaryPrivateIpAddressCount": "2"
}`
	seedAssignOutput = `{
    "Response": {
        "PrivateIpAddressSet": [
            {
                "PrivateIpAddress": "172.16.32.237"
            },
            {
                "PrivateIpAddress": "172.16.32.84"
            }
        ],
        "RequestId": "f23d1450-ed00-4442-98d4-be409e625e6c"
    }
}`
)

func TestDescribeUsedIpAddress_SeedExample(t *testing.T) {
	c, api := newTestClient(t, func(int, request) string { return seedUsedIpOutput })
	// The seed's example request.
	resp, err := c.DescribeUsedIpAddress(context.Background(), "ap-guangzhou", DescribeUsedIpAddressRequest{
		VpcId: "vpc-bx0vq623", SubnetId: "subnet-dl3wd0vq", IpAddresses: []string{"10.0.0.1", "10.0.0.2"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []IpAddressStates{
		{VpcId: "vpc-bx0vq623", SubnetId: "subnet-dl3wd0vq", IpAddress: "10.0.0.1", ResourceType: "ENI", ResourceId: "eni-bjekqff1"},
		{VpcId: "vpc-bx0vq623", SubnetId: "subnet-dl3wd0vq", IpAddress: "10.0.0.2", ResourceType: "ENI", ResourceId: "eni-bjekqff2"},
	}
	if !reflect.DeepEqual(resp.IpAddressStates, want) || resp.TotalCount == nil || *resp.TotalCount != 2 ||
		resp.RequestId != "2aaa54f5-2809-4b95-b3a5-13ce72d05759" {
		t.Fatalf("decoded %+v (TotalCount %v)", resp, resp.TotalCount)
	}
	sent := api.called("DescribeUsedIpAddress")[0]
	if sent.Region != "ap-guangzhou" {
		t.Errorf("X-TC-Region = %q; want the object's region, not the provider default", sent.Region)
	}
	wantBody := map[string]any{"VpcId": "vpc-bx0vq623", "SubnetId": "subnet-dl3wd0vq", "IpAddresses": []any{"10.0.0.1", "10.0.0.2"}}
	if !reflect.DeepEqual(sent.Body, wantBody) {
		t.Errorf("sent %v; want the seed's example request %v", sent.Body, wantBody)
	}
}

func TestAssignPrivateIpAddresses_SeedExample(t *testing.T) {
	c, api := newTestClient(t, func(int, request) string { return seedAssignOutput })
	two := int64(2)
	resp, err := c.AssignPrivateIpAddresses(context.Background(), "ap-guangzhou", AssignPrivateIpAddressesRequest{
		NetworkInterfaceId: "eni-afo43z61", SecondaryPrivateIpAddressCount: &two,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := resp.Addresses(); !reflect.DeepEqual(got, []string{"172.16.32.237", "172.16.32.84"}) {
		t.Errorf("addresses %v", got)
	}
	if resp.RequestId != "f23d1450-ed00-4442-98d4-be409e625e6c" {
		t.Errorf("RequestId %q: it is the task ID and must be decoded", resp.RequestId)
	}
	sent := api.called("AssignPrivateIpAddresses")[0].Body
	// The seed's example sends the count as the string "2" although its table says Integer: we send
	// a number, and always a ClientToken.
	if n, ok := sent["SecondaryPrivateIpAddressCount"].(float64); !ok || n != 2 {
		t.Errorf("SecondaryPrivateIpAddressCount sent as %#v; want the JSON number 2", sent["SecondaryPrivateIpAddressCount"])
	}
	if tok, _ := sent["ClientToken"].(string); len(tok) == 0 || len(tok) > 64 {
		t.Errorf("ClientToken %q: want 1..64 ASCII characters", tok)
	}
	if sent["NetworkInterfaceId"] != "eni-afo43z61" {
		t.Errorf("sent %v", sent)
	}
}

// The seed's own example request does not fit its table's type: our request type refuses it, which
// is why the client builds requests rather than trusting that example.
func TestAssignPrivateIpAddresses_SeedExampleRequestSendsTheCountAsAString(t *testing.T) {
	var req AssignPrivateIpAddressesRequest
	if err := json.Unmarshal([]byte(seedAssignInput), &req); err == nil {
		t.Fatal("the seed's example request carries the count as a string; the documented type is Integer")
	}
	two := int64(2)
	b, _ := json.Marshal(AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-afo43z61", SecondaryPrivateIpAddressCount: &two})
	if string(b) != `{"NetworkInterfaceId":"eni-afo43z61","SecondaryPrivateIpAddressCount":2}` {
		t.Fatalf("encoded %s", b)
	}
}

func TestAssignPrivateIpAddresses_ExplicitAddressesCarryOnlyWhatWasSet(t *testing.T) {
	b, _ := json.Marshal(AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses([]string{"10.0.0.5"}, "PT"), ClientToken: "tf-x"})
	if string(b) != `{"NetworkInterfaceId":"eni-1","PrivateIpAddresses":[{"PrivateIpAddress":"10.0.0.5","QosLevel":"PT"}],"ClientToken":"tf-x"}` {
		t.Fatalf("encoded %s", b)
	}
	b, _ = json.Marshal(UnassignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses([]string{"10.0.0.5"}, "")})
	if string(b) != `{"NetworkInterfaceId":"eni-1","PrivateIpAddresses":[{"PrivateIpAddress":"10.0.0.5"}]}` {
		t.Fatalf("encoded %s", b)
	}
}

func TestAssignAndUnassign_RefuseMoreThanTenAddresses(t *testing.T) {
	c, api := newTestClient(t, func(int, request) string { return seedAssignOutput })
	eleven := make([]string, 11)
	for i := range eleven {
		eleven[i] = fmt.Sprintf("10.0.0.%d", i+1)
	}
	if _, err := c.AssignPrivateIpAddresses(context.Background(), "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses(eleven, "")}); err == nil {
		t.Error("assign of 11 addresses must be refused before the call")
	}
	if _, err := c.UnassignPrivateIpAddresses(context.Background(), "r", UnassignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses(eleven, "")}); err == nil {
		t.Error("unassign of 11 addresses must be refused before the call")
	}
	if len(api.calls) != 0 {
		t.Errorf("%d calls made", len(api.calls))
	}
}

// DescribeNetworkInterfaces' answer as the public page documents its fields (other-apis.md §2b).
const describeENIOutput = `{"Response":{"NetworkInterfaceSet":[{"NetworkInterfaceId":"eni-m6dyj72l","NetworkInterfaceName":"eni",
"NetworkInterfaceDescription":"","SubnetId":"subnet-dl3wd0vq","VpcId":"vpc-bx0vq623","GroupSet":[],"Primary":false,
"MacAddress":"20:90:6F:A1:B2:C3","State":"AVAILABLE","PrivateIpAddressSet":[
{"PrivateIpAddress":"10.0.0.10","Primary":true,"PublicIpAddress":"","AddressId":"","Description":"","IsWanIpBlocked":false,"State":"AVAILABLE","QosLevel":"DEFAULT"},
{"PrivateIpAddress":"10.0.0.11","Primary":false,"PublicIpAddress":"","AddressId":"","Description":"","IsWanIpBlocked":false,"State":"AVAILABLE","QosLevel":"PT"}],
"Attachment":null,"Zone":"ap-guangzhou-3","CreatedTime":"2024-01-01 00:00:00","Ipv6AddressSet":[],"TagSet":[],"EniType":0,"Business":"cvm","QosLevel":""}],
"TotalCount":1,"RequestId":"req-eni"}}`

func TestFindNetworkInterfaceByID(t *testing.T) {
	c, api := newTestClient(t, func(_ int, r request) string {
		if ids, _ := r.Body["NetworkInterfaceIds"].([]any); len(ids) == 1 && ids[0] == "eni-m6dyj72l" {
			return describeENIOutput
		}
		return `{"Response":{"NetworkInterfaceSet":[],"TotalCount":0,"RequestId":"req-empty"}}`
	})
	eni, err := c.FindNetworkInterfaceByID(context.Background(), "ap-guangzhou", "eni-m6dyj72l")
	if err != nil {
		t.Fatal(err)
	}
	sec := eni.SecondaryAddresses()
	if len(sec) != 1 || sec["10.0.0.11"].State != PrivateIpStateAvailable || sec["10.0.0.11"].QosLevel != "PT" {
		t.Errorf("secondary addresses %v: the primary must not be among them", sec)
	}
	if api.called("DescribeNetworkInterfaces")[0].Region != "ap-guangzhou" {
		t.Error("the ENI's region must be sent")
	}
	// An empty set is how a deleted ENI shows.
	_, err = c.FindNetworkInterfaceByID(context.Background(), "ap-guangzhou", "eni-gone0000")
	if !isNotFound(err) {
		t.Fatalf("empty set: %v; want a NotFoundError", err)
	}
}
