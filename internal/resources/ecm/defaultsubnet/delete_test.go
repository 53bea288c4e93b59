package defaultsubnet

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Destroy calls no API (there is no action to unset a zone's default subnet) and says so in a
// warning naming the zone and the subnet that stays its default.
func TestDelete_LeavesTheDefaultAndWarns(t *testing.T) {
	ctx := context.Background()
	r := &defaultSubnetResource{} // no clients: a call to the API would panic
	var sresp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &sresp)
	state := tfsdk.State{Schema: sresp.Schema, Raw: tftypes.NewValue(sresp.Schema.Type().TerraformType(ctx), nil)}
	if diags := state.Set(ctx, &resourceModel{
		ID: types.StringValue("ap-hangzhou-ecm-1"), EcmRegion: types.StringValue("ap-hangzhou-ecm"), Zone: types.StringValue("ap-hangzhou-ecm-1"),
		VpcID: types.StringValue("vpc-abc12345"), SubnetID: types.StringValue("subnet-abc12345"),
	}); diags.HasError() {
		t.Fatal(diags)
	}
	resp := resource.DeleteResponse{State: state}
	r.Delete(ctx, resource.DeleteRequest{State: state}, &resp)
	if resp.Diagnostics.HasError() || resp.Diagnostics.WarningsCount() != 1 {
		t.Fatalf("diagnostics %v", resp.Diagnostics)
	}
	w := resp.Diagnostics.Warnings()[0]
	if detail := w.Detail(); !strings.Contains(w.Summary(), "left as it is") || !strings.Contains(detail, "subnet-abc12345 stays the default subnet of ap-hangzhou-ecm-1") ||
		!strings.Contains(detail, "no action to unset") {
		t.Fatalf("warning %q: %q", w.Summary(), w.Detail())
	}
}
