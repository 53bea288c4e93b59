package tfutil

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
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
