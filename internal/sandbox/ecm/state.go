package ecm

import (
	"encoding/json"
	"math/rand/v2"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// state is ECM's part of the sandbox state, partitioned by EcmRegion. The
// exported fields are its section of the state file; the rest is derived
// from them (rebuilt by Load) so that lookups by ID and due tasks cost O(1).
type state struct {
	Regions    map[string]*region `json:"regions"`
	Seq        int64              `json:"seq"`          // creation order of every resource
	NextTaskID int64              `json:"next_task_id"` // EIP task IDs (numeric strings)
	NextIP     int                `json:"next_ip"`      // cursor into the public IP pool
	// NextRouteID is the last route's Integer RouteId (routetable_routes.go).
	NextRouteID int64 `json:"next_route_id,omitempty"`

	// Security groups and key pairs are global (no EcmRegion): one account-wide set each.
	SecurityGroups map[string]*sgRecord      `json:"security_groups,omitempty"`
	KeyPairs       map[string]*keyPairRecord `json:"key_pairs,omitempty"`
	// Modules are global too (module.go).
	Modules map[string]*moduleRecord `json:"modules,omitempty"`
	// Instances are global too, each in the region of its zone (instance.go).
	Instances map[string]*instanceRecord `json:"instances,omitempty"`
	// PrivateImages are the account's own images (image_ops.go).
	PrivateImages map[string]*imageRecord `json:"private_images,omitempty"`
	// ENIs are global too, each in its VPC's region, the instances' primary ENIs included (eni.go).
	ENIs map[string]*eniRecord `json:"enis,omitempty"`
	// LoadBalancers (with their listeners and targets) and CLB tasks by RequestId are global too (clb*.go).
	LoadBalancers map[string]*lbRecord `json:"load_balancers,omitempty"`
	CLBTasks      map[string]*clbTask  `json:"clb_tasks,omitempty"`

	ids      map[string]idEntry          // every VPC, subnet and EIP ID -> kind and region
	ips      map[string]bool             // public IPs handed out
	running  *host.Schedule[*taskRecord] // RUNNING tasks by due time
	finished *host.Schedule[*taskRecord] // finished tasks by due time, to be forgotten
	instOps  *host.Schedule[*instanceOp] // instance operations by due time
	eniOps   *host.Schedule[*instanceOp] // ENI operations by due time (eni.go)
	// CLB tasks in progress and finished ones, by due time (clb_task.go).
	clbRunning, clbFinished *host.Schedule[*clbTask]

	subnetIPs map[string]map[string]string // subnet ID -> private IP -> instance ID

	catalog *catalogIndex        // the regions and zones served (kept across Reset)
	compute *computeIndex        // instance types, configuration, images (kept across Reset)
	lag     map[string]*lagEntry // read-after-write lag by object ID (not persisted)
}

type region struct {
	VPCs      map[string]*vpcRecord     `json:"vpcs"`
	Subnets   map[string]*subnetRecord  `json:"subnets"`
	Addresses map[string]*addressRecord `json:"addresses"`
	Tasks     map[string]*taskRecord    `json:"tasks"`
	// EIPs allocated on ApplyDay (UTC, YYYY-MM-DD), for DAILY_EIP_APPLY.
	ApplyDay   string `json:"apply_day,omitempty"`
	ApplyCount int    `json:"apply_count,omitempty"`

	// Touched: the default VPC and subnets were made (the first call naming the region).
	Touched    bool   `json:"touched,omitempty"`
	DefaultVPC string `json:"default_vpc,omitempty"`
	// DefaultSubnets: each zone's default subnet; SystemSubnets: the default
	// subnets the system made, which become default again when the user's
	// default subnet is deleted.
	DefaultSubnets map[string]string `json:"default_subnets,omitempty"`
	SystemSubnets  map[string]string `json:"system_subnets,omitempty"`

	// RouteTables (main and custom) and HaVips of the region's VPCs (routetable.go, havip.go).
	RouteTables map[string]*routeTableRecord `json:"route_tables,omitempty"`
	HaVips      map[string]*haVipRecord      `json:"havips,omitempty"`

	nSubnets map[string]int // subnets per VPC ID (derived; rebuilt by normalize)
}

// addSubnet stores a subnet and counts it for its VPC.
func (r *region) addSubnet(s *subnetRecord) {
	r.Subnets[s.ID] = s
	r.nSubnets[s.VpcID]++
}

// Kinds of IDs in the registry.
const (
	kindVPC       = "vpc"
	kindSubnet    = "subnet"
	kindAddress   = "eip"
	kindRoute     = "rtb"
	kindRouteItem = "rti"   // routes' RouteItemIds
	kindHaVip     = "havip" // HAVIPs
	kindSG        = "esg"   // security groups (global: region "")
	kindKeyPair   = "skey"  // key pairs (global: region "")
)

// idEntry is where an ID lives.
type idEntry struct {
	kind   string
	region string
}

func newState() *state {
	e := &state{}
	e.Reset()
	return e
}

func newRegion() *region {
	return &region{
		VPCs:      map[string]*vpcRecord{},
		Subnets:   map[string]*subnetRecord{},
		Addresses: map[string]*addressRecord{},
		Tasks:     map[string]*taskRecord{},

		DefaultSubnets: map[string]string{},
		SystemSubnets:  map[string]string{},
		nSubnets:       map[string]int{},
		RouteTables:    map[string]*routeTableRecord{},
		HaVips:         map[string]*haVipRecord{},
	}
}

// Reset forgets everything (host.Section).
func (e *state) Reset() {
	catalog, compute := e.catalog, e.compute
	if catalog == nil {
		catalog = newCatalogIndex(DefaultCatalog())
	}
	if compute == nil {
		compute = newComputeIndex(DefaultComputeCatalog())
	}
	*e = state{
		catalog: catalog,
		compute: compute,
		lag:     map[string]*lagEntry{},
		Regions: map[string]*region{},

		SecurityGroups: map[string]*sgRecord{},
		KeyPairs:       map[string]*keyPairRecord{},
		Modules:        map[string]*moduleRecord{},
		Instances:      map[string]*instanceRecord{},
		PrivateImages:  map[string]*imageRecord{},
		instOps:        newInstanceSchedule(),
		ENIs:           map[string]*eniRecord{},
		eniOps:         newENISchedule(),
		subnetIPs:      map[string]map[string]string{},
		NextTaskID:     100000,
		ids:            map[string]idEntry{},
		ips:            map[string]bool{},
		running:        newTaskSchedule(),
		finished:       newTaskSchedule(),
	}
	e.resetCLB()
}

// Save returns ECM's section of the state file (host.Section).
func (e *state) Save() ([]byte, error) { return json.Marshal(e) }

// Load replaces the state with a saved section and rebuilds the derived
// indexes (host.Section).
func (e *state) Load(data []byte) error {
	var loaded state
	if err := json.Unmarshal(data, &loaded); err != nil {
		return err
	}
	e.Reset()
	e.Seq, e.NextTaskID, e.NextIP = loaded.Seq, loaded.NextTaskID, loaded.NextIP
	e.NextRouteID = loaded.NextRouteID
	for id, g := range loaded.SecurityGroups {
		if g == nil {
			continue
		}
		e.SecurityGroups[id] = g
		e.ids[id] = idEntry{kindSG, ""}
	}
	for id, k := range loaded.KeyPairs {
		if k == nil {
			continue
		}
		e.KeyPairs[id] = k
		e.ids[id] = idEntry{kindKeyPair, ""}
	}
	for id, m := range loaded.Modules {
		if m == nil {
			continue
		}
		e.Modules[id] = m
		e.ids[id] = idEntry{kindModule, ""}
	}
	for id, im := range loaded.PrivateImages {
		if im != nil {
			e.PrivateImages[id] = im
			e.ids[id] = idEntry{kindImage, ""}
		}
	}
	for _, n := range loaded.ENIs { // before the instances, which make missing primary ENIs
		if n != nil {
			e.indexENI(n)
		}
	}
	for _, ins := range loaded.Instances {
		if ins != nil {
			e.indexInstance(ins)
		}
	}
	e.loadCLB(&loaded)
	for name, r := range loaded.Regions {
		if r == nil {
			r = newRegion()
		}
		r.normalize()
		e.Regions[name] = r
		for id, v := range r.VPCs {
			e.ids[id] = idEntry{kindVPC, name}
			if v.RouteTableID != "" {
				e.ids[v.RouteTableID] = idEntry{kindRoute, name}
			}
		}
		for id := range r.Subnets {
			e.ids[id] = idEntry{kindSubnet, name}
		}
		for id, a := range r.Addresses {
			e.ids[id] = idEntry{kindAddress, name}
			e.ips[a.IP] = true
		}
		for _, v := range r.VPCs { // state files written before route tables
			if v.RouteTableID == "" {
				v.RouteTableID = e.newID("rtb", kindRoute, name)
			}
		}
		e.loadRouting(name, r)
		for _, t := range r.Tasks {
			t.Region = name
			if t.Result == taskRunning {
				e.running.Push(t)
			} else {
				e.finished.Push(t)
			}
		}
	}
	return nil
}

// normalize fills nil maps after loading a state file.
func (r *region) normalize() {
	if r.VPCs == nil {
		r.VPCs = map[string]*vpcRecord{}
	}
	if r.Subnets == nil {
		r.Subnets = map[string]*subnetRecord{}
	}
	if r.Addresses == nil {
		r.Addresses = map[string]*addressRecord{}
	}
	if r.Tasks == nil {
		r.Tasks = map[string]*taskRecord{}
	}
	if r.DefaultSubnets == nil {
		r.DefaultSubnets = map[string]string{}
	}
	if r.SystemSubnets == nil {
		r.SystemSubnets = map[string]string{}
	}
	if r.RouteTables == nil {
		r.RouteTables = map[string]*routeTableRecord{}
	}
	if r.HaVips == nil {
		r.HaVips = map[string]*haVipRecord{}
	}
	r.nSubnets = map[string]int{}
	for _, s := range r.Subnets {
		r.nSubnets[s.VpcID]++
	}
}

// region returns the region's partition, creating it.
func (e *state) region(name string) *region {
	r, ok := e.Regions[name]
	if !ok {
		r = newRegion()
		e.Regions[name] = r
	}
	return r
}

// peekRegion returns the region's partition or an empty one (not stored).
func (e *state) peekRegion(name string) *region {
	if r, ok := e.Regions[name]; ok {
		return r
	}
	return newRegion()
}

// regionNames returns the regions to look at: one, or all when name is "".
func (e *state) regionNames(name string) []string {
	if name != "" {
		return []string{name}
	}
	names := make([]string, 0, len(e.Regions))
	for n := range e.Regions {
		names = append(names, n)
	}
	return names
}

// lookup finds the region of an ID of the given kind; with scope != "" only
// in that region.
func (e *state) lookup(id, kind, scope string) (string, bool) {
	entry, ok := e.ids[id]
	if !ok || entry.kind != kind || (scope != "" && entry.region != scope) {
		return "", false
	}
	return entry.region, true
}

func (e *state) nextSeq() int64 {
	e.Seq++
	return e.Seq
}

const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// newID returns prefix-xxxxxxxx (8 random lowercase alphanumerics), unique
// across every region, and registers it as kind in region.
func (e *state) newID(prefix, kind, region string) string {
	for {
		b := make([]byte, 8)
		for i := range b {
			b[i] = idAlphabet[rand.IntN(len(idAlphabet))]
		}
		id := prefix + "-" + string(b)
		if _, taken := e.ids[id]; !taken {
			e.ids[id] = idEntry{kind, region}
			return id
		}
	}
}

// Removals keep the registry in step with the regions.

func (e *state) removeVPC(r *region, id string) {
	if v, ok := r.VPCs[id]; ok {
		delete(e.ids, v.RouteTableID)
		delete(r.RouteTables, v.RouteTableID)
	}
	if r.DefaultVPC == id {
		r.DefaultVPC = ""
	}
	delete(r.VPCs, id)
	delete(e.ids, id)
}

// removeSubnet forgets a subnet. When it was its zone's default, the
// system's default subnet becomes the default again ("not the last one you
// created", DeleteSubnet); when it was the system's own, the zone has none.
func (e *state) removeSubnet(r *region, id string) {
	if s, ok := r.Subnets[id]; ok {
		if r.nSubnets[s.VpcID]--; r.nSubnets[s.VpcID] <= 0 {
			delete(r.nSubnets, s.VpcID)
		}
		if r.SystemSubnets[s.Zone] == id {
			delete(r.SystemSubnets, s.Zone)
		}
		if r.DefaultSubnets[s.Zone] == id {
			if sys, ok := r.SystemSubnets[s.Zone]; ok {
				r.DefaultSubnets[s.Zone] = sys
			} else {
				delete(r.DefaultSubnets, s.Zone)
			}
		}
	}
	delete(r.Subnets, id)
	delete(e.ids, id)
}

func (e *state) removeAddress(r *region, id string) {
	if a, ok := r.Addresses[id]; ok {
		delete(e.ips, a.IP)
	}
	delete(r.Addresses, id)
	delete(e.ids, id)
}
