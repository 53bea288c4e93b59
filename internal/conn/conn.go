// Package conn is what the provider's Configure hands to every resource and data source: the API
// clients, built once per provider instance, and the provider-level defaults.
package conn

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// Conn is shared by all resources of one provider instance.
type Conn struct {
	Tencent *tencent.Client
	ECM     *ecm.Client
	// ECMRegion is the provider's default for every resource's ecm_region (may be empty).
	ECMRegion string
}

// New builds the clients for cfg.
func New(cfg tencent.Config, ecmRegion string) *Conn {
	return NewWithOptions(cfg, ecmRegion, ecm.Options{})
}

// NewWithOptions builds the clients for cfg with ECM client options (acceptance-test checks read
// directly, without batching).
func NewWithOptions(cfg tencent.Config, ecmRegion string, ecmOpts ecm.Options) *Conn {
	api := tencent.New(cfg)
	return &Conn{Tencent: api, ECM: ecm.NewWithOptions(api, ecmOpts), ECMRegion: ecmRegion}
}
