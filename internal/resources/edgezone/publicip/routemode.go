package publicip

// The route-mode check: ApplyPublicIps works on STATIC instances only (a BGP/OSPF instance answers
// FailedOperation.NotSupportedForDynamicInstance). The provider says so itself, at plan time when it
// can and before the call otherwise.

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
)

// Summaries of the route-mode errors, for tests to match.
const (
	summaryNotStatic       = "Public IPs need a STATIC public network instance"
	summaryMissingInstance = "Public network instance not found"
)

// notStaticDetail explains why addresses cannot be applied for on instance i.
func notStaticDetail(i *edgezone.PublicNetworkInstanceInfo) string {
	return fmt.Sprintf("%s %s (zone %s) has route mode %s. Only STATIC instances hand out single public IPs (ApplyPublicIps); "+
		"a BGP or OSPF instance gets whole CIDR blocks when it is created, listed in its ipv4_cidrs and ipv6_cidrs "+
		"(and by the edgecloud_edgezone_public_ips data source), and returns them when it is deleted. "+
		"Use a STATIC instance (route_mode = \"STATIC\") for edgecloud_edgezone_public_ip.",
		edgezone.NetworkInstanceKind, i.NetworkInstanceId, i.ZoneId, edgezone.CanonicalRouteMode(i.RouteMode))
}

func missingDetail(region, id string) string {
	return fmt.Sprintf("%s %s does not exist in region %s, so no address can be applied for on it. Check network_instance_id and region.",
		edgezone.NetworkInstanceKind, id, region)
}

// checkRouteMode runs at plan time, after the region is planned: when this plan creates an address
// (or replaces one onto another instance) and the instance's ID is known, it reads the instance (once
// per instance and plan) and refuses a BGP/OSPF or missing instance, pointing at
// network_instance_id. A failed read only warns: the check is repeated before the call.
func (r *ipResource) checkRouteMode(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	c := r.Conn()
	if c == nil || req.Plan.Raw.IsNull() {
		return
	}
	var planned, prior, region types.String
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("network_instance_id"), &planned)...)
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("region"), &region)...)
	if !req.State.Raw.IsNull() {
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("network_instance_id"), &prior)...)
	}
	if resp.Diagnostics.HasError() || planned.IsNull() || planned.IsUnknown() || region.IsNull() || region.IsUnknown() || planned.Equal(prior) {
		return
	}
	id := planned.ValueString()
	if !edgezone.ValidID(edgezone.NetworkInstancePrefix, id) {
		return // the attribute's validator reports it
	}
	v, err := c.Memo("edgezone.public_network_instance/"+region.ValueString()+"/"+id, func() (any, error) {
		return c.EdgeZone.FindPublicNetworkInstanceByID(ctx, region.ValueString(), id)
	})
	switch {
	case tencent.IsNotFound(err):
		resp.Diagnostics.AddAttributeError(path.Root("network_instance_id"), summaryMissingInstance, missingDetail(region.ValueString(), id))
	case err != nil:
		resp.Diagnostics.AddAttributeWarning(path.Root("network_instance_id"), "Could not check the public network instance's route mode",
			fmt.Sprintf("Reading %s in %s failed, so the plan could not check that it is STATIC (it is checked again before the address is applied for): %v",
				id, region.ValueString(), err))
	default:
		if i := v.(*edgezone.PublicNetworkInstanceInfo); !edgezone.IsStatic(i.RouteMode) {
			resp.Diagnostics.AddAttributeError(path.Root("network_instance_id"), summaryNotStatic, notStaticDetail(i))
		}
	}
}
