package vpc_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// Unassigned addresses show DELETING (and are still occupied) while the task runs; afterwards they
// are gone from the ENI and free in the subnet: another ENI can take them.
func TestUnassign(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, eni := h.network()
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 3})
	h.finish()
	task := h.unassign(eni, got[0], got[2])
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.3 DELETING DEFAULT", "10.0.1.4 AVAILABLE DEFAULT", "10.0.1.5 DELETING DEFAULT"}) {
		t.Fatalf("while the task runs: %v", ips)
	}
	if _, total := h.used(map[string]any{"VpcId": vpcID, "IpAddresses": got}); total != 3 {
		t.Fatalf("DELETING addresses are still occupied: %d of 3", total)
	}
	if status, _ := h.task(task); status != "RUNNING" {
		t.Fatal(status)
	}
	h.finish()
	if status, output := h.task(task); status != "SUCCESS" || output != "SUCCESS" {
		t.Fatalf("%s %q", status, output)
	}
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.4 AVAILABLE DEFAULT"}) {
		t.Fatalf("after the task: %v", ips)
	}
	if used, _ := h.used(map[string]any{"VpcId": vpcID, "SubnetId": subnetID, "IpAddresses": got}); !reflect.DeepEqual(used, []string{"10.0.1.4 " + eni}) {
		t.Fatalf("used after release: %v", used)
	}
	other := h.moreENI(subnetID)
	h.assign(map[string]any{"NetworkInterfaceId": other, "PrivateIpAddresses": specs(got[0], got[2])})
}

// A FAILED release leaves the addresses on the ENI, AVAILABLE.
func TestUnassignFailedTaskKeepsTheAddresses(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2})
	h.finish()
	h.S.AddFault(sandbox.Fault{Service: vpc.ServiceName, Action: "UnassignPrivateIpAddresses", TaskResult: "FAILED", Count: 1})
	task := h.unassign(eni, got...)
	h.finish()
	status, output := h.task(task)
	if status != "FAILED" || !strings.Contains(output, strings.Join(got, ", ")) || !strings.Contains(output, "stay") {
		t.Fatalf("%s %q", status, output)
	}
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.3 AVAILABLE DEFAULT", "10.0.1.4 AVAILABLE DEFAULT"}) {
		t.Fatalf("after the failed release: %v", ips)
	}
}

// The primary IP is never returned; an address must be the ENI's; at most 10 per call.
func TestUnassignRefusals(t *testing.T) {
	h := newHarness(t, sandbox.Options{Limits: map[string]int{vpc.LimitPrivateIPsPerENI: 20}})
	_, subnetID, eni := h.network()
	other := h.moreENI(subnetID)
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 11})
	h.finish()
	fail := func(code string, params map[string]any) {
		t.Helper()
		if _, ok := params["NetworkInterfaceId"]; !ok {
			params["NetworkInterfaceId"] = eni
		}
		h.api.Fails("UnassignPrivateIpAddresses", params, code)
	}
	fail("UnsupportedOperation", map[string]any{"PrivateIpAddresses": specs("10.0.1.2")})
	fail("UnsupportedOperation", map[string]any{"PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": got[0], "Primary": true}}})
	fail("ResourceNotFound", map[string]any{"PrivateIpAddresses": specs("10.0.1.200")})
	fail("ResourceNotFound", map[string]any{"PrivateIpAddresses": specs(got[0]), "NetworkInterfaceId": other})
	fail("ResourceNotFound", map[string]any{"PrivateIpAddresses": specs(got[0]), "NetworkInterfaceId": "eni-zzzzzzzz"})
	fail("InvalidParameterValue.LimitExceeded", map[string]any{"PrivateIpAddresses": specs(got...)})
	fail("InvalidParameterValue.DuplicatePara", map[string]any{"PrivateIpAddresses": specs(got[0], got[0])})
	fail("InvalidParameterValue.Malformed", map[string]any{"PrivateIpAddresses": specs("10.0.1")})
	fail("InvalidParameterValue.Malformed", map[string]any{"PrivateIpAddresses": specs(got[0]), "NetworkInterfaceId": "eni_1"})
	fail("MissingParameter", map[string]any{})
	fail("MissingParameter", map[string]any{"PrivateIpAddresses": specs(got[0]), "NetworkInterfaceId": ""})
	fail("UnsupportedOperation.AttachmentNotFound", map[string]any{"PrivateIpAddresses": specs(got[0]), "InstanceId": "ins-00000001"})
	if n := len(h.ips(eni)); n != 12 {
		t.Fatalf("a refused call released addresses: %d IPs", n)
	}
	h.unassign(eni, got[:10]...)
}

// InstanceId returns the addresses and detaches the ENI from that instance when the task succeeds;
// a primary ENI cannot be detached.
func TestUnassignWithInstanceDetaches(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, subnetID, _ := h.network()
	out := h.fixtures(fixtureDoc{ENIs: []fixtureENI{
		{SubnetId: subnetID, InstanceId: "ins-web00001", Primary: true},
		{SubnetId: subnetID, InstanceId: "ins-web00001"},
	}})
	primary, secondary := out.ENIs[0].NetworkInterfaceId, out.ENIs[1].NetworkInterfaceId
	for _, id := range []string{primary, secondary} {
		h.assign(map[string]any{"NetworkInterfaceId": id, "PrivateIpAddresses": specs(map[string]string{primary: "10.0.1.20", secondary: "10.0.1.21"}[id])})
	}
	h.finish()
	h.api.Fails("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": primary, "PrivateIpAddresses": specs("10.0.1.20"), "InstanceId": "ins-web00001"}, "UnsupportedOperation")
	h.api.Ok("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": secondary, "PrivateIpAddresses": specs("10.0.1.21"), "InstanceId": "ins-web00001"})
	if att := h.eni(secondary)["Attachment"]; att == nil {
		t.Fatal("detached before the task ended")
	}
	h.finish()
	e := h.eni(secondary)
	if e["Attachment"] != nil || e["NetworkInterfaceState"] != "AVAILABLE" {
		t.Fatalf("not detached after the task: %v", e)
	}
	if att := h.eni(primary)["Attachment"].(map[string]any); att["InstanceId"] != "ins-web00001" {
		t.Fatalf("the primary ENI lost its instance: %v", att)
	}
}
