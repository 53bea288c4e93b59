// Package eniipv6addresses is the edgecloud_ecm_eni_ipv6_addresses resource: IPv6 addresses of an
// ENI, owned by the resource that assigned them.
package eniipv6addresses

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
	ResourceType   = "edgecloud_ecm_eni_ipv6_addresses"
	kind           = "ECM ENI IPv6 addresses"
	defaultTimeout = 10 * time.Minute
	maxPerCall     = 10 // AssignIpv6Addresses' and ReleaseIpv6Addresses' documented limit
)

var (
	_ resource.ResourceWithConfigure   = (*ipv6Resource)(nil)
	_ resource.ResourceWithImportState = (*ipv6Resource)(nil)
	_ resource.ResourceWithModifyPlan  = (*ipv6Resource)(nil)
)

// NewResource is the edgecloud_ecm_eni_ipv6_addresses constructor.
func NewResource() resource.Resource {
	r := &ipv6Resource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, "eni-")}
	r.AlsoModifyPlan(r.planAddresses)
	return r
}

type ipv6Resource struct {
	ecmbase.RegionalResource
}

func (r *ipv6Resource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "IPv6 addresses of an ECM ENI (AssignIpv6Addresses, ModifyIpv6AddressesAttribute, ReleaseIpv6Addresses — " +
			"the release is a DescribeTaskResult task the provider waits for). The API document says that \"currently, only the " +
			"primary ENI will be assigned\": this resource takes any ENI ID, typically an instance's `primary_network_interface_id`, " +
			"and the API refuses other ENIs. Give a number (`ipv6_address_count`) or the addresses (`ipv6_addresses`, in " +
			"canonical form, e.g. `2001:db8::7`). Creation waits for the new addresses to leave `PENDING`.\n\n" +
			"Like `edgecloud_ecm_eni_private_ip`, the resource owns only the addresses it assigned (two resources on one ENI " +
			"never collide), changes of the count or list assign or release the difference in place (at most 10 per call), and " +
			"its ID `<eni-id>/<anchor>` (the lowest address it assigned at creation) never changes.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<eni-id>/<anchor address>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"network_interface_id": schema.StringAttribute{
				MarkdownDescription: "The ENI (`eni-…`), normally an instance's primary ENI. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("eni-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"ipv6_address_count": schema.Int64Attribute{
				MarkdownDescription: "How many addresses to assign. Exactly one of this and `ipv6_addresses`.",
				Optional:            true,
				Computed:            true,
				Validators: []validator.Int64{int64validator.Between(1, 100),
					int64validator.ExactlyOneOf(path.MatchRoot("ipv6_address_count"), path.MatchRoot("ipv6_addresses"))},
			},
			"ipv6_addresses": schema.SetAttribute{
				MarkdownDescription: "The addresses, in canonical form. With a count, the addresses the cloud chose.",
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Validators:          []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(validate.IPv6Canonical())},
			},
			"isp": schema.StringAttribute{
				MarkdownDescription: "Carrier of the addresses: `CTCC`, `CUCC` or `CMCC` (AssignIpv6Addresses' `Ipv6ISP`). Changing it forces a new resource.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf("CTCC", "CUCC", "CMCC")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description set on every address of this resource, changed in place.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60)},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
