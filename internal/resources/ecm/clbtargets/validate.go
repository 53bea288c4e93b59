package clbtargets

import (
	"context"
	"fmt"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// uniqueBackends requires exactly one of instance_id and eni_ip in each backend, and refuses two
// entries for one instance (or ENI IP) and port (differing only in weight).
type uniqueBackends struct{}

func (uniqueBackends) Description(context.Context) string {
	return "each backend names an instance or an ENI IP, and each of those with a port appears once"
}

func (v uniqueBackends) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (uniqueBackends) ValidateSet(ctx context.Context, req validator.SetRequest, resp *validator.SetResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	var ts []targetModel
	if diags := req.ConfigValue.ElementsAs(ctx, &ts, false); diags.HasError() {
		return // unknown members: checked at apply
	}
	seen := map[targetKey]bool{}
	for _, t := range ts {
		if t.InstanceID.IsUnknown() || t.EniIP.IsUnknown() {
			continue
		}
		if t.InstanceID.IsNull() == t.EniIP.IsNull() {
			resp.Diagnostics.AddAttributeError(req.Path, "Invalid backend", "Each backend sets exactly one of instance_id and eni_ip.")
			return
		}
		if !known(t.Port) {
			continue
		}
		k := target{InstanceID: t.InstanceID.ValueString(), EniIP: t.EniIP.ValueString(), Port: t.Port.ValueInt64()}.key()
		if seen[k] {
			resp.Diagnostics.AddAttributeError(req.Path, "Duplicate backend",
				fmt.Sprintf("%s port %d appears more than once; a backend has one weight.", k.InstanceID+k.EniIP, k.Port))
			return
		}
		seen[k] = true
	}
}

func known(v interface {
	IsNull() bool
	IsUnknown() bool
}) bool {
	return !v.IsNull() && !v.IsUnknown()
}

// ipv4Address validates an IPv4 address in its canonical form.
type ipv4Address struct{}

func (ipv4Address) Description(context.Context) string { return "an IPv4 address" }

func (v ipv4Address) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipv4Address) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if !known(req.ConfigValue) {
		return
	}
	s := req.ConfigValue.ValueString()
	if a, err := netip.ParseAddr(s); err != nil || !a.Is4() || a.String() != s {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IPv4 address", `Expected an IPv4 address such as "10.0.1.10"; got "`+s+`".`)
	}
}
