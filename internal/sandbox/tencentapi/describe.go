package tencentapi

import (
	"sort"
)

// The Describe* skeleton every product's list actions share: scope check,
// IDs-or-Filters, ID count, paging, sort order, filters, then gather, filter,
// sort by creation and page. The checks run in that order, so the first
// problem found is the one answered.

// Paging defaults: Offset 0, Limit 20, Limit at most 100 (ECM catalog §1.10).
const (
	defaultLimit = 20
	maxLimit     = 100
	maxIDs       = 100
)

// IntParam is an optional integer parameter: a strictly decoded *int64
// (Int) or a FlexInt for the actions that document it as String.
type IntParam interface {
	Value(name string, def int64) (int64, *Error)
}

// Int adapts an optional integer parameter decoded as a JSON number.
func Int(p *int64) IntParam { return intParam{p} }

type intParam struct{ p *int64 }

func (i intParam) Value(_ string, def int64) (int64, *Error) { return Int64Or(i.p, def), nil }

// Describe is one Describe* request, as its handler hands it over.
type Describe[T any] struct {
	Scope      *Error   // the action's scope check (ECM: EcmRegion), answered first
	IDsParam   string   // e.g. "VpcIds"
	IDs        []string // the IDs asked for; they exclude Filters
	TooManyIDs string   // error code for more than 100 IDs
	Filters    []Filter
	FilterSet  FilterSet[T]
	Offset     IntParam // nil = absent
	Limit      IntParam // nil = absent
	PagingCode string   // error code for Offset/Limit out of range
	Sort       *string  // nil: the action has no Sort (creation order)
	Seq        func(T) int64
	Candidates func(ids []string) []T // the items to filter: those with the IDs (deduplicated), or all when ids is nil
}

// Run validates the request and returns the page and the total count.
func (q Describe[T]) Run() (page []T, total int, aerr *Error) {
	if q.Scope != nil {
		return nil, 0, q.Scope
	}
	if len(q.IDs) > 0 && len(q.Filters) > 0 {
		return nil, 0, Errf("InvalidParameter.Coexist", "%s and Filters cannot be specified at the same time.", q.IDsParam)
	}
	if len(q.IDs) > maxIDs {
		return nil, 0, Errf(q.TooManyIDs, "At most %d %s may be given; got %d.", maxIDs, q.IDsParam, len(q.IDs))
	}
	offset, limit, aerr := q.paging()
	if aerr != nil {
		return nil, 0, aerr
	}
	newestFirst := false
	if q.Sort != nil {
		if newestFirst, aerr = checkSort(*q.Sort); aerr != nil {
			return nil, 0, aerr
		}
	}
	match, aerr := q.FilterSet.Compile(q.Filters)
	if aerr != nil {
		return nil, 0, aerr
	}
	var found []T
	for _, item := range q.Candidates(dedupe(q.IDs)) {
		if match(item) {
			found = append(found, item)
		}
	}
	SortBySeq(found, q.Seq, newestFirst)
	return PageOf(found, offset, limit), len(found), nil
}

func (q Describe[T]) paging() (offset, limit int, aerr *Error) {
	var off, lim int64
	if q.Offset != nil {
		if off, aerr = q.Offset.Value("Offset", 0); aerr != nil {
			return 0, 0, aerr
		}
	}
	if q.Limit != nil {
		if lim, aerr = q.Limit.Value("Limit", 0); aerr != nil {
			return 0, 0, aerr
		}
	}
	return CheckPaging(off, lim, q.PagingCode)
}

// dedupe returns ids without repeats, in order; nil stays nil.
func dedupe(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// checkSort validates Sort: "" / "default" (network planning = creation
// order) or "time" (reverse chronological).
func checkSort(v string) (newestFirst bool, aerr *Error) {
	switch v {
	case "", "default":
		return false, nil
	case "time":
		return true, nil
	}
	return false, Errf("InvalidParameterValue", "The parameter Sort=%q must be time or default.", v)
}

// CheckPaging validates Offset/Limit (Limit 0 or absent means the default)
// and returns them; code is the action's error code for out-of-range values.
func CheckPaging(offset, limit int64, code string) (int, int, *Error) {
	if offset < 0 {
		return 0, 0, Errf(code, "The parameter Offset=%d must not be negative.", offset)
	}
	if limit < 0 || limit > maxLimit {
		return 0, 0, Errf(code, "The parameter Limit=%d must be between 0 and %d.", limit, maxLimit)
	}
	if limit == 0 {
		limit = defaultLimit
	}
	return int(min(offset, 1<<31)), int(limit), nil
}

// PageOf returns items[offset : offset+limit], clipped.
func PageOf[T any](items []T, offset, limit int) []T {
	if offset >= len(items) {
		return []T{}
	}
	end := min(len(items), offset+limit)
	return items[offset:end]
}

// SortBySeq orders by creation (oldest first) or newest first.
func SortBySeq[T any](items []T, seq func(T) int64, newestFirst bool) {
	sort.Slice(items, func(i, j int) bool {
		if newestFirst {
			return seq(items[i]) > seq(items[j])
		}
		return seq(items[i]) < seq(items[j])
	})
}

// Int64Or returns *p or def.
func Int64Or(p *int64, def int64) int64 {
	if p == nil {
		return def
	}
	return *p
}
