// Package publicip is the edgecloud_edgezone_public_ip resource (one address applied for on a
// STATIC public network instance: ApplyPublicIps, DescribePublicIps, ReleasePublicIp) and the
// edgecloud_edgezone_public_ips data source.
//
// Choices where the documents are silent, made here:
//   - One resource is one address (other-apis.md §4b prefers it): several come from count or
//     for_each. The ID is "<network_instance_id>/<ip>" ("/" because IPv6 addresses contain ":").
//   - ApplyPublicIps has no ClientToken: a lost answer is reconciled by listing the instance's
//     addresses (edgezone.ApplyPublicIP); when no new address shows within the window the create
//     fails rather than trying again, since a late address plus a retry would leak one.
//   - The route mode is checked at plan time when the instance ID is known (one
//     DescribePublicNetworkInstances per instance and plan), and before ApplyPublicIps otherwise.
//   - An address whose instance is gone is gone (a BGP/OSPF instance's addresses go with it, and a
//     STATIC instance cannot be deleted while it holds any).
package publicip

import (
	"context"
	"net/netip"
	"regexp"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_edgezone_public_ip"
	DataSourceType = "edgecloud_edgezone_public_ips"
	kind           = edgezone.PublicIPKind
	idFormat       = "<network_instance_id>/<ip>"
	// readBackTimeout bounds how long an applied address may take to show in DescribePublicIps.
	readBackTimeout = 5 * time.Minute
	releaseTimeout  = 5 * time.Minute
)

var instanceIDPattern = regexp.MustCompile(`^` + edgezone.NetworkInstancePrefix + `[a-z0-9]+$`)

var (
	_ resource.ResourceWithConfigure   = (*ipResource)(nil)
	_ resource.ResourceWithImportState = (*ipResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*ipResource)(nil)
)

// NewResource is the edgecloud_edgezone_public_ip constructor.
func NewResource() resource.Resource {
	r := &ipResource{RegionalResource: regionbase.NewRegionalResource(ResourceType, regionbase.Tencent, validID,
		`"<network_instance_id>/<ip>", e.g. "epn-dfghjkl/203.0.113.7" or "epn-dfghjkl/2001:db8::1a2b"`)}
	r.AlsoModifyPlan(func(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
		// "IPv4" configured, "ipv4" stored: no change at all (an update would be a provider bug).
		tfutil.PlanStateWhenArgumentsUnchanged(req, resp)
		r.checkRouteMode(ctx, req, resp)
	})
	return r
}

type ipResource struct {
	regionbase.RegionalResource
}

// splitID splits "<network_instance_id>/<ip>".
func splitID(id string) (instanceID, ip string, err error) {
	parts, err := tfutil.SplitImportID(id, 2, idFormat)
	if err != nil {
		return "", "", err
	}
	return parts[0], parts[1], nil
}

func validID(id string) bool {
	instanceID, ip, err := splitID(id)
	if err != nil || !edgezone.ValidID(edgezone.NetworkInstancePrefix, instanceID) {
		return false
	}
	_, err = netip.ParseAddr(ip)
	return err == nil && !strings.Contains(ip, "%")
}

func (r *ipResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	computed := func(description string) schema.StringAttribute {
		return schema.StringAttribute{MarkdownDescription: description, Computed: true}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "One public IP address applied for on a `STATIC` Tencent EdgeZone public network instance " +
			"(ApplyPublicIps with `Count = 1`, DescribePublicIps, ReleasePublicIp). Use `count` or `for_each` for several.\n\n" +
			"Only `STATIC` instances hand out single addresses: a `BGP` or `OSPF` instance is refused at plan time when its ID is known, " +
			"and before any call otherwise. The address is random; no API changes it, so every argument forces a new one.\n\n" +
			"ApplyPublicIps has no idempotency token, so a call whose answer is lost is never repeated: the provider lists the instance's " +
			"addresses and adopts the one new address (with a warning), or fails without guessing when none or several appeared.\n\n" +
			"An address bound to a physical server cannot be released (`FailedOperation.IpStillBoundToServer`): terminate the server first.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<network_instance_id>/<ip>`, e.g. `epn-dfghjkl/203.0.113.7`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"region": regionbase.ResourceAttribute(regionbase.Tencent),
			"network_instance_id": schema.StringAttribute{
				MarkdownDescription: "ID of the `STATIC` public network instance to apply on, e.g. `epn-dfghjkl`. Changing it forces a new address.",
				Required:            true,
				Validators: []validator.String{stringvalidator.RegexMatches(instanceIDPattern,
					`must be a public network instance ID: "epn-" followed by lowercase letters and digits`)},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"type": schema.StringAttribute{
				MarkdownDescription: "`ipv4` or `ipv6`, in any case (the API takes `ipv4` and answers `Ipv4`; the state keeps the lower-case spelling). " +
					"Changing it forces a new address.",
				Required:      true,
				Validators:    []validator.String{stringvalidator.OneOfCaseInsensitive(edgezone.IPTypes...)},
				PlanModifiers: []planmodifier.String{tfutil.KeepStateSpelling(), stringplanmodifier.RequiresReplace()},
			},
			"ip":          computed("The address."),
			"state":       computed("`Unbound`, or `InUse` while a physical server uses it (changes as servers are bound)."),
			"instance_id": computed("The physical server (`epm-…`) the address is bound to; null while unbound."),
			"created_at":  computed("When the address was applied for, as the API reports it."),
		},
	}
}
