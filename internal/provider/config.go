package provider

import (
	"context"
	"os"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

type providerModel struct {
	SecretID      types.String    `tfsdk:"secret_id"`
	SecretKey     types.String    `tfsdk:"secret_key"`
	SecurityToken types.String    `tfsdk:"security_token"`
	Region        types.String    `tfsdk:"region"`
	Profile       types.String    `tfsdk:"profile"`
	ECMRegion     types.String    `tfsdk:"ecm_region"`
	Endpoints     *endpointsModel `tfsdk:"endpoints"`
	RateLimit     types.Float64   `tfsdk:"rate_limit"`
	MaxRetries    types.Int64     `tfsdk:"max_retries"`
	SharedLimit   types.Bool      `tfsdk:"shared_rate_limit"`

	HuaweiAccessKey     types.String `tfsdk:"huawei_access_key"`
	HuaweiSecretKey     types.String `tfsdk:"huawei_secret_key"`
	HuaweiSecurityToken types.String `tfsdk:"huawei_security_token"`
	HuaweiRegion        types.String `tfsdk:"huawei_region"`
	HuaweiProjectID     types.String `tfsdk:"huawei_project_id"`
}

type endpointsModel struct {
	ECM      types.String `tfsdk:"ecm"`
	VPC      types.String `tfsdk:"vpc"`
	EdgeZone types.String `tfsdk:"edgezone"`
	TaurusDB types.String `tfsdk:"taurusdb"`
}

const defaultMaxRetries = 10

// conn resolves every setting (attribute, then environment, then profile) and builds the clients.
// Unknown values (credentials computed by another resource) resolve as unset: Terraform configures the
// provider again with known values before it applies.
func (m providerModel) conn(ctx context.Context, version string) (*conn.Conn, diag.Diagnostics) {
	cfg, ecmRegion, diags := m.resolve(version)
	hcfg := m.resolveHuawei(cfg, &diags)
	if diags.HasError() {
		return nil, diags
	}
	tflog.Debug(ctx, "edgecloud provider configured", map[string]any{
		"ecm_region": ecmRegion, "endpoints": cfg.Endpoints, "rate_limit": cfg.RateLimit, "max_retries": cfg.MaxRetries,
		"shared_rate_limit": sharedLimitName(cfg.SharedRateLimit), "rate_limit_dir": cfg.RateLimitDir,
		"has_credentials": cfg.SecretID != "",
		"huawei_region":   hcfg.Region, "huawei_project_id": hcfg.ProjectID, "has_huawei_credentials": hcfg.AccessKey != "",
	})
	return conn.New(cfg, ecmRegion).WithHuawei(hcfg), diags
}

// resolveHuawei is the Huawei Cloud configuration: its own credentials, region and project
// (attribute, then the environment variables of the Huawei provider), the taurusdb endpoint, and
// the request-path settings the Tencent configuration already resolved (rate_limit, max_retries,
// shared_rate_limit). Nothing here is required: a provider used only for Tencent Cloud has no
// Huawei settings, and a Huawei call then names what is missing.
func (m providerModel) resolveHuawei(t tencent.Config, diags *diag.Diagnostics) huawei.Config {
	cfg := huawei.Config{
		AccessKey:       setting(m.HuaweiAccessKey, "HW_ACCESS_KEY"),
		SecretKey:       setting(m.HuaweiSecretKey, "HW_SECRET_KEY"),
		SecurityToken:   setting(m.HuaweiSecurityToken, "HW_SECURITY_TOKEN"),
		Region:          setting(m.HuaweiRegion, "HW_REGION_NAME"),
		ProjectID:       setting(m.HuaweiProjectID, "HW_PROJECT_ID"),
		Endpoints:       map[string]string{},
		RateLimit:       t.RateLimit,
		MaxRetries:      t.MaxRetries,
		SharedRateLimit: t.SharedRateLimit,
		RateLimitDir:    t.RateLimitDir,
		UserAgent:       t.UserAgent,
	}
	switch {
	case cfg.AccessKey != "" && cfg.SecretKey == "":
		diags.AddAttributeError(path.Root("huawei_secret_key"), "Missing huawei_secret_key",
			"huawei_access_key is set but huawei_secret_key is not: set huawei_secret_key or HW_SECRET_KEY.")
	case cfg.AccessKey == "" && cfg.SecretKey != "":
		diags.AddAttributeError(path.Root("huawei_access_key"), "Missing huawei_access_key",
			"huawei_secret_key is set but huawei_access_key is not: set huawei_access_key or HW_ACCESS_KEY.")
	}
	if cfg.Region != "" && !regionbase.Pattern.MatchString(cfg.Region) {
		diags.AddAttributeError(path.Root("huawei_region"), "Invalid Huawei Cloud region",
			"\""+cfg.Region+"\" is not a Huawei Cloud region such as cn-north-4.")
	}
	if cfg.ProjectID != "" && !huawei.ProjectIDPattern.MatchString(cfg.ProjectID) {
		diags.AddAttributeError(path.Root("huawei_project_id"), "Invalid Huawei Cloud project ID",
			"\""+cfg.ProjectID+"\" is not a project ID: 32 letters and digits.")
	}
	var ep endpointsModel
	if m.Endpoints != nil {
		ep = *m.Endpoints
	}
	if u := setting(ep.TaurusDB, "EDGECLOUD_ENDPOINT_TAURUSDB"); u != "" {
		if err := validate.HTTPURLProblem(u); err != "" {
			diags.AddAttributeError(path.Root("endpoints").AtName("taurusdb"), "Invalid endpoint", err)
		}
		cfg.Endpoints[huawei.ServiceTaurusDB] = u
	}
	return cfg
}

// resolve turns the model and the environment into the client configuration and the default ECM region.
func (m providerModel) resolve(version string) (tencent.Config, string, diag.Diagnostics) {
	var diags diag.Diagnostics
	cfg := tencent.Config{
		SecretID:      setting(m.SecretID, "TENCENTCLOUD_SECRET_ID"),
		SecretKey:     setting(m.SecretKey, "TENCENTCLOUD_SECRET_KEY"),
		SecurityToken: setting(m.SecurityToken, "TENCENTCLOUD_SECURITY_TOKEN"),
		Region:        setting(m.Region, "TENCENTCLOUD_REGION"),
		Endpoints:     map[string]string{},
		RateLimit:     20,
		MaxRetries:    defaultMaxRetries,
		UserAgent:     "terraform-provider-edgecloud/" + version,
	}
	if cfg.SecretID == "" && cfg.SecretKey == "" {
		if profile := setting(m.Profile, "TENCENTCLOUD_PROFILE"); profile != "" {
			creds, err := loadProfile(profile)
			if err != nil {
				diags.AddAttributeError(path.Root("profile"), "Cannot read the tccli profile", err.Error())
				return cfg, "", diags
			}
			cfg.SecretID, cfg.SecretKey = creds.SecretID, creds.SecretKey
		}
	}
	if cfg.SecretID != "" && cfg.SecretKey == "" {
		diags.AddAttributeError(path.Root("secret_key"), "Missing secret_key",
			"secret_id is set but secret_key is not: set secret_key or TENCENTCLOUD_SECRET_KEY.")
	}
	var ep endpointsModel
	if m.Endpoints != nil {
		ep = *m.Endpoints
	}
	for service, v := range map[string]types.String{"ecm": ep.ECM, "vpc": ep.VPC, "edgezone": ep.EdgeZone} {
		if u := setting(v, "EDGECLOUD_ENDPOINT_"+strings.ToUpper(service)); u != "" {
			if err := validate.HTTPURLProblem(u); err != "" {
				diags.AddAttributeError(path.Root("endpoints").AtName(service), "Invalid endpoint", err)
			}
			cfg.Endpoints[service] = u
		}
	}
	if !m.RateLimit.IsNull() && !m.RateLimit.IsUnknown() {
		cfg.RateLimit = m.RateLimit.ValueFloat64()
	}
	if !m.MaxRetries.IsNull() && !m.MaxRetries.IsUnknown() {
		cfg.MaxRetries = int(m.MaxRetries.ValueInt64())
	}
	switch {
	case !m.SharedLimit.IsNull() && !m.SharedLimit.IsUnknown():
		cfg.SharedRateLimit = sharedLimitMode(m.SharedLimit.ValueBool())
	case os.Getenv("EDGECLOUD_SHARED_RATE_LIMIT") != "":
		on, err := strconv.ParseBool(os.Getenv("EDGECLOUD_SHARED_RATE_LIMIT"))
		if err != nil {
			diags.AddAttributeError(path.Root("shared_rate_limit"), "Invalid EDGECLOUD_SHARED_RATE_LIMIT",
				"EDGECLOUD_SHARED_RATE_LIMIT must be true or false, not \""+os.Getenv("EDGECLOUD_SHARED_RATE_LIMIT")+"\".")
		}
		cfg.SharedRateLimit = sharedLimitMode(on)
	default:
		cfg.SharedRateLimit = tencent.SharedRateLimitAuto // on unless the service's endpoint is overridden
	}
	cfg.RateLimitDir = os.Getenv("EDGECLOUD_RATE_LIMIT_DIR")
	ecmRegion := setting(m.ECMRegion, "EDGECLOUD_ECM_REGION")
	if ecmRegion != "" && !ecmbase.RegionPattern.MatchString(ecmRegion) {
		diags.AddAttributeError(path.Root("ecm_region"), "Invalid ECM region",
			"\""+ecmRegion+"\" is not an ECM region such as ap-hangzhou-ecm.")
	}
	return cfg, ecmRegion, diags
}

func sharedLimitMode(on bool) tencent.SharedRateLimit {
	if on {
		return tencent.SharedRateLimitOn
	}
	return tencent.SharedRateLimitOff
}

func sharedLimitName(m tencent.SharedRateLimit) string {
	switch m {
	case tencent.SharedRateLimitOn:
		return "on"
	case tencent.SharedRateLimitOff:
		return "off"
	}
	return "auto (on unless an endpoint is overridden)"
}

// setting returns the attribute's value if it is known and set, else the environment variable.
func setting(v types.String, env string) string {
	if !v.IsNull() && !v.IsUnknown() && v.ValueString() != "" {
		return v.ValueString()
	}
	return os.Getenv(env)
}
