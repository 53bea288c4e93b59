package vpc_test

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"

// sandboxChoices is the committed allowlist of the conformance check in main_test.go (TestMain).
// The front door's own answers before an action runs are common codes, and every code the VPC
// handlers answer is in the action's table (seed or companion) or common, so it is empty.
var sandboxChoices = []sandboxtest.AllowedCode{}
