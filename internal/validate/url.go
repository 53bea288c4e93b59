package validate

import (
	"context"
	"net/url"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// HTTPURLProblem explains why raw is not an http(s) URL with a host, or returns "" if it is one.
// The provider uses it both for endpoint attributes and for the EDGECLOUD_ENDPOINT_* variables.
func HTTPURLProblem(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "\"" + raw + "\" is not a URL with an http or https scheme and a host, such as http://127.0.0.1:8787."
	}
	return ""
}

// HTTPURL validates an endpoint URL attribute with HTTPURLProblem.
func HTTPURL() validator.String { return httpURL{} }

type httpURL struct{}

func (httpURL) Description(context.Context) string {
	return "a URL with an http or https scheme and a host"
}
func (v httpURL) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (httpURL) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if msg := HTTPURLProblem(req.ConfigValue.ValueString()); msg != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid endpoint", msg)
	}
}
