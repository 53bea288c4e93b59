package ecm

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// The compute catalog as data: validation, replacement, copies, JSON; and
// DescribeImage over a catalog with private images and restricted types
// (called directly: the core's options do not carry a compute catalog yet).

func TestDefaultComputeCatalogIsValid(t *testing.T) {
	c := DefaultComputeCatalog()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(c.InstanceTypes) != 17 || len(c.Images) != 7 || len(c.Config.ImageWhiteSet) != 35 || len(c.Config.InstanceNetworkLimitConfigs) != 12 {
		t.Fatalf("default catalog sizes: %d types, %d images, %d white, %d limits",
			len(c.InstanceTypes), len(c.Images), len(c.Config.ImageWhiteSet), len(c.Config.InstanceNetworkLimitConfigs))
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseComputeCatalog(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, c) {
		t.Fatalf("JSON round trip changed the catalog:\n%+v\n%+v", back, c)
	}
}

func TestComputeCatalogValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(c *ComputeCatalog)
		want   string
	}{
		{"no types", func(c *ComputeCatalog) { c.InstanceTypes = nil }, "no instance types"},
		{"repeated type", func(c *ComputeCatalog) { c.InstanceTypes[1].InstanceType = c.InstanceTypes[0].InstanceType }, "repeated"},
		{"malformed type", func(c *ComputeCatalog) { c.InstanceTypes[0].InstanceType = "big" }, "malformed"},
		{"no memory", func(c *ComputeCatalog) { c.InstanceTypes[0].Memory = 0 }, "positive"},
		{"no family", func(c *ComputeCatalog) { c.InstanceTypes[0].InstanceFamily = "" }, "no family"},
		{"bandwidth range", func(c *ComputeCatalog) { c.Config.NetworkStorageRange.MinBandwidth = 5000 }, "bandwidth"},
		{"network limits order", func(c *ComputeCatalog) { c.Config.InstanceNetworkLimitConfigs[1].CpuNum = 1 }, "increasing"},
		{"malformed image ID", func(c *ComputeCatalog) { c.Images[0].ImageID = "image-1" }, "malformed"},
		{"repeated image", func(c *ComputeCatalog) { c.Images[1].ImageID = c.Images[0].ImageID }, "repeated"},
		{"image type", func(c *ComputeCatalog) { c.Images[0].ImageType = "SHARED_IMAGE" }, "neither"},
		{"image name", func(c *ComputeCatalog) { c.Images[0].ImageName = "" }, "no name"},
		{"unknown supported type", func(c *ComputeCatalog) { c.Images[0].InstanceTypes = []string{"SN9.HUGE"} }, "no instance type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultComputeCatalog()
			tc.change(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want an error about %q, got %v", tc.want, err)
			}
			if err := New().SetComputeCatalog(c); err == nil {
				t.Fatal("SetComputeCatalog accepted an invalid catalog")
			}
		})
	}
	if _, err := ParseComputeCatalog([]byte(`{"instance_types": 1}`)); err == nil {
		t.Fatal("malformed JSON accepted")
	}
}

// The catalog served is the product's copy: the caller's later edits and
// edits to what ComputeCatalog returns do not reach it.
func TestComputeCatalogIsCopied(t *testing.T) {
	p := New()
	c := DefaultComputeCatalog()
	if err := p.SetComputeCatalog(c); err != nil {
		t.Fatal(err)
	}
	c.Images[0].ImageName = "changed"
	c.Config.ImageWhiteSet[0] = "changed"
	got := p.ComputeCatalog()
	got.InstanceTypes[0].Vcpu = 99
	if again := p.ComputeCatalog(); again.Images[0].ImageName == "changed" || again.Config.ImageWhiteSet[0] == "changed" || again.InstanceTypes[0].Vcpu == 99 {
		t.Fatal("the catalog served shares memory with a caller's copy")
	}
}

// seedPrivateImages are DescribeImage's example images (L13287-L13398), as
// the example writes them: private images of account 251006057.
func seedPrivateImages() []CatalogImage {
	src := &CatalogSrcImage{ImageDescription: "xx", InstanceId: "xx", Region: "xx", RegionID: 0, ImageId: "xx",
		ImageName: "xx", RegionName: "xx", InstanceName: "xx", ImageType: "xx", ImageOsName: "xx"}
	private := func(id, name, arch string) CatalogImage {
		return CatalogImage{ImageID: id, ImageName: name, ImageState: "NORMAL", ImageType: PrivateImage, ImageOwner: 251006057,
			ImageOsName: name, ImageDescription: name, Architecture: arch, OsType: "CentOS", Platform: "", OsVersion: name,
			ImageCreateTime: "2019-07-22 20:48:14", ImageSize: 50, ImageSource: "xx", SrcImage: src}
	}
	return []CatalogImage{private("img-060ov1xz", "CentOS 6.9 32-bit", "i386"), private("img-1tyt4apn", "CentOS 7.4 Bare Metal 64-bit", "x86_64")}
}

// DescribeImage's example, sent as written to a catalog holding its private
// images instead of the public ones of the same IDs, answers the example's
// images field for field.
func TestDescribeImageSeedPrivateImages(t *testing.T) {
	d := newDirect(t)
	c := DefaultComputeCatalog()
	var public []CatalogImage
	for _, im := range c.Images {
		if im.ImageID != "img-060ov1xz" && im.ImageID != "img-1tyt4apn" {
			public = append(public, im)
		}
	}
	c.Images = append(seedPrivateImages(), public...)
	if err := d.p.SetComputeCatalog(c); err != nil {
		t.Fatal(err)
	}
	resp := d.ok("DescribeImage", map[string]any{"Offset": 0, "Limit": 10, "Filters": []map[string]any{{"Name": "image-type", "Values": []string{"PRIVATE_IMAGE"}}}})
	want := []map[string]any{}
	example := `[{"ImageId":"img-060ov1xz","ImageName":"CentOS 6.9 32-bit","ImageState":"NORMAL","ImageType":"PRIVATE_IMAGE","ImageOwner":251006057,"ImageOsName":"CentOS 6.9 32-bit","ImageDescription":"CentOS 6.9 32-bit","Architecture":"i386","OsType":"CentOS","Platform":"","OsVersion":"CentOS 6.9 32-bit","ImageCreateTime":"2019-07-22 20:48:14","ImageSize":50,"ImageSource":"xx","SrcImage":{"ImageDescription":"xx","InstanceId":"xx","Region":"xx","RegionID":0,"ImageId":"xx","ImageName":"xx","RegionName":"xx","InstanceName":"xx","ImageType":"xx","ImageOsName":"xx"}},` +
		`{"ImageId":"img-1tyt4apn","ImageName":"CentOS 7.4 Bare Metal 64-bit","ImageState":"NORMAL","ImageType":"PRIVATE_IMAGE","ImageOwner":251006057,"ImageOsName":"CentOS 7.4 Bare Metal 64-bit","ImageDescription":"CentOS 7.4 Bare Metal 64-bit","Architecture":"x86_64","OsType":"CentOS","Platform":"","OsVersion":"CentOS 7.4 Bare Metal 64-bit","ImageCreateTime":"2019-07-22 20:48:14","ImageSize":50,"ImageSource":"xx","SrcImage":{"ImageDescription":"xx","InstanceId":"xx","Region":"xx","RegionID":0,"ImageId":"xx","ImageName":"xx","RegionName":"xx","InstanceName":"xx","ImageType":"xx","ImageOsName":"xx"}}]`
	if err := json.Unmarshal([]byte(example), &want); err != nil {
		t.Fatal(err)
	}
	set := resp["ImageSet"].([]any)
	if resp["TotalCount"].(float64) != 2 || len(set) != 2 {
		t.Fatalf("%v", resp)
	}
	for i, w := range want {
		g := set[i].(map[string]any)
		for k, v := range w {
			if !reflect.DeepEqual(g[k], v) {
				t.Fatalf("image %d %s: want %v, got %v", i, k, v, g[k])
			}
		}
	}
	if n := len(d.ok("DescribeImage", map[string]any{"Filters": []map[string]any{{"Name": "image-type", "Values": []string{"PUBLIC_IMAGE"}}}})["ImageSet"].([]any)); n != 5 {
		t.Fatalf("public images: %d", n)
	}
}

// An image restricted to some instance types matches only those.
func TestDescribeImageInstanceTypeRestriction(t *testing.T) {
	d := newDirect(t)
	c := DefaultComputeCatalog()
	c.Images[0].InstanceTypes = []string{"SN3ne.SMALL2", "SN3ne.SMALL4"}
	if err := d.p.SetComputeCatalog(c); err != nil {
		t.Fatal(err)
	}
	count := func(types ...string) int {
		resp := d.ok("DescribeImage", map[string]any{"Filters": []map[string]any{{"Name": "instance-type", "Values": types}}})
		return int(resp["TotalCount"].(float64))
	}
	if n := count("SN3ne.SMALL2"); n != 7 {
		t.Fatalf("SMALL2: %d", n)
	}
	if n := count("SN3ne.LARGE8"); n != 6 {
		t.Fatalf("LARGE8: %d", n)
	}
	if n := count("SN3ne.LARGE8", "SN3ne.SMALL4"); n != 7 {
		t.Fatalf("LARGE8 or SMALL4: %d", n)
	}
}

// A replaced catalog is what the three actions answer, and Reset keeps it.
func TestSetComputeCatalogServed(t *testing.T) {
	d := newDirect(t)
	c := ComputeCatalog{
		InstanceTypes: []CatalogInstanceType{{InstanceType: "GN7.LARGE20", InstanceFamily: "GN7", InstanceFamilyName: "GPU", Vcpu: 4, Memory: 20, Vgpu: 0.5, GpuModelName: "NVIDIA T4"}},
		Config:        CatalogConfig{NetworkStorageRange: NetworkStorageRange{MinBandwidth: 1, MaxBandwidth: 10}, DefaultIPDirect: false, MaxImageSize: 50},
		Images:        []CatalogImage{{ImageID: "img-aaaaaaaa", ImageName: "Mine", ImageType: PrivateImage, ImageOsName: "Other Linux", Architecture: "x86_64", OsType: "linux", ImageSize: 20}},
	}
	if err := d.p.SetComputeCatalog(c); err != nil {
		t.Fatal(err)
	}
	d.p.state.Reset()
	types := d.ok("DescribeInstanceTypeConfig", map[string]any{})["InstanceTypeConfigSet"].([]any)
	if len(types) != 1 || types[0].(map[string]any)["Vgpu"] != 0.5 || types[0].(map[string]any)["GpuModelName"] != "NVIDIA T4" {
		t.Fatalf("%v", types)
	}
	cfg := d.ok("DescribeConfig", map[string]any{})
	if cfg["DefaultIPDirect"] != false || cfg["ImageLimits"].(map[string]any)["MaxImageSize"] != 50.0 ||
		len(cfg["ImageWhiteSet"].([]any)) != 0 || len(cfg["InstanceNetworkLimitConfigs"].([]any)) != 0 {
		t.Fatalf("%v", cfg)
	}
	im := d.ok("DescribeImage", map[string]any{})["ImageSet"].([]any)[0].(map[string]any)
	if im["ImageId"] != "img-aaaaaaaa" || im["ImageState"] != "NORMAL" || im["SrcImage"].(map[string]any)["RegionID"] != 0.0 {
		t.Fatalf("%v", im)
	}
}
