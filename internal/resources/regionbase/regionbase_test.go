package regionbase

import "testing"

func TestSplitRegion_OnlyARegionIsTakenAsOne(t *testing.T) {
	for raw, want := range map[string][2]string{
		"eni-m6dyj72l":                                    {"", "eni-m6dyj72l"},
		"ap-guangzhou/eni-m6dyj72l":                       {"ap-guangzhou", "eni-m6dyj72l"},
		"eni-m6dyj72l/10.0.0.5,10.0.0.6":                  {"", "eni-m6dyj72l/10.0.0.5,10.0.0.6"},
		"ap-guangzhou/eni-m6dyj72l/10.0.0.5":              {"ap-guangzhou", "eni-m6dyj72l/10.0.0.5"},
		"cn-north-4/12a49c2dc32648df8dd25e2976f70180in07": {"cn-north-4", "12a49c2dc32648df8dd25e2976f70180in07"},
		"epn-dfghjkl/ipv4/226.10.12.3":                    {"", "epn-dfghjkl/ipv4/226.10.12.3"},
	} {
		region, rest := SplitRegion(raw)
		if region != want[0] || rest != want[1] {
			t.Errorf("SplitRegion(%q) = %q, %q; want %q, %q", raw, region, rest, want[0], want[1])
		}
	}
}
