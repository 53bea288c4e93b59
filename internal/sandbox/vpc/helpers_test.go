package vpc_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// The VPC service is tested end to end: signed calls through the whole sandbox (sandboxtest), as
// the provider makes them, and fixtures through the sandbox's control surface.

const (
	region   = "ap-guangzhou"
	zone     = "ap-guangzhou-3"
	taskTime = time.Minute // the tests' task duration: long enough to see RUNNING tasks
)

type harness struct {
	*sandboxtest.Harness
	api sandboxtest.ServiceClient // VPC calls in region
}

func newHarness(t testing.TB, opts sandbox.Options) *harness {
	t.Helper()
	if opts.TaskDuration == 0 {
		opts.TaskDuration = taskTime
	}
	h := sandboxtest.New(t, opts)
	return &harness{Harness: h, api: h.For(vpc.ServiceName, vpc.Version, region)}
}

// The fixture document, as the common brief fixes it.
type (
	fixtureVPC struct {
		VpcId     string `json:"VpcId,omitempty"`
		Region    string `json:"Region"`
		CidrBlock string `json:"CidrBlock"`
		VpcName   string `json:"VpcName,omitempty"`
	}
	fixtureSubnet struct {
		SubnetId   string `json:"SubnetId,omitempty"`
		VpcId      string `json:"VpcId"`
		CidrBlock  string `json:"CidrBlock"`
		Zone       string `json:"Zone"`
		SubnetName string `json:"SubnetName,omitempty"`
	}
	fixtureENI struct {
		NetworkInterfaceId   string `json:"NetworkInterfaceId,omitempty"`
		SubnetId             string `json:"SubnetId"`
		PrivateIpAddress     string `json:"PrivateIpAddress,omitempty"`
		InstanceId           string `json:"InstanceId,omitempty"`
		NetworkInterfaceName string `json:"NetworkInterfaceName,omitempty"`
		Primary              bool   `json:"Primary,omitempty"`
	}
	fixtureDoc struct {
		VPCs    []fixtureVPC    `json:"vpcs,omitempty"`
		Subnets []fixtureSubnet `json:"subnets,omitempty"`
		ENIs    []fixtureENI    `json:"network_interfaces,omitempty"`
		Delete  []string        `json:"delete_network_interfaces,omitempty"`
	}
)

// fixtures creates a fixture document and returns the answer (decoded strictly: the answer has
// exactly the document's keys and fields).
func (h *harness) fixtures(doc fixtureDoc) fixtureDoc {
	h.T.Helper()
	out, err := h.fixturesErr(doc)
	if err != nil {
		h.T.Fatalf("fixtures: %v", err)
	}
	return out
}

func (h *harness) fixturesErr(doc fixtureDoc) (fixtureDoc, error) {
	h.T.Helper()
	body, err := json.Marshal(doc)
	if err != nil {
		h.T.Fatal(err)
	}
	raw, err := h.S.AddFixtures(vpc.ServiceName, body)
	if err != nil {
		return fixtureDoc{}, err
	}
	var out fixtureDoc
	if err := strictJSON(raw, &out); err != nil {
		h.T.Fatalf("fixture answer %s: %v", raw, err)
	}
	return out, nil
}

// network makes a VPC 10.0.0.0/16 with the subnet 10.0.1.0/24 and an ENI in it (primary IP
// allocated: 10.0.1.2, the subnet's first usable address, in a fresh subnet).
func (h *harness) network() (vpcID, subnetID, eniID string) {
	h.T.Helper()
	out := h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-test0001", Region: region, CidrBlock: "10.0.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-test0001", VpcId: "vpc-test0001", CidrBlock: "10.0.1.0/24", Zone: zone}},
		ENIs:    []fixtureENI{{SubnetId: "subnet-test0001"}},
	})
	return "vpc-test0001", "subnet-test0001", out.ENIs[0].NetworkInterfaceId
}

// moreENI adds an ENI to a subnet and returns its ID.
func (h *harness) moreENI(subnetID string) string {
	h.T.Helper()
	return h.fixtures(fixtureDoc{ENIs: []fixtureENI{{SubnetId: subnetID}}}).ENIs[0].NetworkInterfaceId
}

// assign calls AssignPrivateIpAddresses, which must succeed, and returns the addresses answered
// and the call's RequestId (its task).
func (h *harness) assign(params map[string]any) (addresses []string, requestID string) {
	h.T.Helper()
	resp := h.api.Ok("AssignPrivateIpAddresses", params)
	for _, it := range resp["PrivateIpAddressSet"].([]any) {
		addresses = append(addresses, it.(map[string]any)["PrivateIpAddress"].(string))
	}
	return addresses, resp["RequestId"].(string)
}

// unassign calls UnassignPrivateIpAddresses, which must succeed, and returns its RequestId.
func (h *harness) unassign(eni string, addresses ...string) string {
	h.T.Helper()
	return h.api.Ok("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs(addresses...)})["RequestId"].(string)
}

// task is DescribeVpcTaskResult's Status and Output.
func (h *harness) task(id string) (status, output string) {
	h.T.Helper()
	resp := h.api.Ok("DescribeVpcTaskResult", map[string]any{"TaskId": id})
	return resp["Status"].(string), resp["Output"].(string)
}

// finish moves the clock past the tasks started so far.
func (h *harness) finish() { h.Clock.Advance(taskTime) }

// eni is DescribeNetworkInterfaces' entry for an ENI, nil when the answer is empty.
func (h *harness) eni(id string) map[string]any {
	h.T.Helper()
	set := h.api.Ok("DescribeNetworkInterfaces", map[string]any{"NetworkInterfaceIds": []string{id}})["NetworkInterfaceSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

// ips is the ENI's private IPs as "address state qos", in the answer's order.
func (h *harness) ips(id string) []string {
	h.T.Helper()
	var out []string
	for _, it := range h.eni(id)["PrivateIpAddressSet"].([]any) {
		ip := it.(map[string]any)
		out = append(out, fmt.Sprintf("%s %s %s", ip["PrivateIpAddress"], ip["State"], ip["QosLevel"]))
	}
	return out
}

// used is DescribeUsedIpAddress's answer as "address eni" lines, and its TotalCount.
func (h *harness) used(params map[string]any) ([]string, int) {
	h.T.Helper()
	resp := h.api.Ok("DescribeUsedIpAddress", params)
	var out []string
	for _, it := range resp["IpAddressStates"].([]any) {
		st := it.(map[string]any)
		if st["ResourceType"] != "ENI" {
			h.T.Fatalf("ResourceType %v", st)
		}
		out = append(out, fmt.Sprintf("%s %s", st["IpAddress"], st["ResourceId"]))
	}
	return out, int(resp["TotalCount"].(float64))
}

// specs is PrivateIpAddresses.N for addresses.
func specs(addresses ...string) []map[string]any {
	out := make([]map[string]any, 0, len(addresses))
	for _, a := range addresses {
		out = append(out, map[string]any{"PrivateIpAddress": a})
	}
	return out
}

// hosts returns n addresses 10.0.<third>.<from>, <from+1>, ….
func hosts(third, from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("10.0.%d.%d", third, from+i)
	}
	return out
}

func strictJSON(raw []byte, out any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(out)
}
