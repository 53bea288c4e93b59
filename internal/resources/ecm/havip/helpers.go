package havip

import (
	"context"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// deleteHaVip deletes the HAVIP and waits until DescribeHaVips no longer returns it. An HAVIP
// already gone is success.
func deleteHaVip(ctx context.Context, c *conn.Conn, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error { return c.ECM.DeleteHaVip(ctx, ecm.DeleteHaVipRequest{HaVipId: id}) },
		func(ctx context.Context) error {
			_, err := c.ECM.FindHaVipByID(ctx, id)
			return err
		})
}

// ipv4Address validates an IPv4 address in its canonical form.
type ipv4Address struct{}

func (ipv4Address) Description(context.Context) string { return "an IPv4 address" }

func (v ipv4Address) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipv4Address) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if a, err := netip.ParseAddr(s); err != nil || !a.Is4() || a.String() != s {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IPv4 address", `Expected an IPv4 address such as "10.0.1.10"; got "`+s+`".`)
	}
}
