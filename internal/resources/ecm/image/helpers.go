package image

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// read reads the image back after a change, until it shows the change, and stores it.
func (r *imageResource) read(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	id := m.ID.ValueString()
	opts := wait.Options{Description: kind + " " + id + " showing the change", Timeout: 5 * time.Minute}
	img, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Image, error) {
		return r.Conn().ECM.FindImageByID(ctx, id)
	}, func(img *ecm.Image) bool {
		return img.ImageName == m.ImageName.ValueString() && img.ImageDescription == m.Description.ValueString()
	})
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+id+" after a change", err)
		return
	}
	m.fromAPI(img)
	diags.Append(state.Set(ctx, m)...)
}

func (m *resourceModel) fromAPI(img *ecm.Image) {
	m.ID = types.StringValue(img.ImageId)
	if m.InstanceID.IsNull() && img.SrcImage.InstanceId != "" { // an import learns the source instance
		m.InstanceID = types.StringValue(img.SrcImage.InstanceId)
	}
	m.ImageName = types.StringValue(img.ImageName)
	m.Description = tfutil.OptionalString(img.ImageDescription)
	m.ImageState = types.StringValue(img.ImageState)
	m.OsType = types.StringValue(img.OsType)
	m.Architecture = types.StringValue(img.Architecture)
	m.ImageSize = types.Int64Value(img.ImageSize)
	m.CreatedTime = types.StringValue(img.ImageCreateTime)
	if m.ForcePoweroff.IsNull() || m.ForcePoweroff.IsUnknown() {
		m.ForcePoweroff = types.BoolValue(false)
	}
}

// deleteImage deletes the image and waits until DescribeImage no longer returns it.
func deleteImage(ctx context.Context, c *ecm.Client, id string) error {
	opts := wait.Options{Description: kind + " " + id + " deletion", Timeout: 5 * time.Minute}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			return c.DeleteImage(ctx, ecm.DeleteImageRequest{ImageIDSet: []string{id}})
		},
		func(ctx context.Context) error { _, err := c.FindImageByID(ctx, id); return err })
}
