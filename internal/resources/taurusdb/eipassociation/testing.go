package eipassociation

// What tests of any package need to know about this resource type: how to find the binding behind
// a state entry, and how to undo it behind Terraform's back.

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

func scopeOf(attrs map[string]string) taurusdb.Scope {
	return taurusdb.Scope{Region: attrs["region"], ProjectID: attrs["project_id"]}
}

// FindByState reports whether the instance of a state entry shows its EIP bound: nil if so, a
// huawei.NotFoundError if the instance is gone or shows no EIP or another one.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	bound, err := isBound(ctx, c.TaurusDB, scopeOf(attrs), attrs["instance_id"], attrs["public_ip_id"])
	if err == nil && !bound {
		return &huawei.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState unbinds the EIP of a state entry as someone using the console would, and waits for
// the unbind job to end (the binding is undone when the console says so).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := unbindEIP(ctx, c.TaurusDB, scopeOf(attrs), attrs["instance_id"], attrs["public_ip_id"], defaultTimeout)
	return err
}
