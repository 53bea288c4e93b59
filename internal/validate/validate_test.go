package validate

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func run(v validator.String, s string) string {
	resp := &validator.StringResponse{}
	v.ValidateString(context.Background(), validator.StringRequest{Path: path.Root("cidr_block"), ConfigValue: types.StringValue(s)}, resp)
	if !resp.Diagnostics.HasError() {
		return ""
	}
	return resp.Diagnostics.Errors()[0].Detail()
}

func TestIPv4CIDR(t *testing.T) {
	vpc := IPv4CIDR(CIDROptions{MinPrefix: 16, MaxPrefix: 28, Private: true})
	tests := map[string]string{
		"10.0.0.0/16":    "",
		"172.31.0.0/16":  "",
		"192.168.1.0/28": "",
		"10.0.0.1/16":    "host bits",
		"8.8.8.0/24":     "private ranges",
		"172.32.0.0/16":  "private ranges",
		"10.0.0.0/8":     "between /16 and /28",
		"10.0.0.0/29":    "between /16 and /28",
		"not-a-cidr":     "not an IPv4 CIDR",
		"fd00::/64":      "not an IPv4 CIDR",
	}
	for in, want := range tests {
		got := run(vpc, in)
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want error containing %q", in, got, want)
		}
	}
	if run(vpc, "") == "" {
		t.Error("empty string must be refused")
	}
}

func TestMaxBytes_CountsUTF8Bytes(t *testing.T) {
	v := MaxBytes(6)
	if run(v, "abcdef") != "" {
		t.Error("6 ASCII bytes must pass")
	}
	if got := run(v, "杭州"); got != "" {
		t.Errorf("two CJK characters are 6 bytes and must pass, got %q", got)
	}
	if got := run(v, "杭州杭州"); !strings.Contains(got, "12 bytes") {
		t.Errorf("12 bytes must be refused, got %q", got)
	}
}

func TestHTTPURL(t *testing.T) {
	for in, ok := range map[string]bool{"http://127.0.0.1:8787": true, "https://ecm.tencentcloudapi.com/": true, "127.0.0.1:8787": false, "ftp://x": false, "http://": false} {
		if got := run(HTTPURL(), in) == ""; got != ok {
			t.Errorf("%q valid = %v, want %v", in, got, ok)
		}
	}
}

func TestIPv4Address(t *testing.T) {
	for in, want := range map[string]string{
		"10.0.1.5":        "",
		"255.255.255.255": "",
		"10.0.1.05":       "not an IPv4 address", // netip refuses leading zeros
		"10.0.1":          "not an IPv4 address",
		"fd00::1":         "not an IPv4 address",
		"::ffff:10.0.0.1": "not an IPv4 address",
		"10.0.1.5/32":     "not an IPv4 address",
		"":                "not an IPv4 address",
	} {
		got := run(IPv4Address(), in)
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%q: got %q, want error containing %q", in, got, want)
		}
	}
}

func TestTencentID(t *testing.T) {
	for in, ok := range map[string]bool{
		"eni-m6dyj72l": true, "eni-bjekqff1": true, "eni-": false, "eni-M6DYJ72L": false,
		"vpc-m6dyj72l": false, "eni-m6dy_72l": false, "m6dyj72l": false,
	} {
		if got := run(TencentID("eni-"), in) == ""; got != ok {
			t.Errorf("%q: valid = %v, want %v", in, got, ok)
		}
	}
}
