package ecm_test

import (
	"testing"
	"time"
)

func insImage(i map[string]any) map[string]any { return i["Image"].(map[string]any) }

// ResetInstances: REBOOTING with LatestOperation ResetInstances, then the
// previous state with the new image (and its OS); a FAILED task keeps the old one.
func TestResetInstances(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	ids := insRun(h, 2)
	run, stopped := ids[0], ids[1]
	h.Clock.Advance(time.Second)
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{stopped}})
	h.Clock.Advance(time.Second)
	old := insImage(insDescribe(h, run))["ImageId"]
	newImage := "img-w2019dc0"
	if old == newImage {
		t.Fatalf("module image is already %v", old)
	}
	h.Ok("ResetInstances", map[string]any{"InstanceIdSet": ids, "ImageId": newImage, "Password": "Abcdefgh1234!"})
	for _, id := range ids {
		if i := insDescribe(h, id); i["InstanceState"] != "REBOOTING" || i["LatestOperation"] != "ResetInstances" || i["LatestOperationState"] != "OPERATING" ||
			insImage(i)["ImageId"] != old {
			t.Fatalf("during: %v", i)
		}
	}
	h.Fails("ResetInstances", map[string]any{"InstanceIdSet": []string{run}}, "OperationDenied.InstanceOperationInProgress")
	h.Clock.Advance(time.Second)
	for id, want := range map[string]string{run: "RUNNING", stopped: "STOPPED"} {
		i := insDescribe(h, id)
		if i["InstanceState"] != want || i["LatestOperationState"] != "SUCCESS" || insImage(i)["ImageId"] != newImage || insImage(i)["OsType"] != "windows" {
			t.Fatalf("after: %v", i)
		}
	}
	// No ImageId: the current image; a failed task keeps it.
	h.S.AddFault(Fault{Action: "ResetInstances", TaskResult: "FAILED", Count: 1})
	h.Ok("ResetInstances", map[string]any{"InstanceIdSet": []string{run}, "ImageId": old})
	h.Clock.Advance(time.Second)
	if i := insDescribe(h, run); i["InstanceState"] != "RUNNING" || i["LatestOperationState"] != "FAILED" || insImage(i)["ImageId"] != newImage {
		t.Fatalf("failed: %v", i)
	}
	h.Ok("ResetInstances", map[string]any{"InstanceIdSet": []string{run}})
	h.Clock.Advance(time.Second)
	if i := insDescribe(h, run); i["LatestOperationState"] != "SUCCESS" || insImage(i)["ImageId"] != newImage {
		t.Fatalf("same image: %v", i)
	}
}

func TestResetInstancesErrors(t *testing.T) {
	h := newHarness(t, Options{})
	id := insRun(h, 1)[0]
	h.Clock.Advance(time.Second)
	for _, c := range []struct {
		p    map[string]any
		code string
	}{
		{map[string]any{}, "MissingParameter"},
		{map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}}, "ResourceNotFound.InstanceNotExist"},
		{map[string]any{"InstanceIdSet": []string{"bad"}}, "InvalidParameterValue.InvalidInstanceID"},
		{map[string]any{"InstanceIdSet": []string{id}, "ImageId": "img-zzzzzzzz"}, "InvalidParameterValue.InvalidImageID"},
		{map[string]any{"InstanceIdSet": []string{id}, "Password": "short"}, "InvalidParameterValue.InvaildPassword"},
		{map[string]any{"InstanceIdSet": []string{id}, "ImageId": "img-w2019dc0", "Password": "abcdefgh1234"}, "InvalidParameterValue.InvaildPassword"},
		{map[string]any{"InstanceIdSet": []string{id}, "Password": "abcdefgh1234", "KeepImageLogin": "TRUE"}, "InvalidParameter.ParameterConflict"},
		{map[string]any{"InstanceIdSet": []string{id}, "KeepImageLogin": "TRUE"}, "InvalidParameter.ParameterConflict"}, // public image
		{map[string]any{"InstanceIdSet": []string{id}, "KeepImageLogin": "maybe"}, "InvalidParameter.InvalidDataFormat"},
		{map[string]any{"InstanceIdSet": []string{id}, "KeepData": "maybe"}, "InvalidParameter.InvalidDataFormat"},
	} {
		h.Fails("ResetInstances", c.p, c.code)
	}
	if i := insDescribe(h, id); i["LatestOperation"] != "RunInstances" {
		t.Fatalf("a refused reset changed the instance: %v", i)
	}
}

// DisassociateInstancesKeyPairs removes bound keys; refusals change nothing.
func TestDisassociateInstancesKeyPairs(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	newKey := func(name string) string {
		return h.Ok("CreateKeyPair", map[string]any{"KeyName": name})["KeyPair"].(map[string]any)["KeyId"].(string)
	}
	k1, k2, other := newKey("k1"), newKey("k2"), newKey("other")
	ids := insRun(h, 2, "KeyIds", []string{k1, k2})
	plain := insRun(h, 1)[0]
	h.Clock.Advance(time.Second)
	call := func(ins []string, keys []string, extra ...any) map[string]any {
		p := map[string]any{"InstanceIds": ins, "KeyIds": keys}
		for i := 0; i+1 < len(extra); i += 2 {
			p[extra[i].(string)] = extra[i+1]
		}
		return p
	}
	h.Fails("DisassociateInstancesKeyPairs", call(ids, []string{k1}), "InvalidParameterValue.InstanceIdNotSupported") // RUNNING
	h.Fails("DisassociateInstancesKeyPairs", call(ids, []string{other}, "ForceStop", true), "InvalidParameterValue.InvalidKeyPairId")
	h.Fails("DisassociateInstancesKeyPairs", call([]string{ids[0], plain}, []string{k1}, "ForceStop", true), "InvalidParameterValue.InvalidKeyPairId")
	h.Fails("DisassociateInstancesKeyPairs", call(ids, []string{"skey-zzzzzzzz"}, "ForceStop", true), "InvalidParameterValue.InvalidKeyPairId")
	h.Fails("DisassociateInstancesKeyPairs", call(ids, []string{"bad"}, "ForceStop", true), "InvalidParameterValue.InvalidKeyPairId")
	h.Fails("DisassociateInstancesKeyPairs", call([]string{"ein-zzzzzzzz"}, []string{k1}), "InvalidParameterValue")
	h.Fails("DisassociateInstancesKeyPairs", call(nil, []string{k1}), "MissingParameter")
	h.Fails("DisassociateInstancesKeyPairs", call(ids, nil), "MissingParameter")
	many := make([]string, 101)
	for i := range many {
		many[i] = k1
	}
	h.Fails("DisassociateInstancesKeyPairs", call(ids, many), "InvalidParameterValue.LimitExceeded")
	h.Ok("DisassociateInstancesKeyPairs", call(ids, []string{k1}, "ForceStop", true))
	h.Fails("DisassociateInstancesKeyPairs", call(ids[:1], []string{k1}, "ForceStop", true), "InvalidParameterValue.InvalidKeyPairId") // gone
	if i := insDescribe(h, ids[0]); i["InstanceState"] != "RUNNING" {
		t.Fatalf("%v", i)
	}
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{ids[1]}})
	h.Fails("DisassociateInstancesKeyPairs", call(ids[1:], []string{k2}), "InvalidParameterValue.InstanceIdNotSupported") // STOPPING
	h.Clock.Advance(time.Second)
	h.Ok("DisassociateInstancesKeyPairs", call(ids[1:], []string{k2})) // STOPPED: no ForceStop needed
	h.Ok("DisassociateInstancesKeyPairs", call(ids[:1], []string{k2}, "ForceStop", true))
}
