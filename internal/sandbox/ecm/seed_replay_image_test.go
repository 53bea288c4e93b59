package ecm_test

import (
	"testing"
	"time"
)

// Seed replays of the image actions and DescribeTaskStatus (TestSeedReplay
// runs them). The examples name an instance, images and a task that do not
// exist: each setup makes them and substitutes. Sent verbatim they fail as
// TestSeedImageExamplesVerbatim lists.

// imgCreate makes a private image from a new running instance (ForcePoweroff)
// and returns its ID and task; settle lets the task end.
func imgCreate(h *harness, name string, settle bool) (id, task string) {
	ins := insLaunch(h)
	task = h.Ok("CreateImage", map[string]any{"InstanceId": ins, "ImageName": name, "ForcePoweroff": "TRUE"})["TaskId"].(string)
	if im := imgByName(h, name); im != nil { // gone already when its task failed at once
		id = im["ImageId"].(string)
	}
	if settle {
		h.Clock.Advance(time.Minute)
	}
	return id, task
}

// imgByName is the private image named name, or nil.
func imgByName(h *harness, name string) map[string]any {
	set := h.Ok("DescribeImage", map[string]any{"Filters": []filter{{"image-type", []string{"PRIVATE_IMAGE"}}, {"image-name", []string{name}}}})["ImageSet"].([]any)
	for _, x := range set {
		if im := x.(map[string]any); im["ImageName"] == name {
			return im
		}
	}
	return nil
}

func imageSeedCases() []seedCase {
	return []seedCase{
		{name: "CreateImage", action: "CreateImage", in: seedCreateImageIn, out: seedCreateImageOut,
			setup: func(h *harness) ([]string, []string) { return []string{"ein-93sjjr8k"}, []string{insLaunch(h)} },
			check: func(t *testing.T, h *harness, _ map[string]any) {
				// The replay's sandbox has no task duration: the image is made
				// by the next call (TestCreateImageLifecycle watches CREATING).
				h.Clock.Advance(time.Minute)
				im := imgByName(h, "test_name")
				src := im["SrcImage"].(map[string]any)
				if im["ImageState"] != "NORMAL" || im["TaskId"] != "" || im["OsType"] != "linux" || im["Architecture"] != "x86_64" || src["InstanceId"] == "" || src["Region"] != testRegion ||
					im["ImageType"] != "PRIVATE_IMAGE" || im["ImageDescription"] != "test_description" {
					t.Fatalf("image made: %v", im)
				}
			}},
		{name: "ModifyImageAttribute", action: "ModifyImageAttribute", in: seedModifyImageAttributeIn, out: seedModifyImageAttributeOut,
			setup: func(h *harness) ([]string, []string) {
				id, _ := imgCreate(h, "before", true)
				return []string{"img-gvbnzy6f"}, []string{id}
			},
			check: func(t *testing.T, h *harness, _ map[string]any) {
				if im := imgByName(h, "test_name"); im == nil || im["ImageDescription"] != "test_description" {
					t.Fatalf("renamed image: %v", im)
				}
			}},
		{name: "DeleteImage", action: "DeleteImage", in: seedDeleteImageIn, out: seedDeleteImageOut,
			setup: func(h *harness) ([]string, []string) {
				id, _ := imgCreate(h, "doomed", true)
				return []string{"img-pmqg1cw9"}, []string{id}
			},
			check: func(t *testing.T, h *harness, _ map[string]any) {
				if im := imgByName(h, "doomed"); im != nil {
					t.Fatalf("deleted image listed: %v", im)
				}
			}},
		// The example's task failed: the replay's CreateImage carries a
		// task_result FAILED fault.
		{name: "DescribeTaskStatus", action: "DescribeTaskStatus", in: seedDescribeTaskStatusIn, out: seedDescribeTaskStatusOut,
			setup: func(h *harness) ([]string, []string) {
				h.S.AddFault(Fault{Action: "CreateImage", TaskResult: "FAILED", Count: 1})
				_, task := imgCreate(h, "fails", true)
				return []string{"1528600"}, []string{task}
			},
			check: func(t *testing.T, h *harness, resp map[string]any) {
				o := resp["TaskSet"].([]any)[0].(map[string]any)
				if o["Status"] != "FAILED" || o["Message"] != "Create image failed" || !beijingTime.MatchString(o["AddTime"].(string)) || !beijingTime.MatchString(o["EndTime"].(string)) {
					t.Fatalf("task: %v", o)
				}
				if im := imgByName(h, "fails"); im != nil {
					t.Fatalf("failed image kept: %v", im)
				}
			}},
	}
}

// The examples sent verbatim name nothing that exists.
func TestSeedImageExamplesVerbatim(t *testing.T) {
	for _, tc := range []struct{ action, in, want string }{
		{"CreateImage", seedCreateImageIn, "UnsupportedOperation.InstanceIdNotFound"},
		{"ModifyImageAttribute", seedModifyImageAttributeIn, "ResourceNotFound"},
		{"DeleteImage", seedDeleteImageIn, "ResourceNotFound"},
		{"DescribeTaskStatus", seedDescribeTaskStatusIn, "InvalidParameterValue.TaskNotFound"},
	} {
		t.Run(tc.action, func(t *testing.T) {
			h := newHarness(t, Options{})
			h.Fails(tc.action, queryToJSON(t, tc.in), tc.want)
		})
	}
}
