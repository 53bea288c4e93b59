package publicip

import (
	"context"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*ipsDataSource)(nil)

// NewDataSource is the edgecloud_edgezone_public_ips constructor.
func NewDataSource() datasource.DataSource {
	return &ipsDataSource{DataSource: regionbase.NewDataSource(DataSourceType, regionbase.Tencent)}
}

type ipsDataSource struct {
	regionbase.DataSource
}

func (d *ipsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(description string) schema.StringAttribute {
		return schema.StringAttribute{MarkdownDescription: description, Computed: true}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists Tencent EdgeZone public IPs (DescribePublicIps, every page). For a STATIC instance these are the addresses " +
			"applied for; for a BGP/OSPF instance the API lists its address ranges. The API matches instance IDs and addresses by substring " +
			"(`epn-abc` would also match `epn-abcd`); this data source matches every filter exactly.",
		Attributes: map[string]schema.Attribute{
			"region": regionbase.DataSourceAttribute(regionbase.Tencent),
			"network_instance_id": schema.StringAttribute{
				MarkdownDescription: "Only the addresses of this public network instance (`epn-…`), matched exactly.",
				Optional:            true,
				Validators: []validator.String{stringvalidator.RegexMatches(instanceIDPattern,
					`must be a public network instance ID: "epn-" followed by lowercase letters and digits`)},
			},
			"zone_id": schema.StringAttribute{
				MarkdownDescription: "Only the addresses of this availability zone.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"ips": schema.ListAttribute{
				MarkdownDescription: "Only these addresses, matched as addresses (any IPv6 spelling).",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.List{listvalidator.ValueStringsAre(ipAddress{})},
			},
			"states": schema.ListAttribute{
				MarkdownDescription: "Only addresses in these states: `InUse`, `Unbound` (any case).",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.List{listvalidator.ValueStringsAre(stringvalidator.OneOfCaseInsensitive(edgezone.IPStates...))},
			},
			"types": schema.ListAttribute{
				MarkdownDescription: "Only addresses of these types: `ipv4`, `ipv6` (any case).",
				ElementType:         types.StringType,
				Optional:            true,
				Validators:          []validator.List{listvalidator.ValueStringsAre(stringvalidator.OneOfCaseInsensitive(edgezone.IPTypes...))},
			},
			"public_ips": schema.ListNestedAttribute{
				MarkdownDescription: "The matching addresses, oldest first.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"ip":                  computed("The address (IPv6 in its shortest form)."),
					"network_instance_id": computed("Its public network instance."),
					"instance_id":         computed("The physical server it is bound to; null while unbound."),
					"state":               computed("`InUse` or `Unbound`."),
					"type":                computed("`ipv4` or `ipv6` (always lower case)."),
					"created_at":          computed("When it was applied for."),
					"updated_at":          computed("Last change."),
				}},
			},
		},
	}
}

func (d *ipsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region := d.Region(data.Region, &resp.Diagnostics)
	request := edgezone.DescribePublicIpsRequest{ZoneId: data.ZoneID.ValueString()}
	if !data.NetworkInstanceID.IsNull() {
		request.NetworkInstanceId = []string{data.NetworkInstanceID.ValueString()}
	}
	resp.Diagnostics.Append(data.IPs.ElementsAs(ctx, &request.Ip, false)...)
	resp.Diagnostics.Append(data.States.ElementsAs(ctx, &request.State, false)...)
	resp.Diagnostics.Append(data.Types.ElementsAs(ctx, &request.Type, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	for i, s := range request.State {
		request.State[i] = edgezone.CanonicalIPState(s)
	}
	ips, err := d.Conn().EdgeZone.ListPublicIps(ctx, region, apiFilter(request))
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing EdgeZone public IPs in "+region, err)
		return
	}
	ips = edgezone.FilterIPs(ips, request)
	data.Region = types.StringValue(region)
	data.PublicIPs = make([]ipModel, len(ips))
	for i := range ips {
		data.PublicIPs[i].fromAPI(&ips[i])
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}

// apiFilter is what is sent: everything, except an Ip filter holding an IPv6 address, which the
// API's substring match would miss when spelled differently from its own answer; those addresses
// are matched on the client only.
func apiFilter(req edgezone.DescribePublicIpsRequest) edgezone.DescribePublicIpsRequest {
	for _, ip := range req.Ip {
		if a, err := netip.ParseAddr(ip); err == nil && a.Is6() {
			req.Ip = nil
			break
		}
	}
	return req
}

// ipAddress validates an IPv4 or IPv6 address.
type ipAddress struct{}

func (ipAddress) Description(context.Context) string { return "must be an IPv4 or IPv6 address" }

func (v ipAddress) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ipAddress) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if _, err := netip.ParseAddr(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid IP address", req.ConfigValue.ValueString()+" is not an IPv4 or IPv6 address.")
	}
}
