package taurusdb

import (
	"encoding/json"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// state is TaurusDB's part of the sandbox state. Everything lives in a
// project: Huawei project IDs are per region, so the project ID in the path
// scopes every call (the region is in Huawei's endpoint host, which the
// sandbox, serving one host, does not read). A project's region is set by its
// first fixture and only reported back by the fixtures.
//
// The exported fields are the section of the state file; the rest is derived
// from them by Load.
type state struct {
	Projects map[string]*project `json:"projects"`
	NextEIP  uint32              `json:"next_eip"` // cursor into eipPool

	running *host.Schedule[*jobRecord] // unfinished jobs by due time
	ended   *host.Schedule[*jobRecord] // finished jobs by end + jobRetention, to be forgotten
	used    map[string]bool            // public IP addresses of every EIP
}

type project struct {
	ID        string                     `json:"-"` // its key in Projects
	Region    string                     `json:"region"`
	Instances map[string]*instanceRecord `json:"instances"`
	EIPs      map[string]*eipRecord      `json:"eips"`
	Jobs      map[string]*jobRecord      `json:"jobs"`
	NextIP    uint32                     `json:"next_private_ip"` // cursor into privatePool
}

// instanceRecord is a TaurusDB instance (a fixture).
type instanceRecord struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Status    string    `json:"status"`
	PrivateIP string    `json:"private_ip"`
	PortID    string    `json:"port_id"` // the port an EIP binds to (ShowInstanceEip's port_id)
	Created   time.Time `json:"created"`
	EIP       string    `json:"eip,omitempty"`  // the EIP being bound, bound or being unbound
	Job       string    `json:"job,omitempty"`  // the bind/unbind job running on it
	Busy      int       `json:"busy,omitempty"` // bind/unbind calls still to answer DBS.200019 (fixture)
}

// eipRecord is an EIP of the project (a fixture).
type eipRecord struct {
	ID            string    `json:"id"`
	Address       string    `json:"public_ip_address"`
	Type          string    `json:"type"`
	BandwidthSize int       `json:"bandwidth_size"`
	ShareType     string    `json:"bandwidth_share_type"`
	BandwidthID   string    `json:"bandwidth_id"`
	BandwidthName string    `json:"bandwidth_name"`
	Created       time.Time `json:"created"`
	Status        string    `json:"status"`             // eipDown, eipBinding, eipActive, eipUnbinding
	Instance      string    `json:"instance,omitempty"` // the instance it is being bound to, bound to or unbound from
}

// EIP statuses the sandbox shows (the seed's enumeration).
const (
	eipDown      = "DOWN"           // "The EIP has not been bound."
	eipBinding   = "BINDING"        // "The EIP is being bound."
	eipActive    = "ACTIVE"         // "The EIP has been bound."
	eipUnbinding = "PENDING_UPDATE" // "The EIP is being updated.": the seed has no unbinding status
)

// instanceActive is the only instance status that takes bind and unbind.
const instanceActive = "ACTIVE"

func newState() *state {
	s := &state{}
	s.Reset()
	return s
}

// Reset forgets everything (host.Section).
func (s *state) Reset() {
	s.Projects = map[string]*project{}
	s.NextEIP = 0
	s.derive()
}

// derive rebuilds what is not persisted.
func (s *state) derive() {
	s.running = host.NewSchedule(func(j *jobRecord) time.Time { return j.Due }, jobBefore)
	s.ended = host.NewSchedule(func(j *jobRecord) time.Time { return j.Ended.Add(jobRetention) }, jobBefore)
	s.used = map[string]bool{}
	for id, p := range s.Projects {
		p.ID = id
		for _, e := range p.EIPs {
			s.used[e.Address] = true
		}
		for _, j := range p.Jobs {
			j.project = p
			if j.Ended.IsZero() {
				s.running.Push(j)
			} else {
				s.ended.Push(j)
			}
		}
	}
}

func jobBefore(a, b *jobRecord) bool { return a.ID < b.ID }

// Save returns the section of the state file (host.Section).
func (s *state) Save() ([]byte, error) { return json.Marshal(s) }

// Load replaces the state with a section written by Save (host.Section).
func (s *state) Load(data []byte) error {
	var loaded state
	if err := json.Unmarshal(data, &loaded); err != nil {
		return err
	}
	if loaded.Projects == nil {
		loaded.Projects = map[string]*project{}
	}
	for _, p := range loaded.Projects {
		if p.Instances == nil {
			p.Instances = map[string]*instanceRecord{}
		}
		if p.EIPs == nil {
			p.EIPs = map[string]*eipRecord{}
		}
		if p.Jobs == nil {
			p.Jobs = map[string]*jobRecord{}
		}
	}
	s.Projects, s.NextEIP = loaded.Projects, loaded.NextEIP
	s.derive()
	return nil
}

// Settle finishes the jobs that are due and forgets jobs that ended more than
// jobRetention ago (host.Section). With nothing due it is two O(1) peeks.
func (s *state) Settle(now time.Time) bool {
	changed := false
	for {
		j, ok := s.running.PopDue(now)
		if !ok {
			break
		}
		if j.Ended.IsZero() { // not ended early (its instance deleted)
			s.finishJob(j, j.Due)
			changed = true
		}
	}
	for {
		j, ok := s.ended.PopDue(now)
		if !ok {
			break
		}
		delete(j.project.Jobs, j.ID)
		changed = true
	}
	return changed
}

// project returns a project, nil when no fixture made it.
func (s *state) project(id string) *project { return s.Projects[id] }

// newProject makes a project in region.
func (s *state) newProject(id, region string) *project {
	p := &project{ID: id, Region: region, Instances: map[string]*instanceRecord{}, EIPs: map[string]*eipRecord{}, Jobs: map[string]*jobRecord{}}
	s.Projects[id] = p
	return p
}

// instance finds an instance of a project (nil when the project or the instance does not exist).
func (s *state) instance(projectID, id string) (*project, *instanceRecord) {
	p := s.Projects[projectID]
	if p == nil {
		return nil, nil
	}
	return p, p.Instances[id]
}
