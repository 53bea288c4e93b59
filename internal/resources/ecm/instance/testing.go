package instance

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the instance behind a state entry; a terminating one counts as gone.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	i, err := c.ECM.FindInstanceByID(ctx, attrs["id"])
	if err == nil && i.InstanceState == ecm.InstanceStateTerminating {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState terminates the instance behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return terminate(ctx, c, attrs["id"], false, 5*time.Minute)
}

// Sweep terminates every instance whose name starts with prefix (the region is ignored: instance
// actions take none).
func Sweep(ctx context.Context, c *conn.Conn, _, prefix string) (int, error) {
	instances, err := c.ECM.ListInstances(ctx, ecm.DescribeInstancesRequest{})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, i := range instances {
		if !strings.HasPrefix(i.InstanceName, prefix) {
			continue
		}
		if err := terminate(ctx, c, i.InstanceId, false, 10*time.Minute); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
