package eniprivateip

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ImportState takes "<eni-id>/<ip>,<ip>…", optionally prefixed by "<region>/": the addresses named
// become the owned set. They must all be secondary IPs of that ENI now; the import refuses anything
// else (the primary IP, an address of another ENI, a free one) rather than owning, and later
// unassigning, what it did not describe. The resource's own ID, "<eni-id>/<anchor>", is an import ID
// for its anchor address alone.
func (r *eniPrivateIPResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	region, rest := regionbase.SplitRegion(req.ID)
	eniID, addresses, err := parseImportID(rest)
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID", "Expected \"<eni-id>/<ip>,<ip>…\" or \"<region>/<eni-id>/<ip>,<ip>…\" for "+
			ResourceType+": "+err.Error())
		return
	}
	if region == "" && r.Conn() != nil {
		region = regionbase.Tencent.Default(r.Conn())
	}
	if region == "" {
		resp.Diagnostics.AddError("Missing region", "Import as \"<region>/"+rest+"\", or set "+regionbase.Tencent.Setting+".")
		return
	}
	eni, err := r.Conn().VPC.FindNetworkInterfaceByID(ctx, region, eniID)
	if tencent.IsNotFound(err) {
		resp.Diagnostics.AddError("Cannot import "+ResourceType, fmt.Sprintf("%s %s does not exist in region %s.", vpc.KindNetworkInterface, eniID, region))
		return
	}
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+vpc.KindNetworkInterface+" "+eniID+" to import "+ResourceType, err)
		return
	}
	if problems := notSecondary(eni, addresses); len(problems) > 0 {
		resp.Diagnostics.AddError("Cannot import "+ResourceType, fmt.Sprintf(
			"Every address named must be a secondary private IP of %s now:\n- %s\nName only the secondary IPs this resource should own.",
			eniID, strings.Join(problems, "\n- ")))
		return
	}
	owned, d := types.SetValueFrom(ctx, types.StringType, addresses)
	resp.Diagnostics.Append(d...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), resourceID(eniID, addresses))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(regionbase.Attribute), region)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("network_interface_id"), eniID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("assigned_private_ip_addresses"), owned)...)
}

// notSecondary describes each address that is not a secondary IP of eni.
func notSecondary(eni *vpc.NetworkInterface, addresses []string) []string {
	sec := eni.SecondaryAddresses()
	var problems []string
	for _, a := range addresses {
		if _, ok := sec[a]; ok {
			continue
		}
		reason := "is not assigned to it"
		for _, p := range eni.PrivateIpAddressSet {
			if p.Primary && p.PrivateIpAddress == a {
				reason = "is its primary IP, which cannot be managed here"
			}
		}
		problems = append(problems, a+" "+reason)
	}
	return problems
}
