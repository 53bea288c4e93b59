package usedip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
)

type dataSourceModel struct {
	Region          types.String          `tfsdk:"region"`
	VpcID           types.String          `tfsdk:"vpc_id"`
	SubnetID        types.String          `tfsdk:"subnet_id"`
	IPAddresses     types.List            `tfsdk:"ip_addresses"`
	IPAddressStates []ipAddressStateModel `tfsdk:"ip_address_states"`
	FreeIPAddresses types.List            `tfsdk:"free_ip_addresses"`
}

type ipAddressStateModel struct {
	VpcID        types.String `tfsdk:"vpc_id"`
	SubnetID     types.String `tfsdk:"subnet_id"`
	IPAddress    types.String `tfsdk:"ip_address"`
	ResourceType types.String `tfsdk:"resource_type"`
	ResourceID   types.String `tfsdk:"resource_id"`
}

// askedAddresses returns the addresses to check and whether ip_addresses is set at all.
func (m *dataSourceModel) askedAddresses(ctx context.Context, diags *diag.Diagnostics) ([]string, bool) {
	if m.IPAddresses.IsNull() {
		return nil, false
	}
	asked := []string{}
	diags.Append(m.IPAddresses.ElementsAs(ctx, &asked, false)...)
	return asked, true
}

// fromAPI fills the results: the occupied addresses as the API listed them, and the free ones among
// those asked, in the order asked (an asked address the answer does not list is free).
func (m *dataSourceModel) fromAPI(states []vpc.IpAddressStates, asked []string, diags *diag.Diagnostics) {
	m.IPAddressStates = make([]ipAddressStateModel, len(states))
	occupied := make(map[string]bool, len(states))
	for i, s := range states {
		m.IPAddressStates[i] = ipAddressStateModel{
			VpcID: types.StringValue(s.VpcId), SubnetID: types.StringValue(s.SubnetId), IPAddress: types.StringValue(s.IpAddress),
			ResourceType: types.StringValue(s.ResourceType), ResourceID: types.StringValue(s.ResourceId),
		}
		occupied[s.IpAddress] = true
	}
	free := []string{}
	for _, a := range asked {
		if !occupied[a] {
			free = append(free, a)
		}
	}
	list, d := types.ListValueFrom(context.Background(), types.StringType, free)
	diags.Append(d...)
	m.FreeIPAddresses = list
}
