package ecm_test

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
)

// Seed replays of the compute catalog actions (TestSeedReplay runs them).
// DescribeInstanceTypeConfig and DescribeConfig answer the examples' values
// exactly (checked here beyond the shape); DescribeImage's example asks for
// PRIVATE_IMAGE, which the sandbox account has none of: it is replayed with
// PUBLIC_IMAGE (TestCatalogSeedExamplesVerbatim sends it as written; the
// ecm package's TestDescribeImageSeedPrivateImages replays it against a
// catalog holding the example's private images).

// seedResponse decodes an example's Response.
func seedResponse(t *testing.T, out string) map[string]any {
	t.Helper()
	var doc struct{ Response map[string]any }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Response
}

// sameValues checks that every field of want is in got with the same value
// (got may have more fields: the structures' fields the examples omit).
func sameValues(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Fatalf("%s: want an object, got %v", path, got)
		}
		for k, wv := range w {
			sameValues(t, path+"."+k, wv, g[k])
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			t.Fatalf("%s: want %d elements, got %v", path, len(w), got)
		}
		for i := range w {
			sameValues(t, path+"."+strconv.Itoa(i), w[i], g[i])
		}
	default:
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%s: want %v, got %v", path, want, got)
		}
	}
}

func catalogSeedCases() []seedCase {
	return []seedCase{
		{name: "DescribeInstanceTypeConfig", action: "DescribeInstanceTypeConfig", in: seedDescribeInstanceTypeConfigIn, out: seedDescribeInstanceTypeConfigOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				want := seedResponse(t, seedDescribeInstanceTypeConfigOut)
				sameValues(t, "TotalCount", want["TotalCount"], resp["TotalCount"])
				sameValues(t, "InstanceTypeConfigSet", want["InstanceTypeConfigSet"], resp["InstanceTypeConfigSet"])
				for _, x := range resp["InstanceTypeConfigSet"].([]any) {
					if it := x.(map[string]any); it["Vgpu"] != 0.0 || it["GpuModelName"] != "" {
						t.Fatalf("GPU fields of %v", it)
					}
				}
			}},
		{name: "DescribeConfig", action: "DescribeConfig", in: seedDescribeConfigIn, out: seedDescribeConfigOut,
			check: func(t *testing.T, h *harness, resp map[string]any) {
				want := seedResponse(t, seedDescribeConfigOut)
				delete(want, "RequestId")
				sameValues(t, "Response", want, resp)
				if n := len(resp["ImageWhiteSet"].([]any)); n != 35 {
					t.Fatalf("ImageWhiteSet has %d names", n)
				}
			}},
		{name: "DescribeImage/public", action: "DescribeImage", in: seedDescribeImageIn, out: seedDescribeImageOut, ints: []string{"Offset", "Limit"},
			setup: func(h *harness) ([]string, []string) { return []string{"PRIVATE_IMAGE"}, []string{"PUBLIC_IMAGE"} },
			check: func(t *testing.T, h *harness, resp map[string]any) {
				set := resp["ImageSet"].([]any)
				if resp["TotalCount"].(float64) != 7 || len(set) != 7 {
					t.Fatalf("%v", resp)
				}
				// The example's two images, served as public ones.
				ids := map[string]map[string]any{}
				for _, x := range set {
					im := x.(map[string]any)
					ids[im["ImageId"].(string)] = im
					if im["ImageType"] != "PUBLIC_IMAGE" || im["ImageState"] != "NORMAL" {
						t.Fatalf("%v", im)
					}
				}
				for _, ex := range seedResponse(t, seedDescribeImageOut)["ImageSet"].([]any) {
					e := ex.(map[string]any)
					got := ids[e["ImageId"].(string)]
					if got == nil {
						t.Fatalf("the example's image %s is not in the catalog", e["ImageId"])
					}
					for _, k := range []string{"ImageName", "ImageOsName", "ImageDescription", "Architecture", "ImageSize"} {
						sameValues(t, k, e[k], got[k])
					}
				}
			}},
	}
}

// The DescribeImage example as written asks for the account's private
// images: a new sandbox account has none, so the answer is empty (the
// replay's shape check would fail on the empty ImageSet).
func TestCatalogSeedExamplesVerbatim(t *testing.T) {
	h := newHarness(t, Options{})
	resp := h.Ok("DescribeImage", queryToJSON(t, seedDescribeImageIn, "Offset", "Limit"))
	if resp["TotalCount"].(float64) != 0 || len(resp["ImageSet"].([]any)) != 0 {
		t.Fatalf("private images of a new account: %v", resp)
	}
}
