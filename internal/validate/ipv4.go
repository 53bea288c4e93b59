package validate

import (
	"context"
	"fmt"
	"net/netip"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// IPv4Address checks that a string is an IPv4 address in canonical dotted-decimal form
// ("10.0.1.5"; not "10.0.1.05", not an IPv4-mapped IPv6 address): the APIs compare addresses as
// strings, so a non-canonical spelling would never match what they answer.
func IPv4Address() validator.String { return ipv4Address{} }

type ipv4Address struct{}

func (ipv4Address) Description(context.Context) string {
	return "an IPv4 address in dotted-decimal form, e.g. 10.0.1.5"
}
func (v ipv4Address) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipv4Address) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if problem := IPv4AddressProblem(req.ConfigValue.ValueString()); problem != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IPv4 address", problem)
	}
}

// IPv4AddressProblem says what is wrong with s as an IPv4 address ("" when nothing is).
func IPv4AddressProblem(s string) string {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil || !a.Is4():
		return fmt.Sprintf("%q is not an IPv4 address (expected dotted decimal, e.g. 10.0.1.5).", s)
	case a.String() != s:
		return fmt.Sprintf("%q is not in canonical form; write it as %s.", s, a)
	}
	return ""
}

// TencentID checks an attribute holding a Tencent Cloud object ID: prefix ("vpc-", "subnet-",
// "eni-") followed by lowercase letters and digits. A malformed ID is refused at plan time instead of
// reaching the API, which may answer it with an empty list (read as "gone") rather than an error.
func TencentID(prefix string) validator.String { return tencentID{prefix: prefix} }

var tencentIDBody = regexp.MustCompile(`^[a-z0-9]+$`)

// ValidTencentID reports whether id is prefix followed by lowercase letters and digits.
func ValidTencentID(prefix, id string) bool {
	return len(id) > len(prefix) && id[:len(prefix)] == prefix && tencentIDBody.MatchString(id[len(prefix):])
}

type tencentID struct{ prefix string }

func (v tencentID) Description(context.Context) string {
	return fmt.Sprintf("an ID of the form %q followed by lowercase letters and digits", v.prefix)
}
func (v tencentID) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v tencentID) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if id := req.ConfigValue.ValueString(); !ValidTencentID(v.prefix, id) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid ID",
			fmt.Sprintf("%q is not a valid ID here: expected %q followed by lowercase letters and digits, e.g. %sabc12345.", id, v.prefix, v.prefix))
	}
}

// IPv6Canonical accepts an IPv6 address written in its canonical form (RFC 5952, as the API
// answers it), so that the configuration and the API's answer compare equal.
func IPv6Canonical() validator.String { return ipv6Canonical{} }

type ipv6Canonical struct{}

func (ipv6Canonical) Description(context.Context) string {
	return "must be an IPv6 address in canonical form (e.g. 2001:db8::7)"
}

func (v ipv6Canonical) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipv6Canonical) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil || !a.Is6() || a.Is4In6() || a.Zone() != "":
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IPv6 address", fmt.Sprintf("%q is not an IPv6 address.", s))
	case a.String() != s:
		resp.Diagnostics.AddAttributeError(req.Path, "Non-canonical IPv6 address",
			fmt.Sprintf("Write %q as %q (canonical form, as the API answers it), or the plan never settles.", s, a.String()))
	}
}

// IsIPv4 reports whether s is an IPv4 address in canonical dotted-decimal form.
func IsIPv4(s string) bool { return IPv4AddressProblem(s) == "" }
