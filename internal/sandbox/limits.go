package sandbox

import (
	"fmt"
	"maps"
	"sort"
	"strings"
	"sync"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// limitSet keeps the named limits (quotas) the products enforce: each
// product's DefaultLimits (host.LimitDefaults), then Options.Limits (the
// -limit flag), then the overrides set at run time (SetLimit, POST
// /_sandbox/limits). The merged map is built when something changes and
// handed, read-only, to every call: a call costs one lock and no copy.
type limitSet struct {
	mu        sync.Mutex
	products  map[string]bool           // names of the hosted products
	declared  map[string]map[string]int // product -> its defaults (products that declare)
	base      map[string]int            // defaults overridden by Options.Limits
	overrides map[string]int            // SetLimit
	merged    map[string]int            // base overridden by overrides; never mutated once built
}

// configure collects the products' defaults and applies the configured values.
func (l *limitSet) configure(products []product, configured map[string]int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.products = map[string]bool{}
	l.declared = map[string]map[string]int{}
	l.base = map[string]int{}
	for _, p := range products {
		l.products[p.name] = true
		d, ok := p.state.(host.LimitDefaults)
		if !ok {
			continue
		}
		defs := d.DefaultLimits()
		l.declared[p.name] = maps.Clone(defs)
		for name, v := range defs {
			if !strings.HasPrefix(name, p.name+".") {
				return fmt.Errorf("sandbox: product %s declares the limit %q outside its prefix %q", p.name, name, p.name+".")
			}
			l.base[name] = v
		}
	}
	for name, v := range configured {
		if err := l.checkLocked(name, v); err != nil {
			return fmt.Errorf("sandbox: Options.Limits: %w", err)
		}
		l.base[name] = v
	}
	l.overrides = map[string]int{}
	l.rebuildLocked()
	return nil
}

// checkLocked refuses a negative value and an unknown name: a name must be
// "product.limit" for a hosted product, and one of the product's declared
// limits once it declares any (a product that declares none enforces none
// yet, and any of its names is kept for it).
func (l *limitSet) checkLocked(name string, v int) error {
	if v < 0 {
		return fmt.Errorf("limit %s: %d is negative", name, v)
	}
	prod, _, ok := strings.Cut(name, ".")
	if !ok || !l.products[prod] {
		return fmt.Errorf("unknown limit %q: names are product.limit, for a product among %v", name, sortedKeys(l.products))
	}
	if defs, declares := l.declared[prod]; declares {
		if _, known := defs[name]; !known {
			return fmt.Errorf("unknown limit %q: %s has %v", name, prod, sortedKeys(defs))
		}
	}
	return nil
}

func (l *limitSet) rebuildLocked() {
	m := maps.Clone(l.base)
	maps.Copy(m, l.overrides)
	l.merged = m
}

// effective returns the merged map; callers must not modify it.
func (l *limitSet) effective() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.merged
}

func (l *limitSet) set(values map[string]int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for name, v := range values {
		if err := l.checkLocked(name, v); err != nil {
			return err
		}
	}
	maps.Copy(l.overrides, values)
	l.rebuildLocked()
	return nil
}

func (l *limitSet) clearOverrides() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.overrides = map[string]int{}
	l.rebuildLocked()
}

// SetLimit overrides a named limit (quota) such as "ecm.vpcs_per_region"
// until Reset or ClearLimits. An unknown name or a negative value is refused.
func (s *Sandbox) SetLimit(name string, v int) error {
	if err := s.limits.set(map[string]int{name: v}); err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	return nil
}

// SetLimits overrides several limits at once: all or none.
func (s *Sandbox) SetLimits(values map[string]int) error {
	if err := s.limits.set(values); err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	return nil
}

// ClearLimits drops SetLimit's overrides: back to the products' defaults
// overridden by Options.Limits.
func (s *Sandbox) ClearLimits() { s.limits.clearOverrides() }

// Limits returns the effective named limits (a copy).
func (s *Sandbox) Limits() map[string]int { return maps.Clone(s.limits.effective()) }

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
