package ratelimit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/redact"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// The machine-wide limiter: processes on one machine (Terragrunt run-all, parallel CI jobs) that use
// the same credentials against the same endpoint share one budget per (service, action), through a
// small file per key that each process locks (flock), reads, advances and writes back.
//
// A file holds one fixed-width line: the next free slot of the action's timeline and when it was
// written, both in Unix nanoseconds (20 digits):
//
//	edgecloud-ratelimit v1 next=01732370000123456789 at=01732369999987654321\n
//
// A caller takes slot = max(next, now), writes next = slot + 1/rate, at = now, and waits until slot: the calls of all processes are spaced 1/rate apart, so together they stay
// under the rate whatever their number. Each process spaces its own calls by its own adaptive rate,
// so a process that was throttled also takes more of the shared timeline.
//
// Files live in <dir>/<sha256(endpoint URL)>-<sha256(account)>-<service>-<Action> (hashes cut to 16 hex digits), where
// dir is the client's RateLimitDir (EDGECLOUD_RATE_LIMIT_DIR) or os.UserCacheDir()/terraform-provider-edgecloud/ratelimit,
// and the account is the key's public half (a Tencent SecretId, a Huawei access key). The secret key
// is never used; the account only hashed. The endpoint URL is part of the key, so
// test binaries with their own sandbox on their own port never share a budget.
//
// Nothing here fails a call: a directory or lock that cannot be used, or a file that is not a
// record, makes the call fall back to the process-local bucket, with one WARN log.

const (
	sharedRecordPrefix = "edgecloud-ratelimit v1 next="
	sharedRecordLen    = len(sharedRecordPrefix) + 20 + len(" at=") + 20 + 1
	// sharedLockPatience is how long a caller tries to take a held lock before it uses the local
	// bucket for that call. The lock is held for microseconds; this only matters when a process
	// holding it is stopped.
	sharedLockPatience = time.Second
)

var sharedLockBackoff = wait.Backoff{Initial: 500 * time.Microsecond, Max: 50 * time.Millisecond, Multiplier: 2}

// errLockBusy is what tryLock returns when another open file holds the lock.
var errLockBusy = errors.New("lock held by another process")

// errLockUnsupported is what tryLock returns where the platform has no flock.
var errLockUnsupported = errors.New("file locks are not supported on this platform")

// sharedRecord is a file's content.
type sharedRecord struct {
	Next    time.Time // the next free slot
	Written time.Time // when Next was written
}

// nextSlot is the pure core of the shared bucket: given the stored record, the time now and the
// spacing, it returns when this call may go and the record to store. A record written later than
// now means that the wall clock went back: the timeline restarts at now rather than making every
// caller wait out the jump.
func nextSlot(rec sharedRecord, now time.Time, interval time.Duration) (slot time.Time, next sharedRecord) {
	slot = now
	if rec.Next.After(now) && !rec.Written.After(now) {
		slot = rec.Next
	}
	return slot, sharedRecord{Next: slot.Add(interval), Written: now}
}

func (r sharedRecord) format() []byte {
	return fmt.Appendf(nil, "%s%020d at=%020d\n", sharedRecordPrefix, r.Next.UnixNano(), r.Written.UnixNano())
}

var recordPattern = regexp.MustCompile(`^` + regexp.QuoteMeta(sharedRecordPrefix) + `([0-9]{20}) at=([0-9]{20})\n$`)

// parseRecord reads a file's content; an empty file is a fresh timeline (zero times).
func parseRecord(b []byte) (sharedRecord, error) {
	if len(b) == 0 {
		return sharedRecord{}, nil
	}
	m := recordPattern.FindSubmatch(b)
	if m == nil {
		return sharedRecord{}, fmt.Errorf("not a rate-limit record: %q", redact.Excerpt(b, 80))
	}
	next, err1 := strconv.ParseInt(string(m[1]), 10, 64)
	at, err2 := strconv.ParseInt(string(m[2]), 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return sharedRecord{}, err
	}
	return sharedRecord{Next: time.Unix(0, next), Written: time.Unix(0, at)}, nil
}

// Store is one state directory, as seen by this process. Clients that use the same directory
// share it (sharedStores), so the WARN logs and the fallback are per process, not per client.
type Store struct {
	dir string

	initErr error // why the store cannot work at all (no cache directory, no flock)

	mu       sync.Mutex
	disabled error // a failure of the directory or of locking: every call uses the local bucket
	files    map[string]*sharedFile
	warned   bool // the lock-patience WARN was logged
}

// sharedFile is one key's file; turn (a one-slot semaphore, so that waiting for it honours the
// context) serialises this process's callers so that they do not compete for the flock among
// themselves.
type sharedFile struct {
	turn    chan struct{}
	path    string
	corrupt bool // the file is not a record: this key uses the local bucket
}

var sharedStores = struct {
	sync.Mutex
	m map[string]*Store
}{m: map[string]*Store{}}

// StoreFor returns the process's view of dir ("" = the default directory).
func StoreFor(dir string) *Store {
	sharedStores.Lock()
	defer sharedStores.Unlock()
	s, ok := sharedStores.m[dir]
	if !ok {
		s = NewStore(dir)
		sharedStores.m[dir] = s
	}
	return s
}

// NewStore makes an independent view of dir: what a second process would have (tests).
func NewStore(dir string) *Store {
	s := &Store{dir: dir, files: map[string]*sharedFile{}}
	switch {
	case !FlockSupported:
		s.initErr = errLockUnsupported
	case dir == "":
		cache, err := os.UserCacheDir()
		if err != nil {
			s.initErr = fmt.Errorf("no user cache directory: %w", err)
		} else {
			s.dir = filepath.Join(cache, "terraform-provider-edgecloud", "ratelimit")
		}
	}
	return s
}

var fileNamePart = regexp.MustCompile(`^[A-Za-z0-9]{1,64}$`)

// FileName is the file of one key: endpoint URL and account hashed, service and action as they are. Service and action are API identifiers; anything else is
// hashed too so that no caller can steer the path.
func FileName(endpoint, secretID, service, action string) string {
	part := func(s string) string {
		if fileNamePart.MatchString(s) {
			return s
		}
		return shortHash(s)
	}
	return shortHash(endpoint) + "-" + shortHash(secretID) + "-" + part(service) + "-" + part(action)
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

func (s *Store) file(name string) *sharedFile {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.disabled != nil {
		return nil
	}
	f, ok := s.files[name]
	if !ok {
		f = &sharedFile{turn: make(chan struct{}, 1), path: filepath.Join(s.dir, name)}
		s.files[name] = f
	}
	return f
}

// disable turns the store off for the rest of the process, with one WARN.
func (s *Store) disable(ctx context.Context, err error) {
	s.mu.Lock()
	first := s.disabled == nil
	if first {
		s.disabled = err
	}
	s.mu.Unlock()
	if first {
		if errors.Is(err, errLockUnsupported) {
			tflog.Debug(ctx, "Machine-wide rate limit is not available here; each process limits itself", map[string]any{"error": err.Error()})
			return
		}
		tflog.Warn(ctx, "Machine-wide rate limit disabled: this process now limits only itself", map[string]any{
			"rate_limit_dir": s.dir, "error": err.Error()})
	}
}

// Reserve takes the next slot of name's timeline for a call spaced interval after the previous one,
// at now, and returns how long to wait for it. ok is false when the call must use the local bucket
// instead. maxWait > 0 refuses (without reserving) a slot farther than that; err is then a deadline
// error, and also the context's error if it ends while the lock is busy.
func (s *Store) Reserve(ctx context.Context, name string, now func() time.Time, interval, maxWait time.Duration,
	pause PauseFunc) (delay time.Duration, ok bool, err error) {
	if s.initErr != nil {
		s.disable(ctx, s.initErr)
		return 0, false, nil
	}
	sf := s.file(name)
	if sf == nil {
		return 0, false, nil
	}
	select {
	case sf.turn <- struct{}{}:
		defer func() { <-sf.turn }()
	case <-ctx.Done():
		return 0, false, ctx.Err()
	}
	if sf.corrupt {
		return 0, false, nil
	}
	f, err := openShared(sf.path)
	if err != nil {
		s.disable(ctx, err)
		return 0, false, nil
	}
	defer f.Close()
	var waited time.Duration
	for attempt := 0; ; attempt++ {
		err := tryLock(f)
		if err == nil {
			break
		}
		if !errors.Is(err, errLockBusy) {
			s.disable(ctx, fmt.Errorf("locking %s: %w", sf.path, err))
			return 0, false, nil
		}
		if waited >= sharedLockPatience {
			s.warnBusy(ctx, sf.path)
			return 0, false, nil
		}
		d := sharedLockBackoff.Delay(attempt)
		waited += d
		if err := pause(ctx, d); err != nil {
			return 0, false, err
		}
	}
	defer unlock(f)

	buf := make([]byte, sharedRecordLen+1)
	n, err := f.ReadAt(buf, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		s.disable(ctx, fmt.Errorf("reading %s: %w", sf.path, err))
		return 0, false, nil
	}
	rec, err := parseRecord(buf[:n])
	if err != nil {
		sf.corrupt = true
		tflog.Warn(ctx, "Machine-wide rate limit file is damaged; this process limits itself for this action (delete the file to restore sharing)",
			map[string]any{"file": sf.path, "error": err.Error()})
		return 0, false, nil
	}
	t := now()
	slot, newRec := nextSlot(rec, t, interval)
	delay = slot.Sub(t)
	if maxWait > 0 && delay > maxWait {
		return 0, true, fmt.Errorf("waiting %s for the rate limit would exceed the context deadline: %w", delay, context.DeadlineExceeded)
	}
	if _, err := f.WriteAt(newRec.format(), 0); err != nil {
		s.disable(ctx, fmt.Errorf("writing %s: %w", sf.path, err))
		return 0, false, nil
	}
	return delay, true, nil
}

func (s *Store) warnBusy(ctx context.Context, path string) {
	s.mu.Lock()
	first := !s.warned
	s.warned = true
	s.mu.Unlock()
	if first {
		tflog.Warn(ctx, "Machine-wide rate limit file stays locked by another process; calls meanwhile use this process's own limit",
			map[string]any{"file": path, "patience": sharedLockPatience.String()})
	}
}

// openShared opens (creating) a key's file, and its directory if needed.
func openShared(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, err
		}
		f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	}
	return f, err
}
