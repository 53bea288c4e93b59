// Package eipassociation is the edgecloud_ecm_eip_association resource: an EIP bound to an
// instance or to one private IPv4 address of an ENI.
package eipassociation

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/boolvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_ecm_eip_association"
	idPrefix       = "eip-"
	kind           = "ECM EIP association"
	defaultTimeout = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*assocResource)(nil)
	_ resource.ResourceWithImportState = (*assocResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*assocResource)(nil)
)

// NewResource is the edgecloud_ecm_eip_association constructor.
func NewResource() resource.Resource {
	return &assocResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

type assocResource struct {
	ecmbase.RegionalResource
}

func (r *assocResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Binds an ECM EIP to an instance (its primary ENI's primary address) or to one private IPv4 address of an ENI " +
			"(AssociateAddress, DisassociateAddress: asynchronous tasks the provider waits for with DescribeTaskResult). " +
			"The resource's ID is the EIP's ID: an EIP has at most one binding. Every argument forces a new association, " +
			"except `reallocate_normal_public_ip`, which only matters when the association is destroyed.\n\n" +
			"**Order.** A bound EIP cannot be released (`UnsupportedOperation.StatusNotPermit`) and an ENI with a bound EIP " +
			"cannot be deleted (`ResourceInUse`). Because this resource refers to the EIP, the instance or ENI and (through " +
			"`private_ip_address`) the secondary address, Terraform destroys it first, unbinding the EIP, and only then " +
			"releases the EIP, removes the address or deletes the ENI; on creation it binds last.\n\n" +
			"**Drift.** When the EIP is unbound (or bound elsewhere) outside Terraform, the next refresh drops the association " +
			"from state and the next apply binds it again.",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "The EIP's ID.", Computed: true, PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"ecm_region": ecmbase.RegionAttribute(),
			"address_id": schema.StringAttribute{
				MarkdownDescription: "The EIP (`eip-…`) to bind, in state `UNBIND`.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("eip-")},
				PlanModifiers:       replace,
			},
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "Instance (`ein-…`) to bind the EIP to: its primary ENI's primary address. The instance's general public IP is released. Conflicts with `network_interface_id`.",
				Optional:            true,
				Validators: []validator.String{ecmbase.IDValidator("ein-"),
					stringvalidator.ExactlyOneOf(path.MatchRoot("instance_id"), path.MatchRoot("network_interface_id")),
					stringvalidator.ConflictsWith(path.MatchRoot("private_ip_address"))},
				PlanModifiers: replace,
			},
			"network_interface_id": schema.StringAttribute{
				MarkdownDescription: "ENI (`eni-…`) whose `private_ip_address` the EIP is bound to. Requires `private_ip_address`.",
				Optional:            true,
				Validators:          []validator.String{ecmbase.IDValidator("eni-"), stringvalidator.AlsoRequires(path.MatchRoot("private_ip_address"))},
				PlanModifiers:       replace,
			},
			"private_ip_address": schema.StringAttribute{
				MarkdownDescription: "The ENI's private IPv4 address to bind (a secondary address from `edgecloud_ecm_eni_private_ip`, or the primary one).",
				Optional:            true,
				Validators:          []validator.String{validate.IPv4Address()},
				PlanModifiers:       replace,
			},
			"reallocate_normal_public_ip": schema.BoolAttribute{
				MarkdownDescription: "On destroy, give the instance a new general public IP (DisassociateAddress' `ReallocateNormalPublicIp`). " +
					"Only for an EIP bound through `instance_id` (the primary address of the primary ENI; the API refuses it otherwise, so it " +
					"conflicts with `network_interface_id`); at most 10 times a day per account. Defaults to false. Changed in place.",
				Optional:   true,
				Computed:   true,
				Default:    booldefault.StaticBool(false),
				Validators: []validator.Bool{boolvalidator.ConflictsWith(path.MatchRoot("network_interface_id"))},
			},
			"address_status": schema.StringAttribute{MarkdownDescription: "The EIP's status: `BIND` (its ENI is attached to an instance) or `BIND_ENI`.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"address_ip": schema.StringAttribute{MarkdownDescription: "The EIP's public address.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Delete: true}),
		},
	}
}
