package publicip

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

func (r *ipResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	region, instanceID, typ := plan.Region.ValueString(), plan.NetworkInstanceID.ValueString(), plan.Type.ValueString()

	// The route mode, checked before the call when the plan could not (the instance was created in
	// this apply): a BGP/OSPF instance gets this provider's explanation, not the API's code.
	inst, err := r.Conn().EdgeZone.FindPublicNetworkInstanceByID(ctx, region, instanceID)
	switch {
	case tencent.IsNotFound(err):
		resp.Diagnostics.AddAttributeError(path.Root("network_instance_id"), summaryMissingInstance, missingDetail(region, instanceID))
		return
	case err != nil:
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+": reading public network instance "+instanceID, err)
		return
	case !edgezone.IsStatic(inst.RouteMode):
		resp.Diagnostics.AddAttributeError(path.Root("network_instance_id"), summaryNotStatic, notStaticDetail(inst))
		return
	}

	applied, err := r.Conn().EdgeZone.ApplyPublicIP(ctx, region, instanceID, typ, wait.Options{})
	var lost *edgezone.LostApplyError
	switch {
	case errors.As(err, &lost):
		resp.Diagnostics.AddError("Creating "+kind+" on "+instanceID+": the ApplyPublicIps answer was lost", lost.Error())
		return
	case err != nil:
		tfutil.AddError(&resp.Diagnostics, "creating "+kind+" on "+instanceID, err)
		return
	}
	ip := edgezone.CanonicalIP(applied.Ip)
	if applied.LostAnswer != nil {
		resp.Diagnostics.AddWarning("Adopted "+kind+" "+ip+" after a lost ApplyPublicIps answer",
			"The answer to ApplyPublicIps on "+instanceID+" was lost ("+applied.LostAnswer.Error()+"). ApplyPublicIps has no ClientToken, "+
				"so it was not sent again. Listing the instance's "+edgezone.CanonicalIPType(typ)+" addresses before and after the call showed "+
				"exactly one new, unbound address, "+ip+", which this resource now manages; no other address was applied for.")
	}

	// Save the ID before reading back: an interrupted read-back leaves a tainted resource, not an orphan.
	plan.ID = types.StringValue(tfutil.JoinImportID(instanceID, ip))
	plan.IP = types.StringValue(ip)
	plan.nullUnknowns()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	opts := wait.Options{Description: kind + " " + ip + " showing in DescribePublicIps", Timeout: readBackTimeout}
	got, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*edgezone.IpInfo, error) {
		return r.Conn().EdgeZone.FindPublicIP(ctx, region, instanceID, ip)
	}, nil)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading "+kind+" "+ip+" after applying for it", err)
		return
	}
	plan.fromAPI(got, true)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *ipResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	instanceID, ip, err := splitID(id)
	if err != nil {
		resp.Diagnostics.AddError("Reading "+kind, "The resource's ID is not "+idFormat+": "+err.Error())
		return
	}
	region := state.Region.ValueString()
	got, err := r.Conn().EdgeZone.FindPublicIP(ctx, region, instanceID, ip)
	if tencent.IsNotFound(err) {
		// Say which of the two went: the address, or the instance with it.
		if _, ierr := r.Conn().EdgeZone.FindPublicNetworkInstanceByID(ctx, region, instanceID); tencent.IsNotFound(ierr) {
			resp.Diagnostics.AddWarning(kind+" "+ip+" no longer exists",
				"Its public network instance "+instanceID+" was deleted outside Terraform, and the address with it, so it is removed from "+
					"the state; the next plan will apply for a new address (on a new instance, if that one is managed here too).")
			resp.State.RemoveResource(ctx)
			return
		}
	}
	if !tfutil.ReadFound(ctx, resp, kind, id, tencent.IsNotFound(err), err) {
		return
	}
	state.fromAPI(got, false)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is never called: every argument forces a new address (no API changes one).
func (r *ipResource) Update(_ context.Context, _ resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.AddError("Updating "+kind, "An EdgeZone public IP cannot be changed in place; this is a provider bug: every argument should force a new address.")
}

func (r *ipResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	instanceID, ip, err := splitID(state.ID.ValueString())
	if err != nil {
		resp.Diagnostics.AddError("Deleting "+kind, "The resource's ID is not "+idFormat+": "+err.Error())
		return
	}
	err = releaseIP(ctx, r.Conn(), state.Region.ValueString(), instanceID, state.Type.ValueString(), ip)
	var bound *boundError
	switch {
	case errors.As(err, &bound):
		resp.Diagnostics.AddError("Cannot release "+kind+" "+ip+": it is bound to a physical server", bound.Detail())
	case err != nil:
		tfutil.AddError(&resp.Diagnostics, "releasing "+kind+" "+ip+" of "+instanceID, err)
	}
}
