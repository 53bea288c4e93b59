package ecm_test

import (
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// instanceOpsProvocations is TestErrorCodeConformance's part for
// ResetInstances and DisassociateInstancesKeyPairs (global: no EcmRegion).
func instanceOpsProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{TaskDuration: 0})
	fail := func(action string, params map[string]any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	key := h.Ok("CreateKeyPair", map[string]any{"KeyName": "prov"})["KeyPair"].(map[string]any)["KeyId"].(string)
	ins := insRun(h, 1, "KeyIds", []string{key})[0]
	h.Ok("DescribeInstances", map[string]any{}) // settles the launch
	one := []string{ins}

	// ResetInstances.
	fail("ResetInstances", map[string]any{"InstanceIdSet": []string{"ein-zzzzzzzz"}})
	fail("ResetInstances", map[string]any{"InstanceIdSet": []string{"!!"}})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "ImageId": "img-zzzzzzzz"})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "ImageId": 5})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "ImageId": "img-060ov1xz"}) // 32-bit, if the type has ≥4 GB
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "Password": "x"})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "Password": "abcdefgh1234", "KeepImageLogin": "TRUE"})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "KeepImageLogin": "TRUE"})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "KeepImageLogin": "perhaps"})
	fail("ResetInstances", map[string]any{"InstanceIdSet": one, "KeepData": "perhaps"})

	// DisassociateInstancesKeyPairs.
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one, "KeyIds": []string{key}}) // RUNNING, no ForceStop
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one, "KeyIds": []string{"skey-zzzzzzzz"}, "ForceStop": true})
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one, "KeyIds": []string{"!!"}, "ForceStop": true})
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": []string{"ein-zzzzzzzz"}, "KeyIds": []string{key}})
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one})
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one, "KeyIds": make([]string, 101)})
	fail("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": one, "KeyIds": []string{key}, "ForceStop": "TRUE"})

	// In an operation: a reset in progress (a task that never ends here).
	slow := sandboxtest.New(t, sandbox.Options{TaskDuration: time.Hour})
	sk := slow.Ok("CreateKeyPair", map[string]any{"KeyName": "prov"})["KeyPair"].(map[string]any)["KeyId"].(string)
	si := insRun(slow, 1, "KeyIds", []string{sk})
	if _, code := slow.Call("ResetInstances", map[string]any{"InstanceIdSet": si}); code == "" {
		t.Error("ResetInstances of a PENDING instance succeeded")
	}
	if _, code := slow.Call("DisassociateInstancesKeyPairs", map[string]any{"InstanceIds": si, "KeyIds": []string{sk}, "ForceStop": true}); code == "" {
		t.Error("DisassociateInstancesKeyPairs of a PENDING instance succeeded")
	}
}
