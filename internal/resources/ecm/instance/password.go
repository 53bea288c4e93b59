package instance

// Plan-time checks of the write-only password (catalog §2.3 RunInstances / ResetInstancesPassword).

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

const passwordSpecials = "()~!@#$%^&-+=|{}[]:;',.?/"

// passwordRule is what a password must be for one action and operating system.
type passwordRule struct {
	min, max, classes int
	what              string
}

// rule picks the document's rule: creation allows 8–30 characters (Windows 12–30), a reset 8–16
// (Windows 12–16); Linux needs two kinds of characters, Windows three.
func rule(reset, windows bool) passwordRule {
	r := passwordRule{min: 8, max: 30, classes: 2, what: "at creation"}
	if windows {
		r.min, r.classes = 12, 3
	}
	if reset {
		r.max, r.what = 16, "on a reset"
	}
	return r
}

// check returns what is wrong with p under r, or "".
func (r passwordRule) check(p string) string {
	if n := len([]rune(p)); n < r.min || n > r.max {
		return fmt.Sprintf("must be %d to %d characters %s, not %d", r.min, r.max, r.what, n)
	}
	var lower, upper, digit, special bool
	for _, c := range p {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		case strings.ContainsRune(passwordSpecials, c):
			special = true
		default:
			return fmt.Sprintf("may only hold letters, digits and %s, not %q", passwordSpecials, c)
		}
	}
	kinds := 0
	for _, k := range []bool{lower || upper, digit, special} {
		if k {
			kinds++
		}
	}
	if r.classes == 3 {
		kinds = 0
		for _, k := range []bool{lower, upper, digit, special} {
			if k {
				kinds++
			}
		}
	}
	if kinds < r.classes {
		return fmt.Sprintf("needs at least %d kinds of characters (letters, digits, %s)", r.classes, passwordSpecials)
	}
	return ""
}

// ModifyPlan checks the password against the rule of what the plan will do with it: the creation
// rule for a new instance, the reset rule when password_version changes; and the password needs a
// password_version to be applied to an existing instance.
func (r *instanceResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var password types.String
	var plan resourceModel
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password"), &password)...)
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() || password.IsNull() || password.IsUnknown() {
		return
	}
	creating := req.State.Raw.IsNull()
	if !creating {
		var state resourceModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		if plan.PasswordVersion.Equal(state.PasswordVersion) {
			return // the password is not applied by this plan
		}
	}
	windows := r.windowsImage(ctx, plan.ImageID)
	if problem := rule(!creating, windows).check(password.ValueString()); problem != "" {
		resp.Diagnostics.AddAttributeError(path.Root("password"), "Invalid instance password", "The password "+problem+".")
	}
}

// windowsImage reports whether the image is a Windows one, when it is known and can be read.
func (r *instanceResource) windowsImage(ctx context.Context, image types.String) bool {
	if r.Conn() == nil || image.IsNull() || image.IsUnknown() {
		return false
	}
	out, err := r.Conn().ECM.DescribeImage(ctx, ecm.DescribeImageRequest{Filters: []tencent.Filter{{Name: "image-id", Values: []string{image.ValueString()}}}})
	if err != nil || len(out.ImageSet) == 0 {
		return false
	}
	os := strings.ToLower(out.ImageSet[0].OsType + " " + out.ImageSet[0].ImageOsName)
	return strings.Contains(os, "windows")
}
