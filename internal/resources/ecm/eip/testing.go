package eip

// What tests and sweepers of any package need to know about this resource type: how to find the
// object behind a state entry, how to delete it, and how to sweep leftovers.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the EIP behind a state entry's attributes (nil, or an error for which
// tencent.IsNotFound holds when it is gone; an address being released counts as gone).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	a, err := c.ECM.FindAddressByID(ctx, attrs["ecm_region"], attrs["id"])
	if err == nil && a.AddressStatus == ecm.AddressStatusOfflining {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState releases the EIP behind a state entry, as someone using the console would (without
// waiting for the release task).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.ReleaseAddresses(ctx, ecm.ReleaseAddressesRequest{EcmRegion: attrs["ecm_region"], AddressIds: []string{attrs["id"]}})
	return err
}

// Sweep releases, through the resource's own delete path, every EIP of the region whose name starts
// with prefix, and returns how many it released.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	addresses, err := c.ECM.ListAddresses(ctx, ecm.DescribeAddressesRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, a := range addresses {
		if !strings.HasPrefix(a.AddressName, prefix) {
			continue
		}
		if _, err := releaseEIP(ctx, c, region, a.AddressId, a.AddressStatus); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
