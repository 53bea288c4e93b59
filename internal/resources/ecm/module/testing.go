package module

// What tests and sweepers of any package need to know about this resource type.

import (
	"context"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState looks up the module behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindModuleByID(ctx, attrs["id"])
	return err
}

// DeleteByState deletes the module behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return c.ECM.DeleteModule(ctx, ecm.DeleteModuleRequest{ModuleId: attrs["id"]})
}

// Sweep deletes every module whose name starts with prefix (modules are global: region is ignored).
func Sweep(ctx context.Context, c *conn.Conn, _, prefix string) (int, error) {
	items, err := c.ECM.ListModules(ctx, ecm.DescribeModuleRequest{})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, it := range items {
		if !strings.HasPrefix(it.Module.ModuleName, prefix) {
			continue
		}
		if err := deleteModule(ctx, c, it.Module.ModuleId); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
