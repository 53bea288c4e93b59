package tfutil

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

func TestKeepStateSpelling(t *testing.T) {
	for _, tc := range []struct {
		state, config types.String
		want          string
	}{
		{types.StringValue("STATIC"), types.StringValue("static"), "STATIC"}, // case alone: the state's value, no diff
		{types.StringValue("STATIC"), types.StringValue("bgp"), "bgp"},       // a real change stays one
		{types.StringNull(), types.StringValue("static"), "static"},          // create: the configured spelling
	} {
		req := planmodifier.StringRequest{StateValue: tc.state, ConfigValue: tc.config, PlanValue: tc.config}
		resp := planmodifier.StringResponse{PlanValue: req.PlanValue}
		KeepStateSpelling().PlanModifyString(context.Background(), req, &resp)
		if resp.PlanValue.ValueString() != tc.want {
			t.Errorf("state %s, config %s: planned %s, want %s", tc.state, tc.config, resp.PlanValue, tc.want)
		}
	}
	if got := SpellingOf(types.StringValue("IPv4"), "ipv4"); got.ValueString() != "IPv4" {
		t.Errorf("SpellingOf kept %s; want the planned spelling of the same value", got)
	}
	if got := SpellingOf(types.StringValue("ipv6"), "ipv4"); got.ValueString() != "ipv4" {
		t.Errorf("SpellingOf = %s; want the API's value when it differs", got)
	}
}

func TestPlanStateWhenArgumentsUnchanged(t *testing.T) {
	sch := schema.Schema{Attributes: map[string]schema.Attribute{
		"mode":  schema.StringAttribute{Required: true},
		"name":  schema.StringAttribute{Optional: true},
		"count": schema.Int64Attribute{Computed: true},
	}}
	typ := tftypes.Object{AttributeTypes: map[string]tftypes.Type{"mode": tftypes.String, "name": tftypes.String, "count": tftypes.Number}}
	obj := func(mode, name string, count any) tftypes.Value {
		return tftypes.NewValue(typ, map[string]tftypes.Value{"mode": tftypes.NewValue(tftypes.String, mode),
			"name": tftypes.NewValue(tftypes.String, name), "count": tftypes.NewValue(tftypes.Number, count)})
	}
	state := obj("STATIC", "a", 2)
	for name, tc := range map[string]struct {
		plan tftypes.Value
		want tftypes.Value
	}{
		// KeepStateSpelling made the argument equal, but the framework had marked count unknown.
		"only computed values unknown": {obj("STATIC", "a", tftypes.UnknownValue), state},
		// A real change of a required argument keeps the framework's plan.
		"a required argument changes": {obj("BGP", "a", tftypes.UnknownValue), obj("BGP", "a", tftypes.UnknownValue)},
		// So does an optional one: every argument of the schema counts, none can be forgotten.
		"an optional argument changes": {obj("STATIC", "b", tftypes.UnknownValue), obj("STATIC", "b", tftypes.UnknownValue)},
	} {
		req := resource.ModifyPlanRequest{State: tfsdk.State{Schema: sch, Raw: state}, Plan: tfsdk.Plan{Schema: sch, Raw: tc.plan}}
		resp := resource.ModifyPlanResponse{Plan: req.Plan}
		PlanStateWhenArgumentsUnchanged(req, &resp)
		if !resp.Plan.Raw.Equal(tc.want) {
			t.Errorf("%s: planned %v, want %v", name, resp.Plan.Raw, tc.want)
		}
	}
}
