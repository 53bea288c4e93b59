package ecm

import (
	"testing"
	"time"
)

// createImage makes an image from a new stopped instance; it returns the image ID and task.
// lag is the CreateImage call's ReadLag.
func (d *direct) createImage(name string, lag ...int) (string, string) {
	d.t.Helper()
	ins := d.run(d.module("m-"+name), 1)[0]
	d.now = d.now.Add(time.Second)
	if len(lag) > 0 {
		d.lag = lag[0]
	}
	task := d.ok("CreateImage", map[string]any{"InstanceId": ins, "ImageName": name, "ForcePoweroff": "TRUE"})["TaskId"].(string)
	for id, r := range d.p.state.PrivateImages {
		if r.ImageName == name {
			return id, task
		}
	}
	d.t.Fatalf("no image %s", name)
	return "", ""
}

func (d *direct) privateImages() []any {
	d.t.Helper()
	return d.ok("DescribeImage", map[string]any{"Filters": []map[string]any{{"Name": "image-type", "Values": []string{"PRIVATE_IMAGE"}}}})["ImageSet"].([]any)
}

// Private images and their tasks round-trip through the state file; a
// CREATING image completes after the reload.
func TestPrivateImagePersistence(t *testing.T) {
	d := newDirect(t)
	done, _ := d.createImage("done")
	d.now = d.now.Add(time.Second)
	creating, task := d.createImage("creating")
	before := d.ok("DescribeImage", map[string]any{"Limit": 100})
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	d2 := newDirect(t)
	d2.now = d.now
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	if after := d2.ok("DescribeImage", map[string]any{"Limit": 100}); !jsonEqual(before, after) {
		t.Fatalf("before %v\nafter %v", before, after)
	}
	if d2.p.state.ids[done].kind != kindImage || d2.p.state.ids[creating].kind != kindImage {
		t.Fatal("image IDs not registered")
	}
	status := func() string {
		return d2.ok("DescribeTaskStatus", map[string]any{"TaskSet": []any{map[string]any{"Operation": "CreateImage", "TaskId": task}}})["TaskSet"].([]any)[0].(map[string]any)["Status"].(string)
	}
	if s := status(); s != "OPERATING" {
		t.Fatalf("task %s", s)
	}
	d2.now = d2.now.Add(time.Second)
	if s := status(); s != "SUCCESS" || d2.p.state.PrivateImages[creating].ImageState != imageNormal {
		t.Fatalf("after reload: task %s, image %s", s, d2.p.state.PrivateImages[creating].ImageState)
	}
	// The finished task is forgotten after 24 h.
	d2.now = d2.now.Add(25 * time.Hour)
	d2.fails("DescribeTaskStatus", map[string]any{"TaskSet": []any{map[string]any{"Operation": "CreateImage", "TaskId": task}}}, "InvalidParameterValue.TaskNotFound")
}

// DescribeImage sees a lagged CreateImage, its completion, a rename and a
// deletion late.
func TestPrivateImageReadLag(t *testing.T) {
	d := newDirect(t)
	id, _ := d.createImage("lagged", 1)
	if n := len(d.privateImages()); n != 0 {
		t.Fatal("lagged create visible")
	}
	if set := d.privateImages(); len(set) != 1 || set[0].(map[string]any)["ImageState"] != "CREATING" {
		t.Fatalf("after the lag: %v", set)
	}
	d.lag = 1
	d.ok("ModifyImageAttribute", map[string]any{"ImageId": id, "ImageName": "renamed"})
	if set := d.privateImages(); set[0].(map[string]any)["ImageName"] != "lagged" {
		t.Fatal("lagged rename visible")
	}
	if set := d.privateImages(); set[0].(map[string]any)["ImageName"] != "renamed" {
		t.Fatal("rename not visible after the lag")
	}
	d.now = d.now.Add(time.Second)
	// The task of a lagged call completes late too (as EIP tasks do).
	if set := d.privateImages(); set[0].(map[string]any)["ImageState"] != "CREATING" {
		t.Fatal("lagged completion visible at once")
	}
	if set := d.privateImages(); set[0].(map[string]any)["ImageState"] != "NORMAL" {
		t.Fatal("completion not visible after the lag")
	}
	d.lag = 1
	d.ok("DeleteImage", map[string]any{"ImageIDSet": []string{id}})
	if n := len(d.privateImages()); n != 1 {
		t.Fatal("lagged deletion not seen late")
	}
	if n := len(d.privateImages()); n != 0 {
		t.Fatal("deleted image still listed")
	}
}
