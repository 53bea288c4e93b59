// Package validate holds the plan-time validators shared by resources, so that bad input is an error
// pointing at the attribute before any API call.
package validate

import (
	"context"
	"fmt"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

var privateRanges = []netip.Prefix{
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
}

// CIDROptions constrain an IPv4 CIDR block.
type CIDROptions struct {
	MinPrefix, MaxPrefix int  // allowed mask lengths, e.g. 16..28
	Private              bool // must lie inside 10/8, 172.16/12 or 192.168/16
}

// IPv4CIDR validates an IPv4 network in canonical form (no host bits set).
func IPv4CIDR(opts CIDROptions) validator.String { return cidrValidator{opts} }

type cidrValidator struct{ opts CIDROptions }

func (v cidrValidator) Description(context.Context) string {
	d := fmt.Sprintf("an IPv4 CIDR block with a mask between /%d and /%d", v.opts.MinPrefix, v.opts.MaxPrefix)
	if v.opts.Private {
		d += " inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"
	}
	return d
}

func (v cidrValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v cidrValidator) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if msg := v.check(req.ConfigValue.ValueString()); msg != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid CIDR block", msg)
	}
}

func (v cidrValidator) check(s string) string {
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is4() {
		return fmt.Sprintf("%q is not an IPv4 CIDR block such as 10.0.0.0/16.", s)
	}
	if p.Masked() != p {
		return fmt.Sprintf("%q has host bits set; the network is %s.", s, p.Masked())
	}
	if p.Bits() < v.opts.MinPrefix || p.Bits() > v.opts.MaxPrefix {
		return fmt.Sprintf("%q has a /%d mask; it must be between /%d and /%d.", s, p.Bits(), v.opts.MinPrefix, v.opts.MaxPrefix)
	}
	if v.opts.Private {
		for _, r := range privateRanges {
			if r.Contains(p.Addr()) && p.Bits() >= r.Bits() {
				return ""
			}
		}
		return fmt.Sprintf("%q is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.", s)
	}
	return ""
}
