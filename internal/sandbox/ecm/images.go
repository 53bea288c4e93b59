package ecm

import (
	"strconv"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeImage (L13168-L13458): the images of the compute catalog, in
// catalog order.
//
// Choices where the seed is silent or inconsistent:
//   - Filter checks and their codes (the action's table): more than 10
//     Filters, more than 100 values in one, or more than one value for
//     image-name or image-os ("only one value") is
//     InvalidParameterValue.ParameterValueTooLarge; a filter without a name, an
//     unknown filter name, or an image-type other than PRIVATE_IMAGE /
//     PUBLIC_IMAGE is InvalidParameterValue.InvalidFilter; a filter without
//     values is MissingParameter.MissingImageParameter; a malformed image-id
//     value (not img- and lowercase letters and digits) is
//     InvalidParameterValue.InvalidImageID, while a well-formed unknown one
//     matches nothing, as IDs do in every Describe*.
//   - instance-type: an image supports every instance type of the catalog
//     unless the catalog restricts it (CatalogImage.InstanceTypes; the
//     document ties images to no type). A type that is not in the catalog
//     matches nothing, as an unknown value of any filter does: the table has
//     no code for an unknown instance type.
//   - image-name and image-os are fuzzy: substrings, ignoring case (MySQL's
//     LIKE, as Tencent's consoles search); image-os looks at ImageOsName.
//   - Offset/Limit out of range (negative; Limit above 100) is
//     InvalidParameterValue.InvaildPageParam (sic); Limit 0 means 20.
//   - The sandbox account's private images start empty (DescribeImage's
//     example shows two PRIVATE_IMAGE images of account 251006057: the
//     default catalog serves them as public images, see computecatalog.go).
//     A catalog may hold private images (SetComputeCatalog); CreateImage adds
//     the account's own to the state (image_ops.go), listed after the
//     catalog by creation, with the same filters and their ImageState
//     (CREATING while their task runs) and TaskId.

const (
	maxImageFilters      = 10
	maxImageFilterValues = 100
)

type describeImageRequest struct {
	Filters []tencentapi.Filter `json:"Filters"`
	Offset  *int64              `json:"Offset"`
	Limit   *int64              `json:"Limit"`
}

// image is Image (L31848).
type image struct {
	ImageId            string          `json:"ImageId"`
	ImageName          string          `json:"ImageName"`
	ImageState         string          `json:"ImageState"`
	ImageType          string          `json:"ImageType"`
	ImageOsName        string          `json:"ImageOsName"`
	ImageDescription   string          `json:"ImageDescription"`
	ImageCreateTime    string          `json:"ImageCreateTime"`
	Architecture       string          `json:"Architecture"`
	OsType             string          `json:"OsType"`
	OsVersion          string          `json:"OsVersion"`
	Platform           string          `json:"Platform"`
	ImageOwner         int64           `json:"ImageOwner"`
	ImageSize          int             `json:"ImageSize"`
	SrcImage           CatalogSrcImage `json:"SrcImage"`
	ImageSource        string          `json:"ImageSource"`
	TaskId             string          `json:"TaskId"`
	IsSupportCloudInit bool            `json:"IsSupportCloudInit"`
}

// imageInfo is a catalog image as the API writes it (DescribeInstances and
// DescribeModuleDetail will answer it too).
func imageInfo(im *CatalogImage) image {
	state := im.ImageState
	if state == "" {
		state = "NORMAL"
	}
	var src CatalogSrcImage
	if im.SrcImage != nil {
		src = *im.SrcImage
	}
	return image{
		ImageId: im.ImageID, ImageName: im.ImageName, ImageState: state, ImageType: im.ImageType,
		ImageOsName: im.ImageOsName, ImageDescription: im.ImageDescription, ImageCreateTime: im.ImageCreateTime,
		Architecture: im.Architecture, OsType: im.OsType, OsVersion: im.OsVersion, Platform: im.Platform,
		ImageOwner: im.ImageOwner, ImageSize: im.ImageSize, SrcImage: src, ImageSource: im.ImageSource,
		IsSupportCloudInit: im.IsSupportCloudInit,
	}
}

// imageFilters are DescribeImage's filters over the compute catalog x.
func imageFilters(x *computeIndex) tencentapi.FilterSet[*CatalogImage] {
	return tencentapi.FilterSet[*CatalogImage]{
		Defs: map[string]tencentapi.FilterDef[*CatalogImage]{
			"image-id":   {Match: func(im *CatalogImage, vals []string) bool { return tencentapi.AnyEqual(im.ImageID, vals) }},
			"image-type": {Match: func(im *CatalogImage, vals []string) bool { return tencentapi.AnyEqual(im.ImageType, vals) }},
			"instance-type": {Match: func(im *CatalogImage, vals []string) bool {
				for _, t := range vals {
					if x.imageSupports(im.ImageID, t) {
						return true
					}
				}
				return false
			}},
			"image-name": {Single: true, Match: func(im *CatalogImage, vals []string) bool { return containsFold(im.ImageName, vals[0]) }},
			"image-os":   {Single: true, Match: func(im *CatalogImage, vals []string) bool { return containsFold(im.ImageOsName, vals[0]) }},
		},
		MaxFilters: maxImageFilters,
		MaxValues:  maxImageFilterValues,
		LimitCode:  "InvalidParameterValue.ParameterValueTooLarge",
	}
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// describeImageCodes maps the Describe helper's codes that DescribeImage's
// table lacks to the closest ones it has.
var describeImageCodes = map[string]string{
	"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue.ParameterValueTooLarge",
}

// checkImageFilters is DescribeImage's own part of the filter checks: values
// present, image-type values known, image-id values well formed. Names and
// counts are left to the FilterSet.
func checkImageFilters(filters []tencentapi.Filter) *tencentapi.Error {
	if len(filters) > maxImageFilters {
		return nil // the FilterSet answers it
	}
	for i, f := range filters {
		if f.Name == "" {
			return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The parameter Filters.%d.Name is required.", i)
		}
		if len(f.Values) == 0 {
			return tencentapi.Errf("MissingParameter.MissingImageParameter", "The filter %s (Filters.%d) needs at least one value.", f.Name, i)
		}
		for j, v := range f.Values {
			switch f.Name {
			case "image-type":
				if v != PublicImage && v != PrivateImage {
					return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter image-type (Filters.%d.Values.%d) is %q; valid values: %s, %s.", i, j, v, PrivateImage, PublicImage)
				}
			case "image-id":
				if aerr := checkID("Filters."+strconv.Itoa(i)+".Values."+strconv.Itoa(j), "img", v, "InvalidParameterValue.InvalidImageID"); aerr != nil {
					return aerr
				}
			}
		}
	}
	return nil
}

func (e *state) describeImage(_ *tencentapi.Call, req *describeImageRequest) (any, *tencentapi.Error) {
	x := e.compute
	if aerr := checkImageFilters(req.Filters); aerr != nil {
		return nil, aerr
	}
	page, total, aerr := tencentapi.Describe[*CatalogImage]{
		Filters: req.Filters, FilterSet: imageFilters(x),
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue.InvaildPageParam",
		Seq:        func(im *CatalogImage) int64 { return e.imageSeq(im.ImageID) },
		Candidates: func([]string) []*CatalogImage { return e.imageViews() },
	}.Run()
	if aerr != nil {
		return nil, remapCode(aerr, describeImageCodes)
	}
	set := make([]image, 0, len(page))
	for _, im := range page {
		info := imageInfo(im)
		if r, ok := e.PrivateImages[im.ImageID]; ok && im.ImageState == imageCreating {
			info.TaskId = r.TaskID
		}
		set = append(set, info)
	}
	return struct {
		TotalCount int     `json:"TotalCount"`
		ImageSet   []image `json:"ImageSet"`
	}{total, set}, nil
}

// imageViews are the images the account sees: the catalog's (public, and
// any private ones it holds), then the account's own (CreateImage), as the
// read lag shows them.
func (e *state) imageViews() []*CatalogImage {
	images := e.compute.catalog.Images
	out := make([]*CatalogImage, 0, len(images)+len(e.PrivateImages))
	for i := range images {
		out = append(out, &images[i])
	}
	own := make([]*imageRecord, 0, len(e.PrivateImages))
	for _, r := range e.PrivateImages {
		own = append(own, r)
	}
	own = applyLag(e, kindImage, "", nil, own, func(r *imageRecord) string { return r.ImageID },
		func(_ string, before any) *imageRecord { return before.(*imageRecord) })
	for _, r := range own {
		out = append(out, &r.CatalogImage)
	}
	return out
}

// imageSeq orders DescribeImage: the catalog in its order, then the
// account's images by creation.
func (e *state) imageSeq(id string) int64 {
	if n, ok := e.compute.order[id]; ok {
		return n
	}
	if r, ok := e.PrivateImages[id]; ok {
		return int64(len(e.compute.catalog.Images)) + r.Seq
	}
	if ent, ok := e.lag[id]; ok { // deleted under lag
		if r, ok := ent.before.(*imageRecord); ok {
			return int64(len(e.compute.catalog.Images)) + r.Seq
		}
	}
	return 1 << 62
}
