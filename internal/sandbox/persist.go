package sandbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// stateFormat is bumped when the persisted layout changes incompatibly.
const stateFormat = 1

// state is everything the sandbox remembers between calls (and, with a
// StateFile, between runs). One field per served product.
type state struct {
	Format int       `json:"format"`
	ECM    *ecmState `json:"ecm"`
}

func newState() *state {
	return &state{Format: stateFormat, ECM: newECMState()}
}

// settle completes every async task due at now; it reports whether anything
// changed.
func (st *state) settle(now time.Time) bool {
	return st.ECM.settle(now)
}

// loadState reads a state file; a missing file yields (nil, nil).
func loadState(path string) (*state, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("sandbox: reading state file: %w", err)
	}
	st := newState()
	if err := json.Unmarshal(b, st); err != nil {
		return nil, fmt.Errorf("sandbox: state file %s is not valid sandbox state: %w", path, err)
	}
	if st.Format != stateFormat {
		return nil, fmt.Errorf("sandbox: state file %s has format %d, this sandbox reads format %d", path, st.Format, stateFormat)
	}
	if st.ECM == nil {
		st.ECM = newECMState()
	}
	st.ECM.normalize()
	return st, nil
}

// persistLocked writes the state file (if configured) atomically: a temp
// file in the same directory, fsync, rename. s.mu must be held. A failure is
// logged; the in-memory state stays authoritative.
func (s *Sandbox) persistLocked() {
	if s.stateFile == "" {
		return
	}
	if err := writeFileAtomic(s.stateFile, s.state); err != nil {
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
