package sandbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// stateFormat is bumped when the persisted layout changes incompatibly.
// Format 2: one section per product under "products" (format 1, the single
// flat package's layout, is not read).
const stateFormat = 2

// stateFile is the state file: each product contributes its own JSON section,
// keyed by the product's name ("ecm").
type stateFile struct {
	Format   int                        `json:"format"`
	Products map[string]json.RawMessage `json:"products"`
}

// load reads the state file into the products; a missing file leaves them empty.
func (s *Sandbox) load() error {
	b, err := os.ReadFile(s.stateFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sandbox: reading state file: %w", err)
	}
	var f stateFile
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("sandbox: state file %s is not valid sandbox state: %w", s.stateFile, err)
	}
	if f.Format != stateFormat {
		return fmt.Errorf("sandbox: state file %s has format %d, this sandbox reads format %d", s.stateFile, f.Format, stateFormat)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.products {
		section, ok := f.Products[p.name]
		if !ok || string(section) == "null" {
			continue
		}
		if err := p.state.Load(section); err != nil {
			return fmt.Errorf("sandbox: state file %s: section %q: %w", s.stateFile, p.name, err)
		}
	}
	return nil
}

// persistLocked writes the state file (if configured) atomically: a temp
// file in the same directory, fsync, rename. s.mu must be held. A failure is
// logged; the in-memory state stays authoritative.
func (s *Sandbox) persistLocked() {
	if s.stateFile == "" {
		return
	}
	f := stateFile{Format: stateFormat, Products: map[string]json.RawMessage{}}
	for _, p := range s.products {
		b, err := p.state.Save()
		if err != nil {
			s.logf("sandbox: saving state of %s: %v", p.name, err)
			return
		}
		f.Products[p.name] = b
	}
	if err := writeFileAtomic(s.stateFile, f); err != nil {
		s.logf("sandbox: saving state: %v", err)
	}
}

func writeFileAtomic(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
