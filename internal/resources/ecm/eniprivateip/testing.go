package eniprivateip

// What tests need: find the addresses behind a state entry, remove them outside Terraform.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// stateAddresses reads private_ip_addresses.N from flat state attributes.
func stateAddresses(attrs map[string]string) []string {
	var out []string
	for k, v := range attrs {
		if strings.HasPrefix(k, "private_ip_addresses.") && k != "private_ip_addresses.#" {
			out = append(out, v)
		}
	}
	return out
}

// FindByState reports the entry gone when its ENI holds none of its addresses.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	n, err := c.ECM.FindNetworkInterfaceByID(ctx, attrs["ecm_region"], attrs["network_interface_id"])
	if err != nil {
		return err
	}
	if ips, _ := owned(n, stateAddresses(attrs)); len(ips) == 0 {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return nil
}

// DeleteByState removes the entry's addresses, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.RemovePrivateIpAddresses(ctx, ecm.PrivateIPsRequest{EcmRegion: attrs["ecm_region"], NetworkInterfaceId: attrs["network_interface_id"],
		PrivateIpAddresses: specs(tfutil.SortAddresses(stateAddresses(attrs)), nil)})
}
