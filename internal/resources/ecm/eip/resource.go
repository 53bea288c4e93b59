// Package eip is the edgecloud_ecm_eip resource and the edgecloud_ecm_eips data source.
package eip

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_eip"
	DataSourceType = "edgecloud_ecm_eips"
	idPrefix       = "eip-"
	kind           = "ECM EIP"
	defaultTimeout = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*eipResource)(nil)
	_ resource.ResourceWithImportState = (*eipResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*eipResource)(nil)
)

// NewResource is the edgecloud_ecm_eip constructor.
func NewResource() resource.Resource {
	r := &eipResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
	r.AlsoModifyPlan(r.preflight)
	return r
}

type eipResource struct {
	ecmbase.RegionalResource
}

func (r *eipResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM elastic IP address. Allocation, bandwidth changes and release are asynchronous tasks " +
			"(AllocateAddresses, ModifyAddressesBandwidth, ReleaseAddresses) that the provider waits for with DescribeTaskResult, " +
			"bounded by the `timeouts` block. Binding the EIP to an instance or ENI is not managed here.",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "EIP ID, e.g. `eip-11112222`.", Computed: true, PlanModifiers: useState},
			"ecm_region": ecmbase.RegionAttribute(),
			"address_name": schema.StringAttribute{
				MarkdownDescription: "Name of the EIP, up to 20 characters.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 20)},
			},
			"internet_service_provider": schema.StringAttribute{
				MarkdownDescription: "Carrier of the address: `CMCC`, `CTCC` or `CUCC`. Chosen by the cloud when unset. Changing it forces a new EIP.",
				Optional:            true,
				Computed:            true,
				Validators:          []validator.String{stringvalidator.OneOf("CMCC", "CTCC", "CUCC")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()},
			},
			"internet_max_bandwidth_out": schema.Int64Attribute{
				MarkdownDescription: "Outbound bandwidth cap in Mbps, 1 to 5000. Changed in place (an asynchronous task). Defaults to 1.",
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(1),
				Validators:          []validator.Int64{int64validator.Between(1, 5000)},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at allocation. The ECM API can neither change nor return an EIP's tags, so changing them forces a new EIP, " +
					"and an imported EIP has no tags in state: after importing a tagged EIP, add `lifecycle { ignore_changes = [tags] }` or it will be replaced.",
				ElementType:   types.StringType,
				Optional:      true,
				PlanModifiers: []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"address_ip":     schema.StringAttribute{MarkdownDescription: "The public IPv4 address.", Computed: true, PlanModifiers: useState},
			"address_type":   schema.StringAttribute{MarkdownDescription: "Address type as the API reports it, e.g. `EIP`.", Computed: true, PlanModifiers: useState},
			"created_time":   schema.StringAttribute{MarkdownDescription: "Creation time (ISO 8601).", Computed: true, PlanModifiers: useState},
			"address_status": schema.StringAttribute{MarkdownDescription: "Status: `CREATING`, `BINDING`, `BIND`, `UNBINDING`, `UNBIND`, `OFFLINING` or `BIND_ENI`.", Computed: true, PlanModifiers: useState},
			"timeouts":       timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
