package ecm_test

import (
	"testing"
)

// DescribeImage's filters and paging, DescribeInstanceTypeConfig's and
// DescribeConfig's (lack of) input, through the whole sandbox against the
// default compute catalog (7 public images, 17 instance types).

func images(t *testing.T, h *harness, params map[string]any) (ids []string, total int) {
	t.Helper()
	if params == nil {
		params = map[string]any{}
	}
	resp := h.Ok("DescribeImage", params)
	for _, x := range resp["ImageSet"].([]any) {
		ids = append(ids, x.(map[string]any)["ImageId"].(string))
	}
	return ids, int(resp["TotalCount"].(float64))
}

func imageFilter(name string, values ...string) map[string]any {
	return map[string]any{"Filters": []filter{{name, values}}}
}

func TestDescribeImageFilters(t *testing.T) {
	h := newHarness(t, Options{})
	all, total := images(t, h, nil)
	if total != 7 || len(all) != 7 || all[0] != "img-9qabwvbn" || all[6] != "img-w2019dc0" {
		t.Fatalf("default catalog: %v (%d)", all, total)
	}
	for _, tc := range []struct {
		name   string
		params map[string]any
		want   int
	}{
		{"public", imageFilter("image-type", "PUBLIC_IMAGE"), 7},
		{"private: none for a new account", imageFilter("image-type", "PRIVATE_IMAGE"), 0},
		{"both types", imageFilter("image-type", "PRIVATE_IMAGE", "PUBLIC_IMAGE"), 7},
		{"image-id", imageFilter("image-id", "img-oikl1tzv"), 1},
		{"image-id, values ORed", imageFilter("image-id", "img-oikl1tzv", "img-q9fy0if9", "img-zzzzzzzz"), 2},
		{"unknown image-id", imageFilter("image-id", "img-zzzzzzzz"), 0},
		{"image-name fuzzy, any case", imageFilter("image-name", "centos"), 4},
		{"image-name substring", imageFilter("image-name", "Bare Metal"), 1},
		{"image-os", imageFilter("image-os", "Ubuntu"), 1},
		{"image-os windows", imageFilter("image-os", "windows server"), 1},
		{"instance-type", imageFilter("instance-type", "SN3ne.SMALL2"), 7},
		{"unknown instance-type matches nothing", imageFilter("instance-type", "SN9.HUGE"), 0},
		{"filters ANDed", map[string]any{"Filters": []filter{{"image-os", []string{"CentOS"}}, {"image-id", []string{"img-060ov1xz", "img-q9fy0if9"}}}}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids, total := images(t, h, tc.params)
			if total != tc.want || len(ids) != tc.want {
				t.Fatalf("%v: %v (TotalCount %d), want %d", tc.params, ids, total, tc.want)
			}
		})
	}
	ids, _ := images(t, h, imageFilter("image-os", "CentOS 7.5"))
	if len(ids) != 1 || ids[0] != "img-oikl1tzv" {
		t.Fatalf("CentOS 7.5: %v", ids)
	}
}

func TestDescribeImagePaging(t *testing.T) {
	h := newHarness(t, Options{})
	all, _ := images(t, h, nil)
	for _, tc := range []struct {
		offset, limit int
		want          []string
	}{
		{0, 2, all[:2]}, {2, 2, all[2:4]}, {6, 5, all[6:]}, {7, 5, nil}, {100, 1, nil}, {0, 0, all}, {1, 100, all[1:]},
	} {
		ids, total := images(t, h, map[string]any{"Offset": tc.offset, "Limit": tc.limit})
		if total != 7 || len(ids) != len(tc.want) {
			t.Fatalf("Offset %d Limit %d: %v (%d)", tc.offset, tc.limit, ids, total)
		}
		for i := range ids {
			if ids[i] != tc.want[i] {
				t.Fatalf("Offset %d Limit %d: %v, want %v", tc.offset, tc.limit, ids, tc.want)
			}
		}
	}
}

func TestDescribeImageErrors(t *testing.T) {
	h := newHarness(t, Options{})
	eleven := make([]filter, 11)
	for i := range eleven {
		eleven[i] = filter{"image-type", []string{"PUBLIC_IMAGE"}}
	}
	for _, tc := range []struct {
		name   string
		params any
		want   string
	}{
		{"11 filters", map[string]any{"Filters": eleven}, "InvalidParameterValue.ParameterValueTooLarge"},
		{"two image-name values", imageFilter("image-name", "a", "b"), "InvalidParameterValue.ParameterValueTooLarge"},
		{"two image-os values", imageFilter("image-os", "a", "b"), "InvalidParameterValue.ParameterValueTooLarge"},
		{"101 values", imageFilter("image-id", make101("img")...), "InvalidParameterValue.ParameterValueTooLarge"},
		{"unknown filter", imageFilter("image-size", "50"), "InvalidParameterValue.InvalidFilter"},
		{"no filter name", imageFilter("", "x"), "InvalidParameterValue.InvalidFilter"},
		{"no values", map[string]any{"Filters": []map[string]any{{"Name": "image-id"}}}, "MissingParameter.MissingImageParameter"},
		{"bad image-type", imageFilter("image-type", "SHARED_IMAGE"), "InvalidParameterValue.InvalidFilter"},
		{"malformed image-id", imageFilter("image-id", "sg-1dd51d"), "InvalidParameterValue.InvalidImageID"},
		{"upper-case image-id", imageFilter("image-id", "img-ABCDEFGH"), "InvalidParameterValue.InvalidImageID"},
		{"negative offset", map[string]any{"Offset": -1}, "InvalidParameterValue.InvaildPageParam"},
		{"limit 101", map[string]any{"Limit": 101}, "InvalidParameterValue.InvaildPageParam"},
		{"negative limit", map[string]any{"Limit": -1}, "InvalidParameterValue.InvaildPageParam"},
		{"limit a string", map[string]any{"Limit": "10"}, "InvalidParameter.InvalidDataFormat"},
		{"filter values a string", map[string]any{"Filters": []map[string]any{{"Name": "image-id", "Values": "img-oikl1tzv"}}}, "InvalidParameter.InvalidDataFormat"},
		{"EcmRegion", map[string]any{"EcmRegion": "ap-hangzhou-ecm"}, "UnknownParameter"},
	} {
		t.Run(tc.name, func(t *testing.T) { h.Fails("DescribeImage", tc.params, tc.want) })
	}
}

func make101(prefix string) []string {
	out := make([]string, 101)
	for i := range out {
		out[i] = prefix + "-" + string(rune('a'+i%26)) + "0000000"
	}
	return out
}

func TestDescribeInstanceTypeConfigAndConfigTakeNoInput(t *testing.T) {
	h := newHarness(t, Options{})
	for _, action := range []string{"DescribeInstanceTypeConfig", "DescribeConfig"} {
		h.Ok(action, map[string]any{})
		h.Fails(action, map[string]any{"Limit": 10}, "UnknownParameter")
		h.Fails(action, "[]", "InvalidParameter.InvalidDataFormat")
	}
	resp := h.Ok("DescribeInstanceTypeConfig", nil)
	if resp["TotalCount"].(float64) != 17 || len(resp["InstanceTypeConfigSet"].([]any)) != 17 {
		t.Fatalf("%v", resp)
	}
}

// The catalogs are not state: a reset keeps them.
func TestComputeCatalogSurvivesReset(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.Reset()
	if _, total := images(t, h, nil); total != 7 {
		t.Fatalf("images after reset: %d", total)
	}
	if n := h.Ok("DescribeInstanceTypeConfig", nil)["TotalCount"].(float64); n != 17 {
		t.Fatalf("instance types after reset: %v", n)
	}
}
