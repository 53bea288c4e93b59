package vpc_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// By count: the addresses appear at once, PENDING, with the call's QosLevel; the call's RequestId
// is a RUNNING task that ends SUCCESS on the clock, and then they are AVAILABLE. They are occupied
// for DescribeUsedIpAddress from the start.
func TestAssignByCount_PendingUntilTheTaskEnds(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, subnetID, eni := h.network()
	got, task := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2, "QosLevel": "AU"})
	if want := []string{"10.0.1.3", "10.0.1.4"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("assigned %v, want the next free addresses %v", got, want)
	}
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.3 PENDING AU", "10.0.1.4 PENDING AU"}) {
		t.Fatalf("while the task runs: %v", ips)
	}
	if status, output := h.task(task); status != "RUNNING" || output != "" {
		t.Fatalf("task %s %q", status, output)
	}
	if used, total := h.used(map[string]any{"VpcId": vpcID, "SubnetId": subnetID}); total != 3 || used[1] != "10.0.1.3 "+eni {
		t.Fatalf("used while PENDING: %v", used)
	}
	h.Clock.Advance(taskTime / 2)
	if status, _ := h.task(task); status != "RUNNING" {
		t.Fatalf("task ended early: %s", status)
	}
	h.Clock.Advance(taskTime / 2)
	if status, output := h.task(task); status != "SUCCESS" || output != "SUCCESS" {
		t.Fatalf("task %s %q", status, output)
	}
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.3 AVAILABLE AU", "10.0.1.4 AVAILABLE AU"}) {
		t.Fatalf("after the task: %v", ips)
	}
}

// By address, with and without a count: the given addresses first (each with its own QosLevel or
// the call's), then the counted ones; Description is kept.
func TestAssignExplicitAddresses(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "QosLevel": "AG", "SecondaryPrivateIpAddressCount": 1,
		"PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": "10.0.1.50", "QosLevel": "PT", "Description": "web"}, {"PrivateIpAddress": "10.0.1.3"}}})
	if want := []string{"10.0.1.50", "10.0.1.3", "10.0.1.4"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("assigned %v, want %v", got, want)
	}
	h.finish()
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", "10.0.1.50 AVAILABLE PT", "10.0.1.3 AVAILABLE AG", "10.0.1.4 AVAILABLE AG"}) {
		t.Fatalf("ips %v", ips)
	}
	if d := h.eni(eni)["PrivateIpAddressSet"].([]any)[1].(map[string]any)["Description"]; d != "web" {
		t.Fatalf("Description %v", d)
	}
	// Explicit only, no QosLevel anywhere: DEFAULT.
	h.assign(map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs("10.0.1.60")})
	if ips := h.ips(eni); ips[len(ips)-1] != "10.0.1.60 PENDING DEFAULT" {
		t.Fatalf("ips %v", ips)
	}
}

// A task_result: FAILED fault: the task ends FAILED with an Output naming the addresses, which
// are released: gone from the ENI, free in the subnet, assignable again.
func TestAssignFailedTaskReleasesTheAddresses(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	vpcID, _, eni := h.network()
	h.S.AddFault(sandbox.Fault{Service: vpc.ServiceName, Action: "AssignPrivateIpAddresses", TaskResult: "FAILED", Count: 1})
	got, task := h.assign(map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs("10.0.1.7", "10.0.1.8")})
	if ips := h.ips(eni); len(ips) != 3 || ips[1] != "10.0.1.7 PENDING DEFAULT" {
		t.Fatalf("while the failing task runs: %v", ips)
	}
	h.finish()
	status, output := h.task(task)
	if status != "FAILED" || !strings.Contains(output, "10.0.1.7, 10.0.1.8") || !strings.Contains(output, "released") {
		t.Fatalf("task %s %q", status, output)
	}
	if ips := h.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT"}) {
		t.Fatalf("after the failed task: %v", ips)
	}
	if used, total := h.used(map[string]any{"VpcId": vpcID, "IpAddresses": got}); total != 0 {
		t.Fatalf("released addresses still used: %v", used)
	}
	again, task2 := h.assign(map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs(got...)})
	h.finish()
	if status, _ := h.task(task2); status != "SUCCESS" || !reflect.DeepEqual(again, got) {
		t.Fatalf("assigning the released addresses again: %v %s", again, status)
	}
}

// ClientToken: the same token and parameters answer the first call again and start nothing (the
// replay's RequestId names the same task); other parameters are IdempotentParameterMismatch; after
// 24 h the token is forgotten; a failed call records none.
func TestAssignClientToken(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	params := map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2, "ClientToken": "tok-1"}
	first, task1 := h.assign(params)
	again, task2 := h.assign(params)
	if !reflect.DeepEqual(first, again) || task1 == task2 {
		t.Fatalf("replay answered %v (%s), first %v (%s)", again, task2, first, task1)
	}
	if n := len(h.ips(eni)); n != 3 {
		t.Fatalf("the replay assigned more addresses: %d IPs", n)
	}
	if s1, _ := h.task(task1); s1 != "RUNNING" {
		t.Fatalf("first task %s", s1)
	}
	if s2, _ := h.task(task2); s2 != "RUNNING" {
		t.Fatalf("the replay's RequestId does not name the task: %s", s2)
	}
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 3, "ClientToken": "tok-1"},
		"UnsupportedOperation.IdempotentParameterMismatch")
	h.finish()
	if s1, _ := h.task(task1); s1 != "SUCCESS" {
		t.Fatal(s1)
	}
	if s2, _ := h.task(task2); s2 != "SUCCESS" {
		t.Fatal(s2)
	}
	// A replay after the task ended still answers the first call (and its RequestId the task).
	if late, task3 := h.assign(params); !reflect.DeepEqual(late, first) || func() string { s, _ := h.task(task3); return s }() != "SUCCESS" {
		t.Fatalf("late replay %v", late)
	}
	h.Clock.Advance(24*time.Hour - taskTime - time.Second) // a second before the token's 24 h are over
	if still, _ := h.assign(params); !reflect.DeepEqual(still, first) {
		t.Fatalf("the token was forgotten before 24 h: %v", still)
	}
	h.Clock.Advance(time.Second)
	fresh, _ := h.assign(params)
	if reflect.DeepEqual(fresh, first) || len(h.ips(eni)) != 5 {
		t.Fatalf("after 24 h the token still replays: %v", fresh)
	}
	// A call that fails records no token.
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-zzzzzzzz", "SecondaryPrivateIpAddressCount": 1, "ClientToken": "tok-2"}, "ResourceNotFound")
	h.finish()
	h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1, "ClientToken": "tok-2"})
	// Token shape.
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1, "ClientToken": strings.Repeat("t", 65)}, "InvalidParameterValue.LimitExceeded")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1, "ClientToken": "tök"}, "InvalidParameterValue.Malformed")
}

// The per-ENI quota counts the primary IP and addresses in every state; it is the named limit
// vpc.private_ips_per_eni (default 10).
func TestAssignQuota(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 10}, "LimitExceeded")
	h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 9})
	h.finish()
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs("10.0.1.100")}, "LimitExceeded")
	if err := h.S.SetLimit(vpc.LimitPrivateIPsPerENI, 12); err != nil {
		t.Fatal(err)
	}
	h.assign(map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs("10.0.1.100", "10.0.1.101")})
	h.finish()
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1}, "LimitExceeded")
	// DELETING addresses still count until they are gone.
	h.unassign(eni, "10.0.1.100")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": h.moreENI("subnet-test0001"), "SecondaryPrivateIpAddressCount": 12}, "LimitExceeded")
	h.finish()
	h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
}

// A subnet without enough free addresses for a count is ResourceInsufficient.Subnet; addresses
// held by any ENI of the subnet are not free.
func TestAssignSubnetExhaustion(t *testing.T) {
	h := newHarness(t, sandbox.Options{Limits: map[string]int{vpc.LimitPrivateIPsPerENI: 100}})
	h.fixtures(fixtureDoc{
		VPCs:    []fixtureVPC{{VpcId: "vpc-small001", Region: region, CidrBlock: "10.1.0.0/16"}},
		Subnets: []fixtureSubnet{{SubnetId: "subnet-small001", VpcId: "vpc-small001", CidrBlock: "10.1.0.0/29", Zone: zone}},
		ENIs:    []fixtureENI{{NetworkInterfaceId: "eni-small001", SubnetId: "subnet-small001"}, {NetworkInterfaceId: "eni-small002", SubnetId: "subnet-small001"}},
	})
	// A /29 has 5 usable addresses (10.1.0.2–.6); two ENIs hold .2 and .3.
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-small001", "SecondaryPrivateIpAddressCount": 4}, "ResourceInsufficient.Subnet")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-small001", "SecondaryPrivateIpAddressCount": 3, "PrivateIpAddresses": specs("10.1.0.6")}, "ResourceInsufficient.Subnet")
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": "eni-small001", "SecondaryPrivateIpAddressCount": 3})
	if !reflect.DeepEqual(got, []string{"10.1.0.4", "10.1.0.5", "10.1.0.6"}) {
		t.Fatalf("assigned %v", got)
	}
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-small002", "SecondaryPrivateIpAddressCount": 1}, "ResourceInsufficient.Subnet")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-small002", "PrivateIpAddresses": specs("10.1.0.5")}, "ResourceInUse")
	if _, err := h.fixturesErr(fixtureDoc{ENIs: []fixtureENI{{SubnetId: "subnet-small001"}}}); err == nil || !strings.Contains(err.Error(), "no free address") {
		t.Fatalf("an ENI in a full subnet: %v", err)
	}
}

// The primary IP is never assignable, nor are the reserved addresses; given addresses must be in
// the ENI's subnet, well formed, once each, at most 10 per call.
func TestAssignRefusals(t *testing.T) {
	h := newHarness(t, sandbox.Options{Limits: map[string]int{vpc.LimitPrivateIPsPerENI: 50}})
	_, _, eni := h.network()
	other := h.moreENI("subnet-test0001")
	fail := func(code string, params map[string]any) {
		t.Helper()
		params["NetworkInterfaceId"] = eni
		h.api.Fails("AssignPrivateIpAddresses", params, code)
	}
	fail("ResourceInUse", map[string]any{"PrivateIpAddresses": specs("10.0.1.2")}) // its own primary IP
	fail("ResourceInUse", map[string]any{"PrivateIpAddresses": specs("10.0.1.3")}) // the other ENI's primary IP
	fail("UnsupportedOperation", map[string]any{"PrivateIpAddresses": []map[string]any{{"PrivateIpAddress": "10.0.1.9", "Primary": true}}})
	fail("InvalidParameterValue.Reserved", map[string]any{"PrivateIpAddresses": specs("10.0.1.0")})
	fail("InvalidParameterValue.Reserved", map[string]any{"PrivateIpAddresses": specs("10.0.1.1")})
	fail("InvalidParameterValue.Reserved", map[string]any{"PrivateIpAddresses": specs("10.0.1.255")})
	fail("InvalidParameterValue.Range", map[string]any{"PrivateIpAddresses": specs("10.0.2.9")})
	fail("InvalidParameterValue.Malformed", map[string]any{"PrivateIpAddresses": specs("10.0.1.300")})
	fail("InvalidParameterValue.DuplicatePara", map[string]any{"PrivateIpAddresses": specs("10.0.1.9", "10.0.1.9")})
	fail("InvalidParameterValue.LimitExceeded", map[string]any{"PrivateIpAddresses": specs(hosts(1, 10, 11)...)})
	fail("InvalidParameterValue.Range", map[string]any{"SecondaryPrivateIpAddressCount": -1})
	fail("InvalidParameterValue.Range", map[string]any{"SecondaryPrivateIpAddressCount": 1, "QosLevel": "GOLD"})
	fail("InvalidParameterValue.Malformed", map[string]any{"SecondaryPrivateIpAddressCount": "two"})
	fail("InvalidParameterValue.Malformed", map[string]any{"SecondaryPrivateIpAddressCount": true})
	fail("MissingParameter", map[string]any{})
	fail("MissingParameter", map[string]any{"SecondaryPrivateIpAddressCount": 0})
	fail("MissingParameter", map[string]any{"PrivateIpAddresses": []map[string]any{{"Description": "no address"}}})
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "eni-zzzzzzzz", "SecondaryPrivateIpAddressCount": 1}, "ResourceNotFound")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": "ENI-1", "SecondaryPrivateIpAddressCount": 1}, "InvalidParameterValue.Malformed")
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"SecondaryPrivateIpAddressCount": 1}, "MissingParameter")
	if n := len(h.ips(eni)) + len(h.ips(other)); n != 2 {
		t.Fatalf("a refused call assigned addresses: %d IPs", n)
	}
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs(hosts(1, 10, 10)...)})
	if len(got) != 10 {
		t.Fatalf("10 addresses in one call: %v", got)
	}
}

// While a task runs on an ENI, neither an assignment nor a release may start on it; other ENIs
// are not affected, and the ENI takes calls again once the task ends.
func TestAssignMutexWhileATaskRuns(t *testing.T) {
	h := newHarness(t, sandbox.Options{})
	_, _, eni := h.network()
	other := h.moreENI("subnet-test0001")
	got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1}, "UnsupportedOperation.MutexOperationTaskRunning")
	h.api.Fails("UnassignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs(got...)}, "UnsupportedOperation.MutexOperationTaskRunning")
	h.assign(map[string]any{"NetworkInterfaceId": other, "SecondaryPrivateIpAddressCount": 1})
	h.finish()
	h.unassign(eni, got...)
	h.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1}, "UnsupportedOperation.MutexOperationTaskRunning")
	h.finish()
	h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
}
