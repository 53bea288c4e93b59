// Package sweep deletes what real-cloud acceptance runs leave behind: every object whose name
// starts with the tests' prefix (acctest.NamePrefix) in one region, through each resource's own
// finder and delete path, dependents first. `make sweep SWEEP=<ecm_region>` runs it against the
// account in the environment (TENCENTCLOUD_SECRET_ID...); tests run it against the sandbox.
package sweep

import (
	"context"
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	ecmclb "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clb"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
	ecmeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eipassociation"
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
	ecmhavip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/havip"
	ecminstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instance"
	ecmmodule "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/module"
	ecmroutetable "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/routetable"
	ecmsecuritygroup "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygroup"
	ecmsubnet "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/subnet"
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
	edgezonepublicip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicip"
	edgezonepublicnetworkinstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicnetworkinstance"
)

// Sweeper deletes the objects of one resource type whose name starts with prefix in region, and
// reports how many it deleted.
type Sweeper struct {
	Type      string   // resource type, e.g. "edgecloud_ecm_vpc"
	DependsOn []string // types whose objects must be gone first (a VPC's subnets)
	Sweep     func(ctx context.Context, c *conn.Conn, region, prefix string) (int, error)
}

// All is every sweeper, in an order that satisfies DependsOn. A new resource type adds its line.
var All = []Sweeper{
	{Type: ecmclb.ResourceType, Sweep: ecmclb.Sweep},                       // load balancers (their listeners and targets go with them) hold groups and VPCs
	{Type: ecminstance.ResourceType, Sweep: ecminstance.Sweep},             // first: instances hold subnets, modules, groups
	{Type: ecmeipassociation.ResourceType, Sweep: ecmeipassociation.Sweep}, // named by their EIP: unbound so the EIP can go
	{Type: ecmeip.ResourceType, DependsOn: []string{ecmeipassociation.ResourceType}, Sweep: ecmeip.Sweep},
	{Type: ecmeni.ResourceType, DependsOn: []string{ecminstance.ResourceType}, Sweep: ecmeni.Sweep}, // detached ones: an instance's go with it
	{Type: ecmhavip.ResourceType, Sweep: ecmhavip.Sweep},                                            // HAVIPs hold subnet addresses
	{Type: ecmroutetable.ResourceType, Sweep: ecmroutetable.Sweep},                                  // moves its subnets back to the main table; routes go with it
	{Type: ecmsubnet.ResourceType, DependsOn: []string{ecminstance.ResourceType, ecmeni.ResourceType, ecmhavip.ResourceType}, Sweep: ecmsubnet.Sweep},
	{Type: ecmvpc.ResourceType, DependsOn: []string{ecmclb.ResourceType, ecmsubnet.ResourceType, ecmroutetable.ResourceType, ecmhavip.ResourceType}, Sweep: ecmvpc.Sweep},
	{Type: ecmmodule.ResourceType, DependsOn: []string{ecminstance.ResourceType}, Sweep: ecmmodule.Sweep},                                  // global
	{Type: ecmsecuritygroup.ResourceType, DependsOn: []string{ecmclb.ResourceType, ecmmodule.ResourceType}, Sweep: ecmsecuritygroup.Sweep}, // global: found from any region
	// EdgeZone: the addresses of the instances named with the prefix, then those instances.
	{Type: edgezonepublicip.ResourceType, Sweep: inProviderRegion(edgezonepublicip.Sweep)},
	{Type: edgezonepublicnetworkinstance.ResourceType, DependsOn: []string{edgezonepublicip.ResourceType},
		Sweep: inProviderRegion(edgezonepublicnetworkinstance.Sweep)},
}

// inProviderRegion adapts the sweeper of a service whose objects live in a Tencent Cloud region
// (EdgeZone: X-TC-Region), not in an ECM region: the region argument of a sweep is an ECM region
// ("ap-hangzhou-ecm"), so these sweep the provider's region (TENCENTCLOUD_REGION) instead, and
// nothing when it is unset.
func inProviderRegion(sweep func(ctx context.Context, c *conn.Conn, region, prefix string) (int, error)) func(context.Context, *conn.Conn, string, string) (int, error) {
	return func(ctx context.Context, c *conn.Conn, _, prefix string) (int, error) {
		if c.Region == "" {
			return 0, nil
		}
		return sweep(ctx, c, c.Region, prefix)
	}
}

// Run runs every sweeper in order and returns how many objects of each type it deleted. It stops at
// the first error: a dependent left behind would make the next type's deletions fail anyway.
func Run(ctx context.Context, c *conn.Conn, region, prefix string) (map[string]int, error) {
	if prefix == "" {
		return nil, fmt.Errorf("refusing to sweep with an empty name prefix: it would delete everything in %s", region)
	}
	deleted := map[string]int{}
	for _, s := range All {
		n, err := s.Sweep(ctx, c, region, prefix)
		deleted[s.Type] = n
		if err != nil {
			return deleted, fmt.Errorf("sweeping %s in %s: %w", s.Type, region, err)
		}
	}
	return deleted, nil
}
