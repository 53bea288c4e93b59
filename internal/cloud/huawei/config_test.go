package huawei

import (
	"context"
	"strings"
	"testing"
)

func TestDo_MissingSettingsNameThem(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  Config
		want []string
	}{
		{"no credentials", Config{Region: "cn-north-4", ProjectID: "p"}, []string{"huawei_access_key", "huawei_secret_key", "HW_ACCESS_KEY", "HW_SECRET_KEY"}},
		{"access key only", Config{AccessKey: "AK", Region: "cn-north-4", ProjectID: "p"}, []string{"HW_SECRET_KEY"}},
		{"no region", Config{AccessKey: "AK", SecretKey: "SK", ProjectID: "p"}, []string{"huawei_region", "HW_REGION_NAME"}},
		{"bad region", Config{AccessKey: "AK", SecretKey: "SK", Region: "cn north", ProjectID: "p"}, []string{"not a Huawei Cloud region"}},
		{"no project", Config{AccessKey: "AK", SecretKey: "SK", Region: "cn-north-4"}, []string{"huawei_project_id", "HW_PROJECT_ID", "project_id on the resource"}},
		{"bad endpoint", Config{AccessKey: "AK", SecretKey: "SK", ProjectID: "p", Endpoints: map[string]string{"taurusdb": "127.0.0.1:8787"}}, []string{"not an http(s) URL"}},
	} {
		err := New(tt.cfg).Do(context.Background(), showEip, nil)
		if !IsConfigError(err) {
			t.Errorf("%s: err = %v, want a configuration error", tt.name, err)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not mention %s", tt.name, err, w)
			}
		}
	}
}

func TestExpandPath_OnlyPlainValues(t *testing.T) {
	c := New(Config{ProjectID: "0483b6b16e954cb88930a360d2c4e663"})
	for _, bad := range []string{"", "a/b", "a?b", "../x", "a b", "%2F"} {
		call := showEip
		call.PathParams = map[string]string{"instance_id": bad}
		if _, err := c.expandPath(call); err == nil {
			t.Errorf("instance_id %q accepted", bad)
		}
	}
	call := showEip
	call.PathParams = nil
	if _, err := c.expandPath(call); err == nil || !strings.Contains(err.Error(), "instance_id") {
		t.Errorf("a missing path parameter: %v", err)
	}
	if p, err := c.expandPath(showEip); err != nil || p != "/v3/0483b6b16e954cb88930a360d2c4e663/instances/12a49c2dc32648df8dd25e2976f70180in07/eip" {
		t.Errorf("path %q, %v", p, err)
	}
}

// TaurusDB's endpoints per region (other-apis.md §5), and the override.
func TestEndpoints_TaurusDBTableAndOverride(t *testing.T) {
	for region, want := range map[string]string{
		"cn-north-4":     "https://gaussdb.cn-north-4.myhuaweicloud.com",
		"ap-southeast-3": "https://gaussdb.ap-southeast-3.myhuaweicloud.com",
		"tr-west-1":      "https://gaussdbformysql.tr-west-1.myhuaweicloud.com",
		"ap-southeast-2": "https://gaussdbformysql.ap-southeast-2.myhuaweicloud.com",
		"ap-southeast-1": "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com",
		"af-south-1":     "https://gaussdb-mysql.af-south-1.myhuaweicloud.com",
	} {
		got, err := New(Config{}).endpoint(ServiceTaurusDB, region)
		if err != nil || got.String() != want {
			t.Errorf("%s: %v, %v; want %s", region, got, err, want)
		}
	}
	c := New(Config{Endpoints: map[string]string{ServiceTaurusDB: "http://127.0.0.1:8787/prefix/"}})
	if got, err := c.endpoint(ServiceTaurusDB, ""); err != nil || got.String() != "http://127.0.0.1:8787/prefix" {
		t.Errorf("override: %v, %v", got, err)
	}
	if _, err := New(Config{}).endpoint("nosuch", "cn-north-4"); !IsConfigError(err) {
		t.Errorf("unknown service: %v", err)
	}
}

// An endpoint with a path prefix: the prefix is sent and signed.
func TestDo_EndpointWithPathPrefix(t *testing.T) {
	api := &fakeAPI{answers: []answer{okAnswer}}
	c := newTestClient(t, api)
	c.cfg.Endpoints[ServiceTaurusDB] += "/gw/"
	if err := c.Do(context.Background(), showEip, nil); err != nil {
		t.Fatal(err)
	}
	if r, _ := api.lastRequest(); !strings.HasPrefix(r.URL.Path, "/gw/v3/") || api.sigErr != nil {
		t.Fatalf("path %s (%v)", r.URL.Path, api.sigErr)
	}
}
