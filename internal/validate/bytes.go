package validate

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// MaxBytes limits a string's length in UTF-8 bytes, the unit the ECM document uses for names
// ("up to 60 bytes"): a name of 30 Chinese characters is 90 bytes and is refused by the API.
func MaxBytes(n int) validator.String { return maxBytes(n) }

type maxBytes int

func (m maxBytes) Description(context.Context) string {
	return fmt.Sprintf("at most %d bytes in UTF-8", int(m))
}
func (m maxBytes) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (m maxBytes) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if l := len(req.ConfigValue.ValueString()); l > int(m) {
		resp.Diagnostics.AddAttributeError(req.Path, "Value too long", fmt.Sprintf("The value is %d bytes long; the API accepts at most %d bytes (UTF-8).", l, int(m)))
	}
}
