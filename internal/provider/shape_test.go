package provider

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/path"
	fwprovider "github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/huaweibase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
)

// The shape rules a new resource cannot break without a test failing here (ARCHITECTURE.md, "A new
// resource"): type names carry the service, a resource with ecm_region embeds the regional base and
// gets the region guarantee, a resource without one does not.
func TestResources_ShareOneShape(t *testing.T) {
	ctx := context.Background()
	p := New("test")()
	for _, f := range p.Resources(ctx) {
		r := f()
		var meta resource.MetadataResponse
		r.Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "edgecloud"}, &meta)
		name := meta.TypeName
		if !strings.HasPrefix(name, "edgecloud_") {
			t.Errorf("%T: type name %q does not start with edgecloud_", r, name)
			continue
		}
		var sresp resource.SchemaResponse
		r.Schema(ctx, resource.SchemaRequest{}, &sresp)
		checkRegionBase(ctx, t, name, r, sresp)
		attr, hasRegion := sresp.Schema.Attributes["ecm_region"]
		_, regional := r.(interface{ Regional() bool })
		switch {
		case hasRegion && !regional:
			t.Errorf("%s has ecm_region but does not embed ecmbase.RegionalResource", name)
		case !hasRegion && regional:
			t.Errorf("%s embeds ecmbase.RegionalResource but has no ecm_region attribute", name)
		case hasRegion:
			if !sameRegionAttribute(ctx, attr, ecmbase.RegionAttribute()) {
				t.Errorf("%s: ecm_region is not ecmbase.RegionAttribute()", name)
			}
			checkRegionIsPlanned(ctx, t, name, r, sresp, "ecm_region", "ap-xian-ecm")
		}
	}
}

// checkRegionBase holds the resources of the region-by-request services (VPC, EdgeZone, Huawei) to
// the same rule: a "region" attribute iff the resource embeds regionbase.RegionalResource, exactly
// regionbase.ResourceAttribute(spec), planned to the provider's default.
func checkRegionBase(ctx context.Context, t *testing.T, name string, r resource.Resource, sresp resource.SchemaResponse) {
	t.Helper()
	attr, hasRegion := sresp.Schema.Attributes[regionbase.Attribute]
	based, ok := r.(interface{ RegionSpec() regionbase.Spec })
	switch {
	case hasRegion && !ok:
		t.Errorf("%s has region but does not embed regionbase.RegionalResource", name)
	case !hasRegion && ok:
		t.Errorf("%s embeds regionbase.RegionalResource but has no region attribute", name)
	case hasRegion:
		spec := based.RegionSpec()
		if !sameRegionAttribute(ctx, attr, regionbase.ResourceAttribute(spec)) {
			t.Errorf("%s: region is not regionbase.ResourceAttribute(spec)", name)
		}
		want := spec.Default(shapeConn(""))
		if want == "" {
			t.Fatalf("%s: the shape test's Conn has no default for %s regions: set it in shapeConn", name, spec.Cloud)
		}
		resp := checkRegionIsPlanned(ctx, t, name, r, sresp, regionbase.Attribute, want)
		if _, hasProject := sresp.Schema.Attributes[huaweibase.ProjectAttribute]; hasProject && resp != nil {
			var project types.String
			resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root(huaweibase.ProjectAttribute), &project)...)
			if project.ValueString() != shapeProject {
				t.Errorf("%s: planned project_id = %s (%v); want the provider default %s", name, project, resp.Diagnostics, shapeProject)
			}
		}
	}
}

// shapeProject is the shape tests' Huawei project.
const shapeProject = "22222222222222222222222222222222"

// shapeConn is the provider instance of the shape tests: a default region for every cloud, and an
// API that refuses every call.
func shapeConn(endpoint string) *conn.Conn {
	c := conn.New(tencent.Config{SecretID: "AKIDshape", SecretKey: "shape", Region: "ap-chengdu",
		Endpoints: map[string]string{"ecm": endpoint, "vpc": endpoint, "edgezone": endpoint}}, "ap-xian-ecm")
	return c.WithHuawei(huawei.Config{Region: "ap-southeast-3", ProjectID: shapeProject})
}

// checkRegionIsPlanned runs the resource's ModifyPlan on a create with its region attribute unset and expects
// the provider's default in the plan: a resource that shadowed the base's ModifyPlan fails here.
func checkRegionIsPlanned(ctx context.Context, t *testing.T, name string, r resource.Resource, sresp resource.SchemaResponse, attr, want string) *resource.ModifyPlanResponse {
	t.Helper()
	rc, ok := r.(resource.ResourceWithConfigure)
	mp, ok2 := r.(resource.ResourceWithModifyPlan)
	if !ok || !ok2 {
		t.Errorf("%s: a regional resource must be configurable and modify its plan", name)
		return nil
	}
	// Plan-time checks of the resource (a quota preflight) may call the API: this one refuses every
	// call, so they can only warn.
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"shape test"},"RequestId":"r-1"}}`))
	}))
	defer api.Close()
	c := shapeConn(api.URL)
	var cresp resource.ConfigureResponse
	rc.Configure(ctx, resource.ConfigureRequest{ProviderData: c}, &cresp)
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
	mp.ModifyPlan(ctx, req, &resp)
	var got types.String
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root(attr), &got)...)
	if resp.Diagnostics.HasError() || got.ValueString() != want {
		t.Errorf("%s: planned %s = %s (%v); want the provider default %s", name, attr, got, resp.Diagnostics, want)
	}
	return &resp
}

// sameRegionAttribute compares what matters of two ecm_region attributes: flags, description,
// validators and plan modifiers, in order (UseStateForUnknown must come before RequiresReplace).
func sameRegionAttribute(ctx context.Context, got schema.Attribute, want schema.StringAttribute) bool {
	s, ok := got.(schema.StringAttribute)
	if !ok {
		return false
	}
	describe := func(a schema.StringAttribute) string {
		out := fmt.Sprint(a.Optional, a.Computed, a.Required, a.MarkdownDescription)
		for _, v := range a.Validators {
			out += "|v:" + v.Description(ctx)
		}
		for _, m := range a.PlanModifiers {
			out += "|m:" + m.Description(ctx)
		}
		return out
	}
	return describe(s) == describe(want)
}

// Every resource has a runnable example, an import.sh and an import block (or, when it cannot be
// imported, a no-import.md saying why); every data source an example. tfplugindocs renders whatever exists, so a missing file would silently thin the docs.
func TestExamples_EveryTypeHasThem(t *testing.T) {
	ctx := context.Background()
	p := New("test")()
	root := filepath.Join("..", "..", "examples")
	for _, f := range p.Resources(ctx) {
		r := f()
		var meta resource.MetadataResponse
		r.Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "edgecloud"}, &meta)
		files := []string{"resource.tf", "import.sh", "import-by-string-id.tf"}
		if _, ok := r.(interface{ NotImportable() string }); ok {
			files = []string{"resource.tf", "no-import.md"} // a type that cannot be imported says why
		}
		for _, file := range files {
			if _, err := os.Stat(filepath.Join(root, "resources", meta.TypeName, file)); err != nil {
				t.Errorf("%s: %v", meta.TypeName, err)
			}
		}
	}
	for _, f := range p.DataSources(ctx) {
		var meta datasource.MetadataResponse
		f().Metadata(ctx, datasource.MetadataRequest{ProviderTypeName: "edgecloud"}, &meta)
		if _, err := os.Stat(filepath.Join(root, "data-sources", meta.TypeName, "data-source.tf")); err != nil {
			t.Errorf("%s: %v", meta.TypeName, err)
		}
	}
	for _, f := range p.(fwprovider.ProviderWithEphemeralResources).EphemeralResources(ctx) {
		var meta ephemeral.MetadataResponse
		f().Metadata(ctx, ephemeral.MetadataRequest{ProviderTypeName: "edgecloud"}, &meta)
		if _, err := os.Stat(filepath.Join(root, "ephemeral-resources", meta.TypeName, "ephemeral-resource.tf")); err != nil {
			t.Errorf("%s: %v", meta.TypeName, err)
		}
	}
}
