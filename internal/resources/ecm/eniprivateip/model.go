package eniprivateip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                 types.String   `tfsdk:"id"`
	EcmRegion          types.String   `tfsdk:"ecm_region"`
	NetworkInterfaceID types.String   `tfsdk:"network_interface_id"`
	Count              types.Int64    `tfsdk:"secondary_private_ip_address_count"`
	Addresses          types.Set      `tfsdk:"private_ip_addresses"`
	Description        types.String   `tfsdk:"description"`
	Timeouts           timeouts.Value `tfsdk:"timeouts"`
}

// addresses returns the set's addresses (nil when null or unknown).
func (m *resourceModel) addresses(ctx context.Context) []string {
	if m.Addresses.IsNull() || m.Addresses.IsUnknown() {
		return nil
	}
	var out []string
	m.Addresses.ElementsAs(ctx, &out, false)
	return tfutil.SortAddresses(out)
}

// setOwned stores the owned addresses and their count.
func (m *resourceModel) setOwned(ips []string) {
	ips = tfutil.SortAddresses(ips)
	m.Addresses, _ = types.SetValueFrom(context.Background(), types.StringType, ips)
	m.Count = types.Int64Value(int64(len(ips)))
}

// owned returns which of mine the ENI still has (secondary addresses only), with their
// descriptions.
func owned(n *ecm.NetworkInterface, mine []string) (ips []string, desc map[string]string) {
	desc = map[string]string{}
	for _, ip := range n.PrivateIpAddressSet {
		if ip.Primary != nil && *ip.Primary {
			continue
		}
		for _, x := range mine {
			if x == ip.PrivateIpAddress {
				ips = append(ips, x)
				if ip.Description != nil {
					desc[x] = *ip.Description
				}
			}
		}
	}
	return tfutil.SortAddresses(ips), desc
}

// readDescription is the description the owned addresses show: the configured one when they all
// carry it, else the first one that differs (so the difference shows as drift).
func readDescription(current types.String, ips []string, desc map[string]string) types.String {
	for _, ip := range ips {
		if !tfutil.OptionalString(desc[ip]).Equal(current) {
			return tfutil.OptionalString(desc[ip])
		}
	}
	return current
}

func specs(ips []string, description *string) []ecm.PrivateIPSpec {
	out := make([]ecm.PrivateIPSpec, 0, len(ips))
	for _, ip := range ips {
		out = append(out, ecm.PrivateIPSpec{PrivateIpAddress: ip, Description: description})
	}
	return out
}
