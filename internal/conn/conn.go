// Package conn is what the provider's Configure hands to every resource and data source: the API
// clients, built once per provider instance, and the provider-level defaults.
package conn

import (
	"sync"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
)

// Conn is shared by all resources of one provider instance (one Terraform command).
type Conn struct {
	Tencent *tencent.Client
	ECM     *ecm.Client
	// EdgeZone calls the EdgeZone network actions, each in the region the resource names.
	EdgeZone *edgezone.Client
	// VPC calls the Tencent VPC actions (ENI secondary IPs, IP usage), each in the region the resource names.
	VPC *vpc.Client
	// ECMRegion is the provider's default for every resource's ecm_region (may be empty).
	ECMRegion string
	// Region is the provider's Tencent Cloud region (region / TENCENTCLOUD_REGION): the default
	// region of the VPC and EdgeZone resources, whose actions are regional (X-TC-Region). May be empty.
	Region string

	// Huawei is the Huawei Cloud request path; TaurusDB its TaurusDB client. Without Huawei
	// credentials both exist and every call reports the missing settings.
	Huawei   *huawei.Client
	TaurusDB *taurusdb.Client
	// HuaweiRegion is the provider's Huawei Cloud region (huawei_region / HW_REGION_NAME): the
	// default region of the TaurusDB resources. May be empty.
	HuaweiRegion string
	// HuaweiProjectID is the provider's Huawei Cloud project (huawei_project_id / HW_PROJECT_ID): the
	// default project_id of the TaurusDB resources. May be empty.
	HuaweiProjectID string

	mu     sync.Mutex
	memo   map[string]*memoEntry
	counts map[string]int
}

type memoEntry struct {
	once sync.Once
	v    any
	err  error
}

// Memo runs fn once per key for this provider instance and returns its result to every caller:
// what a plan needs to know once per region (a quota), not once per resource.
func (c *Conn) Memo(key string, fn func() (any, error)) (any, error) {
	c.mu.Lock()
	if c.memo == nil {
		c.memo = map[string]*memoEntry{}
	}
	e, ok := c.memo[key]
	if !ok {
		e = &memoEntry{}
		c.memo[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.v, e.err = fn() })
	return e.v, e.err
}

// Count increments the counter key of this provider instance and returns its new value (the
// creates of one type planned in one region).
func (c *Conn) Count(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[key]++
	return c.counts[key]
}

// New builds the clients for cfg.
func New(cfg tencent.Config, ecmRegion string) *Conn {
	return NewWithOptions(cfg, ecmRegion, ecm.Options{})
}

// NewWithOptions builds the clients for cfg with ECM client options (acceptance-test checks read
// directly, without batching).
func NewWithOptions(cfg tencent.Config, ecmRegion string, ecmOpts ecm.Options) *Conn {
	api := tencent.New(cfg)
	c := &Conn{Tencent: api, ECM: ecm.NewWithOptions(api, ecmOpts), EdgeZone: edgezone.New(api), VPC: vpc.New(api), ECMRegion: ecmRegion, Region: cfg.Region}
	return c.WithHuawei(huawei.Config{SharedRateLimit: cfg.SharedRateLimit, RateLimitDir: cfg.RateLimitDir})
}

// WithHuawei builds the Huawei Cloud clients for cfg (replacing any) and returns c.
func (c *Conn) WithHuawei(cfg huawei.Config) *Conn {
	c.Huawei = huawei.New(cfg)
	c.TaurusDB = taurusdb.New(c.Huawei)
	c.HuaweiRegion, c.HuaweiProjectID = cfg.Region, cfg.ProjectID
	return c
}
