package provider

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

func clearEnv(t *testing.T) {
	for _, v := range []string{"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SECURITY_TOKEN", "TENCENTCLOUD_REGION",
		"TENCENTCLOUD_PROFILE", "TENCENTCLOUD_CONFIG_DIR", "EDGECLOUD_ECM_REGION", "EDGECLOUD_ENDPOINT_ECM", "EDGECLOUD_ENDPOINT_VPC", "EDGECLOUD_ENDPOINT_EDGEZONE",
		"EDGECLOUD_SHARED_RATE_LIMIT", "EDGECLOUD_RATE_LIMIT_DIR",
		"HW_ACCESS_KEY", "HW_SECRET_KEY", "HW_SECURITY_TOKEN", "HW_REGION_NAME", "HW_PROJECT_ID", "EDGECLOUD_ENDPOINT_TAURUSDB"} {
		t.Setenv(v, "")
	}
}

func emptyModel() providerModel {
	return providerModel{
		SecretID: types.StringNull(), SecretKey: types.StringNull(), SecurityToken: types.StringNull(), Region: types.StringNull(),
		Profile: types.StringNull(), ECMRegion: types.StringNull(), RateLimit: types.Float64Null(), MaxRetries: types.Int64Null(),
		SharedLimit: types.BoolNull(), HuaweiAccessKey: types.StringNull(), HuaweiSecretKey: types.StringNull(),
		HuaweiSecurityToken: types.StringNull(), HuaweiRegion: types.StringNull(), HuaweiProjectID: types.StringNull(),
	}
}

func TestConfig_AttributeBeatsEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv("EDGECLOUD_ECM_REGION", "ap-shanghai-ecm")
	m := emptyModel()
	m.ECMRegion = types.StringValue("ap-hangzhou-ecm")
	c, diags := m.conn(context.Background(), "test")
	if diags.HasError() || c.ECMRegion != "ap-hangzhou-ecm" {
		t.Fatalf("ecm_region = %q, %v", c.ECMRegion, diags)
	}
	m.ECMRegion = types.StringNull()
	c, _ = m.conn(context.Background(), "test")
	if c.ECMRegion != "ap-shanghai-ecm" {
		t.Fatalf("env fallback: ecm_region = %q", c.ECMRegion)
	}
}

func TestConfig_UnknownCredentialsAreTolerated(t *testing.T) {
	clearEnv(t)
	m := emptyModel()
	m.SecretID, m.SecretKey = types.StringUnknown(), types.StringUnknown()
	c, diags := m.conn(context.Background(), "test")
	if diags.HasError() || c == nil {
		t.Fatalf("unknown credentials at plan time must not fail configuration: %v", diags)
	}
	// The first call then says what is missing.
	_, err := c.ECM.DescribeVpcs(context.Background(), ecm.DescribeVpcsRequest{})
	if !tencent.IsConfigError(err) || !strings.Contains(err.Error(), "TENCENTCLOUD_SECRET_ID") {
		t.Fatalf("first call error = %v", err)
	}
}

func TestConfig_SecretIDWithoutKeyPointsAtTheAttribute(t *testing.T) {
	clearEnv(t)
	m := emptyModel()
	m.SecretID = types.StringValue("AKIDonly")
	_, diags := m.conn(context.Background(), "test")
	if !diags.HasError() || !strings.Contains(diags.Errors()[0].Detail(), "TENCENTCLOUD_SECRET_KEY") {
		t.Fatalf("diags = %v", diags)
	}
}

func TestConfig_InvalidEndpointAndRegion(t *testing.T) {
	clearEnv(t)
	t.Setenv("EDGECLOUD_ENDPOINT_ECM", "127.0.0.1:8787")
	t.Setenv("EDGECLOUD_ECM_REGION", "hangzhou")
	_, diags := emptyModel().conn(context.Background(), "test")
	if diags.ErrorsCount() != 2 {
		t.Fatalf("want an endpoint and a region error, got %v", diags)
	}
}

func TestConfig_ProfileSuppliesKeysWithoutLeakingThem(t *testing.T) {
	clearEnv(t)
	dir := t.TempDir()
	t.Setenv("TENCENTCLOUD_CONFIG_DIR", dir)
	if err := os.WriteFile(filepath.Join(dir, "edge.credential"), []byte(`{"secretId":"AKIDprofile","secretKey":"profile-secret"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	m := emptyModel()
	m.Profile = types.StringValue("edge")
	if _, diags := m.conn(context.Background(), "test"); diags.HasError() {
		t.Fatalf("profile: %v", diags)
	}
	creds, err := loadProfile("edge")
	if err != nil || creds.SecretID != "AKIDprofile" || creds.SecretKey != "profile-secret" {
		t.Fatalf("loadProfile = %+v, %v", creds, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.credential"), []byte(`not json profile-secret`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadProfile("bad"); err == nil || strings.Contains(err.Error(), "profile-secret") {
		t.Fatalf("a broken profile must fail without quoting its content: %v", err)
	}
	if _, err := loadProfile("../etc/passwd"); err == nil {
		t.Fatal("profile names must not traverse directories")
	}
}

func TestConfig_SharedRateLimit(t *testing.T) {
	for _, tt := range []struct {
		name      string
		attribute types.Bool
		env       string
		want      tencent.SharedRateLimit
	}{
		{"default: on for real endpoints, off for overridden ones", types.BoolNull(), "", tencent.SharedRateLimitAuto},
		{"attribute on", types.BoolValue(true), "", tencent.SharedRateLimitOn},
		{"attribute beats environment", types.BoolValue(false), "true", tencent.SharedRateLimitOff},
		{"environment", types.BoolNull(), "true", tencent.SharedRateLimitOn},
		{"environment off", types.BoolNull(), "0", tencent.SharedRateLimitOff},
		{"unknown attribute is unset", types.BoolUnknown(), "", tencent.SharedRateLimitAuto},
	} {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv("EDGECLOUD_SHARED_RATE_LIMIT", tt.env)
			t.Setenv("EDGECLOUD_RATE_LIMIT_DIR", "/tmp/edgecloud-test-ratelimit")
			m := emptyModel()
			m.SharedLimit = tt.attribute
			cfg, _, diags := m.resolve("test")
			if diags.HasError() || cfg.SharedRateLimit != tt.want || cfg.RateLimitDir != "/tmp/edgecloud-test-ratelimit" {
				t.Fatalf("shared = %v, dir = %q, %v", cfg.SharedRateLimit, cfg.RateLimitDir, diags)
			}
		})
	}
	clearEnv(t)
	t.Setenv("EDGECLOUD_SHARED_RATE_LIMIT", "sometimes")
	_, _, diags := emptyModel().resolve("test")
	if !diags.HasError() || !strings.Contains(diags.Errors()[0].Detail(), "true or false") {
		t.Fatalf("diags = %v", diags)
	}
}

func TestConfig_RetryAndRateDefaults(t *testing.T) {
	clearEnv(t)
	cfg, _, diags := emptyModel().resolve("test")
	if diags.HasError() || cfg.MaxRetries != 10 || cfg.RateLimit != 20 {
		t.Fatalf("max_retries = %d, rate_limit = %v, %v", cfg.MaxRetries, cfg.RateLimit, diags)
	}
	m := emptyModel()
	m.MaxRetries, m.RateLimit = types.Int64Value(0), types.Float64Value(5)
	if cfg, _, _ = m.resolve("test"); cfg.MaxRetries != 0 || cfg.RateLimit != 5 {
		t.Fatalf("max_retries = %d, rate_limit = %v", cfg.MaxRetries, cfg.RateLimit)
	}
}
