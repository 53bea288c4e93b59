package ecm

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// Read-after-write lag (host.Call.ReadLag), as eventually consistent APIs
// show it. A write call with ReadLag n records, for every object it creates,
// changes or deletes, the object as it was before the write (nothing, after
// a create). The next n Describe calls that look at the object (name its ID,
// or list its region) see that old version: a created object is left out, a
// changed one shows its old fields, a deleted one is still there. An async
// task started by such a call does the same when it completes (its changes
// to the addresses). Entries live in memory only; a later lagged write of
// the same object replaces its entry. Deterministic: no clock, no chance.

type lagEntry struct {
	kind, region string
	before       any // *vpcRecord, *subnetRecord, *addressRecord; nil = did not exist
	left         int // Describe calls still to see it
}

// lagWrite records the version of an object before a write of a call with ReadLag n.
func (e *state) lagWrite(n int, kind, region, id string, before any) {
	if n <= 0 {
		return
	}
	e.lag[id] = &lagEntry{kind: kind, region: region, before: before, left: n}
}

func (e *state) consumeLag(id string, ent *lagEntry) {
	ent.left--
	if ent.left <= 0 {
		delete(e.lag, id)
	}
}

// applyLag rewrites the candidates of a Describe call of kind: scope is the
// region looked at ("" = all), ids the IDs asked for (nil = all). present
// objects with an entry are replaced by their old version (or left out);
// objects deleted under lag are added back.
func applyLag[T any](e *state, kind, scope string, ids []string, items []T, id func(T) string, view func(region string, before any) T) []T {
	if len(e.lag) == 0 {
		return items
	}
	var want map[string]bool
	if ids != nil {
		want = make(map[string]bool, len(ids))
		for _, x := range ids {
			want[x] = true
		}
	}
	out := make([]T, 0, len(items))
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		k := id(it)
		seen[k] = true
		ent, ok := e.lag[k]
		if !ok || ent.kind != kind {
			out = append(out, it)
			continue
		}
		if ent.before != nil {
			out = append(out, view(ent.region, ent.before))
		}
		e.consumeLag(k, ent)
	}
	for k, ent := range e.lag {
		if ent.kind != kind || seen[k] || (scope != "" && ent.region != scope) || (want != nil && !want[k]) {
			continue
		}
		if ent.before != nil {
			out = append(out, view(ent.region, ent.before))
		}
		e.consumeLag(k, ent)
	}
	return out
}

// Copies taken before a write (records are changed in place).

func (v *vpcRecord) clone() *vpcRecord {
	c := *v
	c.Tags = copyTags(v.Tags)
	return &c
}

func (s *subnetRecord) clone() *subnetRecord {
	c := *s
	c.Tags = copyTags(s.Tags)
	return &c
}

func (a *addressRecord) clone() *addressRecord {
	c := *a
	c.Tags = copyTags(a.Tags)
	return &c
}

// lagAddresses records the addresses before a write of a call with ReadLag n.
func (e *state) lagAddresses(c *tencentapi.Call, region string, as []*addressRecord) {
	for _, a := range as {
		e.lagWrite(c.ReadLag, kindAddress, region, a.ID, a.clone())
	}
}
