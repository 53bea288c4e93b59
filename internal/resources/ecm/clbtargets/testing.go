package clbtargets

// What tests and other packages need: find the backends behind a state entry, remove them outside Terraform.

import (
	"context"
	"strconv"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// FindByState reports the resource gone when its listener is gone or has no instance backend.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	l := listener{conn: c, loadBalancerID: attrs["load_balancer_id"], listenerID: attrs["listener_id"]}
	ts, err := l.bound(ctx, nil)
	if err == nil && len(ts) == 0 {
		return &tencent.NotFoundError{Kind: kind, ID: attrs["id"]}
	}
	return err
}

// DeleteByState deregisters every backend of the listener, as someone using the console would
// (waiting on the task, so that the next refresh sees it).
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	l := listener{conn: c, loadBalancerID: attrs["load_balancer_id"], listenerID: attrs["listener_id"], timeout: defaultTimeout}
	return l.deregisterAll(ctx, targetsFromAttributes(attrs))
}

// targetsFromAttributes reads the ENI-IP backends of a flattened state entry ("targets.N.eni_ip").
func targetsFromAttributes(attrs map[string]string) []target {
	var out []target
	for k, v := range attrs {
		if !strings.HasPrefix(k, "targets.") || !strings.HasSuffix(k, ".eni_ip") || v == "" {
			continue
		}
		port, err := strconv.ParseInt(attrs[strings.TrimSuffix(k, "eni_ip")+"port"], 10, 64)
		if err == nil {
			out = append(out, target{EniIP: v, Port: port})
		}
	}
	return out
}
