package vpc

import (
	"cmp"
	"encoding/json"
	"math/rand/v2"
	"net/netip"
	"slices"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// state is VPC's part of the sandbox state. The exported fields are its section of the state file
// (objects keyed by ID, each knowing its region, so a lookup is one map access and a region check);
// the rest is derived from them and rebuilt by Load.
type state struct {
	VPCs    map[string]*vpcRecord    `json:"vpcs"`
	Subnets map[string]*subnetRecord `json:"subnets"`
	ENIs    map[string]*eniRecord    `json:"network_interfaces"`
	Tasks   map[string]*taskRecord   `json:"tasks"`         // by task ID: the starting call's RequestId
	Tokens  map[string]*tokenRecord  `json:"client_tokens"` // AssignPrivateIpAddresses' ClientTokens, 24 h
	Seq     int64                    `json:"seq"`           // creation order of every object

	catalog       map[string]bool             // the regions served without fixtures (kept across Reset)
	vpcsPerRegion map[string]int              // regions holding VPCs are served too
	pools         map[string]*pool            // subnet ID -> its address accounting
	vpcSubnets    map[string][]string         // VPC ID -> its subnets' IDs in creation order
	aliases       map[string]string           // RequestId of a ClientToken replay -> its task ID
	busy          map[string]string           // ENI ID -> its RUNNING task
	running       *host.Schedule[*taskRecord] // RUNNING tasks by due time
	finished      *host.Schedule[*taskRecord] // finished tasks by the time they are forgotten
	tokens        *host.Schedule[*tokenRecord]
}

type vpcRecord struct {
	ID      string    `json:"id"`
	Region  string    `json:"region"`
	CIDR    string    `json:"cidr"`
	Name    string    `json:"name,omitempty"`
	Created time.Time `json:"created"`
	Seq     int64     `json:"seq"`
}

type subnetRecord struct {
	ID      string    `json:"id"`
	VpcID   string    `json:"vpc_id"`
	Region  string    `json:"region"`
	CIDR    string    `json:"cidr"`
	Zone    string    `json:"zone"`
	Name    string    `json:"name,omitempty"`
	Created time.Time `json:"created"`
	Seq     int64     `json:"seq"`
}

// eniRecord is an elastic network interface. Its first IP is the primary one.
type eniRecord struct {
	ID          string      `json:"id"`
	SubnetID    string      `json:"subnet_id"`
	VpcID       string      `json:"vpc_id"`
	Region      string      `json:"region"`
	Zone        string      `json:"zone"`
	Name        string      `json:"name,omitempty"`
	InstanceID  string      `json:"instance_id,omitempty"` // attached to this instance
	Primary     bool        `json:"primary,omitempty"`     // the instance's primary ENI
	DeviceIndex int         `json:"device_index,omitempty"`
	MAC         string      `json:"mac"`
	Created     time.Time   `json:"created"`
	Seq         int64       `json:"seq"`
	IPs         []*ipRecord `json:"ips"`
}

// ipRecord is one private IPv4 address of an ENI.
type ipRecord struct {
	Address     string `json:"address"`
	Primary     bool   `json:"primary,omitempty"`
	State       string `json:"state"` // PENDING, AVAILABLE or DELETING
	QosLevel    string `json:"qos_level"`
	Description string `json:"description,omitempty"`
	Task        string `json:"task,omitempty"` // the RUNNING task that made it PENDING or DELETING
}

// Private IP states (PrivateIpAddressSpecification.State; MIGRATING is never shown).
const (
	ipPending   = "PENDING"
	ipAvailable = "AVAILABLE"
	ipDeleting  = "DELETING"
)

func newState() *state {
	s := &state{catalog: map[string]bool{}}
	for _, r := range DefaultRegions() {
		s.catalog[r] = true
	}
	s.Reset()
	return s
}

// Reset forgets everything but the region catalog (host.Section).
func (s *state) Reset() {
	*s = state{
		catalog:       s.catalog,
		VPCs:          map[string]*vpcRecord{},
		Subnets:       map[string]*subnetRecord{},
		ENIs:          map[string]*eniRecord{},
		Tasks:         map[string]*taskRecord{},
		Tokens:        map[string]*tokenRecord{},
		vpcsPerRegion: map[string]int{},
		pools:         map[string]*pool{},
		vpcSubnets:    map[string][]string{},
		aliases:       map[string]string{},
		busy:          map[string]string{},
		running:       newTaskSchedule(func(t *taskRecord) time.Time { return t.Due }),
		finished:      newTaskSchedule(func(t *taskRecord) time.Time { return t.Due.Add(taskRetention) }),
		tokens: host.NewSchedule(func(t *tokenRecord) time.Time { return t.Expires },
			func(a, b *tokenRecord) bool { return a.Token < b.Token }),
	}
}

// Save returns VPC's section of the state file (host.Section).
func (s *state) Save() ([]byte, error) { return json.Marshal(s) }

// Load replaces the state with a saved section and rebuilds the derived indexes (host.Section).
func (s *state) Load(data []byte) error {
	var loaded state
	if err := json.Unmarshal(data, &loaded); err != nil {
		return err
	}
	s.Reset()
	s.Seq = loaded.Seq
	for id, v := range loaded.VPCs {
		if v != nil {
			s.VPCs[id] = v
			s.vpcsPerRegion[v.Region]++
		}
	}
	subnets := make([]*subnetRecord, 0, len(loaded.Subnets))
	for _, sn := range loaded.Subnets {
		if sn != nil {
			subnets = append(subnets, sn)
		}
	}
	slices.SortFunc(subnets, func(a, b *subnetRecord) int { return cmp.Compare(a.Seq, b.Seq) })
	for _, sn := range subnets {
		p, err := netip.ParsePrefix(sn.CIDR)
		if err != nil {
			return err
		}
		s.addSubnet(sn, p)
	}
	for id, e := range loaded.ENIs {
		if e == nil {
			continue
		}
		s.ENIs[id] = e
		for _, ip := range e.IPs {
			if a, err := netip.ParseAddr(ip.Address); err == nil && s.pools[e.SubnetID] != nil {
				s.pools[e.SubnetID].take(a, e.ID)
			}
		}
	}
	for id, t := range loaded.Tasks {
		if t == nil {
			continue
		}
		s.Tasks[id] = t
		for _, a := range t.Aliases {
			s.aliases[a] = t.ID
		}
		if t.Status == taskRunning {
			s.running.Push(t)
			if _, ok := s.taskENI(t); ok {
				s.busy[t.ENI] = t.ID
			}
		} else {
			s.finished.Push(t)
		}
	}
	for tok, r := range loaded.Tokens {
		if r != nil {
			s.Tokens[tok] = r
			s.tokens.Push(r)
		}
	}
	return nil
}

func (s *state) nextSeq() int64 {
	s.Seq++
	return s.Seq
}

const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// newID returns prefix-xxxxxxxx (8 random lowercase letters and digits) that taken does not hold.
func newID(prefix string, taken func(string) bool) string {
	for {
		b := make([]byte, 8)
		for i := range b {
			b[i] = idAlphabet[rand.IntN(len(idAlphabet))]
		}
		if id := prefix + "-" + string(b); !taken(id) {
			return id
		}
	}
}

// addVPC, addSubnet, addENI and removeENI keep the derived indexes in step.

func (s *state) addVPC(v *vpcRecord) {
	s.VPCs[v.ID] = v
	s.vpcsPerRegion[v.Region]++
}

func (s *state) addSubnet(sn *subnetRecord, p netip.Prefix) {
	s.Subnets[sn.ID] = sn
	s.pools[sn.ID] = newPool(p)
	s.vpcSubnets[sn.VpcID] = append(s.vpcSubnets[sn.VpcID], sn.ID)
}

// addENI stores an ENI whose addresses are already taken in its subnet's pool.
func (s *state) addENI(e *eniRecord) { s.ENIs[e.ID] = e }

// removeENI forgets an ENI and frees its addresses. A task still running on it completes without
// effect.
func (s *state) removeENI(e *eniRecord) {
	for _, ip := range e.IPs {
		s.freeAddress(e.SubnetID, ip.Address)
	}
	delete(s.ENIs, e.ID)
	delete(s.busy, e.ID)
}

// freeAddress gives an address back to its subnet.
func (s *state) freeAddress(subnetID, address string) {
	if a, err := netip.ParseAddr(address); err == nil && s.pools[subnetID] != nil {
		s.pools[subnetID].release(a)
	}
}

// eniIn returns the ENI id when it exists in region.
func (s *state) eniIn(region, id string) (*eniRecord, bool) {
	e, ok := s.ENIs[id]
	if !ok || e.Region != region {
		return nil, false
	}
	return e, true
}

// primaryIP is the ENI's primary private IP.
func (e *eniRecord) primaryIP() string {
	for _, ip := range e.IPs {
		if ip.Primary {
			return ip.Address
		}
	}
	return ""
}
