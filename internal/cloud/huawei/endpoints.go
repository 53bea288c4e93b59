package huawei

import (
	"fmt"
	"net/url"
	"regexp"
)

// Endpoints of the Huawei Cloud services this path calls. TaurusDB's come from its "Endpoints" page
// (https://support.huaweicloud.com/intl/en-us/api-taurusdb/taurusdb_00_0003.html, summarised in
// other-apis.md §5): gaussdb.{region}.myhuaweicloud.com in most regions, but
// gaussdbformysql.{region}... in tr-west-1, ap-southeast-2 and ap-southeast-1, and
// gaussdb-mysql.af-south-1... in af-south-1. A region not listed gets the common form; the
// provider's endpoints block (EDGECLOUD_ENDPOINT_<SERVICE>) overrides any of them.
var endpointHosts = map[string]struct {
	common  string            // host with %s for the region
	regions map[string]string // region -> host, where it differs
}{
	ServiceTaurusDB: {
		common: "gaussdb.%s.myhuaweicloud.com",
		regions: map[string]string{
			"tr-west-1":      "gaussdbformysql.tr-west-1.myhuaweicloud.com",
			"ap-southeast-2": "gaussdbformysql.ap-southeast-2.myhuaweicloud.com",
			"ap-southeast-1": "gaussdbformysql.ap-southeast-1.myhuaweicloud.com",
			"af-south-1":     "gaussdb-mysql.af-south-1.myhuaweicloud.com",
		},
	},
}

// ServiceTaurusDB is TaurusDB's service name: the key of its endpoint, its rate limits and its logs.
const ServiceTaurusDB = "taurusdb"

// DefaultEndpoint is the base URL of service in region, without an override.
func DefaultEndpoint(service, region string) (string, error) {
	e, ok := endpointHosts[service]
	if !ok {
		return "", &ConfigError{Msg: fmt.Sprintf("no endpoint is known for Huawei Cloud service %q", service)}
	}
	if host, ok := e.regions[region]; ok {
		return "https://" + host, nil
	}
	return "https://" + fmt.Sprintf(e.common, region), nil
}

// endpoint resolves a call's base URL: the override if there is one, else the table. It returns the
// parsed URL with any trailing "/" of its path removed.
func (c *Client) endpoint(service, region string) (*url.URL, error) {
	raw := c.cfg.Endpoints[service]
	if raw == "" {
		if region == "" {
			return nil, &ConfigError{Msg: "no Huawei Cloud region: set huawei_region in the provider block, the HW_REGION_NAME " +
				"environment variable, or region on the resource"}
		}
		if !regionPattern.MatchString(region) {
			return nil, &ConfigError{Msg: fmt.Sprintf("%q is not a Huawei Cloud region such as cn-north-4", region)}
		}
		var err error
		if raw, err = DefaultEndpoint(service, region); err != nil {
			return nil, err
		}
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") || u.RawQuery != "" {
		return nil, &ConfigError{Msg: fmt.Sprintf("endpoint for %s %q is not an http(s) URL with a host", service, raw)}
	}
	for len(u.Path) > 0 && u.Path[len(u.Path)-1] == '/' {
		u.Path = u.Path[:len(u.Path)-1]
	}
	u.RawPath = ""
	return u, nil
}

// ProjectIDPattern is what a project ID looks like: "The value can contain 32 characters. Only
// letters and digits are allowed." (seed 004, project_id).
var ProjectIDPattern = regexp.MustCompile(`^[A-Za-z0-9]{32}$`)
