package main

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// The error lists of the actions in testdata/ecm_excerpt.txt, as the ECM catalog
// (shared/reference/ecm-api-catalog.md, section 2) gives them. The excerpt holds, copied from
// seed 003: the signature-failure table, the Responses page's common list, these eleven action
// pages (among them AssignPrivateIpAddresses, whose Action cell is cut; AttachNetworkInterface,
// with a code whose description follows a blank line; CreateHaVip, whose table crosses a page
// break; DescribePackingQuotaGroup, the last page, followed by the Data Types chapter) and the
// final Error Codes chapter.
var catalogExpect = map[string][]string{
	"CreateVpc":                 {"FailedOperation.InternalOperationFailure", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue.Malformed", "InvalidParameterValue.TooLong", "LimitExceeded", "UnauthorizedOperation.ForbiddenOperation"},
	"DescribeVpcs":              {"FailedOperation.InternalOperationFailure", "InvalidParameter.Coexist", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.FilterLimitExceeded", "InvalidParameterValue.InvalidFilter", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.InvalidZoneInstanceCount", "InvalidParameterValue.Malformed", "UnauthorizedOperation.ForbiddenOperation"},
	"AllocateAddresses":         {"FailedOperation.InternalOperationFailure", "FailedOperation.InvalidStatus", "FailedOperation.OperationNotAllow", "FailedOperation.PrivateIpAddressBinded", "FailedOperation.PrivateIpAddressUnavailable", "InternalError", "InvalidParameter", "InvalidParameter.InvalidDataFormat", "InvalidParameter.InvalidParameterConflict", "InvalidParameterValue", "InvalidParameterValue.AddressQuotaLimitExceeded", "InvalidParameterValue.InvalidAddressCount", "InvalidParameterValue.InvalidBandwidth", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.ParameterValueTooLarge", "LimitExceeded", "LimitExceeded.AddressQuotaLimitExceeded", "LimitExceeded.AddressQuotaLimitExceededDailyAllocate", "MissingParameter.MissingPrivateIpAddress", "ResourceInsufficient.IPQuotaNotEnough", "ResourceNotFound", "ResourceNotFound.InstanceNotExist", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip"},
	"DescribeAddresses":         {"FailedOperation.InternalOperationFailure", "InvalidParameter", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.ParameterValueTooLarge", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation.Malformed"},
	"ReleaseAddresses":          {"FailedOperation.InternalOperationFailure", "FailedOperation.OperationNotAllow", "InvalidParameter", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "ResourceNotFound", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation.AddressIdNotFound", "UnsupportedOperation.Malformed", "UnsupportedOperation.StatusNotPermit"},
	"ModifyAddressesBandwidth":  {"FailedOperation.InternalOperationFailure", "InvalidParameter", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.BandwidthOutOfRange", "InvalidParameterValue.InvalidBandwidth", "LimitExceeded", "ResourceNotFound", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation.AddressIdNotFound", "UnsupportedOperation.StatusNotPermit"},
	"DescribeTaskResult":        {"FailedOperation.InternalOperationFailure", "InvalidParameter", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "MissingParameter", "UnauthorizedOperation.ForbiddenOperation"},
	"AssignPrivateIpAddresses":  {"FailedOperation.InternalOperationFailure", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.InvalidRegion", "InvalidParameterValue.Malformed", "InvalidParameterValue.Range", "LimitExceeded.PrivateIPQuotaLimitExceeded", "ResourceInUse", "ResourceInsufficient", "ResourceNotFound", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation.InvalidState"},
	"AttachNetworkInterface":    {"FailedOperation.InternalOperationFailure", "FailedOperation.OperationNotAllow", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvaildEniID", "InvalidParameterValue.InvalidPublicParam", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue.Malformed", "LimitExceeded", "LimitExceeded.AddressQuotaLimitExceeded", "LimitExceeded.AddressQuotaLimitExceededDailyAllocate", "LimitExceeded.EniQuotaLimitExceeded", "LimitExceeded.PrivateIPQuotaLimitExceeded", "ResourceInUse", "ResourceNotFound", "UnauthorizedOperation.ForbiddenOperation", "UnsupportedOperation", "UnsupportedOperation.AttachmentAlreadyExists", "UnsupportedOperation.InvalidState", "UnsupportedOperation.VpcMismatch"},
	"CreateHaVip":               {"FailedOperation.InternalOperationFailure", "InvalidParameter", "InvalidParameterValue", "InvalidParameterValue.Duplicate", "InvalidParameterValue.Malformed", "InvalidParameterValue.ObjectNotCurrentSubnet", "InvalidParameterValue.TooLong", "LimitExceeded", "ResourceInsufficient", "ResourceNotFound"},
	"DescribePackingQuotaGroup": {"FailedOperation.DataOperationFailed", "FailedOperation.InternalOperationFailure", "FailedOperation.OperationNotAllow", "InvalidParameter", "InvalidParameter.Coexist", "InvalidParameter.InvalidDataFormat", "InvalidParameterValue", "InvalidParameterValue.InvalidFilter", "MissingParameter", "UnsupportedOperation"},
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func tablesByKind(doc *TencentDoc, kind string) map[string]Table {
	out := map[string]Table{}
	for _, tb := range doc.Tables {
		if tb.Kind == kind {
			out[tb.Action+tb.Label] = tb
		}
	}
	return out
}

func codesOf(tb Table) []string {
	var out []string
	for _, e := range tb.Entries {
		out = append(out, e.Code)
	}
	sort.Strings(out)
	return out
}

func descOf(tb Table, code string) string {
	for _, e := range tb.Entries {
		if e.Code == code {
			return e.Desc
		}
	}
	return "<absent>"
}

func hasNote(doc *TencentDoc, sub string) bool {
	for _, n := range doc.Notes {
		if strings.Contains(n, sub) {
			return true
		}
	}
	return false
}

func TestParseECMExcerpt(t *testing.T) {
	doc, err := parseTencent(readTestdata(t, "ecm_excerpt.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Domain != "ecm.tencentcloudapi.com" {
		t.Errorf("domain = %q", doc.Domain)
	}
	if len(doc.Sections) != len(catalogExpect) {
		t.Errorf("%d action pages, want %d", len(doc.Sections), len(catalogExpect))
	}
	for _, s := range doc.Sections {
		if s.Version != "2019-07-19" || s.Tables != 1 {
			t.Errorf("page %s (line %d): version %q, %d tables", s.Action, s.Start, s.Version, s.Tables)
		}
	}
	actions := tablesByKind(doc, kindAction)
	if len(actions) != len(catalogExpect) {
		t.Errorf("%d action tables, want %d", len(actions), len(catalogExpect))
	}
	for a, want := range catalogExpect {
		tb, ok := actions[a]
		if !ok {
			t.Errorf("%s: no table", a)
			continue
		}
		if got := codesOf(tb); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %v\nwant %v", a, got, want)
		}
	}

	// Descriptions wrap over lines and page breaks.
	for _, c := range []struct{ action, code, want string }{
		{"AllocateAddresses", "InvalidParameter.InvalidParameterConflict", "The two specified parameters conflict. An EIP can only be bound to an instance or the specified private IP of the specified ENI."},
		{"AttachNetworkInterface", "LimitExceeded.AddressQuotaLimitExceededDailyAllocate", "The maximum number of applications has been reached. The maximum number of applications that can be made by a Tencent Cloud account per day in each region is equal to twice the quota."},
		{"CreateHaVip", "InvalidParameterValue.TooLong", "The parameter value is too long."},
		{"DescribePackingQuotaGroup", "UnsupportedOperation", "Unsupported operation."},
		{"CreateVpc", "UnauthorizedOperation.ForbiddenOperation", "You don't have the permission to perform this operation."},
	} {
		if got := descOf(actions[c.action], c.code); got != c.want {
			t.Errorf("%s %s: description %q, want %q", c.action, c.code, got, c.want)
		}
	}

	common := tablesByKind(doc, kindCommon)
	if n := len(common["responses_page"].Entries); n != 26 {
		t.Errorf("responses_page common list: %d codes, want 26 (catalog 1.8)", n)
	}
	chapter := common["error_codes_chapter"]
	if n := len(chapter.Entries); n != 38 {
		t.Errorf("error_codes_chapter common list: %d codes, want 38 (26 + the 12 the catalog lists as additions)", n)
	}
	for _, c := range []string{"ActionOffline", "AuthFailure.InvalidAuthorization", "InvalidRequest", "IpInBlacklist", "IpNotInWhitelist", "NoSuchProduct", "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.UinLimitExceeded", "RequestSizeLimitExceeded", "ResponseSizeLimitExceeded", "ServiceUnavailable"} {
		if descOf(chapter, c) == "<absent>" {
			t.Errorf("error_codes_chapter lacks %s", c)
		}
	}
	// A description interrupted by a page heading ("Error Codes" / "Last updated").
	if got, want := descOf(chapter, "AuthFailure.SignatureExpire"), "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time."; got != want {
		t.Errorf("SignatureExpire: %q, want %q", got, want)
	}
	// A code alone on its line, its description after a blank line.
	if got := descOf(chapter, "AuthFailure.SecretIdNotFound"); !strings.HasPrefix(got, "Key does not exist.") {
		t.Errorf("SecretIdNotFound: %q", got)
	}

	service := tablesByKind(doc, kindService)[""]
	if n := len(service.Entries); n != 164 {
		t.Errorf("service chapter: %d codes, want 164 (catalog 2.15)", n)
	}
	for _, c := range []string{"LimitExceeded.CidrBlock", "UnsupportedOperation.VpcMismatch", "ResourcesSoldOut.SpecifiedInstanceType", "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID"} {
		if descOf(service, c) == "<absent>" {
			t.Errorf("service chapter lacks %s", c)
		}
	}

	sig := tablesByKind(doc, kindOther)["signature_failure"]
	if got := codesOf(sig); len(got) != 5 {
		t.Errorf("signature-failure table: %v", got)
	}
	if d := descOf(sig, "AuthFailure.InvalidSecretId"); d != "Invalid key (not a TencentCloud API key type)." {
		t.Errorf("text glued after the signature table went into a description: %q", d)
	}

	for _, n := range []string{
		`the Action cell is cut ("AssignPrivateIpAddress"); the page heading gives AssignPrivateIpAddresses`,
		`DescribePackingQuotaGroup table ends: page break, then "Address"`,
		"RunInstances", // absent: it is not in the excerpt
	} {
		if got := hasNote(doc, n); got != (n != "RunInstances") {
			t.Errorf("note %q present = %v", n, got)
		}
	}
	if hasNote(doc, "code-like line after") {
		t.Errorf("a table ended early: %v", doc.Notes)
	}
}

func TestParseVPCAndEdgeZone(t *testing.T) {
	for _, c := range []struct {
		file, domain, action, version string
		codes                         []string
	}{
		{"vpc_describeusedipaddress.txt", "vpc.intl.tencentcloudapi.com", "DescribeUsedIpAddress", "2017-03-12",
			[]string{"InvalidParameterValue.Malformed", "InvalidParameterValue.ParameterMismatch"}},
		{"vpc_assignprivateipaddresses.txt", "vpc.intl.tencentcloudapi.com", "AssignPrivateIpAddresses", "2017-03-12",
			[]string{"FailedOperation.NetDetectTimeOut", "InvalidParameterValue.DuplicatePara", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue.Malformed", "InvalidParameterValue.Range", "InvalidParameterValue.Reserved", "LimitExceeded", "LimitExceeded.ActionLimited", "MissingParameter", "ResourceInUse", "ResourceInsufficient", "ResourceInsufficient.Subnet", "ResourceNotFound", "UnsupportedOperation", "UnsupportedOperation.IdempotentParameterMismatch", "UnsupportedOperation.IdempotentProcessing", "UnsupportedOperation.InvalidState", "UnsupportedOperation.MutexOperationTaskRunning", "UnsupportedOperation.ResourceMismatch"}},
		{"edgezone_releasepublicip.txt", "edgezone.intl.tencentcloudapi.com", "ReleasePublicIp", "2026-04-01",
			[]string{"FailedOperation.IpStillBoundToServer", "FailedOperation.NotSupportedForDynamicInstance", "InternalError", "InvalidParameter", "InvalidParameterValue.PublicIpNotAvailable", "InvalidParameterValue.PublicIpv6NotAvailable", "ResourceNotFound.PublicInstanceNotFound", "UnauthorizedOperation.PermissionDenied"}},
	} {
		doc, err := parseTencent(readTestdata(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if doc.Domain != c.domain || len(doc.Sections) != 1 || doc.Sections[0].Action != c.action || doc.Sections[0].Version != c.version {
			t.Errorf("%s: domain %q, pages %+v", c.file, doc.Domain, doc.Sections)
		}
		tb := tablesByKind(doc, kindAction)[c.action]
		if got := codesOf(tb); !reflect.DeepEqual(got, c.codes) {
			t.Errorf("%s:\n got %v\nwant %v", c.file, got, c.codes)
		}
		if len(doc.Tables) != 1 {
			t.Errorf("%s: %d tables, want 1", c.file, len(doc.Tables))
		}
	}
}

func TestParseHuawei(t *testing.T) {
	doc, err := parseHuawei(readTestdata(t, "taurusdb_showinstanceeip.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != "GET" || doc.URI != "/v3/{project_id}/instances/{instance_id}/eip" || doc.Title != "Querying an EIP" {
		t.Errorf("got %s %s %q", doc.Method, doc.URI, doc.Title)
	}
	want := map[string]string{"200": "Success.", "400": "Client error.", "500": "Server error."}
	if !reflect.DeepEqual(doc.StatusCodes, want) {
		t.Errorf("status codes %v, want %v", doc.StatusCodes, want)
	}
	if len(doc.ErrorCodes) != 0 {
		t.Errorf("error codes %v, want none", doc.ErrorCodes)
	}
}

// The sanity check fails loudly, naming what is missing, on a document without all 124 ECM
// actions.
func TestGenerateRejectsIncompleteECM(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/003.txt", []byte(readTestdata(t, "ecm_excerpt.txt")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := generate(dir, &strings.Builder{})
	if err == nil {
		t.Fatal("no error")
	}
	for _, s := range []string{"found 11 actions, want 124", "RunInstances", "TerminateInstances"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
}

func TestActionName(t *testing.T) {
	for _, c := range []struct {
		in, name string
		complete bool
	}{
		{" DescribeNode.\nVersion Yes", "DescribeNode", true},
		{"\nModifyPrivateIpAddressesAttribute.\nVersion", "ModifyPrivateIpAddressesAttribute", true},
		{"\nDescribeSecurityGroup\nAssociationStatistics.\nVersion", "DescribeSecurityGroupAssociationStatistics", true},
		{" AssignPrivateIpAddress\nVersion Yes String", "AssignPrivateIpAddress", false},
	} {
		name, complete := actionName(c.in)
		if name != c.name || complete != c.complete {
			t.Errorf("actionName(%q) = %q, %v", c.in, name, complete)
		}
	}
}
