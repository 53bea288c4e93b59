package ecm

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// DescribeConfig (L30230-L30637): the account's bounds, from the compute
// catalog. No input (any parameter is UnknownParameter).
//
// The bounds are answered, not yet enforced: the actions they bound
// (CreateModule, RunInstances, ...) are not emulated. Where the document
// disagrees with itself (AllocateAddresses takes 1-5000 Mbps while
// MinBandwidth/MaxBandwidth are 25/1000, catalog §5.5 item 43) the EIP
// actions keep their own range.

type describeConfigRequest struct{}

type imageLimitConfig struct {
	MaxImageSize int `json:"MaxImageSize"`
}

// describeConfig answers the catalog's configuration; MaxModuleNum is the
// effective module quota (ecm.modules, whose default is the default
// catalog's 1000), which CreateModule enforces.
func (e *state) describeConfig(call *tencentapi.Call, _ *describeConfigRequest) (any, *tencentapi.Error) {
	c := e.compute.catalog.Config
	c.NetworkStorageRange.MaxModuleNum = limit(call, LimitModules)
	white := append([]string{}, c.ImageWhiteSet...)
	limits := append([]InstanceNetworkLimitConfig{}, c.InstanceNetworkLimitConfigs...)
	return struct {
		NetworkStorageRange         NetworkStorageRange          `json:"NetworkStorageRange"`
		ImageWhiteSet               []string                     `json:"ImageWhiteSet"`
		InstanceNetworkLimitConfigs []InstanceNetworkLimitConfig `json:"InstanceNetworkLimitConfigs"`
		ImageLimits                 imageLimitConfig             `json:"ImageLimits"`
		DefaultIPDirect             bool                         `json:"DefaultIPDirect"`
	}{c.NetworkStorageRange, white, limits, imageLimitConfig{c.MaxImageSize}, c.DefaultIPDirect}, nil
}
