package eniattachment

// What tests and sweepers need: find the attachment behind a state entry, remove it outside Terraform.

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState reports the attachment gone unless the ENI is attached.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	n, err := c.ECM.FindNetworkInterfaceByID(ctx, attrs["ecm_region"], attrs["id"])
	if err == nil && !attached(n) {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState detaches the ENI, as someone using the console would (without waiting).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DetachNetworkInterface(ctx, ecm.AttachmentRequest{EcmRegion: attrs["ecm_region"], NetworkInterfaceId: attrs["id"], InstanceId: attrs["instance_id"]})
}
