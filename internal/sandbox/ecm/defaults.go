package ecm

import (
	"hash/fnv"
	"net/netip"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Default VPC and default subnets, as the document's examples show them:
// DescribeVpcs' example answers "Default-VPC" 172.16.0.0/16 IsDefault true,
// DescribeDefaultSubnet's "Default-Subnet" 172.16.0.0/20 in ap-hangzhou-ecm-1
// with a route table. They appear the first time a call names the region
// (region.Touched), count toward the quotas and are listed like any other.
// The sandbox gives every zone of the region its own default subnet: the
// zones' /20 blocks of 172.16.0.0/16 in catalog order.
//
// Their IDs are derived from the region's name, so a region touched only by
// read calls (whose answers the core does not persist) gets the same IDs
// again after a restart.

const (
	defaultVPCName    = "Default-VPC"
	defaultVPCCIDR    = "172.16.0.0/16"
	defaultSubnetName = "Default-Subnet"
	defaultSubnetBits = 20
)

// touch returns the region's partition, creating it and its defaults the
// first time.
func (e *state) touch(c *tencentapi.Call, name string) *region {
	r := e.region(name)
	if r.Touched {
		return r
	}
	r.Touched = true
	v := &vpcRecord{
		ID:           e.stableID("vpc", kindVPC, name, ""),
		Name:         defaultVPCName,
		CIDR:         defaultVPCCIDR,
		RouteTableID: e.stableID("rtb", kindRoute, name, ""),
		Created:      c.Now,
		Seq:          e.nextSeq(),
	}
	r.VPCs[v.ID] = v
	e.addMainRouteTable(r, v)
	r.DefaultVPC = v.ID
	base := netip.MustParsePrefix(defaultVPCCIDR).Addr().As4()
	if cr, ok := e.catalog.regions[name]; ok {
		for i, z := range cr.Zones {
			if i >= 1<<(defaultSubnetBits-16) {
				break // more zones than /20 blocks in a /16: the rest have no default subnet
			}
			b := base
			b[2] = byte(i << (24 - defaultSubnetBits))
			s := &subnetRecord{
				ID:      e.stableID("subnet", kindSubnet, name, z.Zone),
				VpcID:   v.ID,
				Name:    defaultSubnetName,
				CIDR:    netip.PrefixFrom(netip.AddrFrom4(b), defaultSubnetBits).String(),
				Zone:    z.Zone,
				Created: c.Now,
				Seq:     e.nextSeq(),
			}
			r.addSubnet(s)
			r.DefaultSubnets[z.Zone] = s.ID
			r.SystemSubnets[z.Zone] = s.ID
		}
	}
	return r
}

// stableID is prefix- and 8 lowercase alphanumerics derived from the region
// and zone (newID's shape), registered as kind; a random one if it is taken.
func (e *state) stableID(prefix, kind, region, zone string) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(prefix + "/" + region + "/" + zone))
	n := h.Sum64()
	b := make([]byte, 8)
	for i := range b {
		b[i] = idAlphabet[n%uint64(len(idAlphabet))]
		n /= uint64(len(idAlphabet))
	}
	id := prefix + "-" + string(b)
	if _, taken := e.ids[id]; taken {
		return e.newID(prefix, kind, region)
	}
	e.ids[id] = idEntry{kind, region}
	return id
}

// DescribeDefaultSubnet (L16221-L16391): the zone's default subnet.

type describeDefaultSubnetRequest struct {
	EcmRegion string `json:"EcmRegion"`
	Zone      string `json:"Zone"`
}

func (e *state) describeDefaultSubnet(c *tencentapi.Call, req *describeDefaultSubnetRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("Zone", req.Zone)); aerr != nil {
		return nil, aerr
	}
	if aerr := e.checkZone(req.EcmRegion, req.Zone); aerr != nil {
		return nil, aerr
	}
	r := e.Regions[req.EcmRegion]
	// "Subnet: empty if none" — the document does not say how empty: the
	// sandbox answers null.
	var out *subnetInfo
	if s, ok := r.Subnets[r.DefaultSubnets[req.Zone]]; ok {
		info := e.subnetInfo(r, req.EcmRegion, s)
		out = &info
	}
	return struct {
		Subnet *subnetInfo `json:"Subnet"`
	}{out}, nil
}
