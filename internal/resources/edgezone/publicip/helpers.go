package publicip

// The release path that Delete and the sweeper share.

import (
	"context"
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// boundError is ReleasePublicIp's FailedOperation.IpStillBoundToServer, with the server found.
type boundError struct {
	IP, InstanceID, Server string
	Err                    error
}

func (e *boundError) Error() string {
	return fmt.Sprintf("%s %s is bound to physical server %s: %v", kind, e.IP, e.Server, e.Err)
}

func (e *boundError) Unwrap() error { return e.Err }

// Detail explains what to do.
func (e *boundError) Detail() string {
	server := e.Server
	if server == "" {
		server = "(the API did not name it; see the edgecloud_edgezone_public_ips data source)"
	}
	return fmt.Sprintf("%s of public network instance %s is still bound to physical server %s (FailedOperation.IpStillBoundToServer). "+
		"EdgeZone releases an address only once the server using it is terminated, and Terraform does not manage that server: "+
		"terminate %s (EdgeZone TerminateInstances, or the console), then destroy again.\n\n%s",
		e.IP, e.InstanceID, server, server, tfutil.Detail(e.Err))
}

// releaseIP releases the address and waits until DescribePublicIps no longer shows it. An address
// (or instance) already gone is success; an address bound to a server is a boundError naming it.
// typ may be empty or in any case: the address's family decides then.
func releaseIP(ctx context.Context, c *conn.Conn, region, instanceID, typ, ip string) error {
	if typ == "" {
		typ = typeOf(ip)
	}
	err := c.EdgeZone.ReleasePublicIp(ctx, region, edgezone.ReleasePublicIpRequest{NetworkInstanceId: instanceID, Type: typ, IpList: []string{ip}})
	switch {
	case err == nil:
	case edgezone.IsAlreadyReleased(err):
		return nil
	case tencent.HasCode(err, edgezone.CodeIPStillBoundToServer):
		bound := &boundError{IP: ip, InstanceID: instanceID, Err: err}
		if got, ferr := c.EdgeZone.FindPublicIP(ctx, region, instanceID, ip); ferr == nil {
			bound.Server = got.InstanceId
		}
		return bound
	default:
		return err
	}
	opts := wait.Options{Description: kind + " " + ip + " release", Timeout: releaseTimeout}
	return tencent.WaitNotFound(ctx, opts, func(ctx context.Context) (string, error) {
		got, err := c.EdgeZone.FindPublicIP(ctx, region, instanceID, ip)
		if err != nil {
			return "", err
		}
		return got.State, nil
	})
}
