package taurusdb

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Fixtures (host.Fixtures, POST /_sandbox/fixtures/taurusdb): TaurusDB
// instances and EIPs, which no emulated action creates, in the document
// format the common brief fixes:
//
//	{"instances": [{"id", "project_id", "region", "name", "status", "private_ip"}],
//	 "eips": [{"id", "project_id", "region", "public_ip_address", "type", "bandwidth_size",
//	           "bandwidth_share_type", "bandwidth_id", "bandwidth_name"}],
//	 "busy": [{"instance_id", "calls"}],
//	 "delete_instances": ["…in07"]}
//
// processed in that order and answered with the same keys, every entry
// complete. Choices: unknown fields are an error; a document is all or
// nothing (an error leaves the state as it was); project_id is required; a
// project has one region (Huawei project IDs are per region): region defaults
// to the project's, else cn-north-4, and another region for a known project is
// an error; IDs that are given must have the API's shape and be new; name
// defaults to "taurusdb-" and 4 hex digits, status to ACTIVE, private_ip to the
// next free address of 192.168.0.0/16; an EIP's address defaults to the next
// free one of 198.18.0.0/15 (unique across the sandbox), type to 5_bgp (one of
// 5_bgp, 5_sbgp, 5_youxuanbgp), bandwidth_size to 1 (1 to 2000), the share type
// to PER (PER or WHOLE), bandwidth_id to a UUID, bandwidth_name to
// "bandwidth-" and 4 hex digits (the seed's example style); busy sets the
// instance's count of bind/unbind calls answered 409 DBS.200019 (calls >= 1);
// delete_instances names existing instances: a running job of the instance
// fails and its EIP is unbound (DOWN).

const defaultRegion = "cn-north-4"

type fixtureDoc struct {
	Instances       []instanceFixture `json:"instances"`
	EIPs            []eipFixture      `json:"eips"`
	Busy            []busyFixture     `json:"busy"`
	DeleteInstances []string          `json:"delete_instances"`
}

type instanceFixture struct {
	ID        string `json:"id"`
	ProjectID string `json:"project_id"`
	Region    string `json:"region"`
	Name      string `json:"name"`
	Status    string `json:"status"`
	PrivateIP string `json:"private_ip"`
}

type eipFixture struct {
	ID            string `json:"id"`
	ProjectID     string `json:"project_id"`
	Region        string `json:"region"`
	Address       string `json:"public_ip_address"`
	Type          string `json:"type"`
	BandwidthSize int    `json:"bandwidth_size"`
	ShareType     string `json:"bandwidth_share_type"`
	BandwidthID   string `json:"bandwidth_id"`
	BandwidthName string `json:"bandwidth_name"`
}

type busyFixture struct {
	InstanceID string `json:"instance_id"`
	Calls      int    `json:"calls"`
}

var (
	eipTypes      = map[string]bool{"5_bgp": true, "5_sbgp": true, "5_youxuanbgp": true}
	eipShareTypes = map[string]bool{"PER": true, "WHOLE": true}
)

// AddFixtures creates the document's objects (host.Fixtures).
func (s *state) AddFixtures(now time.Time, body []byte) (any, error) {
	var doc fixtureDoc
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("the fixture document is not valid: %w", err)
	}
	if dec.More() {
		return nil, errors.New("the fixture document has trailing data")
	}
	before, err := s.Save()
	if err != nil {
		return nil, err
	}
	out, err := s.applyFixtures(now, doc)
	if err != nil {
		if lerr := s.Load(before); lerr != nil {
			return nil, errors.Join(err, fmt.Errorf("restoring the state: %w", lerr))
		}
		return nil, err
	}
	return out, nil
}

func (s *state) applyFixtures(now time.Time, doc fixtureDoc) (fixtureDoc, error) {
	out := fixtureDoc{Instances: []instanceFixture{}, EIPs: []eipFixture{}, Busy: []busyFixture{}, DeleteInstances: []string{}}
	for i, f := range doc.Instances {
		done, err := s.addInstance(now, f)
		if err != nil {
			return out, fmt.Errorf("instances[%d]: %w", i, err)
		}
		out.Instances = append(out.Instances, done)
	}
	for i, f := range doc.EIPs {
		done, err := s.addEIP(now, f)
		if err != nil {
			return out, fmt.Errorf("eips[%d]: %w", i, err)
		}
		out.EIPs = append(out.EIPs, done)
	}
	for i, f := range doc.Busy {
		ins := s.findInstance(f.InstanceID)
		switch {
		case ins == nil:
			return out, fmt.Errorf("busy[%d]: no instance %q", i, f.InstanceID)
		case f.Calls < 1:
			return out, fmt.Errorf("busy[%d]: calls must be at least 1", i)
		}
		ins.Busy = f.Calls
		out.Busy = append(out.Busy, f)
	}
	for i, id := range doc.DeleteInstances {
		if err := s.deleteInstance(now, id); err != nil {
			return out, fmt.Errorf("delete_instances[%d]: %w", i, err)
		}
		out.DeleteInstances = append(out.DeleteInstances, id)
	}
	return out, nil
}

// projectFor finds or makes the project of a fixture and checks its region.
func (s *state) projectFor(projectID, region string) (*project, string, error) {
	if !projectIDShape.MatchString(projectID) {
		return nil, "", fmt.Errorf("project_id %q must be 32 letters and digits", projectID)
	}
	p := s.project(projectID)
	switch {
	case p == nil && region == "":
		return s.newProject(projectID, defaultRegion), defaultRegion, nil
	case p == nil:
		return s.newProject(projectID, region), region, nil
	case region != "" && region != p.Region:
		return nil, "", fmt.Errorf("project %s is in region %s, not %s (a project ID belongs to one region)", projectID, p.Region, region)
	}
	return p, p.Region, nil
}

// findInstance finds an instance in any project.
func (s *state) findInstance(id string) *instanceRecord {
	for _, p := range s.Projects {
		if ins := p.Instances[id]; ins != nil {
			return ins
		}
	}
	return nil
}

func (s *state) addInstance(now time.Time, f instanceFixture) (instanceFixture, error) {
	p, region, err := s.projectFor(f.ProjectID, f.Region)
	if err != nil {
		return f, err
	}
	f.Region = region
	switch {
	case f.ID == "":
		f.ID = newInstanceID()
	case !instanceIDShape.MatchString(f.ID):
		return f, fmt.Errorf("id %q must be 36 letters and digits ending in in07", f.ID)
	case s.findInstance(f.ID) != nil:
		return f, fmt.Errorf("the instance %s exists already", f.ID)
	}
	if f.Name == "" {
		f.Name = "taurusdb-" + fmt.Sprintf("%x", randomBytes(2))
	}
	if f.Status == "" {
		f.Status = instanceActive
	}
	if f.PrivateIP == "" {
		if p.NextIP < privateFirst {
			p.NextIP = privateFirst
		}
		if f.PrivateIP, err = allocate(privatePool, &p.NextIP, p.privateIPTaken); err != nil {
			return f, err
		}
	} else {
		if f.PrivateIP, err = parseIPv4(f.PrivateIP); err != nil {
			return f, fmt.Errorf("private_ip: %w", err)
		}
		if p.privateIPTaken(f.PrivateIP) {
			return f, fmt.Errorf("private_ip %s is taken in project %s", f.PrivateIP, p.ID)
		}
	}
	p.Instances[f.ID] = &instanceRecord{ID: f.ID, Name: f.Name, Status: f.Status, PrivateIP: f.PrivateIP, PortID: newUUID(), Created: now}
	return f, nil
}

func (p *project) privateIPTaken(ip string) bool {
	for _, ins := range p.Instances {
		if ins.PrivateIP == ip {
			return true
		}
	}
	return false
}

func (s *state) addEIP(now time.Time, f eipFixture) (eipFixture, error) {
	p, region, err := s.projectFor(f.ProjectID, f.Region)
	if err != nil {
		return f, err
	}
	f.Region = region
	switch {
	case f.ID == "":
		f.ID = newUUID()
	case !isUUID(f.ID):
		return f, fmt.Errorf("id %q must be a UUID", f.ID)
	case s.findEIP(f.ID) != nil:
		return f, fmt.Errorf("the EIP %s exists already", f.ID)
	}
	if f.Address == "" {
		if f.Address, err = allocate(eipPool, &s.NextEIP, func(a string) bool { return s.used[a] }); err != nil {
			return f, err
		}
	} else {
		if f.Address, err = parseIPv4(f.Address); err != nil {
			return f, fmt.Errorf("public_ip_address: %w", err)
		}
		if s.used[f.Address] {
			return f, fmt.Errorf("public_ip_address %s belongs to another EIP", f.Address)
		}
	}
	if f.Type == "" {
		f.Type = "5_bgp"
	}
	if f.ShareType == "" {
		f.ShareType = "PER"
	}
	if f.BandwidthSize == 0 {
		f.BandwidthSize = 1
	}
	switch {
	case !eipTypes[f.Type]:
		return f, fmt.Errorf("type %q must be one of 5_bgp, 5_sbgp, 5_youxuanbgp", f.Type)
	case !eipShareTypes[f.ShareType]:
		return f, fmt.Errorf("bandwidth_share_type %q must be PER or WHOLE", f.ShareType)
	case f.BandwidthSize < 1 || f.BandwidthSize > 2000:
		return f, fmt.Errorf("bandwidth_size %d must be within 1..2000 (Mbit/s)", f.BandwidthSize)
	case f.BandwidthID != "" && !isUUID(f.BandwidthID):
		return f, fmt.Errorf("bandwidth_id %q must be a UUID", f.BandwidthID)
	}
	if f.BandwidthID == "" {
		f.BandwidthID = newUUID()
	}
	if f.BandwidthName == "" {
		f.BandwidthName = "bandwidth-" + fmt.Sprintf("%x", randomBytes(2))
	}
	s.used[f.Address] = true
	p.EIPs[f.ID] = &eipRecord{
		ID: f.ID, Address: f.Address, Type: f.Type, BandwidthSize: f.BandwidthSize, ShareType: f.ShareType,
		BandwidthID: f.BandwidthID, BandwidthName: f.BandwidthName, Created: now, Status: eipDown,
	}
	return f, nil
}

// findEIP finds an EIP in any project.
func (s *state) findEIP(id string) *eipRecord {
	for _, p := range s.Projects {
		if e := p.EIPs[id]; e != nil {
			return e
		}
	}
	return nil
}

// deleteInstance removes an instance: its running job fails, its EIP is unbound.
func (s *state) deleteInstance(now time.Time, id string) error {
	for _, p := range s.Projects {
		ins := p.Instances[id]
		if ins == nil {
			continue
		}
		delete(p.Instances, id)
		if j := p.Jobs[ins.Job]; j != nil && j.Ended.IsZero() {
			s.failJobNow(j, now, "The DB instance was deleted while the job ran.")
		}
		if e := p.EIPs[ins.EIP]; e != nil && e.Instance == id {
			e.Status, e.Instance = eipDown, ""
		}
		return nil
	}
	return fmt.Errorf("no instance %q", id)
}
