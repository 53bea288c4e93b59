package ecm_test

import (
	"fmt"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// catalogProvocations is TestErrorCodeConformance's part for the compute
// catalog actions (global, read-only: DescribeInstanceTypeConfig and
// DescribeConfig take no input at all).
func catalogProvocations(t *testing.T) {
	t.Helper()
	h := sandboxtest.New(t, sandbox.Options{})
	fail := func(action string, params any) {
		t.Helper()
		if resp, code := h.Call(action, params); code == "" {
			t.Errorf("%s %v succeeded: %v", action, params, resp)
		}
	}
	f := func(name string, values ...string) map[string]any {
		return map[string]any{"Filters": []map[string]any{{"Name": name, "Values": values}}}
	}
	many := make([]string, 101)
	for i := range many {
		many[i] = fmt.Sprintf("img-%08x", i)
	}
	eleven := make([]map[string]any, 11)
	for i := range eleven {
		eleven[i] = map[string]any{"Name": "image-type", "Values": []string{"PUBLIC_IMAGE"}}
	}

	for _, a := range []string{"DescribeInstanceTypeConfig", "DescribeConfig"} {
		fail(a, map[string]any{"Filters": []any{}})
		fail(a, map[string]any{"Offset": 0})
		fail(a, "[]")
	}

	fail("DescribeImage", map[string]any{"Filters": eleven})
	fail("DescribeImage", f("image-id", many...))
	fail("DescribeImage", f("image-name", "a", "b"))
	fail("DescribeImage", f("image-os", "a", "b"))
	fail("DescribeImage", f("no-such-filter", "x"))
	fail("DescribeImage", f("", "x"))
	fail("DescribeImage", map[string]any{"Filters": []map[string]any{{"Name": "image-id"}}})
	fail("DescribeImage", f("image-type", "SHARED_IMAGE"))
	fail("DescribeImage", f("image-id", "sg-1dd51d"))
	fail("DescribeImage", f("image-id", "img-BAD!"))
	fail("DescribeImage", map[string]any{"Offset": -1})
	fail("DescribeImage", map[string]any{"Limit": 101})
	fail("DescribeImage", map[string]any{"Limit": -5})
	fail("DescribeImage", map[string]any{"Limit": "ten"})
	fail("DescribeImage", map[string]any{"Filters": "image-type"})
	fail("DescribeImage", map[string]any{"Filters": []map[string]any{{"Name": "image-id", "Values": "img-oikl1tzv"}}})
	fail("DescribeImage", map[string]any{"ImageIds": []string{"img-oikl1tzv"}})
	// Not errors: an unknown image or instance type matches nothing.
	h.Ok("DescribeImage", f("image-id", "img-zzzzzzzz"))
	h.Ok("DescribeImage", f("instance-type", "SN9.HUGE"))
}
