package ecm

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// The account's private images: CreateImage (L14449), ModifyImageAttribute
// (L14313), DeleteImage (L13459); DescribeImage lists them after the public
// catalog, DescribeTaskStatus (taskstatus.go) answers CreateImage's task.
//
// Choices where the seed is silent:
//   - ImageName is required and at most 20 characters, ImageDescription at
//     most 60 (ModifyImageAttribute's text; CreateImage gives no length);
//     longer is InvalidParameter for CreateImage (its table has no TooLong),
//     InvalidParameterValue for ModifyImageAttribute. Names are unique among
//     the account's private images and the public catalog
//     (InvalidParameterValue.ImageNameDuplicate), exact match, case kept.
//   - ForcePoweroff is TRUE or FALSE (any case; default FALSE), else
//     InvalidParameter. A RUNNING instance without it is
//     FailedOperation.InstanceNotAllStopped; with it the image is made and
//     the instance keeps running (the power-off is not emulated). An
//     instance in an operation (OPERATING) or LAUNCH_FAILED is
//     UnsupportedOperation.InvalidInstanceState. A malformed InstanceId is
//     InvalidParameterValue.InvalidInstanceID, an unknown one
//     UnsupportedOperation.InstanceIdNotFound.
//   - The new image is PRIVATE_IMAGE "img-" + 8, ImageState "CREATING"
//     (the document has no enum; only NORMAL is shown) with Image.TaskId set
//     ("ID of the task in intermediate or failed status"); after the call's
//     task duration it is NORMAL and its TaskId "". Under a `task_result:
//     FAILED` fault the task is FAILED ("Create image failed", the example's
//     Message) and the image is removed, as a failed EIP allocation is.
//   - It copies the instance image's OsName, OsType, OsVersion, Platform,
//     Architecture, IsSupportCloudInit; ImageSize is the instance's system
//     disk size; ImageSource "CREATE_IMAGE"; ImageOwner 0 (the sandbox
//     account); SrcImage names the source image and the instance (its
//     InstanceId, InstanceName, Region, RegionName and RegionID from the region catalog).
//   - Only NORMAL private images can be launched (RunInstances,
//     CreateModule, ModifyModuleImage); a CREATING one is not found there.
//   - ModifyImageAttribute: a public image is FailedOperation.OperationNotAllow,
//     an unknown ID ResourceNotFound, a malformed one InvalidParameterValue
//     (the table has no InvalidImageID); neither ImageName nor
//     ImageDescription is MissingParameter.MissingImageParameter; an image
//     in use can be renamed (ImageInUse is not in the table).
//   - DeleteImage: at most 100 IDs (ParameterValueTooLarge); malformed
//     InvalidImageID; unknown ResourceNotFound; a public image
//     UnauthorizedOperation.ForbiddenOperation; an image a module has as its
//     default image or an instance runs, or one still CREATING,
//     FailedOperation.ImageInUse. All or nothing.
//   - A mistyped parameter of ModifyImageAttribute (and DescribeTaskStatus)
//     is InvalidParameter: its table lacks InvalidParameter.InvalidDataFormat.
//   - CreateImage's task is numbered like EIP tasks and kept in the
//     instance's region, but DescribeTaskResult does not answer it
//     (InvalidParameterValue, unknown task): DescribeTaskStatus does.
//   - Private images count toward no quota (ResourceInsufficient.
//     InvaildPrivateImageNum is not provoked).

const (
	kindImage            = "img"
	imageCreating        = "CREATING"
	imageNormal          = "NORMAL"
	maxImageNameChars    = 20
	maxImageDescChars    = 60
	maxDeleteImageIDs    = 100
	createImageFailedMsg = "Create image failed"
)

// imageRecord is a private image of the account (state).
type imageRecord struct {
	CatalogImage
	Created time.Time `json:"created"`
	Seq     int64     `json:"seq"`
	TaskID  string    `json:"task_id,omitempty"` // while CREATING
}

func (r *imageRecord) clone() *imageRecord {
	c := *r
	if r.SrcImage != nil {
		s := *r.SrcImage
		c.SrcImage = &s
	}
	return &c
}

// lookupImage finds an image of the catalog or of the account, in any state.
func (e *state) lookupImage(id string) (*CatalogImage, bool) {
	if im, ok := e.compute.images[id]; ok {
		return im, true
	}
	if r, ok := e.PrivateImages[id]; ok {
		return &r.CatalogImage, true
	}
	return nil, false
}

// usableImage finds an image that can be launched: the catalog's, or a
// private image in NORMAL state.
func (e *state) usableImage(id string) (*CatalogImage, bool) {
	if im, ok := e.compute.images[id]; ok {
		return im, true
	}
	if r, ok := e.PrivateImages[id]; ok && r.ImageState == imageNormal {
		return &r.CatalogImage, true
	}
	return nil, false
}

func (e *state) imageNameTaken(name, except string) bool {
	for i := range e.compute.catalog.Images {
		if e.compute.catalog.Images[i].ImageName == name && e.compute.catalog.Images[i].ImageID != except {
			return true
		}
	}
	for id, r := range e.PrivateImages {
		if r.ImageName == name && id != except {
			return true
		}
	}
	return false
}

type createImageRequest struct {
	ImageName        string `json:"ImageName"`
	InstanceId       string `json:"InstanceId"`
	ImageDescription string `json:"ImageDescription"`
	ForcePoweroff    string `json:"ForcePoweroff"`
}

func (e *state) createImage(c *tencentapi.Call, req *createImageRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("ImageName", req.ImageName), tencentapi.Require("InstanceId", req.InstanceId)); aerr != nil {
		return nil, aerr
	}
	if n := utf8.RuneCountInString(req.ImageName); n > maxImageNameChars {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter ImageName has %d characters; at most %d.", n, maxImageNameChars)
	}
	if n := utf8.RuneCountInString(req.ImageDescription); n > maxImageDescChars {
		return nil, tencentapi.Errf("InvalidParameter", "The parameter ImageDescription has %d characters; at most %d.", n, maxImageDescChars)
	}
	force := false
	switch strings.ToUpper(req.ForcePoweroff) {
	case "", "FALSE":
	case "TRUE":
		force = true
	default:
		return nil, tencentapi.Errf("InvalidParameter", "The parameter ForcePoweroff=%q is invalid; valid values: TRUE, FALSE.", req.ForcePoweroff)
	}
	if aerr := checkID("InstanceId", "ein", req.InstanceId, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
		return nil, aerr
	}
	ins, ok := e.Instances[req.InstanceId]
	if !ok {
		return nil, tencentapi.Errf("UnsupportedOperation.InstanceIdNotFound", "The instance %s does not exist.", req.InstanceId)
	}
	switch {
	case ins.OpState == opOperating || (ins.State != insRunning && ins.State != insStopped):
		return nil, tencentapi.Errf("UnsupportedOperation.InvalidInstanceState", "The instance %s is %s: an image needs a RUNNING or STOPPED instance with no operation in progress.", ins.ID, ins.State)
	case ins.State == insRunning && !force:
		return nil, tencentapi.Errf("FailedOperation.InstanceNotAllStopped", "The instance %s is RUNNING: stop it or set ForcePoweroff=TRUE.", ins.ID)
	}
	if e.imageNameTaken(req.ImageName, "") {
		return nil, tencentapi.Errf("InvalidParameterValue.ImageNameDuplicate", "An image named %q already exists.", req.ImageName)
	}
	src, _ := e.lookupImage(ins.ImageID)
	if src == nil {
		src = &CatalogImage{ImageID: ins.ImageID}
	}
	id := e.newID("img", kindImage, "")
	t := e.startTask(c, ins.Region, nil, 0)
	t.ImageID = id
	rec := &imageRecord{
		CatalogImage: CatalogImage{
			ImageID: id, ImageName: req.ImageName, ImageState: imageCreating, ImageType: PrivateImage,
			ImageOsName: src.ImageOsName, ImageDescription: req.ImageDescription, ImageCreateTime: tcTime(c.Now),
			Architecture: src.Architecture, OsType: src.OsType, OsVersion: src.OsVersion, Platform: src.Platform,
			ImageSize: ins.SystemDisk.DiskSize, ImageSource: "CREATE_IMAGE", IsSupportCloudInit: src.IsSupportCloudInit,
			SrcImage: &CatalogSrcImage{
				ImageId: src.ImageID, ImageName: src.ImageName, ImageOsName: src.ImageOsName, ImageDescription: src.ImageDescription,
				Region: ins.Region, InstanceName: ins.Name, InstanceId: ins.ID, ImageType: src.ImageType,
			},
		},
		Created: c.Now, Seq: e.nextSeq(), TaskID: t.ID,
	}
	if cr, ok := e.catalog.regions[ins.Region]; ok {
		rec.SrcImage.RegionName, rec.SrcImage.RegionID = cr.RegionName, cr.RegionID
	}
	e.PrivateImages[id] = rec
	e.lagWrite(c.ReadLag, kindImage, "", id, nil)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}

// completeImage ends CreateImage's task: the image is NORMAL, or removed
// when the task failed.
func (e *state) completeImage(t *taskRecord) {
	r, ok := e.PrivateImages[t.ImageID]
	if !ok || r.ImageState != imageCreating {
		return
	}
	e.lagWrite(t.ReadLag, kindImage, "", r.ImageID, r.clone())
	if t.Outcome == taskSuccess {
		r.ImageState, r.TaskID = imageNormal, ""
		return
	}
	delete(e.PrivateImages, r.ImageID)
	delete(e.ids, r.ImageID)
}

type modifyImageAttributeRequest struct {
	ImageId          string  `json:"ImageId"`
	ImageName        *string `json:"ImageName"`
	ImageDescription *string `json:"ImageDescription"`
}

func (e *state) modifyImageAttribute(c *tencentapi.Call, req *modifyImageAttributeRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.Require("ImageId", req.ImageId); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("ImageId", "img", req.ImageId, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if req.ImageName == nil && req.ImageDescription == nil {
		return nil, tencentapi.Errf("MissingParameter.MissingImageParameter", "Give ImageName or ImageDescription.")
	}
	if req.ImageName != nil {
		if aerr := tencentapi.Require("ImageName", *req.ImageName); aerr != nil {
			return nil, aerr
		}
		if n := utf8.RuneCountInString(*req.ImageName); n > maxImageNameChars {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter ImageName has %d characters; at most %d.", n, maxImageNameChars)
		}
	}
	if req.ImageDescription != nil {
		if n := utf8.RuneCountInString(*req.ImageDescription); n > maxImageDescChars {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter ImageDescription has %d characters; at most %d.", n, maxImageDescChars)
		}
	}
	if _, public := e.compute.images[req.ImageId]; public {
		return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The image %s is not the account's: it cannot be modified.", req.ImageId)
	}
	r, ok := e.PrivateImages[req.ImageId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The image %s does not exist.", req.ImageId)
	}
	if req.ImageName != nil && e.imageNameTaken(*req.ImageName, r.ImageID) {
		return nil, tencentapi.Errf("InvalidParameterValue.ImageNameDuplicate", "An image named %q already exists.", *req.ImageName)
	}
	e.lagWrite(c.ReadLag, kindImage, "", r.ImageID, r.clone())
	if req.ImageName != nil {
		r.ImageName = *req.ImageName
	}
	if req.ImageDescription != nil {
		r.ImageDescription = *req.ImageDescription
	}
	return struct{}{}, nil
}

type deleteImageRequest struct {
	ImageIDSet []string `json:"ImageIDSet"`
}

func (e *state) deleteImage(c *tencentapi.Call, req *deleteImageRequest) (any, *tencentapi.Error) {
	if len(req.ImageIDSet) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter ImageIDSet is required.")
	}
	if len(req.ImageIDSet) > maxDeleteImageIDs {
		return nil, tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "ImageIDSet has %d IDs; at most %d.", len(req.ImageIDSet), maxDeleteImageIDs)
	}
	if aerr := checkIDs("ImageIDSet", "img", req.ImageIDSet, "InvalidParameterValue.InvalidImageID"); aerr != nil {
		return nil, aerr
	}
	var recs []*imageRecord
	for _, id := range req.ImageIDSet {
		if _, public := e.compute.images[id]; public {
			return nil, tencentapi.Errf("UnauthorizedOperation.ForbiddenOperation", "The image %s is not the account's: it cannot be deleted.", id)
		}
		r, ok := e.PrivateImages[id]
		if !ok {
			return nil, tencentapi.Errf("ResourceNotFound", "The image %s does not exist.", id)
		}
		if user := e.imageUser(id); user != "" {
			return nil, tencentapi.Errf("FailedOperation.ImageInUse", "The image %s is used by %s.", id, user)
		}
		if r.ImageState == imageCreating {
			return nil, tencentapi.Errf("FailedOperation.ImageInUse", "The image %s is being created (task %s).", id, r.TaskID)
		}
		recs = append(recs, r)
	}
	for _, r := range recs {
		e.lagWrite(c.ReadLag, kindImage, "", r.ImageID, r.clone())
		delete(e.PrivateImages, r.ImageID)
		delete(e.ids, r.ImageID)
	}
	return struct{}{}, nil
}

// imageUser names a module whose default image, or an instance whose
// image, is id ("" when none).
func (e *state) imageUser(id string) string {
	for _, m := range e.Modules {
		if m.ImageID == id {
			return "the module " + m.ID
		}
	}
	for _, ins := range e.Instances {
		if ins.ImageID == id {
			return "the instance " + ins.ID
		}
	}
	return ""
}
