package ecm_test

import (
	"strings"
	"testing"
	"time"
)

func imgTaskStatus(h *harness, task string) map[string]any {
	return h.Ok("DescribeTaskStatus", map[string]any{"TaskSet": []any{map[string]any{"Operation": "CreateImage", "TaskId": task}}})["TaskSet"].([]any)[0].(map[string]any)
}

// CreateImage's life on the fake clock: CREATING with its TaskId and an
// OPERATING task, then NORMAL and SUCCESS; listed after the public catalog;
// launchable once NORMAL, and then in use.
func TestCreateImageLifecycle(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	ins := insLaunch(h)
	h.Fails("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "mine"}, "FailedOperation.InstanceNotAllStopped")
	h.Fails("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "mine", "ForcePoweroff": "FALSE"}, "FailedOperation.InstanceNotAllStopped")
	h.Ok("StopInstances", map[string]any{"InstanceIdSet": []string{ins}})
	h.Fails("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "mine"}, "UnsupportedOperation.InvalidInstanceState") // STOPPING
	h.Clock.Advance(time.Minute)
	task := h.Ok("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "mine"})["TaskId"].(string)
	h.Fails("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "mine"}, "InvalidParameterValue.ImageNameDuplicate")
	h.Fails("CreateImage", map[string]any{"InstanceId": ins, "ImageName": "CentOS 7.6 64-bit"}, "InvalidParameterValue.ImageNameDuplicate")

	im := imgByName(h, "mine")
	id := im["ImageId"].(string)
	if im["ImageState"] != "CREATING" || im["TaskId"] != task || im["ImageSize"].(float64) != 50 {
		t.Fatalf("being created: %v", im)
	}
	if o := imgTaskStatus(h, task); o["Status"] != "OPERATING" || o["EndTime"] != "" || o["Operation"] != "CreateImage" || o["TaskId"].(float64) <= 0 {
		t.Fatalf("task: %v", o)
	}
	h.Fails("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": task}, "InvalidParameterValue")
	h.Fails("CreateModule", modParams("from creating", "DefaultImageId", id), "InvalidParameterValue.InvalidImageID")
	h.Fails("DeleteImage", map[string]any{"ImageIDSet": []string{id}}, "FailedOperation.ImageInUse")

	h.Clock.Advance(10 * time.Second)
	if o := imgTaskStatus(h, task); o["Status"] != "SUCCESS" || o["Message"] != "" || !beijingTime.MatchString(o["EndTime"].(string)) {
		t.Fatalf("task: %v", o)
	}
	all := h.Ok("DescribeImage", map[string]any{"Limit": 100})
	set := all["ImageSet"].([]any)
	last := set[len(set)-1].(map[string]any)
	if last["ImageId"] != id || last["ImageState"] != "NORMAL" || last["TaskId"] != "" || all["TotalCount"].(float64) != float64(len(set)) {
		t.Fatalf("private image not last or not NORMAL: %v", last)
	}
	if n := len(h.Ok("DescribeImage", map[string]any{"Filters": []filter{{"image-type", []string{"PUBLIC_IMAGE"}}}})["ImageSet"].([]any)); n != len(set)-1 {
		t.Fatalf("public images %d of %d", n, len(set))
	}
	if got := h.Ok("DescribeImage", map[string]any{"Filters": []filter{{"image-id", []string{id}}, {"instance-type", []string{"SN3ne.2XLARGE16"}}, {"image-os", []string{"centos"}}}})["ImageSet"].([]any); len(got) != 1 {
		t.Fatalf("filters: %v", got)
	}

	// Launchable: a module's default image, and RunInstances' ImageId.
	mod := modCreate(h, "from mine", "DefaultImageId", id)
	h.Fails("DeleteImage", map[string]any{"ImageIDSet": []string{id}}, "FailedOperation.ImageInUse")
	h.Ok("ModifyImageAttribute", map[string]any{"ImageId": id, "ImageName": "renamed"}) // renaming an image in use is fine
	h.Ok("DeleteModule", map[string]any{"ModuleId": mod})
	mod = modCreate(h, "other")
	out := h.Ok("RunInstances", map[string]any{"ModuleId": mod, "ImageId": id,
		"ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CTCC"}}})
	launched := out["InstanceIdSet"].([]any)[0].(string)
	h.Clock.Advance(time.Minute)
	got := h.Ok("DescribeInstances", map[string]any{"Filters": []filter{{"instance-id", []string{launched}}}})["InstanceSet"].([]any)[0].(map[string]any)
	if img := got["Image"].(map[string]any); img["ImageId"] != id || img["ImageType"] != "PRIVATE_IMAGE" {
		t.Fatalf("instance image: %v", img)
	}
	h.Fails("DeleteImage", map[string]any{"ImageIDSet": []string{id}}, "FailedOperation.ImageInUse")
	h.Ok("TerminateInstances", map[string]any{"InstanceIdSet": []string{launched}})
	h.Clock.Advance(time.Minute)
	h.Ok("DeleteImage", map[string]any{"ImageIDSet": []string{id}})
	if imgByName(h, "renamed") != nil {
		t.Fatal("deleted image listed")
	}
	h.Fails("DeleteImage", map[string]any{"ImageIDSet": []string{id}}, "ResourceNotFound")
}

// A task_result FAILED fault: the task ends FAILED and the image is removed.
func TestCreateImageTaskFails(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	h.S.AddFault(Fault{Action: "CreateImage", TaskResult: "FAILED", Count: 1})
	id, task := imgCreate(h, "bad", false)
	if id == "" || imgTaskStatus(h, task)["Status"] != "OPERATING" {
		t.Fatal("not creating")
	}
	h.Clock.Advance(10 * time.Second)
	if o := imgTaskStatus(h, task); o["Status"] != "FAILED" || o["Message"] != "Create image failed" {
		t.Fatalf("task %v", o)
	}
	if imgByName(h, "bad") != nil {
		t.Fatal("failed image kept")
	}
	// The name is free again.
	imgCreate(h, "bad", true)
}

// The actions' codes, provoked through the front door.
func TestImageErrorCodes(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: 10 * time.Second})
	ins := insLaunch(h)
	ci := func(extra ...any) map[string]any {
		p := map[string]any{"InstanceId": ins, "ImageName": "x", "ForcePoweroff": "TRUE"}
		for i := 0; i+1 < len(extra); i += 2 {
			p[extra[i].(string)] = extra[i+1]
		}
		return p
	}
	h.Fails("CreateImage", map[string]any{"InstanceId": ins}, "MissingParameter")
	h.Fails("CreateImage", ci("InstanceId", ""), "MissingParameter")
	h.Fails("CreateImage", ci("ImageName", strings.Repeat("n", 21)), "InvalidParameter")
	h.Fails("CreateImage", ci("ImageDescription", strings.Repeat("d", 61)), "InvalidParameter")
	h.Fails("CreateImage", ci("ForcePoweroff", "yes"), "InvalidParameter")
	h.Fails("CreateImage", ci("ForcePoweroff", true), "InvalidParameter.InvalidDataFormat")
	h.Fails("CreateImage", ci("InstanceId", "ein-BAD"), "InvalidParameterValue.InvalidInstanceID")
	h.Fails("CreateImage", ci("InstanceId", "ein-00000000"), "UnsupportedOperation.InstanceIdNotFound")
	mod := modCreate(h, "pending")
	pending := h.Ok("RunInstances", map[string]any{"ModuleId": mod,
		"ZoneInstanceCountISPSet": []any{map[string]any{"Zone": testZone, "InstanceCount": 1, "ISP": "CTCC"}}})["InstanceIdSet"].([]any)[0].(string)
	h.Fails("CreateImage", ci("InstanceId", pending), "UnsupportedOperation.InvalidInstanceState")
	h.Ok("CreateImage", ci("ImageName", strings.Repeat("名", 20), "ImageDescription", strings.Repeat("d", 60), "ForcePoweroff", "true"))

	id, _ := imgCreate(h, "a", true)
	h.Clock.Advance(time.Minute)
	imgCreate(h, "b", true)
	mi := func(p map[string]any, want string) { h.Fails("ModifyImageAttribute", p, want) }
	mi(map[string]any{"ImageName": "c"}, "MissingParameter")
	mi(map[string]any{"ImageId": id}, "MissingParameter.MissingImageParameter")
	mi(map[string]any{"ImageId": "img-X", "ImageName": "c"}, "InvalidParameterValue")
	mi(map[string]any{"ImageId": id, "ImageName": strings.Repeat("n", 21)}, "InvalidParameterValue")
	mi(map[string]any{"ImageId": id, "ImageDescription": strings.Repeat("d", 61)}, "InvalidParameterValue")
	mi(map[string]any{"ImageId": id, "ImageName": ""}, "MissingParameter")
	mi(map[string]any{"ImageId": id, "ImageName": 5}, "InvalidParameter")
	mi(map[string]any{"ImageId": "img-00000000", "ImageName": "c"}, "ResourceNotFound")
	mi(map[string]any{"ImageId": "img-9qabwvbn", "ImageName": "c"}, "FailedOperation.OperationNotAllow")
	mi(map[string]any{"ImageId": id, "ImageName": "b"}, "InvalidParameterValue.ImageNameDuplicate")
	h.Ok("ModifyImageAttribute", map[string]any{"ImageId": id, "ImageName": "a"}) // its own name
	h.Ok("ModifyImageAttribute", map[string]any{"ImageId": id, "ImageDescription": ""})

	di := func(ids any, want string) { h.Fails("DeleteImage", map[string]any{"ImageIDSet": ids}, want) }
	di([]string{}, "MissingParameter")
	di("img-1", "InvalidParameter.InvalidDataFormat")
	di([]string{"img-X"}, "InvalidParameterValue.InvalidImageID")
	many := make([]string, 101)
	for i := range many {
		many[i] = id
	}
	di(many, "InvalidParameterValue.ParameterValueTooLarge")
	di([]string{id, "img-9qabwvbn"}, "UnauthorizedOperation.ForbiddenOperation")
	di([]string{id, "img-00000000"}, "ResourceNotFound")
	if imgByName(h, "a") == nil {
		t.Fatal("a refused DeleteImage deleted something")
	}

	ts := func(set any, want string) { h.Fails("DescribeTaskStatus", map[string]any{"TaskSet": set}, want) }
	ts([]any{}, "InvalidParameter")
	ts([]any{map[string]any{"Operation": "CreateImage"}}, "InvalidParameter")
	ts([]any{map[string]any{"Operation": "CreateImage", "TaskId": []int{1}}}, "InvalidParameter")
	ts("x", "InvalidParameter")
	ts([]any{map[string]any{"Operation": "CreateImage", "TaskId": "abc"}}, "InvalidParameterValue.TaskNotFound")
	ts([]any{map[string]any{"Operation": "CreateImage", "TaskId": "99999999"}}, "InvalidParameterValue.TaskNotFound")
	_, eipTask := h.Allocate(1)
	ts([]any{map[string]any{"Operation": "AllocateAddresses", "TaskId": eipTask}}, "InvalidParameterValue.TaskNotFound")
	_, task := imgCreate(h, "c", false)
	ts([]any{map[string]any{"Operation": "DeleteImage", "TaskId": task}}, "InvalidParameterValue.TaskNotFound")
	// Numbers are accepted, and several tasks answer in order.
	got := h.Ok("DescribeTaskStatus", map[string]any{"TaskSet": []any{
		map[string]any{"Operation": "CreateImage", "TaskId": task},
		map[string]any{"Operation": "CreateImage", "TaskId": 0 + mustAtoi(t, task)},
	}})["TaskSet"].([]any)
	if len(got) != 2 || got[1].(map[string]any)["Status"] != "OPERATING" {
		t.Fatalf("task set %v", got)
	}
}

func mustAtoi(t *testing.T, s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a number: %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}
