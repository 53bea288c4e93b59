package edgezone

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"time"
)

// state is EdgeZone's part of the sandbox state; its exported fields are its section of the state
// file. Instances are few (one per account and zone), so lookups by zone scan them.
type state struct {
	Instances map[string]*instanceRecord `json:"instances"` // by NetworkInstanceId, every region and account
	Pools     map[string]*poolRecord     `json:"pools"`     // by poolKey: every zone's IPv4 and IPv6 pool
	Seq       int64                      `json:"seq"`       // creation order of instances, CIDRs and IPs
}

// Route modes as stored and answered (DescribePublicNetworkInstances: "STATIC, BGP, OSPF").
const (
	modeStatic = "STATIC"
	modeBGP    = "BGP"
	modeOSPF   = "OSPF"
)

// IP types as stored (the request spelling of ApplyPublicIps and ReleasePublicIp).
const (
	typeIPv4 = "ipv4"
	typeIPv6 = "ipv6"
)

// IpInfo states (DescribePublicIps).
const (
	stateInUse   = "InUse"
	stateUnbound = "Unbound"
)

// instanceRecord is a public network instance.
type instanceRecord struct {
	ID           string  `json:"id"`
	Region       string  `json:"region"`
	Zone         string  `json:"zone"`
	Owner        string  `json:"owner"` // the SecretId that created it (the sandbox's AppId)
	Name         *string `json:"name,omitempty"`
	Line         string  `json:"line"`
	RouteMode    string  `json:"route_mode"`
	Bandwidth    *int64  `json:"bandwidth,omitempty"`
	InstanceType string  `json:"instance_type"`
	BgpAsNumber  *int64  `json:"bgp_as_number,omitempty"`

	CIDRs []*cidrRecord `json:"cidrs,omitempty"` // BGP/OSPF: the ranges taken from the pools at creation
	// IPs are a STATIC instance's applied addresses, by canonical text.
	IPs map[string]*ipRecord `json:"ips,omitempty"`
	// Bindings are the servers bound to addresses of a BGP/OSPF instance's ranges: address -> server.
	Bindings map[string]string `json:"bindings,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Seq       int64     `json:"seq"`
}

// cidrRecord is one range of a BGP/OSPF instance.
type cidrRecord struct {
	Cidr      string    `json:"cidr"`
	Gateway   string    `json:"gateway"`
	Type      string    `json:"type"`
	UpdatedAt time.Time `json:"updated_at"` // last bind or unbind of a server in it
	Seq       int64     `json:"seq"`
}

// ipRecord is an address applied by a STATIC instance.
type ipRecord struct {
	IP         string    `json:"ip"`
	Type       string    `json:"type"`
	InstanceID string    `json:"instance_id,omitempty"` // the bound server (epm-), "" when unbound
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	Seq        int64     `json:"seq"`
}

// poolRecord is a zone's pool of one type.
type poolRecord struct {
	Region string `json:"Region"`
	ZoneId string `json:"ZoneId"`
	Type   string `json:"Type"`
	Cidr   string `json:"Cidr"`
}

func poolKey(zone, typ string) string { return zone + "/" + typ }

func newState() *state {
	e := &state{}
	e.Reset()
	return e
}

// Reset forgets every instance and restores the default pools (host.Section).
func (e *state) Reset() {
	*e = state{Instances: map[string]*instanceRecord{}, Pools: defaultPools()}
}

// Settle has nothing to do: no EdgeZone action is asynchronous (host.Section).
func (e *state) Settle(time.Time) bool { return false }

// Save returns EdgeZone's section of the state file (host.Section).
func (e *state) Save() ([]byte, error) { return json.Marshal(e) }

// Load replaces the state with a saved section (host.Section).
func (e *state) Load(data []byte) error {
	var loaded state
	if err := json.Unmarshal(data, &loaded); err != nil {
		return err
	}
	if err := loaded.check(); err != nil {
		return fmt.Errorf("edgezone: the state file is malformed: %w", err)
	}
	e.Reset()
	e.Seq = loaded.Seq
	for key, p := range loaded.Pools {
		e.Pools[key] = p
	}
	for id, inst := range loaded.Instances {
		if inst.IPs == nil {
			inst.IPs = map[string]*ipRecord{}
		}
		if inst.Bindings == nil {
			inst.Bindings = map[string]string{}
		}
		e.Instances[id] = inst
	}
	return nil
}

// check verifies what the handlers take for granted (parseable addresses and ranges, known
// zones), so that a hand-edited state file is refused at load rather than failing a call.
func (e *state) check() error {
	for key, p := range e.Pools {
		if p == nil || key != poolKey(p.ZoneId, p.Type) || zoneCatalog[p.ZoneId] == "" {
			return fmt.Errorf("pool %q", key)
		}
		if _, err := netip.ParsePrefix(p.Cidr); err != nil {
			return fmt.Errorf("pool %q: %w", key, err)
		}
	}
	for id, inst := range e.Instances {
		if inst == nil || inst.ID != id || zoneCatalog[inst.Zone] != inst.Region {
			return fmt.Errorf("instance %q", id)
		}
		for _, r := range inst.CIDRs {
			if _, err := netip.ParsePrefix(r.Cidr); err != nil {
				return fmt.Errorf("instance %q: range: %w", id, err)
			}
		}
		for ip, rec := range inst.IPs {
			if _, err := netip.ParseAddr(ip); err != nil || rec == nil || rec.IP != ip {
				return fmt.Errorf("instance %q: address %q", id, ip)
			}
		}
		for ip := range inst.Bindings {
			if _, err := netip.ParseAddr(ip); err != nil {
				return fmt.Errorf("instance %q: binding %q: %w", id, ip, err)
			}
		}
	}
	return nil
}

// The quotas, as named limits (host.LimitDefaults). They are the account's quota of addresses per
// type in a zone, and with one instance per zone and account, per instance: the most addresses a
// STATIC instance may hold (ApplyPublicIps: LimitExceeded.QuotaExceeded / Ipv6QuotaExceeded), and
// the size of the range a BGP/OSPF instance gets at creation (64 addresses: a /26 or /122; 128: a
// /25 or /121, "No idle CIDR block (/26 or /25)"; any other value is InvalidParameter.InvalidQuota,
// "the quota value is not in valid range"). 0 means "not configured": ApplyPublicIps answers
// LimitExceeded.QuotaNotConfigured / Ipv6QuotaNotConfigured, CreatePublicNetworkInstance for a
// BGP/OSPF instance LimitExceeded.QuotaNotConfigured (IPv4) or makes no IPv6 range (IPv6). The
// defaults (64 and 64) are the sandbox's choice.
const (
	LimitIPv4PerInstance = "edgezone.public_ipv4_per_instance"
	LimitIPv6PerInstance = "edgezone.public_ipv6_per_instance"
)

// DefaultLimits declares the quotas and their defaults (host.LimitDefaults).
func (e *state) DefaultLimits() map[string]int {
	return map[string]int{LimitIPv4PerInstance: 64, LimitIPv6PerInstance: 64}
}

// nextSeq numbers what is created, in order.
func (e *state) nextSeq() int64 {
	e.Seq++
	return e.Seq
}

// serverCount is the number of distinct servers bound to the instance's addresses.
func (inst *instanceRecord) serverCount() int {
	servers := map[string]bool{}
	for _, ip := range inst.IPs {
		if ip.InstanceID != "" {
			servers[ip.InstanceID] = true
		}
	}
	for _, s := range inst.Bindings {
		servers[s] = true
	}
	return len(servers)
}

// countOf is the number of addresses of a type the instance holds: its applied IPs (STATIC) or
// the addresses of its ranges (BGP/OSPF).
func (inst *instanceRecord) countOf(typ string) int {
	n := 0
	for _, ip := range inst.IPs {
		if ip.Type == typ {
			n++
		}
	}
	for _, c := range inst.CIDRs {
		if c.Type == typ {
			n += int(prefixSize(mustPrefix(c.Cidr)))
		}
	}
	return n
}
