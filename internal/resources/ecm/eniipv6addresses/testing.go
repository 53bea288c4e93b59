package eniipv6addresses

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

func stateAddresses(attrs map[string]string) []string {
	var out []string
	for k, v := range attrs {
		if strings.HasPrefix(k, "ipv6_addresses.") && k != "ipv6_addresses.#" {
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
	if ips, _, _ := owned(n, stateAddresses(attrs)); len(ips) == 0 {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return nil
}
