package sandbox

import (
	"sort"
	"strings"
)

// Filters, sorting and pagination shared by the Describe* actions.

// filter is the API's Filter structure.
type filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}

// filterDef describes one filter name of an action.
type filterDef[T any] struct {
	single bool // "only fuzzy query by a single value is supported"
	match  func(item T, values []string) bool
}

// filterSet is the table of filters an action accepts.
type filterSet[T any] struct {
	defs       map[string]filterDef[T]
	tags       func(T) []tag // non-nil enables tag-key and tag:<key>
	maxFilters int           // 0 = unlimited
	maxValues  int           // 0 = unlimited
	limitCode  string        // error code for exceeding maxFilters/maxValues
}

// compile validates filters and returns a predicate: values of one filter
// are ORed, filters are ANDed.
func (fs filterSet[T]) compile(filters []filter) (func(T) bool, *apiError) {
	if fs.maxFilters > 0 && len(filters) > fs.maxFilters {
		return nil, errf(fs.limitCode, "At most %d Filters may be given; got %d.", fs.maxFilters, len(filters))
	}
	preds := make([]func(T) bool, 0, len(filters))
	for i, f := range filters {
		if f.Name == "" {
			return nil, errf("InvalidParameterValue.InvalidFilter", "The parameter Filters.%d.Name is required.", i)
		}
		if len(f.Values) == 0 {
			return nil, errf("InvalidParameterValue", "The filter %s (Filters.%d) must have at least one value.", f.Name, i)
		}
		if fs.maxValues > 0 && len(f.Values) > fs.maxValues {
			return nil, errf(fs.limitCode, "The filter %s accepts at most %d values; got %d.", f.Name, fs.maxValues, len(f.Values))
		}
		values := f.Values
		if def, ok := fs.defs[f.Name]; ok {
			if def.single && len(values) > 1 {
				return nil, errf("InvalidParameterValue.FilterLimitExceeded", "The filter %s supports a single value only; got %d.", f.Name, len(values))
			}
			match := def.match
			preds = append(preds, func(item T) bool { return match(item, values) })
			continue
		}
		if fs.tags != nil && f.Name == "tag-key" {
			preds = append(preds, func(item T) bool {
				for _, t := range fs.tags(item) {
					if anyEqual(t.Key, values) {
						return true
					}
				}
				return false
			})
			continue
		}
		if key, ok := strings.CutPrefix(f.Name, "tag:"); fs.tags != nil && ok && key != "" {
			preds = append(preds, func(item T) bool {
				for _, t := range fs.tags(item) {
					if t.Key == key && anyEqual(t.Value, values) {
						return true
					}
				}
				return false
			})
			continue
		}
		return nil, errf("InvalidParameterValue.InvalidFilter", "The filter name %q (Filters.%d.Name) is not supported; valid names: %s.", f.Name, i, fs.names())
	}
	return func(item T) bool {
		for _, p := range preds {
			if !p(item) {
				return false
			}
		}
		return true
	}, nil
}

func (fs filterSet[T]) names() string {
	names := make([]string, 0, len(fs.defs)+2)
	for n := range fs.defs {
		names = append(names, n)
	}
	sort.Strings(names)
	if fs.tags != nil {
		names = append(names, "tag-key", "tag:<key>")
	}
	return strings.Join(names, ", ")
}

func anyEqual(v string, values []string) bool {
	for _, x := range values {
		if v == x {
			return true
		}
	}
	return false
}

func anyContains(v string, values []string) bool {
	for _, x := range values {
		if strings.Contains(v, x) {
			return true
		}
	}
	return false
}

// Paging defaults: Offset 0, Limit 20, Limit at most 100 (catalog §1.10).
const (
	defaultLimit = 20
	maxLimit     = 100
)

// checkPaging validates Offset/Limit (Limit 0 or absent means the default)
// and returns them; code is the action's error code for out-of-range values.
func checkPaging(offset, limit int64, code string) (int, int, *apiError) {
	if offset < 0 {
		return 0, 0, errf(code, "The parameter Offset=%d must not be negative.", offset)
	}
	if limit < 0 || limit > maxLimit {
		return 0, 0, errf(code, "The parameter Limit=%d must be between 0 and %d.", limit, maxLimit)
	}
	if limit == 0 {
		limit = defaultLimit
	}
	return int(min(offset, 1<<31)), int(limit), nil
}

// pageOf returns items[offset : offset+limit], clipped.
func pageOf[T any](items []T, offset, limit int) []T {
	if offset >= len(items) {
		return []T{}
	}
	end := min(len(items), offset+limit)
	return items[offset:end]
}

// sortBySeq orders by creation (oldest first) or newest first.
func sortBySeq[T any](items []T, seq func(T) int64, newestFirst bool) {
	sort.Slice(items, func(i, j int) bool {
		if newestFirst {
			return seq(items[i]) > seq(items[j])
		}
		return seq(items[i]) < seq(items[j])
	})
}

// int64Or returns *p or def.
func int64Or(p *int64, def int64) int64 {
	if p == nil {
		return def
	}
	return *p
}
