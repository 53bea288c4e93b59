package edgezone_test

import (
	"os"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/apidoc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// TestMain records every code the Tencent front door answers for EdgeZone while this package's
// tests run and, when they pass, checks them: ReleasePublicIp against seed 002's table
// (internal/apidoc), the other actions against their companion tables, and every action may answer
// a common code.
func TestMain(m *testing.M) {
	os.Exit(newConformance().Main(m))
}

// companionCodes are the error tables of the actions no seed documents: other-apis.md §4a, which
// lists them from the SDK's tencentcloud/edgezone/v20260401/client.go (intl-en at commit 3a50cd15…:
// every action's "error code that may be returned"; ModifyPublicNetworkInstance's and
// DeletePublicNetworkInstance's full lists are read from that client.go, which §4a cites), plus
// ResourceNotFound.ZoneNotFound for CreatePublicNetworkInstance from the CN SDK (commit 21e41d11…),
// as §4a records.
var companionCodes = map[string][]string{
	"CreatePublicNetworkInstance": {
		"FailedOperation.PublicInstanceDuplicate", "InvalidParameter", "InvalidParameter.InvalidQuota",
		"LimitExceeded.QuotaNotConfigured", "ResourceInsufficient.NoAvailableCidr", "ResourceNotFound.ZoneNotFound",
	},
	"DescribePublicNetworkInstances": {"InternalError", "InvalidParameter", "ResourceNotFound.PublicInstanceNotFound"},
	"ModifyPublicNetworkInstance":    {"InternalError", "InvalidParameter", "ResourceNotFound.PublicInstanceNotFound"},
	"DeletePublicNetworkInstance": {
		"InternalError", "InvalidParameter", "ResourceInUse.PublicInstanceInUse", "ResourceNotFound.PublicInstanceNotFound",
	},
	"ApplyPublicIps": {
		"FailedOperation.NotSupportedForDynamicInstance", "InternalError", "InvalidParameter",
		"LimitExceeded.Ipv6QuotaExceeded", "LimitExceeded.Ipv6QuotaNotConfigured", "LimitExceeded.QuotaExceeded",
		"LimitExceeded.QuotaNotConfigured", "ResourceInsufficient.PublicIpInsufficient", "ResourceInsufficient.PublicIpv6Insufficient",
	},
	"DescribePublicIps": {"InternalError", "InvalidParameter"},
}

func newConformance() *sandboxtest.Conformance {
	table, err := apidoc.ErrorCodes(edgezone.ServiceName)
	if err != nil {
		panic(err)
	}
	var emulated []string
	for a := range edgezone.New().Service().Actions {
		emulated = append(emulated, a)
	}
	return &sandboxtest.Conformance{
		Service: edgezone.ServiceName, Emulated: emulated, Doc: table,
		Companion:     companionCodes,
		CompanionFrom: "other-apis.md §4a (the SDK's tencentcloud/edgezone/v20260401 client.go)",
		// Empty: every code the emulated actions answer is in their table or a common code.
		Choices: nil,
	}
}
