package clbtargets

import (
	"cmp"
	"slices"
)

// target is one backend of the listener: an instance (InstanceID) or a private IP of an ENI bound
// to an instance (EniIP), a port, a weight.
type target struct {
	InstanceID string
	EniIP      string
	Port       int64
	Weight     int64
}

// owner names what receives the traffic: the ENI IP, or else the instance.
type owner struct {
	InstanceID string
	EniIP      string
}

func (t target) owner() owner {
	if t.EniIP != "" {
		return owner{EniIP: t.EniIP}
	}
	return owner{InstanceID: t.InstanceID}
}

type targetKey struct {
	owner
	Port int64
}

func (t target) key() targetKey { return targetKey{t.owner(), t.Port} }

// portMove moves one backend from one port to another (ModifyTargetPort).
type portMove struct {
	owner
	From, To int64
}

// changes are the calls that turn the bound backends into the configured ones, in the order they
// run: deregistrations, port moves, registrations, weight changes. Each non-empty group is one
// call (port moves: one call per new port).
type changes struct {
	Deregister []target
	MovePorts  []portMove
	Register   []target
	Weights    []target // the backends (after their port move) with their new weight
}

// diff plans the changes from the bound backends (old) to the configured ones (want). A backend
// whose instance (or ENI IP) loses exactly one port and gains exactly one is moved with ModifyTargetPort
// (keeping its registration); any other set change is a deregistration plus a registration; a
// weight change of a kept backend is a weight change only.
func diff(old, want []target) changes {
	oldBy := map[targetKey]target{}
	for _, t := range old {
		oldBy[t.key()] = t
	}
	wantBy := map[targetKey]target{}
	for _, t := range want {
		wantBy[t.key()] = t
	}
	removed, added := map[owner][]target{}, map[owner][]target{}
	var c changes
	for _, t := range old {
		if _, ok := wantBy[t.key()]; !ok {
			removed[t.owner()] = append(removed[t.owner()], t)
		}
	}
	for _, t := range want {
		o, ok := oldBy[t.key()]
		switch {
		case !ok:
			added[t.owner()] = append(added[t.owner()], t)
		case o.Weight != t.Weight:
			c.Weights = append(c.Weights, t)
		}
	}
	for id, rs := range removed {
		as := added[id]
		if len(rs) == 1 && len(as) == 1 {
			c.MovePorts = append(c.MovePorts, portMove{owner: id, From: rs[0].Port, To: as[0].Port})
			if rs[0].Weight != as[0].Weight {
				c.Weights = append(c.Weights, as[0])
			}
			delete(added, id)
			continue
		}
		c.Deregister = append(c.Deregister, rs...)
	}
	for _, as := range added {
		c.Register = append(c.Register, as...)
	}
	slices.SortFunc(c.Deregister, byKey)
	slices.SortFunc(c.Register, byKey)
	slices.SortFunc(c.Weights, byKey)
	slices.SortFunc(c.MovePorts, func(a, b portMove) int {
		return cmp.Or(cmp.Compare(a.InstanceID, b.InstanceID), cmp.Compare(a.EniIP, b.EniIP))
	})
	return c
}

// byKey orders backends by instance, then ENI IP, then port.
func byKey(a, b target) int {
	return cmp.Or(cmp.Compare(a.InstanceID, b.InstanceID), cmp.Compare(a.EniIP, b.EniIP), cmp.Compare(a.Port, b.Port))
}
