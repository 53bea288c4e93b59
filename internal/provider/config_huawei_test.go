package provider

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

const (
	projectA = "0483b6b16e954cb88930a360d2c4e663"
	projectB = "11111111111111111111111111111111"
)

// Each Huawei setting: the attribute wins, the Huawei provider's environment variable is the fallback.
func TestConfig_HuaweiAttributeBeatsEnvironment(t *testing.T) {
	clearEnv(t)
	env := map[string]string{"HW_ACCESS_KEY": "env-ak", "HW_SECRET_KEY": "env-sk", "HW_SECURITY_TOKEN": "env-token",
		"HW_REGION_NAME": "ap-southeast-1", "HW_PROJECT_ID": projectB, "EDGECLOUD_ENDPOINT_TAURUSDB": "http://127.0.0.1:1"}
	for k, v := range env {
		t.Setenv(k, v)
	}
	m := emptyModel()
	diags := &diag.Diagnostics{}
	got := m.resolveHuawei(mustResolve(t, m), diags)
	want := huawei.Config{AccessKey: "env-ak", SecretKey: "env-sk", SecurityToken: "env-token", Region: "ap-southeast-1", ProjectID: projectB}
	if diags.HasError() || got.AccessKey != want.AccessKey || got.SecretKey != want.SecretKey || got.SecurityToken != want.SecurityToken ||
		got.Region != want.Region || got.ProjectID != want.ProjectID || got.Endpoints[huawei.ServiceTaurusDB] != "http://127.0.0.1:1" {
		t.Fatalf("environment: %+v, %v", got, *diags)
	}
	m.HuaweiAccessKey, m.HuaweiSecretKey, m.HuaweiSecurityToken = types.StringValue("attr-ak"), types.StringValue("attr-sk"), types.StringValue("attr-token")
	m.HuaweiRegion, m.HuaweiProjectID = types.StringValue("cn-north-4"), types.StringValue(projectA)
	m.Endpoints = &endpointsModel{TaurusDB: types.StringValue("http://127.0.0.1:2")}
	got = m.resolveHuawei(mustResolve(t, m), diags)
	if diags.HasError() || got.AccessKey != "attr-ak" || got.SecretKey != "attr-sk" || got.SecurityToken != "attr-token" ||
		got.Region != "cn-north-4" || got.ProjectID != projectA || got.Endpoints[huawei.ServiceTaurusDB] != "http://127.0.0.1:2" {
		t.Fatalf("attributes: %+v, %v", got, *diags)
	}
	// Unknown values (computed by another resource) resolve as unset: the environment again.
	m.HuaweiRegion = types.StringUnknown()
	if got = m.resolveHuawei(mustResolve(t, m), diags); got.Region != "ap-southeast-1" {
		t.Fatalf("unknown region: %q", got.Region)
	}
	c, d := m.conn(context.Background(), "test")
	if d.HasError() || c.HuaweiRegion != "ap-southeast-1" || c.HuaweiProjectID != projectA || c.TaurusDB == nil {
		t.Fatalf("conn: %+v, %v", c, d)
	}
}

// The Huawei path shares rate_limit, max_retries and shared_rate_limit with the Tencent one.
func TestConfig_HuaweiSharesTheRequestPathSettings(t *testing.T) {
	clearEnv(t)
	m := emptyModel()
	m.RateLimit, m.MaxRetries, m.SharedLimit = types.Float64Value(5), types.Int64Value(0), types.BoolValue(false)
	diags := &diag.Diagnostics{}
	got := m.resolveHuawei(mustResolve(t, m), diags)
	if got.RateLimit != 5 || got.MaxRetries != 0 || got.SharedRateLimit != ratelimit.SharingOff || !strings.HasPrefix(got.UserAgent, "terraform-provider-edgecloud/") {
		t.Fatalf("%+v", got)
	}
}

// A user of Tencent Cloud only sets nothing for Huawei: configuration succeeds, and only a Huawei
// call reports what is missing, naming the settings.
func TestConfig_HuaweiUnsetIsAnErrorOnlyWhenCalled(t *testing.T) {
	clearEnv(t)
	t.Setenv("TENCENTCLOUD_SECRET_ID", "AKIDtencent")
	t.Setenv("TENCENTCLOUD_SECRET_KEY", "tencent-key")
	c, diags := emptyModel().conn(context.Background(), "test")
	if diags.HasError() || len(diags) != 0 {
		t.Fatalf("a Tencent-only configuration: %v", diags)
	}
	_, err := c.TaurusDB.ShowInstanceEip(context.Background(), taurusdb.Scope{}, "12a49c2dc32648df8dd25e2976f70180in07")
	if !huawei.IsConfigError(err) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"huawei_access_key", "huawei_secret_key", "HW_ACCESS_KEY", "HW_SECRET_KEY"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not name %s", err, want)
		}
	}
	// With credentials but no region or project, the call names those.
	t.Setenv("HW_ACCESS_KEY", "ak")
	t.Setenv("HW_SECRET_KEY", "sk")
	c, _ = emptyModel().conn(context.Background(), "test")
	_, err = c.TaurusDB.ShowInstanceEip(context.Background(), taurusdb.Scope{}, "12a49c2dc32648df8dd25e2976f70180in07")
	if !huawei.IsConfigError(err) || !strings.Contains(err.Error(), "HW_REGION_NAME") {
		t.Fatalf("err = %v", err)
	}
	_, err = c.TaurusDB.ShowInstanceEip(context.Background(), taurusdb.Scope{Region: "cn-north-4"}, "12a49c2dc32648df8dd25e2976f70180in07")
	if !huawei.IsConfigError(err) || !strings.Contains(err.Error(), "HW_PROJECT_ID") {
		t.Fatalf("err = %v", err)
	}
}

func TestConfig_HuaweiInvalidSettingsPointAtTheAttribute(t *testing.T) {
	for _, tt := range []struct {
		env       map[string]string
		attribute string
	}{
		{map[string]string{"HW_ACCESS_KEY": "ak"}, "huawei_secret_key"},
		{map[string]string{"HW_SECRET_KEY": "sk"}, "huawei_access_key"},
		{map[string]string{"HW_REGION_NAME": "north4"}, "huawei_region"},
		{map[string]string{"HW_PROJECT_ID": "0483b6b1-6e95"}, "huawei_project_id"},
		{map[string]string{"EDGECLOUD_ENDPOINT_TAURUSDB": "127.0.0.1:8787"}, "endpoints.taurusdb"},
	} {
		clearEnv(t)
		for k, v := range tt.env {
			t.Setenv(k, v)
		}
		_, diags := emptyModel().conn(context.Background(), "test")
		if diags.ErrorsCount() != 1 {
			t.Errorf("%v: %v", tt.env, diags)
			continue
		}
		d, ok := diags.Errors()[0].(diag.DiagnosticWithPath)
		if !ok || d.Path().String() != tt.attribute {
			t.Errorf("%v: error %v, want one at %s", tt.env, diags.Errors()[0], tt.attribute)
		}
	}
}

// mustResolve is the Tencent configuration of m, which the Huawei one takes its shared settings from.
func mustResolve(t *testing.T, m providerModel) tencent.Config {
	t.Helper()
	cfg, _, diags := m.resolve("test")
	if diags.HasError() {
		t.Fatal(diags)
	}
	return cfg
}
