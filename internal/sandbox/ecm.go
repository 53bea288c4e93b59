package sandbox

import (
	"math/rand/v2"
)

// ECM (Edge Computing Machine), Tencent Cloud API 3.0, version 2019-07-19.
// Seed 003; catalog §2.5 (VPC), §2.6 (Subnet), §2.10 (EIP).

const (
	ecmService = "ecm"
	ecmVersion = "2019-07-19"
)

// Quotas enforced by the sandbox.
const (
	vpcQuotaPerRegion     = 20
	subnetQuotaPerVpc     = 50
	addressQuotaPerRegion = 20
	dailyAddressQuota     = 2 * addressQuotaPerRegion // reported, not enforced
)

func registerECM(s *Sandbox) {
	s.register(&service{name: ecmService, version: ecmVersion, actions: map[string]action{
		"CreateVpc":          {run: handle(createVpc), mutating: true},
		"DescribeVpcs":       {run: handle(describeVpcs)},
		"ModifyVpcAttribute": {run: handle(modifyVpcAttribute), mutating: true},
		"DeleteVpc":          {run: handle(deleteVpc), mutating: true},

		"CreateSubnet":          {run: handle(createSubnet), mutating: true},
		"DescribeSubnets":       {run: handle(describeSubnets)},
		"ModifySubnetAttribute": {run: handle(modifySubnetAttribute), mutating: true},
		"DeleteSubnet":          {run: handle(deleteSubnet), mutating: true},

		"AllocateAddresses":        {run: handle(allocateAddresses), mutating: true},
		"DescribeAddresses":        {run: handle(describeAddresses)},
		"ModifyAddressAttribute":   {run: handle(modifyAddressAttribute), mutating: true},
		"ModifyAddressesBandwidth": {run: handle(modifyAddressesBandwidth), mutating: true},
		"ReleaseAddresses":         {run: handle(releaseAddresses), mutating: true},
		"DescribeTaskResult":       {run: handle(describeTaskResult)},
		"DescribeAddressQuota":     {run: handle(describeAddressQuota)},
	}})
}

// ecmState is the ECM part of the sandbox state, partitioned by EcmRegion.
type ecmState struct {
	Regions    map[string]*ecmRegion `json:"regions"`
	Seq        int64                 `json:"seq"`          // creation order of every resource
	NextTaskID int64                 `json:"next_task_id"` // EIP task IDs (numeric strings)
	NextIP     int                   `json:"next_ip"`      // cursor into the public IP pool
}

type ecmRegion struct {
	VPCs      map[string]*vpcRecord     `json:"vpcs"`
	Subnets   map[string]*subnetRecord  `json:"subnets"`
	Addresses map[string]*addressRecord `json:"addresses"`
	Tasks     map[string]*taskRecord    `json:"tasks"`
	// EIPs allocated on ApplyDay (UTC, YYYY-MM-DD), for DAILY_EIP_APPLY.
	ApplyDay   string `json:"apply_day,omitempty"`
	ApplyCount int    `json:"apply_count,omitempty"`
}

func newECMState() *ecmState {
	return &ecmState{Regions: map[string]*ecmRegion{}, NextTaskID: 100000}
}

func newECMRegion() *ecmRegion {
	return &ecmRegion{
		VPCs:      map[string]*vpcRecord{},
		Subnets:   map[string]*subnetRecord{},
		Addresses: map[string]*addressRecord{},
		Tasks:     map[string]*taskRecord{},
	}
}

// normalize fills nil maps after loading a state file.
func (e *ecmState) normalize() {
	if e.Regions == nil {
		e.Regions = map[string]*ecmRegion{}
	}
	for name, r := range e.Regions {
		if r == nil {
			e.Regions[name] = newECMRegion()
			continue
		}
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
	}
}

// region returns the region's partition, creating it.
func (e *ecmState) region(name string) *ecmRegion {
	r, ok := e.Regions[name]
	if !ok {
		r = newECMRegion()
		e.Regions[name] = r
	}
	return r
}

// peekRegion returns the region's partition or an empty one (not stored).
func (e *ecmState) peekRegion(name string) *ecmRegion {
	if r, ok := e.Regions[name]; ok {
		return r
	}
	return newECMRegion()
}

// regionNames returns the regions to look at: one, or all when name is "".
func (e *ecmState) regionNames(name string) []string {
	if name != "" {
		return []string{name}
	}
	names := make([]string, 0, len(e.Regions))
	for n := range e.Regions {
		names = append(names, n)
	}
	return names
}

func (e *ecmState) nextSeq() int64 {
	e.Seq++
	return e.Seq
}

const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// newID returns prefix-xxxxxxxx (8 random lowercase alphanumerics), unique
// across every region.
func (e *ecmState) newID(prefix string) string {
	for {
		b := make([]byte, 8)
		for i := range b {
			b[i] = idAlphabet[rand.IntN(len(idAlphabet))]
		}
		id := prefix + "-" + string(b)
		if !e.idTaken(id) {
			return id
		}
	}
}

func (e *ecmState) idTaken(id string) bool {
	for _, r := range e.Regions {
		_, v := r.VPCs[id]
		_, s := r.Subnets[id]
		_, a := r.Addresses[id]
		if v || s || a {
			return true
		}
	}
	return false
}
