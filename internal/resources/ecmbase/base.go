// Package ecmbase is what every ECM resource and data source shares and no other service does: the
// embeddable bases (regional and global), the ecm_region attribute and its plan guarantee, the ECM
// import-ID forms, ID validation, and the list data sources' ecm_region/ids/filter pieces.
//
// Regional or global is a choice per resource type, from the API: a type whose actions take
// EcmRegion (VPC, subnet, EIP, ENI, route table create/describe, HAVIP describe, load balancer
// create) embeds RegionalResource; a type whose actions do not (security groups, modules, instances,
// images, key pairs; catalog §5.2) embeds Resource, so that changing the provider's default region
// never replaces it.
package ecmbase

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// The bases supply these methods; each resource asserts the full framework interfaces itself.
var (
	_ interface {
		Configure(context.Context, resource.ConfigureRequest, *resource.ConfigureResponse)
		ImportState(context.Context, resource.ImportStateRequest, *resource.ImportStateResponse)
	} = (*Resource)(nil)
	_ interface {
		ModifyPlan(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)
		ImportState(context.Context, resource.ImportStateRequest, *resource.ImportStateResponse)
	} = (*RegionalResource)(nil)
)

// Resource is the base of a global ECM resource (no ecm_region): type name, clients, and import by
// the object's ID alone.
type Resource struct {
	tfutil.ResourceBase
	idPrefix string
}

// NewResource is the base of a global ECM resource whose IDs start with idPrefix ("sg-").
func NewResource(typeName, idPrefix string) Resource {
	return Resource{ResourceBase: tfutil.NewResourceBase(typeName), idPrefix: idPrefix}
}

// ImportState accepts "<id>".
func (r *Resource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !ValidID(r.idPrefix, req.ID) {
		resp.Diagnostics.AddError("Invalid import ID", "Expected the "+r.TypeName()+" ID, "+IDShape(r.idPrefix)+`; got "`+req.ID+`".`)
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
}

// IDPrefix is the prefix of the resource's IDs.
func (r *Resource) IDPrefix() string { return r.idPrefix }

// RegionalResource is the base of an ECM resource that lives in one ECM region. It owns the
// ecm_region guarantee: ModifyPlan fills an unset ecm_region from the provider default (so the plan
// shows the real region, and a changed default shows as a replacement), and import accepts
// "<id>" or "<ecm_region>/<id>". A resource that embeds it must have RegionAttribute() as its
// ecm_region and must not declare its own ModifyPlan (the provider's tests check both); extra plan
// logic goes in through AlsoModifyPlan.
type RegionalResource struct {
	tfutil.ResourceBase
	idPrefix   string
	modifyPlan func(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)
}

// NewRegionalResource is the base of a regional ECM resource whose IDs start with idPrefix ("vpc-").
func NewRegionalResource(typeName, idPrefix string) RegionalResource {
	return RegionalResource{ResourceBase: tfutil.NewResourceBase(typeName), idPrefix: idPrefix}
}

// AlsoModifyPlan adds plan logic that runs after the region has been planned.
func (r *RegionalResource) AlsoModifyPlan(fn func(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)) {
	r.modifyPlan = fn
}

// ModifyPlan plans ecm_region, then runs the resource's own plan logic, if any.
func (r *RegionalResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	PlanRegion(ctx, r.Conn(), req, resp)
	if r.modifyPlan != nil && !resp.Diagnostics.HasError() {
		r.modifyPlan(ctx, req, resp)
	}
}

// ImportState accepts "<id>" (in the provider's ecm_region) or "<ecm_region>/<id>".
func (r *RegionalResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	ImportRegional(ctx, r.Conn(), r.TypeName(), r.idPrefix, req, resp)
}

// IDPrefix is the prefix of the resource's IDs.
func (r *RegionalResource) IDPrefix() string { return r.idPrefix }

// Regional marks the regional base, for the provider's schema-consistency tests.
func (r *RegionalResource) Regional() bool { return true }

// DataSource is the base of an ECM data source.
type DataSource struct {
	tfutil.DataSourceBase
}

// NewDataSource is the base of an ECM data source named typeName ("edgecloud_ecm_vpcs").
func NewDataSource(typeName string) DataSource {
	return DataSource{DataSourceBase: tfutil.NewDataSourceBase(typeName)}
}
