package vpc_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// The state file keeps everything a restarted sandbox needs: fixtures (a region outside the
// catalog included), addresses in every state, running and finished tasks with their replay
// aliases, ClientTokens, and the subnet accounting derived from them.
func TestStatePersistsAcrossRestarts(t *testing.T) {
	file := filepath.Join(t.TempDir(), "state.json")
	h := newHarness(t, sandbox.Options{StateFile: file})
	vpcID, subnetID, eni := h.network()
	h.fixtures(fixtureDoc{VPCs: []fixtureVPC{{VpcId: "vpc-far00001", Region: "xx-nowhere", CidrBlock: "10.0.0.0/16"}}})
	kept, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 2})
	h.finish()
	h.unassign(eni, kept[1])
	params := map[string]any{"NetworkInterfaceId": h.moreENI(subnetID), "PrivateIpAddresses": specs("10.0.1.50"), "ClientToken": "restart-1"}
	running, task := h.assign(params)
	_, alias := h.assign(params)
	beforeENIs := h.api.Ok("DescribeNetworkInterfaces", nil)["NetworkInterfaceSet"]
	beforeUsed, _ := h.used(map[string]any{"VpcId": vpcID})

	// A second sandbox on the same file and clock.
	h2 := &harness{Harness: sandboxtest.New(t, sandbox.Options{StateFile: file, TaskDuration: taskTime, Now: h.Clock.Now})}
	h2.Clock = h.Clock
	h2.api = h2.For(vpc.ServiceName, vpc.Version, region)
	if after := h2.api.Ok("DescribeNetworkInterfaces", nil)["NetworkInterfaceSet"]; !reflect.DeepEqual(after, beforeENIs) {
		t.Fatalf("ENIs after a restart\n got %v\nwant %v", after, beforeENIs)
	}
	if after, _ := h2.used(map[string]any{"VpcId": vpcID}); !reflect.DeepEqual(after, beforeUsed) {
		t.Fatalf("used addresses after a restart: %v, want %v", after, beforeUsed)
	}
	for _, id := range []string{task, alias} {
		if status, _ := h2.task(id); status != "RUNNING" {
			t.Fatalf("task %s after a restart: %s", id, status)
		}
	}
	if again, _ := h2.assign(params); !reflect.DeepEqual(again, running) {
		t.Fatalf("the ClientToken after a restart: %v", again)
	}
	h2.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": eni, "PrivateIpAddresses": specs("10.0.1.9")}, "UnsupportedOperation.MutexOperationTaskRunning")
	h2.api.Fails("AssignPrivateIpAddresses", map[string]any{"NetworkInterfaceId": h2.moreENI(subnetID), "PrivateIpAddresses": specs("10.0.1.50")}, "ResourceInUse")
	h2.api.InRegion("xx-nowhere").Ok("DescribeUsedIpAddress", map[string]any{"VpcId": "vpc-far00001"})
	h2.finish()
	if status, _ := h2.task(task); status != "SUCCESS" {
		t.Fatalf("the task did not end after a restart: %s", status)
	}
	if ips := h2.ips(eni); !reflect.DeepEqual(ips, []string{"10.0.1.2 AVAILABLE DEFAULT", kept[0] + " AVAILABLE DEFAULT"}) {
		t.Fatalf("the release did not complete after a restart: %v", ips)
	}
	// Next-fit allocation continues past addresses in use, whatever the cursor.
	if got, _ := h2.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1}); got[0] == "10.0.1.2" || got[0] == kept[0] || got[0] == "10.0.1.50" {
		t.Fatalf("allocated a held address after a restart: %v", got)
	}

	// Reset forgets it all, in the file too.
	h2.S.Reset()
	h2.api.Fails("DescribeUsedIpAddress", map[string]any{"VpcId": vpcID}, "ResourceNotFound")
	h2.api.InRegion("xx-nowhere").Fails("DescribeNetworkInterfaces", nil, "UnsupportedRegion")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Products map[string]struct {
			ENIs map[string]any `json:"network_interfaces"`
		} `json:"products"`
	}
	if err := json.Unmarshal(b, &f); err != nil || len(f.Products[vpc.ServiceName].ENIs) != 0 {
		t.Fatalf("state file after reset: %v %s", err, b)
	}
}
