package eipassociation

// What tests need: find the binding behind a state entry, remove it outside Terraform.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState reports the EIP of a state entry as gone unless it is bound (BIND, BIND_ENI or BINDING).
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	a, err := c.ECM.FindAddressByID(ctx, attrs["ecm_region"], attrs["id"])
	if err == nil && !bound(a) {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState unbinds the EIP of a state entry, as someone using the console would (without
// waiting for the task).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.DisassociateAddress(ctx, ecm.DisassociateAddressRequest{EcmRegion: attrs["ecm_region"], AddressId: attrs["id"]})
	return err
}

// Sweep unbinds every bound EIP of the region whose name starts with prefix, through the
// resource's own delete path, so that the EIP sweeper can release it (a bound EIP cannot be
// released). It returns how many it unbound.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	addresses, err := c.ECM.ListAddresses(ctx, ecm.DescribeAddressesRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, a := range addresses {
		if !strings.HasPrefix(a.AddressName, prefix) || (!bound(&a) && a.AddressStatus != ecm.AddressStatusUnbinding) {
			continue
		}
		if err := unbind(ctx, c, region, a.AddressId, false, defaultTimeout); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
