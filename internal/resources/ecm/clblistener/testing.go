package clblistener

// What tests and other packages need: find, delete and wait for a listener.

import (
	"context"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// deleteListener deletes the listener and waits on its task. A listener (or load balancer)
// already gone is success.
func deleteListener(ctx context.Context, c *conn.Conn, loadBalancerID, listenerID string, timeout time.Duration) error {
	if _, err := c.ECM.FindListener(ctx, loadBalancerID, listenerID); tencent.IsNotFound(err) {
		return nil
	}
	out, err := c.ECM.DeleteListener(ctx, ecm.DeleteListenerRequest{LoadBalancerId: loadBalancerID, ListenerId: listenerID})
	if err != nil {
		return err
	}
	return c.ECM.WaitLoadBalanceTask(ctx, wait.Options{Timeout: timeout}, out.RequestId, "DeleteListener")
}

// FindByState looks up the listener behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, err := c.ECM.FindListener(ctx, attrs["load_balancer_id"], attrs["listener_id"])
	return err
}

// DeleteByState deletes the listener behind a state entry, as someone using the console would,
// and waits on the task so that the next refresh sees it gone.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	return deleteListener(ctx, c, attrs["load_balancer_id"], attrs["listener_id"], defaultTimeout)
}
