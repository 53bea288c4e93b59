// Package image is the edgecloud_ecm_images data source (DescribeImage).
package image

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// DataSourceType is the Terraform type name of the images data source.
const (
	DataSourceType = "edgecloud_ecm_images"
	idPrefix       = "img-"
)

var _ datasource.DataSourceWithConfigure = (*imagesDataSource)(nil)

// NewDataSource is the edgecloud_ecm_images constructor.
func NewDataSource() datasource.DataSource {
	return &imagesDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type imagesDataSource struct {
	ecmbase.DataSource
}

type dataSourceModel struct {
	IDs          types.List   `tfsdk:"ids"`
	ImageType    types.String `tfsdk:"image_type"`
	InstanceType types.String `tfsdk:"instance_type"`
	ImageName    types.String `tfsdk:"image_name"`
	ImageOs      types.String `tfsdk:"image_os"`
	Images       []imageModel `tfsdk:"images"`
}

type imageModel struct {
	ID           types.String `tfsdk:"id"`
	ImageName    types.String `tfsdk:"image_name"`
	ImageType    types.String `tfsdk:"image_type"`
	ImageState   types.String `tfsdk:"image_state"`
	ImageOsName  types.String `tfsdk:"image_os_name"`
	Description  types.String `tfsdk:"description"`
	Architecture types.String `tfsdk:"architecture"`
	OsType       types.String `tfsdk:"os_type"`
	ImageSize    types.Int64  `tfsdk:"image_size"`
	CreatedTime  types.String `tfsdk:"created_time"`
}

func (d *imagesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists ECM images (DescribeImage): the public ones and the account's own. Images are global.",
		Attributes: map[string]schema.Attribute{
			"ids": schema.ListAttribute{
				MarkdownDescription: "Image IDs to look up.",
				ElementType:         types.StringType,
				Optional:            true,
			},
			"image_type": schema.StringAttribute{
				MarkdownDescription: "`PUBLIC_IMAGE` (Tencent Cloud's) or `PRIVATE_IMAGE` (this account's).",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf("PUBLIC_IMAGE", "PRIVATE_IMAGE")},
			},
			"instance_type": schema.StringAttribute{MarkdownDescription: "Only images this instance type supports.", Optional: true},
			"image_name":    schema.StringAttribute{MarkdownDescription: "Match images whose name contains this value.", Optional: true},
			"image_os":      schema.StringAttribute{MarkdownDescription: "Match images whose operating system name contains this value, e.g. `CentOS`.", Optional: true},
			"images": schema.ListNestedAttribute{
				MarkdownDescription: "The matching images.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":            tfutil.ComputedString("Image ID, e.g. `img-060ov1xz`."),
					"image_name":    tfutil.ComputedString("Name."),
					"image_type":    tfutil.ComputedString("`PUBLIC_IMAGE` or `PRIVATE_IMAGE`."),
					"image_state":   tfutil.ComputedString("State, e.g. `NORMAL`."),
					"image_os_name": tfutil.ComputedString("Operating system."),
					"description":   tfutil.ComputedString("Description."),
					"architecture":  tfutil.ComputedString("`x86_64` or `i386`."),
					"os_type":       tfutil.ComputedString("Operating system type."),
					"image_size":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Size in GB."},
					"created_time":  tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *imagesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	var ids []string
	resp.Diagnostics.Append(data.IDs.ElementsAs(ctx, &ids, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	for _, id := range ids {
		if !ecmbase.ValidID(idPrefix, id) {
			resp.Diagnostics.AddError("Invalid image ID", "\""+id+"\" is not an image ID: expected "+ecmbase.IDShape(idPrefix)+".")
		}
	}
	if resp.Diagnostics.HasError() {
		return
	}
	// DescribeImage takes filters only (up to 10), each name/OS filter with one value.
	var filters []tencent.Filter
	if len(ids) > 0 {
		filters = append(filters, tencent.Filter{Name: "image-id", Values: ids})
	}
	filters = append(filters, ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "image-type", Value: data.ImageType}, {Name: "instance-type", Value: data.InstanceType},
		{Name: "image-name", Value: data.ImageName}, {Name: "image-os", Value: data.ImageOs}})...)
	images, err := d.Conn().ECM.ListImages(ctx, ecm.DescribeImageRequest{Filters: filters})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM images", err)
		return
	}
	data.Images = make([]imageModel, len(images))
	for i, img := range images {
		data.Images[i] = imageModel{
			ID: types.StringValue(img.ImageId), ImageName: types.StringValue(img.ImageName), ImageType: types.StringValue(img.ImageType),
			ImageState: types.StringValue(img.ImageState), ImageOsName: types.StringValue(img.ImageOsName), Description: types.StringValue(img.ImageDescription),
			Architecture: types.StringValue(img.Architecture), OsType: types.StringValue(img.OsType), ImageSize: types.Int64Value(img.ImageSize),
			CreatedTime: types.StringValue(img.ImageCreateTime),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
