package eniattachment

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// waitOn waits until the ENI is AVAILABLE on instance and stores what the API shows.
func (r *attachmentResource) waitOn(ctx context.Context, m *resourceModel, instance string, timeout time.Duration,
	set func(context.Context, any) diag.Diagnostics, diags *diag.Diagnostics) {
	id := m.ID.ValueString()
	n, err := ecmeni.WaitSettledOn(ctx, r.Conn().ECM, m.EcmRegion.ValueString(), id, instance, timeout)
	if err != nil {
		tfutil.AddError(diags, "waiting for ECM ENI "+id+" to be attached to "+instance, err)
		return
	}
	m.fromAPI(n)
	diags.Append(set(ctx, m)...)
}
