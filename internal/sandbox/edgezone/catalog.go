package edgezone

import (
	"fmt"
	"sort"
)

// The regions, zones and address pools the sandbox serves. The common brief fixes the catalog:
// region ap-guangzhou with zones ap-guangzhou-ez-1 … ap-guangzhou-ez-8, region ap-shanghai with
// ap-shanghai-ez-1 … ap-shanghai-ez-2. Every zone has an IPv4 and an IPv6 pool (a sandbox choice):
// IPv4 a /24 of the benchmarking range 198.18.0.0/15 (RFC 2544; 254 usable addresses), IPv6 a /120
// of the documentation range 2001:db8::/32 (255 usable addresses); ap-guangzhou-ez-N has
// 198.18.N.0/24 and 2001:db8:1:N::/120, ap-shanghai-ez-N 198.19.N.0/24 and 2001:db8:2:N::/120.
// The fixture "pools" replaces a zone's pool (fixtures.go).

// zoneCatalog maps each zone to its region.
var zoneCatalog = func() map[string]string {
	zones := map[string]string{}
	for region, n := range map[string]int{"ap-guangzhou": 8, "ap-shanghai": 2} {
		for i := 1; i <= n; i++ {
			zones[fmt.Sprintf("%s-ez-%d", region, i)] = region
		}
	}
	return zones
}()

// regionCatalog lists the regions served.
var regionCatalog = func() map[string]bool {
	out := map[string]bool{}
	for _, r := range zoneCatalog {
		out[r] = true
	}
	return out
}()

// defaultPools returns every zone's pools, keyed by poolKey.
func defaultPools() map[string]*poolRecord {
	out := map[string]*poolRecord{}
	for zone, region := range zoneCatalog {
		var n int
		_, _ = fmt.Sscanf(zone[len(region):], "-ez-%d", &n)
		v4, v6 := fmt.Sprintf("198.18.%d.0/24", n), fmt.Sprintf("2001:db8:1:%x::/120", n)
		if region == "ap-shanghai" {
			v4, v6 = fmt.Sprintf("198.19.%d.0/24", n), fmt.Sprintf("2001:db8:2:%x::/120", n)
		}
		out[poolKey(zone, typeIPv4)] = &poolRecord{Region: region, ZoneId: zone, Type: typeIPv4, Cidr: v4}
		out[poolKey(zone, typeIPv6)] = &poolRecord{Region: region, ZoneId: zone, Type: typeIPv6, Cidr: v6}
	}
	return out
}

// zonesOf lists a region's zones, sorted (for messages).
func zonesOf(region string) []string {
	var out []string
	for z, r := range zoneCatalog {
		if r == region {
			out = append(out, z)
		}
	}
	sort.Strings(out)
	return out
}
