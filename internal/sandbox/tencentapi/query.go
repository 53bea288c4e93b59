package tencentapi

import (
	"sort"
	"strings"
)

// Filters and tags as Tencent API 3.0 defines them for every product's
// Describe* actions.

// Filter is the API's Filter structure.
type Filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}

// Tag is the API's Tag structure, for input and output.
type Tag struct {
	Key   string `json:"Key"`
	Value string `json:"Value"`
}

// FilterDef describes one filter name of an action.
type FilterDef[T any] struct {
	Single bool // "only fuzzy query by a single value is supported"
	Match  func(item T, values []string) bool
}

// FilterSet is the table of filters an action accepts.
type FilterSet[T any] struct {
	Defs       map[string]FilterDef[T]
	Tags       func(T) []Tag // non-nil enables tag-key and tag:<key>
	MaxFilters int           // 0 = unlimited
	MaxValues  int           // 0 = unlimited
	LimitCode  string        // error code for exceeding MaxFilters/MaxValues
}

// Compile validates filters and returns a predicate: values of one filter
// are ORed, filters are ANDed.
func (fs FilterSet[T]) Compile(filters []Filter) (func(T) bool, *Error) {
	if fs.MaxFilters > 0 && len(filters) > fs.MaxFilters {
		return nil, Errf(fs.LimitCode, "At most %d Filters may be given; got %d.", fs.MaxFilters, len(filters))
	}
	preds := make([]func(T) bool, 0, len(filters))
	for i, f := range filters {
		if f.Name == "" {
			return nil, Errf("InvalidParameterValue.InvalidFilter", "The parameter Filters.%d.Name is required.", i)
		}
		if len(f.Values) == 0 {
			return nil, Errf("InvalidParameterValue", "The filter %s (Filters.%d) must have at least one value.", f.Name, i)
		}
		if fs.MaxValues > 0 && len(f.Values) > fs.MaxValues {
			return nil, Errf(fs.LimitCode, "The filter %s accepts at most %d values; got %d.", f.Name, fs.MaxValues, len(f.Values))
		}
		pred, aerr := fs.predicate(i, f)
		if aerr != nil {
			return nil, aerr
		}
		preds = append(preds, pred)
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

// predicate builds the test for the i-th filter.
func (fs FilterSet[T]) predicate(i int, f Filter) (func(T) bool, *Error) {
	values := f.Values
	if def, ok := fs.Defs[f.Name]; ok {
		if def.Single && len(values) > 1 {
			return nil, Errf("InvalidParameterValue.FilterLimitExceeded", "The filter %s supports a single value only; got %d.", f.Name, len(values))
		}
		match := def.Match
		return func(item T) bool { return match(item, values) }, nil
	}
	if fs.Tags != nil && f.Name == "tag-key" {
		return func(item T) bool {
			for _, t := range fs.Tags(item) {
				if AnyEqual(t.Key, values) {
					return true
				}
			}
			return false
		}, nil
	}
	if key, ok := strings.CutPrefix(f.Name, "tag:"); fs.Tags != nil && ok && key != "" {
		return func(item T) bool {
			for _, t := range fs.Tags(item) {
				if t.Key == key && AnyEqual(t.Value, values) {
					return true
				}
			}
			return false
		}, nil
	}
	return nil, Errf("InvalidParameterValue.InvalidFilter", "The filter name %q (Filters.%d.Name) is not supported; valid names: %s.", f.Name, i, fs.names())
}

func (fs FilterSet[T]) names() string {
	names := make([]string, 0, len(fs.Defs)+2)
	for n := range fs.Defs {
		names = append(names, n)
	}
	sort.Strings(names)
	if fs.Tags != nil {
		names = append(names, "tag-key", "tag:<key>")
	}
	return strings.Join(names, ", ")
}

// AnyEqual reports whether v is one of values.
func AnyEqual(v string, values []string) bool {
	for _, x := range values {
		if v == x {
			return true
		}
	}
	return false
}

// AnyContains reports whether v contains one of values (fuzzy filters).
func AnyContains(v string, values []string) bool {
	for _, x := range values {
		if strings.Contains(v, x) {
			return true
		}
	}
	return false
}
