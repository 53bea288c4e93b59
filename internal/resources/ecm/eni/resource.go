// Package eni is the edgecloud_ecm_eni resource and the edgecloud_ecm_enis data source.
package eni

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/mapvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_eni"
	DataSourceType = "edgecloud_ecm_enis"
	idPrefix       = "eni-"
	kind           = "ECM ENI"
	defaultTimeout = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*eniResource)(nil)
	_ resource.ResourceWithImportState = (*eniResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*eniResource)(nil)
)

// NewResource is the edgecloud_ecm_eni constructor.
func NewResource() resource.Resource {
	return &eniResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

type eniResource struct {
	ecmbase.RegionalResource
}

func (r *eniResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM elastic network interface (CreateNetworkInterface, DescribeNetworkInterfaces, DeleteNetworkInterface). " +
			"Creation waits for the ENI to go from `PENDING` to `AVAILABLE`; deletion waits until it is gone. " +
			"**The ECM API has no action that changes an ENI's name, description, security groups or tags**, so changing any of them " +
			"replaces the ENI. Attach it with `edgecloud_ecm_eni_attachment`, give it secondary addresses with " +
			"`edgecloud_ecm_eni_private_ip`. An attached ENI cannot be deleted: Terraform detaches it first (the attachment " +
			"depends on the ENI, so it is destroyed before it).",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "ENI ID, e.g. `eni-12121212`.", Computed: true, PlanModifiers: useState},
			"ecm_region": ecmbase.RegionAttribute(),
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "VPC of the ENI. Changing it forces a new ENI.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
				PlanModifiers:       replace,
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "Subnet of the ENI (its zone is the ENI's zone). Changing it forces a new ENI.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("subnet-")},
				PlanModifiers:       replace,
			},
			"name": schema.StringAttribute{
				MarkdownDescription: "Name, up to 60 bytes. There is no API to rename an ENI: changing it forces a new ENI.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1), validate.MaxBytes(60)},
				PlanModifiers:       replace,
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Description, up to 60 characters. There is no API to change it: changing it forces a new ENI.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 60)},
				PlanModifiers:       replace,
			},
			"security_group_ids": schema.SetAttribute{
				MarkdownDescription: "Security groups (`esg-…`), at most 5. There is no API to change an ENI's groups: changing them forces a new ENI.",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.Set{setvalidator.SizeBetween(1, 5), setvalidator.ValueStringsAre(ecmbase.IDValidator("esg-"))},
				PlanModifiers:       []planmodifier.Set{setplanmodifier.RequiresReplace()},
			},
			"primary_private_ip_address": schema.StringAttribute{
				MarkdownDescription: "The ENI's primary private IPv4 address: chosen from the subnet when unset. It can never be removed. Changing it forces a new ENI.",
				Optional:            true,
				Computed:            true,
				Validators:          []validator.String{validate.IPv4Address()},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at creation. There is no API to change them: changing them forces a new ENI.",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.Map{mapvalidator.SizeAtLeast(1)},
				PlanModifiers:       []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"mac_address": schema.StringAttribute{MarkdownDescription: "MAC address.", Computed: true, PlanModifiers: useState},
			"zone":        schema.StringAttribute{MarkdownDescription: "Zone of the ENI (its subnet's).", Computed: true, PlanModifiers: useState},
			"primary": schema.BoolAttribute{MarkdownDescription: "Whether this is an instance's primary ENI (always false for ENIs this resource creates).", Computed: true,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()}},
			"created_time": schema.StringAttribute{MarkdownDescription: "Creation time (`YYYY-MM-DD hh:mm:ss`).", Computed: true, PlanModifiers: useState},
			"timeouts":     timeouts.Attributes(ctx, timeouts.Opts{Create: true, Delete: true}),
		},
	}
}
