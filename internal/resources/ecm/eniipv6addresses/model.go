package eniipv6addresses

import (
	"context"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                 types.String   `tfsdk:"id"`
	EcmRegion          types.String   `tfsdk:"ecm_region"`
	NetworkInterfaceID types.String   `tfsdk:"network_interface_id"`
	Count              types.Int64    `tfsdk:"ipv6_address_count"`
	Addresses          types.Set      `tfsdk:"ipv6_addresses"`
	ISP                types.String   `tfsdk:"isp"`
	Description        types.String   `tfsdk:"description"`
	Timeouts           timeouts.Value `tfsdk:"timeouts"`
}

func (m *resourceModel) addresses(ctx context.Context) []string {
	if m.Addresses.IsNull() || m.Addresses.IsUnknown() {
		return nil
	}
	var out []string
	m.Addresses.ElementsAs(ctx, &out, false)
	return sortIPs(out)
}

func (m *resourceModel) setOwned(ips []string) {
	ips = sortIPs(ips)
	m.Addresses, _ = types.SetValueFrom(context.Background(), types.StringType, ips)
	m.Count = types.Int64Value(int64(len(ips)))
}

// canonical is the address in canonical form ("" when it is none).
func canonical(s string) string {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return ""
	}
	return a.String()
}

// sortIPs returns the addresses in canonical form, in numeric order (what is no address is dropped).
func sortIPs(ips []string) []string {
	out := make([]string, 0, len(ips))
	for _, ip := range ips {
		if c := canonical(ip); c != "" {
			out = append(out, c)
		}
	}
	return tfutil.SortAddresses(out)
}

// owned returns which of mine the ENI still has (not being released), with their descriptions
// and states.
func owned(n *ecm.NetworkInterface, mine []string) (ips []string, desc, state map[string]string) {
	want := map[string]bool{}
	for _, x := range mine {
		want[canonical(x)] = true
	}
	desc, state = map[string]string{}, map[string]string{}
	for _, a := range n.Ipv6AddressSet {
		c := canonical(a.Address)
		if !want[c] || a.State == ecm.ENIStateDeleting {
			continue
		}
		ips = append(ips, c)
		state[c] = a.State
		if a.Description != nil {
			desc[c] = *a.Description
		}
	}
	return sortIPs(ips), desc, state
}

func readDescription(current types.String, ips []string, desc map[string]string) types.String {
	for _, ip := range ips {
		if !tfutil.OptionalString(desc[ip]).Equal(current) {
			return tfutil.OptionalString(desc[ip])
		}
	}
	return current
}

func specs(ips []string, description *string) []ecm.Ipv6Address {
	out := make([]ecm.Ipv6Address, 0, len(ips))
	for _, ip := range ips {
		out = append(out, ecm.Ipv6Address{Address: ip, Description: description})
	}
	return out
}
