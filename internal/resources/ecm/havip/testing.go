package havip

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the HAVIP behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindHaVipByID(ctx, attrs["id"])
	return err
}

// DeleteByState deletes the HAVIP behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteHaVip(ctx, ecm.DeleteHaVipRequest{HaVipId: attrs["id"]})
}

// Sweep deletes every HAVIP of the region whose name starts with prefix and returns how many.
func Sweep(ctx context.Context, c *conn.Conn, region, prefix string) (int, error) {
	list, err := c.ECM.ListHaVips(ctx, ecm.DescribeHaVipsRequest{EcmRegion: region})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, h := range list {
		if !strings.HasPrefix(h.HaVipName, prefix) {
			continue
		}
		if err := deleteHaVip(ctx, c, h.HaVipId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
