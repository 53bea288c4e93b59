package vpc_test

import (
	"os"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/apidoc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/vpc"
)

// TestMain records every code the Tencent front door answers for VPC while this package's tests
// run and, when they pass, checks them: DescribeUsedIpAddress and AssignPrivateIpAddresses may
// answer only a code of their seed's table (internal/apidoc) or a common code; the companion
// actions only a code of companionCodes or a common code; anything else must be a sandbox choice
// in sandboxChoices (conformance_test.go). With -v it prints, per action, the documented codes the
// tests made it answer.
func TestMain(m *testing.M) {
	os.Exit(newConformance().Main(m))
}

// companionCodes are the error-code tables of the actions no seed documents, from the public
// documentation as other-apis.md records it: UnassignPrivateIpAddresses (§2a) and
// DescribeVpcTaskResult (§2c), whose lists are those of the SDK; DescribeNetworkInterfaces, for
// which other-apis.md (§2b) lists none, from the same SDK, TencentCloud/tencentcloud-sdk-go at
// release v1.3.166, tencentcloud/vpc/v20170312/client.go, the action's "可能返回的错误码" list.
var companionCodes = map[string][]string{
	"UnassignPrivateIpAddresses": {
		"InvalidParameterValue.DuplicatePara", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue.Malformed",
		"LimitExceeded.ActionLimited", "ResourceNotFound", "UnsupportedOperation", "UnsupportedOperation.AttachmentNotFound",
		"UnsupportedOperation.InvalidState", "UnsupportedOperation.MutexOperationTaskRunning",
	},
	"DescribeNetworkInterfaces": {
		"InternalError.ModuleError", "InvalidParameter.Coexist", "InvalidParameter.FilterInvalidKey",
		"InvalidParameter.FilterNotDict", "InvalidParameter.FilterValuesNotList", "InvalidParameterValue.LimitExceeded",
		"InvalidParameterValue.Malformed", "InvalidParameterValue.NotUtf8EncodingError", "InvalidParameterValue.Range",
		"LimitExceeded.ActionLimited", "ResourceNotFound", "UnsupportedOperation",
	},
	"DescribeVpcTaskResult": {
		"InternalError.ModuleError", "InvalidParameterValue", "ResourceNotFound", "UnauthorizedOperation", "UnsupportedOperation",
	},
}

const companionFrom = "other-apis.md §2a/§2c and, for DescribeNetworkInterfaces, TencentCloud/tencentcloud-sdk-go v1.3.166 tencentcloud/vpc/v20170312/client.go"

func newConformance() *sandboxtest.Conformance {
	table, err := apidoc.ErrorCodes(vpc.ServiceName)
	if err != nil {
		panic(err)
	}
	var emulated []string
	for a := range vpc.New().Service().Actions {
		emulated = append(emulated, a)
	}
	return &sandboxtest.Conformance{
		Service: vpc.ServiceName, Emulated: emulated, Doc: table,
		Companion: companionCodes, CompanionFrom: companionFrom, Choices: sandboxChoices,
	}
}
