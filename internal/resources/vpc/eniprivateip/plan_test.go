package eniprivateip

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// runPlan runs the resource's ModifyPlan (the region base's, then planAddresses) the way the
// framework does: the proposed plan is the configuration with computed values from the state, or
// unknown on create.
func runPlan(t *testing.T, config resourceModel, state *resourceModel) resourceModel {
	t.Helper()
	ctx := context.Background()
	r := NewResource().(*eniPrivateIPResource)
	var cresp resource.ConfigureResponse
	r.Configure(ctx, resource.ConfigureRequest{ProviderData: conn.New(tencent.Config{Region: "ap-guangzhou"}, "")}, &cresp)
	var sresp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &sresp)
	s := sresp.Schema
	raw := func(m *resourceModel) tftypes.Value {
		st := tfsdk.State{Schema: s, Raw: tftypes.NewValue(s.Type().TerraformType(ctx), nil)}
		if m == nil {
			return st.Raw
		}
		if d := st.Set(ctx, m); d.HasError() {
			t.Fatal(d)
		}
		return st.Raw
	}
	proposed := config
	if state == nil {
		proposed.ID, proposed.AssignedPrivateIPAddresses = types.StringUnknown(), types.SetUnknown(types.StringType)
		if proposed.Region.IsNull() {
			proposed.Region = types.StringUnknown()
		}
		if proposed.QosLevel.IsNull() {
			proposed.QosLevel = types.StringUnknown()
		}
		if proposed.SecondaryPrivateIPAddressCount.IsNull() {
			proposed.SecondaryPrivateIPAddressCount = types.Int64Unknown()
		}
		if proposed.PrivateIPAddresses.IsNull() {
			proposed.PrivateIPAddresses = types.SetUnknown(types.StringType)
		}
	} else {
		proposed.ID, proposed.AssignedPrivateIPAddresses = state.ID, state.AssignedPrivateIPAddresses
		if proposed.Region.IsNull() {
			proposed.Region = state.Region
		}
		if proposed.QosLevel.IsNull() {
			proposed.QosLevel = state.QosLevel
		}
		if proposed.SecondaryPrivateIPAddressCount.IsNull() {
			proposed.SecondaryPrivateIPAddressCount = state.SecondaryPrivateIPAddressCount
		}
		if proposed.PrivateIPAddresses.IsNull() {
			proposed.PrivateIPAddresses = state.PrivateIPAddresses
		}
	}
	req := resource.ModifyPlanRequest{
		Config: tfsdk.Config{Schema: s, Raw: raw(&config)},
		Plan:   tfsdk.Plan{Schema: s, Raw: raw(&proposed)},
		State:  tfsdk.State{Schema: s, Raw: raw(state)},
	}
	resp := resource.ModifyPlanResponse{Plan: req.Plan}
	r.ModifyPlan(ctx, req, &resp)
	if resp.Diagnostics.HasError() {
		t.Fatal(resp.Diagnostics)
	}
	var planned resourceModel
	if d := resp.Plan.Get(ctx, &planned); d.HasError() {
		t.Fatal(d)
	}
	return planned
}

func strSet(addresses ...string) types.Set {
	s, _ := types.SetValueFrom(context.Background(), types.StringType, addresses)
	return s
}

func model(count types.Int64, addresses types.Set) resourceModel {
	return resourceModel{
		ID: types.StringNull(), Region: types.StringNull(), NetworkInterfaceID: types.StringValue("eni-m6dyj72l"),
		SecondaryPrivateIPAddressCount: count, PrivateIPAddresses: addresses, QosLevel: types.StringNull(),
		AssignedPrivateIPAddresses: types.SetNull(types.StringType),
		Timeouts: timeouts.Value{Object: types.ObjectNull(map[string]attr.Type{
			"create": types.StringType, "update": types.StringType, "delete": types.StringType,
		})},
	}
}

func stateOf(addresses ...string) *resourceModel {
	m := model(types.Int64Value(int64(len(addresses))), strSet(addresses...))
	m.ID, m.Region, m.QosLevel = types.StringValue("eni-m6dyj72l/"+addresses[0]), types.StringValue("ap-guangzhou"), types.StringValue("DEFAULT")
	m.AssignedPrivateIPAddresses = strSet(addresses...)
	return &m
}

func TestPlan_CreateByAddresses(t *testing.T) {
	p := runPlan(t, model(types.Int64Null(), strSet("10.0.1.20", "10.0.1.21")), nil)
	if p.Region.ValueString() != "ap-guangzhou" {
		t.Errorf("region %v; want the provider's", p.Region)
	}
	if p.SecondaryPrivateIPAddressCount.ValueInt64() != 2 || !p.AssignedPrivateIPAddresses.Equal(strSet("10.0.1.20", "10.0.1.21")) {
		t.Errorf("plan %+v: the count and the owned set follow the addresses", p)
	}
}

func TestPlan_CreateByCount(t *testing.T) {
	p := runPlan(t, model(types.Int64Value(3), types.SetNull(types.StringType)), nil)
	if !p.PrivateIPAddresses.IsUnknown() || !p.AssignedPrivateIPAddresses.IsUnknown() || p.SecondaryPrivateIPAddressCount.ValueInt64() != 3 {
		t.Errorf("plan %+v: the cloud picks the addresses", p)
	}
}

func TestPlan_CountUnchangedKeepsTheAddresses(t *testing.T) {
	p := runPlan(t, model(types.Int64Value(2), types.SetNull(types.StringType)), stateOf("10.0.1.7", "10.0.1.8"))
	if !p.PrivateIPAddresses.Equal(strSet("10.0.1.7", "10.0.1.8")) || !p.AssignedPrivateIPAddresses.Equal(strSet("10.0.1.7", "10.0.1.8")) {
		t.Errorf("plan %+v: nothing to do, nothing unknown", p)
	}
}

// A refresh that found an owned address gone lowered the state's count: the plan assigns one again.
func TestPlan_CountDriftIsAnUpdate(t *testing.T) {
	p := runPlan(t, model(types.Int64Value(2), types.SetNull(types.StringType)), stateOf("10.0.1.7"))
	if !p.PrivateIPAddresses.IsUnknown() || !p.AssignedPrivateIPAddresses.IsUnknown() || p.ID.ValueString() != "eni-m6dyj72l/10.0.1.7" {
		t.Errorf("plan %+v: new addresses unknown, the ID kept", p)
	}
}

func TestPlan_AddressesChangedInPlace(t *testing.T) {
	p := runPlan(t, model(types.Int64Null(), strSet("10.0.1.8", "10.0.1.9")), stateOf("10.0.1.7", "10.0.1.8"))
	if p.SecondaryPrivateIPAddressCount.ValueInt64() != 2 || !p.AssignedPrivateIPAddresses.Equal(strSet("10.0.1.8", "10.0.1.9")) ||
		p.ID.ValueString() != "eni-m6dyj72l/10.0.1.7" {
		t.Errorf("plan %+v: the ID stays even though its anchor goes", p)
	}
}

func TestPlan_OtherENIGetsNewAddresses(t *testing.T) {
	config := model(types.Int64Value(2), types.SetNull(types.StringType))
	config.NetworkInterfaceID = types.StringValue("eni-other000")
	p := runPlan(t, config, stateOf("10.0.1.7", "10.0.1.8"))
	if !p.AssignedPrivateIPAddresses.IsUnknown() {
		t.Errorf("plan %+v: a replacement's addresses are not the old ones", p)
	}
}
