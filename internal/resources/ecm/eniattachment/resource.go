// Package eniattachment is the edgecloud_ecm_eni_attachment resource: an ENI attached to an instance.
package eniattachment

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_ecm_eni_attachment"
	idPrefix       = "eni-"
	kind           = "ECM ENI attachment"
	defaultTimeout = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*attachmentResource)(nil)
	_ resource.ResourceWithImportState = (*attachmentResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*attachmentResource)(nil)
)

// NewResource is the edgecloud_ecm_eni_attachment constructor.
func NewResource() resource.Resource {
	return &attachmentResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

type attachmentResource struct {
	ecmbase.RegionalResource
}

func (r *attachmentResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Attaches an ECM ENI to an instance (AttachNetworkInterface, DetachNetworkInterface), waiting for the ENI to go " +
			"from `ATTACHING` (`DETACHING`) back to `AVAILABLE`. Changing `instance_id` moves the ENI to the other instance in place " +
			"(MigrateNetworkInterface). The ID is the ENI's ID: an ENI is attached to at most one instance. An ENI detached " +
			"outside Terraform is attached again by the next apply. The instance must be `RUNNING` or `STOPPED`, in the ENI's VPC and zone.",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "The ENI's ID.", Computed: true, PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"ecm_region": ecmbase.RegionAttribute(),
			"network_interface_id": schema.StringAttribute{
				MarkdownDescription: "The ENI (`eni-…`, not an instance's primary ENI). Changing it forces a new attachment.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("eni-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "The instance (`ein-…`). Changed in place: the ENI migrates to the new instance.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("ein-")},
			},
			"device_index": schema.Int64Attribute{
				MarkdownDescription: "The ENI's device index on the instance (0 is the primary ENI).",
				Computed:            true,
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
