package vpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"
	"time"
)

// Fixtures (host.Fixtures): VPCs, subnets and ENIs, which no action the sandbox serves creates, are
// made through POST /_sandbox/fixtures/vpc with the document fixed by the common brief:
//
//	{"vpcs": [{"VpcId", "Region", "CidrBlock", "VpcName"}],
//	 "subnets": [{"SubnetId", "VpcId", "CidrBlock", "Zone", "SubnetName"}],
//	 "network_interfaces": [{"NetworkInterfaceId", "SubnetId", "PrivateIpAddress", "InstanceId",
//	                         "NetworkInterfaceName", "Primary"}],
//	 "delete_network_interfaces": ["eni-…"]}
//
// Entries are processed in that order, so a subnet may name a VPC of the same document and an ENI
// such a subnet. The answer has the same four keys, every entry complete (IDs generated where
// absent, the primary IP allocated where absent); delete_network_interfaces echoes what was
// deleted. A document is applied whole or not at all: on the first error the state is left as it
// was, and the error names the entry.
//
// Rules (sandbox choices where the documents are silent):
//   - IDs, given or generated, are the prefix and 8 lowercase letters or digits, unique across the
//     service (every region).
//   - A VPC's Region is a catalog region or any well-formed region name (catalog.go). Its CidrBlock
//     is a canonical IPv4 CIDR inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, /12 to /28
//     (Tencent VPC's ranges). VPCs may overlap, as Tencent allows.
//   - A subnet lies inside its VPC's CIDR, is at most a /29, and overlaps no other subnet of the
//     VPC; its Zone is "<the VPC's region>-<name>". It lives in its VPC's region.
//   - An ENI's PrivateIpAddress is its primary IP: a usable (not reserved) address of its subnet
//     nobody holds; absent, the next free one is allocated. InstanceId (ins-…) shows it attached:
//     an instance's ENIs share one VPC, at most one of them is Primary (DeviceIndex 0, the others
//     1, 2, … in order of attachment), and Primary requires an InstanceId. An ENI is AVAILABLE at
//     once, with a MAC address 20:90:6F:xx:xx:xx derived from its creation order.
//   - Deleting an ENI frees its addresses at once; a task still running on it changes nothing when
//     it ends. Deleting an unknown ENI is an error.

type fixtureDoc struct {
	VPCs    []fixtureVPC    `json:"vpcs"`
	Subnets []fixtureSubnet `json:"subnets"`
	ENIs    []fixtureENI    `json:"network_interfaces"`
	Delete  []string        `json:"delete_network_interfaces"`
}

type fixtureVPC struct {
	VpcId     string `json:"VpcId"`
	Region    string `json:"Region"`
	CidrBlock string `json:"CidrBlock"`
	VpcName   string `json:"VpcName"`
}

type fixtureSubnet struct {
	SubnetId   string `json:"SubnetId"`
	VpcId      string `json:"VpcId"`
	CidrBlock  string `json:"CidrBlock"`
	Zone       string `json:"Zone"`
	SubnetName string `json:"SubnetName"`
}

type fixtureENI struct {
	NetworkInterfaceId   string `json:"NetworkInterfaceId"`
	SubnetId             string `json:"SubnetId"`
	PrivateIpAddress     string `json:"PrivateIpAddress"`
	InstanceId           string `json:"InstanceId"`
	NetworkInterfaceName string `json:"NetworkInterfaceName"`
	Primary              bool   `json:"Primary"`
}

// VPC CIDR bounds (Tencent VPC: /12 to /28 inside the private ranges) and the smallest subnet.
const (
	minVPCBits    = 12
	maxVPCBits    = 28
	maxSubnetBits = 29
)

var privateRanges = []netip.Prefix{
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
}

// AddFixtures applies a fixture document (host.Fixtures).
func (s *state) AddFixtures(now time.Time, body []byte) (any, error) {
	var doc fixtureDoc
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("the fixture document is not valid (keys: vpcs, subnets, network_interfaces, delete_network_interfaces): %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("the fixture document has data after its JSON object")
	}
	snapshot, err := s.Save()
	if err != nil {
		return nil, err
	}
	out, err := s.applyFixtures(now, &doc)
	if err != nil {
		if lerr := s.Load(snapshot); lerr != nil {
			return nil, fmt.Errorf("%w (and restoring the state failed: %w)", err, lerr)
		}
		return nil, err
	}
	return out, nil
}

func (s *state) applyFixtures(now time.Time, doc *fixtureDoc) (*fixtureDoc, error) {
	out := &fixtureDoc{VPCs: []fixtureVPC{}, Subnets: []fixtureSubnet{}, ENIs: []fixtureENI{}, Delete: []string{}}
	for i, f := range doc.VPCs {
		v, err := s.fixtureVPC(now, f)
		if err != nil {
			return nil, fmt.Errorf("vpcs[%d]: %w", i, err)
		}
		out.VPCs = append(out.VPCs, v)
	}
	for i, f := range doc.Subnets {
		sn, err := s.fixtureSubnet(now, f)
		if err != nil {
			return nil, fmt.Errorf("subnets[%d]: %w", i, err)
		}
		out.Subnets = append(out.Subnets, sn)
	}
	for i, f := range doc.ENIs {
		e, err := s.fixtureENI(now, f)
		if err != nil {
			return nil, fmt.Errorf("network_interfaces[%d]: %w", i, err)
		}
		out.ENIs = append(out.ENIs, e)
	}
	for i, id := range doc.Delete {
		e, ok := s.ENIs[id]
		if !ok {
			return nil, fmt.Errorf("delete_network_interfaces[%d]: no ENI %q exists", i, id)
		}
		s.removeENI(e)
		out.Delete = append(out.Delete, id)
	}
	return out, nil
}

// fixtureID checks a given ID or generates one.
func fixtureID(prefix, id string, taken func(string) bool) (string, error) {
	if id == "" {
		return newID(prefix, taken), nil
	}
	if !validFixtureID(prefix, id) {
		return "", fmt.Errorf("the ID %q is malformed: %s- followed by 8 lowercase letters or digits", id, prefix)
	}
	if taken(id) {
		return "", fmt.Errorf("the ID %s exists already", id)
	}
	return id, nil
}

// parseCIDR parses a canonical IPv4 CIDR.
func parseCIDR(v string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(v)
	if err != nil || !p.Addr().Is4() {
		return netip.Prefix{}, fmt.Errorf("CidrBlock %q is not an IPv4 CIDR such as 10.0.0.0/16", v)
	}
	if p.Masked() != p {
		return netip.Prefix{}, fmt.Errorf("CidrBlock %q has host bits set; did you mean %s?", v, p.Masked())
	}
	return p, nil
}

func (s *state) fixtureVPC(now time.Time, f fixtureVPC) (fixtureVPC, error) {
	id, err := fixtureID("vpc", f.VpcId, func(id string) bool { return s.VPCs[id] != nil })
	if err != nil {
		return f, err
	}
	if !regionShape.MatchString(f.Region) {
		return f, fmt.Errorf("the Region %q is not a region name such as ap-guangzhou", f.Region)
	}
	p, err := parseCIDR(f.CidrBlock)
	if err != nil {
		return f, err
	}
	private := false
	for _, r := range privateRanges {
		private = private || (r.Bits() <= p.Bits() && r.Contains(p.Addr()))
	}
	if !private || p.Bits() < minVPCBits || p.Bits() > maxVPCBits {
		return f, fmt.Errorf("CidrBlock %s must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix length from /%d to /%d", p, minVPCBits, maxVPCBits)
	}
	s.addVPC(&vpcRecord{ID: id, Region: f.Region, CIDR: p.String(), Name: f.VpcName, Created: now, Seq: s.nextSeq()})
	f.VpcId = id
	return f, nil
}

func (s *state) fixtureSubnet(now time.Time, f fixtureSubnet) (fixtureSubnet, error) {
	id, err := fixtureID("subnet", f.SubnetId, func(id string) bool { return s.Subnets[id] != nil })
	if err != nil {
		return f, err
	}
	v, ok := s.VPCs[f.VpcId]
	if !ok {
		return f, fmt.Errorf("VpcId %q names no VPC (create it first, in this document's vpcs or an earlier one)", f.VpcId)
	}
	p, err := parseCIDR(f.CidrBlock)
	if err != nil {
		return f, err
	}
	vp := netip.MustParsePrefix(v.CIDR)
	if vp.Bits() > p.Bits() || !vp.Contains(p.Addr()) || p.Bits() > maxSubnetBits {
		return f, fmt.Errorf("CidrBlock %s must lie inside the VPC %s's %s and be at most a /%d", p, v.ID, v.CIDR, maxSubnetBits)
	}
	for _, other := range s.subnetsOf(v.ID) {
		if netip.MustParsePrefix(other.CIDR).Overlaps(p) {
			return f, fmt.Errorf("CidrBlock %s overlaps %s of the subnet %s in the VPC %s", p, other.CIDR, other.ID, v.ID)
		}
	}
	if !validZone(v.Region, f.Zone) {
		return f, fmt.Errorf("the Zone %q is not a zone of the VPC's region %s (%s-<name>, such as %s-3)", f.Zone, v.Region, v.Region, v.Region)
	}
	s.addSubnet(&subnetRecord{ID: id, VpcID: v.ID, Region: v.Region, CIDR: p.String(), Zone: f.Zone, Name: f.SubnetName, Created: now, Seq: s.nextSeq()}, p)
	f.SubnetId = id
	return f, nil
}

func (s *state) fixtureENI(now time.Time, f fixtureENI) (fixtureENI, error) {
	id, err := fixtureID("eni", f.NetworkInterfaceId, func(id string) bool { return s.ENIs[id] != nil })
	if err != nil {
		return f, err
	}
	sn, ok := s.Subnets[f.SubnetId]
	if !ok {
		return f, fmt.Errorf("SubnetId %q names no subnet (create it first, in this document's subnets or an earlier one)", f.SubnetId)
	}
	deviceIndex, err := s.attachment(f, sn)
	if err != nil {
		return f, err
	}
	pool := s.pools[sn.ID]
	var primary netip.Addr
	if f.PrivateIpAddress == "" {
		if primary, ok = pool.next(id); !ok {
			return f, fmt.Errorf("the subnet %s (%s) has no free address left for the primary IP", sn.ID, sn.CIDR)
		}
	} else {
		a, perr := parseIPv4("PrivateIpAddress", f.PrivateIpAddress)
		if perr != nil {
			return f, errors.New(perr.Message)
		}
		switch holder, held := pool.holder(a); {
		case !pool.contains(a):
			return f, fmt.Errorf("PrivateIpAddress %s is not in the subnet %s (%s)", a, sn.ID, sn.CIDR)
		case pool.reserved(a):
			return f, fmt.Errorf("PrivateIpAddress %s is reserved in the subnet %s (%s): its network, gateway (first host) and broadcast addresses are", a, sn.ID, sn.CIDR)
		case held:
			return f, fmt.Errorf("PrivateIpAddress %s is held by the ENI %s", a, holder)
		}
		pool.take(a, id)
		primary = a
	}
	seq := s.nextSeq()
	s.addENI(&eniRecord{
		ID: id, SubnetID: sn.ID, VpcID: sn.VpcID, Region: sn.Region, Zone: sn.Zone, Name: f.NetworkInterfaceName,
		InstanceID: f.InstanceId, Primary: f.Primary, DeviceIndex: deviceIndex,
		MAC:     fmt.Sprintf("20:90:6F:%02X:%02X:%02X", byte(seq>>16), byte(seq>>8), byte(seq)),
		Created: now, Seq: seq,
		IPs: []*ipRecord{{Address: primary.String(), Primary: true, State: ipAvailable, QosLevel: qosDefault}},
	})
	f.NetworkInterfaceId, f.PrivateIpAddress = id, primary.String()
	return f, nil
}

// attachment checks an ENI's InstanceId and Primary and returns its device index.
func (s *state) attachment(f fixtureENI, sn *subnetRecord) (int, error) {
	if f.InstanceId == "" {
		if f.Primary {
			return 0, errors.New("an ENI with Primary true needs an InstanceId: a primary ENI is an instance's first")
		}
		return 0, nil
	}
	if body, ok := strings.CutPrefix(f.InstanceId, "ins-"); !ok || !idBody.MatchString(body) {
		return 0, fmt.Errorf("InstanceId %q is malformed: ins- followed by lowercase letters and digits", f.InstanceId)
	}
	next := 1
	for _, other := range s.ENIs {
		if other.InstanceID != f.InstanceId {
			continue
		}
		if other.VpcID != sn.VpcID {
			return 0, fmt.Errorf("the instance %s has the ENI %s in the VPC %s: an instance's ENIs share one VPC, and this one is in %s", f.InstanceId, other.ID, other.VpcID, sn.VpcID)
		}
		if f.Primary && other.Primary {
			return 0, fmt.Errorf("the instance %s has a primary ENI already (%s)", f.InstanceId, other.ID)
		}
		next = max(next, other.DeviceIndex+1)
	}
	if f.Primary {
		return 0, nil
	}
	return next, nil
}
