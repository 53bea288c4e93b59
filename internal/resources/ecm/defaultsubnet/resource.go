// Package defaultsubnet is the edgecloud_ecm_default_subnet resource and data source: which subnet
// is an availability zone's default.
package defaultsubnet

import (
	"context"
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// ResourceType and DataSourceType are the Terraform type names of this package.
const (
	ResourceType   = "edgecloud_ecm_default_subnet"
	DataSourceType = "edgecloud_ecm_default_subnet"
	kind           = "ECM default subnet"
	// readBackTimeout bounds how long a change may take to show in DescribeDefaultSubnet.
	readBackTimeout = 5 * time.Minute
)

// zonePattern is the shape of an ECM zone name (ap-hangzhou-ecm-1, ap-beijing-ecm-ct).
var zonePattern = regexp.MustCompile(`^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)+$`)

var (
	_ resource.ResourceWithConfigure   = (*defaultSubnetResource)(nil)
	_ resource.ResourceWithImportState = (*defaultSubnetResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*defaultSubnetResource)(nil)
)

// NewResource is the edgecloud_ecm_default_subnet constructor.
func NewResource() resource.Resource {
	return &defaultSubnetResource{RegionalResource: ecmbase.NewRegionalResource(ResourceType, "")}
}

// defaultSubnetResource is a singleton per ECM region and zone: ModifyDefaultSubnet and
// DescribeDefaultSubnet take EcmRegion, so it is regional. Its ID is the zone.
type defaultSubnetResource struct {
	ecmbase.RegionalResource
}

func (r *defaultSubnetResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The default subnet of an ECM availability zone: the subnet instances use when created without a " +
			"VPC (ModifyDefaultSubnet, DescribeDefaultSubnet). One per `ecm_region` and `zone`: declare it once. Creating and " +
			"updating set it; **the API makes every newly created subnet its zone's default**, so a subnet created after this " +
			"resource shows as drift on the next plan and is set back by the next apply (give subnets of the same " +
			"configuration a `depends_on` from this resource so that they are created first). **Destroying this resource " +
			"leaves the zone's default subnet as it is** (there is no action to unset it) and says so in a warning.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The zone.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"ecm_region": ecmbase.RegionAttribute(),
			"zone": schema.StringAttribute{
				MarkdownDescription: "Availability zone of the region, e.g. `ap-hangzhou-ecm-1`. Changing it forces a new resource.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(zonePattern, "must be an ECM zone name such as ap-hangzhou-ecm-1")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "ID of the subnet's VPC.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("vpc-")},
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "ID of the subnet to make the zone's default; it must be in `vpc_id` and in `zone`.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator("subnet-")},
			},
		},
	}
}

type resourceModel struct {
	ID        types.String `tfsdk:"id"`
	EcmRegion types.String `tfsdk:"ecm_region"`
	Zone      types.String `tfsdk:"zone"`
	VpcID     types.String `tfsdk:"vpc_id"`
	SubnetID  types.String `tfsdk:"subnet_id"`
}

// ImportState accepts "<zone>" (in the provider's ecm_region) or "<ecm_region>/<zone>".
func (r *defaultSubnetResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	region, zone := "", req.ID
	if parts, err := tfutil.SplitImportID(req.ID, 2, "<ecm_region>/<zone>"); err == nil {
		region, zone = parts[0], parts[1]
	}
	if !zonePattern.MatchString(zone) || (region != "" && !ecmbase.RegionPattern.MatchString(region)) {
		resp.Diagnostics.AddError("Invalid import ID", `Expected "<zone>" or "<ecm_region>/<zone>", e.g. "ap-hangzhou-ecm/ap-hangzhou-ecm-1"; got "`+req.ID+`".`)
		return
	}
	if region == "" && r.Conn() != nil {
		region = r.Conn().ECMRegion
	}
	if region == "" {
		resp.Diagnostics.AddError("Missing ECM region", `Import as "<ecm_region>/`+zone+`", or set ecm_region in the provider block.`)
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), zone)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("zone"), zone)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ecm_region"), region)...)
}

func (r *defaultSubnetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.set(ctx, &plan, &resp.State, &resp.Diagnostics, "setting")
}

func (r *defaultSubnetResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	s, err := r.Conn().ECM.DescribeDefaultSubnet(ctx, ecm.DescribeDefaultSubnetRequest{EcmRegion: state.EcmRegion.ValueString(), Zone: state.Zone.ValueString()})
	if err == nil && s == nil {
		err = &tencent.NotFoundError{Kind: "default subnet of zone", ID: state.Zone.ValueString()}
	}
	if !tfutil.ReadFound(ctx, resp, kind, state.ID.ValueString(), tencent.IsNotFound(err), err) {
		return
	}
	state.ID = state.Zone
	state.VpcID = types.StringValue(s.VpcId)
	state.SubnetID = types.StringValue(s.SubnetId)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *defaultSubnetResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	r.set(ctx, &plan, &resp.State, &resp.Diagnostics, "updating")
}

// Delete leaves the zone's default subnet as it is: the API has no action to unset it.
func (r *defaultSubnetResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.AddWarning("The zone's default subnet is left as it is",
		"Removed "+ResourceType+" for "+state.Zone.ValueString()+" from the state only: ECM has no action to unset a zone's default "+
			"subnet, so "+state.SubnetID.ValueString()+" stays the default subnet of "+state.Zone.ValueString()+
			" until another subnet is created in that zone or made its default (or until it is deleted, when the zone's system default subnet takes over again).")
}

// set makes the planned subnet the zone's default and reads it back until DescribeDefaultSubnet shows it.
func (r *defaultSubnetResource) set(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics, verb string) {
	region, zone, subnet := m.EcmRegion.ValueString(), m.Zone.ValueString(), m.SubnetID.ValueString()
	if err := r.Conn().ECM.ModifyDefaultSubnet(ctx, ecm.ModifyDefaultSubnetRequest{EcmRegion: region, Zone: zone, VpcId: m.VpcID.ValueString(), SubnetId: subnet}); err != nil {
		tfutil.AddError(diags, verb+" the default subnet of "+zone+" to "+subnet, err)
		return
	}
	m.ID = m.Zone
	opts := wait.Options{Description: "default subnet of " + zone + " showing " + subnet, Timeout: readBackTimeout}
	_, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Subnet, error) {
		s, err := r.Conn().ECM.DescribeDefaultSubnet(ctx, ecm.DescribeDefaultSubnetRequest{EcmRegion: region, Zone: zone})
		if err == nil && s == nil {
			err = &tencent.NotFoundError{Kind: "default subnet of zone", ID: zone}
		}
		return s, err
	}, func(s *ecm.Subnet) bool { return s.SubnetId == subnet })
	diags.Append(state.Set(ctx, m)...)
	if err != nil {
		tfutil.AddError(diags, "reading the default subnet of "+zone+" after setting it", err)
	}
}
