package validate

import (
	"context"
	"fmt"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// IPv4Address accepts a dotted-quad IPv4 address (no CIDR suffix, no IPv6).
func IPv4Address() validator.String { return ipv4Address{} }

type ipv4Address struct{}

func (ipv4Address) Description(context.Context) string { return "must be an IPv4 address" }

func (v ipv4Address) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipv4Address) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if a, err := netip.ParseAddr(req.ConfigValue.ValueString()); err != nil || !a.Is4() {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IPv4 address",
			fmt.Sprintf("%q is not an IPv4 address (expected a dotted quad such as 10.0.1.5).", req.ConfigValue.ValueString()))
	}
}

// IsIPv4 reports whether s is a dotted-quad IPv4 address.
func IsIPv4(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is4()
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
