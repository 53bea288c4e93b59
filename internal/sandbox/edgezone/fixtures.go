package edgezone

// Fixtures (host.Fixtures, POST /_sandbox/fixtures/edgezone): the physical servers addresses are
// bound to, and the zones' address pools; no documented action creates either. The document is
// the common brief's contract:
//
//	{"bind":   [{"NetworkInstanceId": "epn-…", "Ip": "…", "InstanceId": "epm-…(opt)"}],
//	 "unbind": [{"NetworkInstanceId": "epn-…", "Ip": "…"}],
//	 "pools":  [{"Region": "ap-guangzhou", "ZoneId": "ap-guangzhou-ez-1", "Type": "ipv4", "Cidr": "…"}]}
//
// processed in that order, all or nothing (a failing entry leaves the state as it was). Unknown
// fields are an error. The answer has the same three keys, entries complete:
//
//   - bind: a server (InstanceId, generated "epm-" + 8 characters when absent) is bound to an
//     address: an applied address of a STATIC instance (its IpInfo becomes InUse with that
//     InstanceId), or an address inside a BGP/OSPF instance's range other than its gateway (the
//     range's IpInfo becomes InUse). The instance's ServerCount counts distinct servers. Binding an
//     address to the server it is bound to already is a no-op; to another server, an error. It acts
//     on any account's instance, in any region.
//   - unbind: the server bound to the address is terminated: the address is Unbound again. The
//     answer adds the InstanceId that was unbound.
//   - pools: the zone's pool of that Type (ipv4/ipv6, any casing) becomes Cidr (canonical form; an
//     IPv4 pool /16 to /32, an IPv6 pool /112 to /128). Addresses already held stay with their
//     instances, wherever they are; new ones come from the new pool, avoiding held ones.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/netip"
	"strings"
	"time"
)

type fixtureDoc struct {
	Bind   []bindFixture   `json:"bind"`
	Unbind []unbindRequest `json:"unbind"`
	Pools  []poolRecord    `json:"pools"`
}

type bindFixture struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
	Ip                string `json:"Ip"`
	InstanceId        string `json:"InstanceId,omitempty"`
}

type unbindRequest struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
	Ip                string `json:"Ip"`
}

type fixtureAnswer struct {
	Bind   []bindFixture `json:"bind"`
	Unbind []bindFixture `json:"unbind"`
	Pools  []poolRecord  `json:"pools"`
}

// AddFixtures applies a fixture document (host.Fixtures).
func (e *state) AddFixtures(now time.Time, body []byte) (any, error) {
	var doc fixtureDoc
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("invalid fixture document: %w", err)
	}
	before, err := e.Save()
	if err != nil {
		return nil, err
	}
	out, err := e.applyFixtures(now, doc)
	if err != nil {
		if rerr := e.Load(before); rerr != nil {
			return nil, fmt.Errorf("%w (and restoring the state failed: %w)", err, rerr)
		}
		return nil, err
	}
	return out, nil
}

func (e *state) applyFixtures(now time.Time, doc fixtureDoc) (fixtureAnswer, error) {
	out := fixtureAnswer{Bind: []bindFixture{}, Unbind: []bindFixture{}, Pools: []poolRecord{}}
	for i, b := range doc.Bind {
		done, err := e.bind(now, b)
		if err != nil {
			return out, fmt.Errorf("bind[%d]: %w", i, err)
		}
		out.Bind = append(out.Bind, done)
	}
	for i, u := range doc.Unbind {
		done, err := e.unbind(now, u)
		if err != nil {
			return out, fmt.Errorf("unbind[%d]: %w", i, err)
		}
		out.Unbind = append(out.Unbind, done)
	}
	for i, p := range doc.Pools {
		done, err := e.replacePool(p)
		if err != nil {
			return out, fmt.Errorf("pools[%d]: %w", i, err)
		}
		out.Pools = append(out.Pools, done)
	}
	return out, nil
}

// addressOf finds the instance and the canonical address of a bind or unbind entry.
func (e *state) addressOf(id, ip string) (*instanceRecord, string, error) {
	inst := e.Instances[id]
	if inst == nil {
		return nil, "", fmt.Errorf("no public network instance %q", id)
	}
	a, err := netip.ParseAddr(strings.TrimSpace(ip))
	if err != nil || a.Zone() != "" {
		return nil, "", fmt.Errorf("the Ip %q is not an IP address", ip)
	}
	return inst, a.Unmap().String(), nil
}

func (e *state) bind(now time.Time, b bindFixture) (bindFixture, error) {
	inst, ip, err := e.addressOf(b.NetworkInstanceId, b.Ip)
	if err != nil {
		return b, err
	}
	server := b.InstanceId
	if server == "" {
		server = randomID("epm-")
	} else if !wellFormed(server, "epm-") {
		return b, fmt.Errorf("the InstanceId %q is not a server ID (epm- followed by lowercase letters and digits)", server)
	}
	if inst.RouteMode == modeStatic {
		rec := inst.IPs[ip]
		if rec == nil {
			return b, fmt.Errorf("%s is not an address applied by the STATIC instance %s", ip, inst.ID)
		}
		if rec.InstanceID != "" && rec.InstanceID != server {
			return b, fmt.Errorf("%s of %s is bound to the server %s already", ip, inst.ID, rec.InstanceID)
		}
		if rec.InstanceID == "" {
			rec.InstanceID, rec.UpdatedAt = server, now
		}
		return bindFixture{NetworkInstanceId: inst.ID, Ip: ip, InstanceId: server}, nil
	}
	r := inst.rangeOf(ip)
	if r == nil || r.Gateway == ip {
		return b, fmt.Errorf("%s is not a server address of the %s instance %s (its ranges, less their gateways)", ip, inst.RouteMode, inst.ID)
	}
	if cur := inst.Bindings[ip]; cur != "" && cur != server {
		return b, fmt.Errorf("%s of %s is bound to the server %s already", ip, inst.ID, cur)
	}
	if inst.Bindings[ip] == "" {
		inst.Bindings[ip], r.UpdatedAt = server, now
	}
	return bindFixture{NetworkInstanceId: inst.ID, Ip: ip, InstanceId: server}, nil
}

func (e *state) unbind(now time.Time, u unbindRequest) (bindFixture, error) {
	inst, ip, err := e.addressOf(u.NetworkInstanceId, u.Ip)
	if err != nil {
		return bindFixture{}, err
	}
	if rec := inst.IPs[ip]; rec != nil && rec.InstanceID != "" {
		server := rec.InstanceID
		rec.InstanceID, rec.UpdatedAt = "", now
		return bindFixture{NetworkInstanceId: inst.ID, Ip: ip, InstanceId: server}, nil
	}
	if server := inst.Bindings[ip]; server != "" {
		delete(inst.Bindings, ip)
		inst.rangeOf(ip).UpdatedAt = now
		return bindFixture{NetworkInstanceId: inst.ID, Ip: ip, InstanceId: server}, nil
	}
	return bindFixture{}, fmt.Errorf("no server is bound to %s of %s", ip, inst.ID)
}

// rangeOf is the instance's range that holds ip, nil when none does.
func (inst *instanceRecord) rangeOf(ip string) *cidrRecord {
	a := netip.MustParseAddr(ip)
	for _, r := range inst.CIDRs {
		if mustPrefix(r.Cidr).Contains(a) {
			return r
		}
	}
	return nil
}

func (e *state) replacePool(p poolRecord) (poolRecord, error) {
	if !regionCatalog[p.Region] {
		return p, fmt.Errorf("unknown region %q", p.Region)
	}
	if zoneCatalog[p.ZoneId] != p.Region {
		return p, fmt.Errorf("the ZoneId %q is not a zone of %s (zones: %s)", p.ZoneId, p.Region, strings.Join(zonesOf(p.Region), ", "))
	}
	typ, ok := parseType(p.Type)
	if !ok {
		return p, fmt.Errorf("type %q must be ipv4 or ipv6", p.Type)
	}
	prefix, err := netip.ParsePrefix(strings.TrimSpace(p.Cidr))
	if err != nil {
		return p, fmt.Errorf("cidr %q: %w", p.Cidr, err)
	}
	if prefix != prefix.Masked() {
		return p, fmt.Errorf("cidr %q has host bits set (%s)", p.Cidr, prefix.Masked())
	}
	if typeOf(prefix.Addr()) != typ {
		return p, fmt.Errorf("cidr %q is not an %s range", p.Cidr, typ)
	}
	if minBits := map[string]int{typeIPv4: minPoolBits4, typeIPv6: minPoolBits6}[typ]; prefix.Bits() < minBits {
		return p, fmt.Errorf("cidr %q is too large for a sandbox pool: at most /%d", p.Cidr, minBits)
	}
	rec := &poolRecord{Region: p.Region, ZoneId: p.ZoneId, Type: typ, Cidr: prefix.String()}
	e.Pools[poolKey(p.ZoneId, typ)] = rec
	return *rec, nil
}
