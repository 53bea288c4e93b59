package apidoc

import (
	"reflect"
	"strings"
	"testing"
)

func mustTable(t *testing.T, service string) *Table {
	t.Helper()
	tb, err := ErrorCodes(service)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestServices(t *testing.T) {
	if got, want := Services(), []string{"ecm", "edgezone", "taurusdb", "vpc"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Services() = %v, want %v", got, want)
	}
	if _, err := ErrorCodes("cvm"); err == nil || !strings.Contains(err.Error(), "ecm") {
		t.Errorf("unknown service: err = %v", err)
	}
}

func TestECM(t *testing.T) {
	ecm := mustTable(t, "ecm")
	if ecm.Version != "2019-07-19" {
		t.Errorf("version %q", ecm.Version)
	}
	actions := ecm.Actions()
	if len(actions) != 124 {
		t.Errorf("%d actions, want 124", len(actions))
	}
	for i := 1; i < len(actions); i++ {
		if actions[i-1] >= actions[i] {
			t.Fatalf("Actions() not sorted at %d: %v", i, actions[i-1:i+1])
		}
	}
	for _, a := range actions {
		if len(ecm.Codes(a)) == 0 {
			t.Errorf("%s: no codes", a)
		}
	}
	if got := len(ecm.CommonCodes()); got != 38 {
		t.Errorf("%d common codes, want 38 (union of the two lists)", got)
	}
	if got := len(ecm.CommonLists["responses_page"]); got != 26 {
		t.Errorf("responses_page: %d codes, want 26", got)
	}
	if got := len(ecm.ServiceCodes); got != 164 {
		t.Errorf("%d service codes, want 164", got)
	}

	want := []string{"FailedOperation.InternalOperationFailure", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue.Malformed", "InvalidParameterValue.TooLong", "LimitExceeded", "UnauthorizedOperation.ForbiddenOperation"}
	if got := ecm.Codes("CreateVpc"); !reflect.DeepEqual(got, want) {
		t.Errorf("Codes(CreateVpc) = %v", got)
	}
	if ecm.Codes("NoSuchAction") != nil {
		t.Error("Codes of an unknown action is not nil")
	}
	// Codes returns a copy.
	ecm.Codes("CreateVpc")[0] = "x"
	if ecm.Codes("CreateVpc")[0] != want[0] {
		t.Error("Codes shares the table's slice")
	}

	for _, c := range []struct {
		action, code string
		want         bool
	}{
		{"CreateVpc", "InvalidParameterValue.TooLong", true},                     // own table
		{"CreateVpc", "AuthFailure.SignatureFailure", true},                      // common (both lists)
		{"CreateVpc", "RequestLimitExceeded.UinLimitExceeded", true},             // common (final chapter only)
		{"CreateVpc", "InvalidParameter.Coexist", false},                         // another action's (DescribeVpcs)
		{"DescribeVpcs", "InvalidParameter.Coexist", true},                       //
		{"DescribeVpcs", "InvalidParameterValue.InvalidZoneInstanceCount", true}, // odd but documented (catalog item 58)
		{"ReleaseAddresses", "UnsupportedOperation.StatusNotPermit", true},
		{"ReleaseAddresses", "UnsupportedOperation.SnapHasShared", false}, // service chapter only
		{"DescribeTaskResult", "InvalidParameterValue.TaskNotFound", false},
		{"AllocateAddresses", "LimitExceeded.AddressQuotaLimitExceededDailyAllocate", true},
		{"AssignPrivateIpAddresses", "LimitExceeded.PrivateIPQuotaLimitExceeded", true},
		{"NoSuchAction", "InternalError", false}, // unknown action
		{"CreateVpc", "", false},
	} {
		if got := ecm.Documented(c.action, c.code); got != c.want {
			t.Errorf("Documented(%s, %s) = %v, want %v", c.action, c.code, got, c.want)
		}
	}
	if !ecm.HasAction("DescribeAddresses") || ecm.HasAction("DescribeUsedIpAddress") {
		t.Error("HasAction")
	}
	if d := ecm.Description("ModifyAddressesBandwidth", "InvalidParameterValue.BandwidthOutOfRange"); d == "" {
		t.Error("no description for an action code")
	}
	if d := ecm.Description("CreateVpc", "UnsupportedProtocol"); !strings.Contains(d, "GET and POST") {
		t.Errorf("common description %q", d)
	}
}

func TestOtherServices(t *testing.T) {
	vpc := mustTable(t, "vpc")
	if got, want := vpc.Actions(), []string{"AssignPrivateIpAddresses", "DescribeUsedIpAddress"}; !reflect.DeepEqual(got, want) {
		t.Errorf("vpc actions %v", got)
	}
	if !vpc.Documented("DescribeUsedIpAddress", "InvalidParameterValue.ParameterMismatch") ||
		!vpc.Documented("DescribeUsedIpAddress", "AuthFailure.SignatureFailure") ||
		vpc.Documented("DescribeUsedIpAddress", "ResourceInsufficient.Subnet") ||
		!vpc.Documented("AssignPrivateIpAddresses", "ResourceInsufficient.Subnet") {
		t.Error("vpc Documented")
	}
	if vpc.Version != "2017-03-12" || len(vpc.Sources) != 2 || len(vpc.CommonFrom) != 1 {
		t.Errorf("vpc: version %q, sources %v, common_from %v", vpc.Version, vpc.Sources, vpc.CommonFrom)
	}

	ez := mustTable(t, "edgezone")
	if got := ez.Codes("ReleasePublicIp"); len(got) != 8 || ez.Version != "2026-04-01" {
		t.Errorf("edgezone: %v %s", got, ez.Version)
	}
	if !ez.Documented("ReleasePublicIp", "FailedOperation.IpStillBoundToServer") || !ez.Documented("ReleasePublicIp", "RequestLimitExceeded") {
		t.Error("edgezone Documented")
	}

	tdb := mustTable(t, "taurusdb")
	const eip = "GET /v3/{project_id}/instances/{instance_id}/eip"
	if got := tdb.Actions(); !reflect.DeepEqual(got, []string{eip}) {
		t.Errorf("taurusdb actions %v", got)
	}
	if len(tdb.Codes(eip)) != 0 || len(tdb.CommonCodes()) != 0 || tdb.Documented(eip, "DBS.200019") {
		t.Error("taurusdb: the seed lists no error codes")
	}
	if tdb.StatusCodes["400"] != "Client error." {
		t.Errorf("taurusdb status codes %v", tdb.StatusCodes)
	}
}

// Every action code of the committed ECM data is known to the service chapter or the common
// lists, and every file records where it comes from.
func TestConsistency(t *testing.T) {
	for _, svc := range Services() {
		tb := mustTable(t, svc)
		if tb.Service != svc || tb.Version == "" || len(tb.Sources) == 0 {
			t.Errorf("%s: service %q, version %q, sources %v", svc, tb.Service, tb.Version, tb.Sources)
		}
		for f, sha := range tb.Sources {
			if len(sha) != 64 {
				t.Errorf("%s: %s: sha256 %q", svc, f, sha)
			}
		}
	}
	ecm := mustTable(t, "ecm")
	known := map[string]bool{}
	for _, c := range append(ecm.ServiceCodes, ecm.Common...) {
		known[c] = true
	}
	for _, a := range ecm.Actions() {
		for _, c := range ecm.Codes(a) {
			if !known[c] {
				t.Errorf("%s: %s is neither a service nor a common code", a, c)
			}
		}
	}
}
