package provider

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/huaweibase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
)

// Every resource built on regionbase has exactly regionbase.ResourceAttribute(spec) as its region,
// and planning a create with the region unset plans the provider's default of its cloud (and, for
// a resource with a project_id, the provider's project): a resource that shadowed the base's
// ModifyPlan fails here.
func TestRegionalResources_PlanTheProviderDefaults(t *testing.T) {
	ctx := context.Background()
	c := conn.New(tencent.Config{Region: "ap-chengdu"}, "").WithHuawei(huawei.Config{Region: "ap-southeast-3", ProjectID: "22222222222222222222222222222222"})
	for _, f := range New("test")().Resources(ctx) {
		r := f()
		spec, ok := r.(interface{ RegionSpec() regionbase.Spec })
		if !ok {
			continue
		}
		var meta resource.MetadataResponse
		r.Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "edgecloud"}, &meta)
		var sresp resource.SchemaResponse
		r.Schema(ctx, resource.SchemaRequest{}, &sresp)
		if !sameRegionAttribute(ctx, sresp.Schema.Attributes[regionbase.Attribute], regionbase.ResourceAttribute(spec.RegionSpec())) {
			t.Errorf("%s: region is not regionbase.ResourceAttribute(spec)", meta.TypeName)
			continue
		}
		var cresp resource.ConfigureResponse
		r.(resource.ResourceWithConfigure).Configure(ctx, resource.ConfigureRequest{ProviderData: c}, &cresp)
		typ := sresp.Schema.Type().TerraformType(ctx).(tftypes.Object)
		nulls := make(map[string]tftypes.Value, len(typ.AttributeTypes))
		for k, at := range typ.AttributeTypes {
			nulls[k] = tftypes.NewValue(at, nil)
		}
		raw := tftypes.NewValue(typ, nulls)
		req := resource.ModifyPlanRequest{
			Config: tfsdk.Config{Schema: sresp.Schema, Raw: raw},
			Plan:   tfsdk.Plan{Schema: sresp.Schema, Raw: raw},
			State:  tfsdk.State{Schema: sresp.Schema, Raw: tftypes.NewValue(typ, nil)},
		}
		resp := resource.ModifyPlanResponse{Plan: req.Plan}
		r.(resource.ResourceWithModifyPlan).ModifyPlan(ctx, req, &resp)
		var region types.String
		resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root(regionbase.Attribute), &region)...)
		if want := spec.RegionSpec().Default(c); resp.Diagnostics.HasError() || region.ValueString() != want {
			t.Errorf("%s: planned region = %s (%v); want the provider default %s", meta.TypeName, region, resp.Diagnostics, want)
		}
		if _, hasProject := sresp.Schema.Attributes[huaweibase.ProjectAttribute]; hasProject {
			var project types.String
			resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root(huaweibase.ProjectAttribute), &project)...)
			if project.ValueString() != c.HuaweiProjectID {
				t.Errorf("%s: planned project_id = %s (%v); want the provider default", meta.TypeName, project, resp.Diagnostics)
			}
		}
	}
}
