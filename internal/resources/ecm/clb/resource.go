// Package clb is the edgecloud_ecm_clb resource (an ECM load balancer) and the edgecloud_ecm_clbs
// data source. Listeners and backends are edgecloud_ecm_clb_listener and edgecloud_ecm_clb_targets.
//
// Security groups are one authoritative set per load balancer, written with
// SetLoadBalancerSecurityGroups. SetSecurityGroupForLoadbalancers (one group onto many load
// balancers) is not used: a resource owning one group's membership across load balancers would
// fight this set over the same SecureGroups field, so the typed client offers it, no resource does.
package clb

import (
	"context"
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_clb"
	DataSourceType = "edgecloud_ecm_clbs"
	idPrefix       = "lb-"
	kind           = "ECM load balancer"
	defaultTimeout = 10 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*clbResource)(nil)
	_ resource.ResourceWithImportState = (*clbResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*clbResource)(nil)
)

// namePattern is LoadBalancerName's rule (CreateLoadBalancer: 1–50 letters, digits, hyphens, underscores).
var namePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,50}$`)

// NewResource is the edgecloud_ecm_clb constructor.
func NewResource() resource.Resource {
	return &clbResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, idPrefix)}
}

type clbResource struct {
	ecmbase.RegionalResource
}

func (r *clbResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	useState := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	replace := []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM (edge) Cloud Load Balancer, public network (`OPEN`). Creation (CreateLoadBalancer, one per resource), " +
			"changes (ModifyLoadBalancerAttributes, SetLoadBalancerSecurityGroups) and deletion (DeleteLoadBalancer) are tasks that the provider " +
			"waits for with DescribeLoadBalanceTaskStatus (the task ID is the call's RequestId), bounded by the `timeouts` block. " +
			"Listeners are `edgecloud_ecm_clb_listener`, backends `edgecloud_ecm_clb_targets`. " +
			"`security_group_ids` is the authoritative set of the load balancer's groups; the API's SetSecurityGroupForLoadbalancers " +
			"(one group onto many load balancers) is not used, since it would write the same set from another resource.",
		Attributes: map[string]schema.Attribute{
			"id":         schema.StringAttribute{MarkdownDescription: "Load balancer ID, e.g. `lb-a8q643wj`.", Computed: true, PlanModifiers: useState},
			"ecm_region": ecmbase.RegionAttribute(),
			"load_balancer_name": schema.StringAttribute{
				MarkdownDescription: "Name: 1 to 50 letters, digits, hyphens and underscores. When unset (or taken by another load balancer) the cloud names it. Changed in place.",
				Optional:            true,
				Computed:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(namePattern, "must be 1 to 50 letters, digits, hyphens and underscores")},
				PlanModifiers:       useState,
			},
			"vip_isp": schema.StringAttribute{
				MarkdownDescription: "Carrier of the VIP: `CMCC`, `CTCC` or `CUCC`. Changing it forces a new load balancer.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.OneOf("CMCC", "CTCC", "CUCC")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "VPC of the backends, e.g. `vpc-12345678`. The region's default VPC when unset. Changing it forces a new load balancer.",
				Optional:            true,
				Computed:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
				PlanModifiers:       replace,
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "Subnet, required for an IPv6 (`IPv6FullChain`) load balancer. Changing it forces a new load balancer.",
				Optional:            true,
				Validators:          []validator.String{ecmbase.IDValidator("subnet-")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"address_ip_version": schema.StringAttribute{
				MarkdownDescription: "`IPV4` (default) or `IPv6FullChain`. Changing it forces a new load balancer.",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString("IPV4"),
				Validators:          []validator.String{stringvalidator.OneOf("IPV4", "IPv6FullChain")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"internet_max_bandwidth_out": schema.Int64Attribute{
				MarkdownDescription: "Outbound bandwidth cap in Mbps (`InternetAccessible`; changed in place through ModifyLoadBalancerAttributes' `InternetChargeInfo`). Defaults to 10.",
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(10),
				Validators:          []validator.Int64{int64validator.Between(1, 10000)},
			},
			"load_balancer_pass_to_target": schema.BoolAttribute{
				MarkdownDescription: "`true`: traffic from the load balancer to the backends is allowed and security groups are checked on the load balancer only; " +
					"`false` (default): on the load balancer and the backends. Changed in place.",
				Optional: true,
				Computed: true,
				Default:  booldefault.StaticBool(false),
			},
			"security_group_ids": schema.SetAttribute{
				MarkdownDescription: "Security groups of the load balancer (at most 5), e.g. `esg-12345678`; empty or unset binds none. Changed in place (SetLoadBalancerSecurityGroups).",
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             setdefault.StaticValue(types.SetValueMust(types.StringType, nil)),
				Validators:          []validator.Set{setvalidator.SizeAtMost(5), setvalidator.ValueStringsAre(ecmbase.IDValidator("esg-"))},
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at creation. The API cannot change a load balancer's tags, so changing them forces a new load balancer.",
				ElementType:         types.StringType,
				Optional:            true,
				PlanModifiers:       []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"load_balancer_vips": schema.ListAttribute{
				MarkdownDescription: "The VIPs.", ElementType: types.StringType, Computed: true,
				PlanModifiers: []planmodifier.List{listplanmodifier.UseStateForUnknown()},
			},
			"address_ipv6": schema.StringAttribute{MarkdownDescription: "The IPv6 address of an IPv6 load balancer.", Computed: true, PlanModifiers: useState},
			"status": schema.Int64Attribute{MarkdownDescription: "`0` creating, `1` running.", Computed: true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()}},
			"create_time": schema.StringAttribute{MarkdownDescription: "Creation time (`2020-07-28 10:58:06`).", Computed: true, PlanModifiers: useState},
			"timeouts":    timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
