// Package eniprivateip is the edgecloud_ecm_eni_private_ip resource: secondary private IPv4
// addresses of an ENI, owned by the resource that assigned them.
package eniprivateip

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_ecm_eni_private_ip"
	kind           = "ECM ENI private IPs"
	defaultTimeout = 10 * time.Minute
	// maxPerCall is the documented limit of AssignPrivateIpAddresses and RemovePrivateIpAddresses.
	maxPerCall = 10
)

var (
	_ resource.ResourceWithConfigure   = (*privateIPResource)(nil)
	_ resource.ResourceWithImportState = (*privateIPResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*privateIPResource)(nil)
)

// NewResource is the edgecloud_ecm_eni_private_ip constructor.
func NewResource() resource.Resource {
	r := &privateIPResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, "eni-")}
	r.AlsoModifyPlan(r.planAddresses)
	return r
}

type privateIPResource struct {
	ecmbase.RegionalResource
}

func (r *privateIPResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Secondary private IPv4 addresses of an ECM ENI — any ENI, an instance's primary ENI included " +
			"(AssignPrivateIpAddresses, RemovePrivateIpAddresses, ModifyPrivateIpAddressesAttribute). Give a number " +
			"(`secondary_private_ip_address_count`, the subnet chooses) or the addresses (`private_ip_addresses`).\n\n" +
			"**Ownership.** The resource owns only the addresses it assigned: the ENI's primary address and addresses " +
			"assigned by anything else (another `edgecloud_ecm_eni_private_ip` on the same ENI, the console) are never read " +
			"into it nor removed by it. Changing the count or the list assigns or removes the difference in place, at most " +
			"10 addresses per call; an address of this resource removed outside Terraform is assigned again by the next apply " +
			"(by count: a new one).\n\n" +
			"**ID.** `<eni-id>/<anchor>`, where the anchor is the lowest address the resource assigned when it was created. " +
			"It never changes afterwards, even when that address is later removed, so in-place changes keep the ID; it is " +
			"unique among the resources of an ENI because an address has one owner at a time.\n\n" +
			"**Errors.** More addresses than the subnet has left fail with `ResourceInsufficient`, more than the ENI may " +
			"hold with `LimitExceeded.PrivateIPQuotaLimitExceeded`; nothing of that call is assigned.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<eni-id>/<anchor address>` (see above).",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"network_interface_id": schema.StringAttribute{
				MarkdownDescription: "The ENI (`eni-…`), e.g. an instance's `primary_network_interface_id`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("eni-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"secondary_private_ip_address_count": schema.Int64Attribute{
				MarkdownDescription: "How many addresses to assign, chosen from the ENI's subnet. Exactly one of this and `private_ip_addresses`.",
				Optional:            true,
				Computed:            true,
				Validators: []validator.Int64{int64validator.Between(1, 100),
					int64validator.ExactlyOneOf(path.MatchRoot("secondary_private_ip_address_count"), path.MatchRoot("private_ip_addresses"))},
			},
			"private_ip_addresses": schema.SetAttribute{
				MarkdownDescription: "The addresses: in the ENI's subnet, free, not reserved. With a count, the addresses the subnet chose.",
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Validators:          []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(validate.IPv4Address())},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description set on every address of this resource (ModifyPrivateIpAddressesAttribute), changed in place.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60)},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
