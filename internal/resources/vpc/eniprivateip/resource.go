// Package eniprivateip is the edgecloud_vpc_eni_private_ip resource (seed 001,
// AssignPrivateIpAddresses, with UnassignPrivateIpAddresses, DescribeNetworkInterfaces and
// DescribeVpcTaskResult): secondary private IPs on a VPC ENI.
//
// Ownership: the resource owns exactly the addresses it assigned (or that an import named), kept in
// assigned_private_ip_addresses. Read checks only those, Update and Delete unassign only those, so
// two of these on one ENI, or addresses assigned outside Terraform, never collide (the existing
// provider adopts, and on destroy unassigns, every secondary IP of the ENI).
//
// Choices where the documents are silent:
//   - private_ip_addresses is a set of strings, not of objects {private_ip_address, description}:
//     the only per-address input besides the address is Description, and no action we use changes
//     it, so an object form would make a description edit unassign and reassign the address
//     (cutting its traffic) for a label; strings keep every plan diff something done in place.
//   - The ID is "<eni-id>/<anchor>", the anchor being the lowest address owned at creation or
//     import (see resourceID); it does not change when the addresses change in place. It is built
//     only from values fixed for the resource's life (the region is fixed too), which is what a
//     resource identity needs (issue 12): {region, network_interface_id, anchor}.
//   - Assignments and unassignments go 10 addresses (or a count of 10) per call, each call's task
//     waited before the next: the documented maximum per call for explicit addresses, applied to
//     counts too so that a step never leaves more than 10 addresses in doubt.
//   - A resource none of whose addresses remain is gone (removed with a warning; the next plan
//     creates it); one that lost some of them has drifted (the plan assigns them again, or for a
//     count the missing number).
//   - qos_level cannot be changed on an assigned address by any action we use: a change replaces.
package eniprivateip

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_vpc_eni_private_ip"
	kind           = "VPC ENI private IPs"
	defaultTimeout = 10 * time.Minute
	importShape    = "<eni-id>/<ip>,<ip>… (the secondary IPs to own, comma-separated)"
)

var (
	_ resource.ResourceWithConfigure        = (*eniPrivateIPResource)(nil)
	_ resource.ResourceWithImportState      = (*eniPrivateIPResource)(nil)
	_ resource.ResourceWithModifyPlan       = (*eniPrivateIPResource)(nil)
	_ resource.ResourceWithConfigValidators = (*eniPrivateIPResource)(nil)
)

// NewResource is the edgecloud_vpc_eni_private_ip constructor.
func NewResource() resource.Resource {
	r := &eniPrivateIPResource{RegionalResource: regionbase.NewRegionalResource(ResourceType, regionbase.Tencent, validImportID, importShape)}
	r.AlsoModifyPlan(r.planAddresses)
	return r
}

type eniPrivateIPResource struct {
	regionbase.RegionalResource
}

func (r *eniPrivateIPResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Secondary private IPv4 addresses on a Tencent Cloud VPC elastic network interface (ENI), assigned by " +
			"count (`secondary_private_ip_address_count`) or by address (`private_ip_addresses`).\n\n" +
			"**It owns only the addresses it assigned** (`assigned_private_ip_addresses`): refresh checks only those, and " +
			"changes and destroy unassign only those. Several of these resources can share one ENI, and addresses assigned " +
			"to the ENI outside Terraform are left alone.\n\n" +
			"Assignment and unassignment are asynchronous (`AssignPrivateIpAddresses`, `UnassignPrivateIpAddresses`, at most " +
			"10 addresses per call); the provider waits for each call's task (`DescribeVpcTaskResult`) and then for every " +
			"address to show `AVAILABLE` on the ENI, bounded by the `timeouts` block. Changing the count or the addresses " +
			"assigns or unassigns the difference in place. Addresses unassigned outside Terraform are assigned again by the " +
			"next apply; when none is left, or the ENI is gone, the resource is removed from the state with a warning.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<network_interface_id>/<anchor>`, where the anchor is the lowest address owned when the resource " +
					"was created or imported. It stays the same when the addresses change in place, even if the anchor address " +
					"itself is later unassigned; it is a name, not the list of addresses (that is `assigned_private_ip_addresses`).",
				Computed:      true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			regionbase.Attribute: regionbase.ResourceAttribute(regionbase.Tencent),
			"network_interface_id": schema.StringAttribute{
				MarkdownDescription: "ID of the ENI, e.g. `eni-m6dyj72l`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{validate.TencentID("eni-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"secondary_private_ip_address_count": schema.Int64Attribute{
				MarkdownDescription: "Number of secondary private IPs to assign; the cloud picks free addresses of the ENI's subnet. " +
					"Exactly one of this and `private_ip_addresses` must be set. Raising it assigns more addresses in place; " +
					"lowering it unassigns the highest of the owned addresses. When the addresses are given instead, it reports their number.",
				Optional:   true,
				Computed:   true,
				Validators: []validator.Int64{int64validator.AtLeast(1)},
			},
			"private_ip_addresses": schema.SetAttribute{
				MarkdownDescription: "The secondary private IPv4 addresses to assign: free addresses of the ENI's subnet, not its primary IP. " +
					"Exactly one of this and `secondary_private_ip_address_count` must be set. Adding or removing addresses " +
					"assigns or unassigns them in place. When a count is given instead, it reports the addresses the cloud chose.",
				ElementType: types.StringType,
				Optional:    true,
				Computed:    true,
				Validators:  []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(validate.IPv4Address())},
			},
			"qos_level": schema.StringAttribute{
				MarkdownDescription: "Service level of the addresses: `PT` (Gold), `AU` (Silver), `AG` (Bronze) or `DEFAULT`. " +
					"Set on assignment; the cloud's own level is reported when unset. Changing it forces a new resource (no action " +
					"changes the level of an assigned address).",
				Optional:      true,
				Computed:      true,
				Validators:    []validator.String{stringvalidator.OneOf(vpc.QosLevels...)},
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
			},
			"assigned_private_ip_addresses": schema.SetAttribute{
				MarkdownDescription: "The addresses this resource assigned and owns: the only ones it reads, and unassigns on change or destroy.",
				ElementType:         types.StringType,
				Computed:            true,
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

// ConfigValidators: a count or addresses, never both (AssignPrivateIpAddresses takes either).
func (r *eniPrivateIPResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.ExactlyOneOf(path.MatchRoot("secondary_private_ip_address_count"), path.MatchRoot("private_ip_addresses")),
	}
}
