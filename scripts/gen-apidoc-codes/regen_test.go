package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// committedDir is where the generated files are committed (relative to this package).
const committedDir = "../../internal/apidoc/testdata"

// seedsDir is APIDOC_SEEDS if set, else /work/shared/seeds; "" when that does not exist (as
// in CI).
func seedsDir() string {
	d := os.Getenv("APIDOC_SEEDS")
	if d == "" {
		d = "/work/shared/seeds"
	}
	if fi, err := os.Stat(d); err == nil && fi.IsDir() {
		return d
	}
	return ""
}

// TestCommittedDataIsCurrent regenerates the JSON from the seeds and fails if the committed
// files differ (stale data, or a seed whose checksum changed). Without the seeds it skips: CI
// tests the sandbox against the committed data, which this test keeps honest where the seeds
// are.
func TestCommittedDataIsCurrent(t *testing.T) {
	dir := seedsDir()
	if dir == "" {
		t.Skip("no seeds (set APIDOC_SEEDS or provide /work/shared/seeds); the committed data is used as is")
	}
	files, err := generate(dir, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	const regen = "go run ./scripts/gen-apidoc-codes -seeds " + "<seeds> -out internal/apidoc/testdata"
	committed, err := filepath.Glob(filepath.Join(committedDir, "*_error_codes.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(committed) != len(files) {
		t.Errorf("%d committed files, the seeds give %d; regenerate: %s", len(committed), len(files), regen)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(committedDir, name))
		if err != nil {
			t.Errorf("%s: %v; regenerate: %s", name, err, regen)
			continue
		}
		if bytes.Equal(got, want) {
			continue
		}
		var g, w Output
		if json.Unmarshal(got, &g) == nil && json.Unmarshal(want, &w) == nil {
			for _, m := range [][2]map[string]string{{w.Sources, g.Sources}, {w.CommonFrom, g.CommonFrom}} {
				for f, sha := range m[0] {
					if m[1][f] != sha {
						t.Errorf("%s: seed %s has changed (sha256 %s, committed %q)", name, f, sha, m[1][f])
					}
				}
			}
		}
		t.Errorf("%s differs from what the seeds give; regenerate: %s", name, regen)
	}
}
