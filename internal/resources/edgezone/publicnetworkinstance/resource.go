// Package publicnetworkinstance is the edgecloud_edgezone_public_network_instance resource and the
// edgecloud_edgezone_public_network_instances data source (Tencent EdgeZone,
// CreatePublicNetworkInstance / DescribePublicNetworkInstances / ModifyPublicNetworkInstance /
// DeletePublicNetworkInstance).
//
// Choices where the documents are silent, made here:
//   - Only the name changes in place: ModifyPublicNetworkInstance takes NetworkInstanceId and
//     NetworkInstanceName and nothing else (other-apis.md lists no parameters; the public SDKs'
//     request has only these two), so bandwidth, line, route mode and zone force a new instance.
//   - "One per zone" is documented: Create first looks the zone up and refuses, naming the existing
//     instance, instead of letting the API answer FailedOperation.PublicInstanceDuplicate.
//   - The write has no ClientToken: a lost answer is reconciled by looking the zone up (one
//     instance per zone) for an instance with the configured name, never by creating again.
//   - Delete retries ResourceInUse.PublicInstanceInUse only while the instance reports nothing in
//     use (the counts may lag a release); while it reports servers or addresses, the error says
//     what to remove first.
package publicnetworkinstance

import (
	"context"
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_edgezone_public_network_instance"
	DataSourceType = "edgecloud_edgezone_public_network_instances"
	kind           = edgezone.NetworkInstanceKind
	// readBackTimeout bounds how long a create or rename may take to show in DescribePublicNetworkInstances.
	readBackTimeout = 5 * time.Minute
	deleteTimeout   = 10 * time.Minute
)

// ZonePattern is what an EdgeZone zone looks like: the region and a suffix ("ap-guangzhou-ez-1").
var ZonePattern = regexp.MustCompile(`^[a-z]{2}-[a-z]+(-[a-z0-9]+)+$`)

// IDPattern is an instance ID, for validators.
var IDPattern = regexp.MustCompile(`^` + edgezone.NetworkInstancePrefix + `[a-z0-9]+$`)

var (
	_ resource.ResourceWithConfigure   = (*instanceResource)(nil)
	_ resource.ResourceWithImportState = (*instanceResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*instanceResource)(nil)
)

// NewResource is the edgecloud_edgezone_public_network_instance constructor.
func NewResource() resource.Resource {
	r := &instanceResource{RegionalResource: regionbase.NewRegionalResource(ResourceType, regionbase.Tencent,
		func(id string) bool { return edgezone.ValidID(edgezone.NetworkInstancePrefix, id) },
		`"epn-" followed by lowercase letters and digits`)}
	r.AlsoModifyPlan(func(_ context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
		// "static" configured, "STATIC" stored: no update at all (the counts stay known).
		tfutil.PlanStateWhenArgumentsUnchanged(req, resp)
	})
	return r
}

type instanceResource struct {
	regionbase.RegionalResource
}

// IDValidator checks an attribute holding a public network instance ID.
func IDValidator() validator.String {
	return stringvalidator.RegexMatches(IDPattern, `must be a public network instance ID: "epn-" followed by lowercase letters and digits`)
}

func segmentAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"cidr":    schema.StringAttribute{Computed: true, MarkdownDescription: "The CIDR block."},
		"gateway": schema.StringAttribute{Computed: true, MarkdownDescription: "Its gateway address."},
	}
}

var segmentType = types.ObjectType{AttrTypes: map[string]attr.Type{"cidr": types.StringType, "gateway": types.StringType}}

func (r *instanceResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A Tencent EdgeZone public network instance: the public network of one availability zone " +
			"(CreatePublicNetworkInstance, DescribePublicNetworkInstances, ModifyPublicNetworkInstance, DeletePublicNetworkInstance).\n\n" +
			"**One per zone.** EdgeZone allows a single public network instance per availability zone (documented); creating a " +
			"second one in a zone fails before any change is made, naming the existing instance (import it instead).\n\n" +
			"**Route mode.** A `STATIC` instance gets its addresses one by one (`edgecloud_edgezone_public_ip`); a `BGP` or `OSPF` " +
			"instance is given CIDR blocks when it is created (`ipv4_cidrs`, `ipv6_cidrs`) and cannot apply for single addresses.\n\n" +
			"**Changes.** Only `name` changes in place (ModifyPublicNetworkInstance renames, nothing else); every other argument " +
			"forces a new instance, and since a zone holds one instance, the old one is destroyed first.\n\n" +
			"**Deletion** is refused while physical servers or applied addresses remain on the instance " +
			"(`ResourceInUse.PublicInstanceInUse`): release the addresses and terminate the servers first.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "Public network instance ID, e.g. `epn-dfghjkl`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"region": regionbase.ResourceAttribute(regionbase.Tencent),
			"zone_id": schema.StringAttribute{
				MarkdownDescription: "Availability zone, e.g. `ap-guangzhou-ez-1`. One public network instance per zone. Changing it forces a new instance.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(ZonePattern, "must be an EdgeZone zone such as ap-guangzhou-ez-1")},
				PlanModifiers:       replace,
			},
			"name": schema.StringAttribute{
				MarkdownDescription: "Name of the instance. Changed in place.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"line": schema.StringAttribute{
				MarkdownDescription: "Network line, e.g. `BGP` or `CT`. Changing it forces a new instance.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers:       replace,
			},
			"route_mode": schema.StringAttribute{
				MarkdownDescription: "Route publishing mode: `STATIC`, `BGP` or `OSPF`, in any case (the API takes `static` and answers `STATIC`; " +
					"the state keeps the upper-case spelling). Only `STATIC` instances can hold `edgecloud_edgezone_public_ip` addresses. " +
					"Changing it forces a new instance.",
				Required:      true,
				Validators:    []validator.String{stringvalidator.OneOfCaseInsensitive(edgezone.RouteModes...)},
				PlanModifiers: []planmodifier.String{tfutil.KeepStateSpelling(), stringplanmodifier.RequiresReplace()},
			},
			"bandwidth": schema.Int64Attribute{
				MarkdownDescription: "Public bandwidth in Mbps. The API cannot change it, so changing it forces a new instance.",
				Required:            true,
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.RequiresReplace()},
			},
			"ipv4_cidrs": schema.ListNestedAttribute{
				MarkdownDescription: "IPv4 CIDR blocks of a BGP/OSPF instance, with their gateways (empty for STATIC).",
				Computed:            true,
				NestedObject:        schema.NestedAttributeObject{Attributes: segmentAttributes()},
				PlanModifiers:       []planmodifier.List{listplanmodifier.UseStateForUnknown()},
			},
			"ipv6_cidrs": schema.ListNestedAttribute{
				MarkdownDescription: "IPv6 CIDR blocks of a BGP/OSPF instance, with their gateways (empty for STATIC).",
				Computed:            true,
				NestedObject:        schema.NestedAttributeObject{Attributes: segmentAttributes()},
				PlanModifiers:       []planmodifier.List{listplanmodifier.UseStateForUnknown()},
			},
			"server_count": schema.Int64Attribute{
				MarkdownDescription: "Physical servers using the instance (changes as servers come and go).",
				Computed:            true,
			},
			"ipv4_count": schema.Int64Attribute{
				MarkdownDescription: "IPv4 addresses applied for on the instance (changes as addresses are applied for and released).",
				Computed:            true,
			},
			"ipv6_count": schema.Int64Attribute{
				MarkdownDescription: "IPv6 addresses applied for on the instance.",
				Computed:            true,
			},
			"created_at": schema.StringAttribute{
				MarkdownDescription: "Creation time as the API reports it.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}
