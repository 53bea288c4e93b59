package image

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the image behind a state entry.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindImageByID(ctx, attrs["id"])
	return err
}

// DeleteByState deletes the image behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteImage(ctx, ecm.DeleteImageRequest{ImageIDSet: []string{attrs["id"]}})
}
