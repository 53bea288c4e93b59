// Package batch makes reads scale with resource types instead of resources. A Reader sits behind a
// finder (FindXByID) and turns the one-ID-per-call reads that Terraform's refresh makes, in
// parallel, into as few Describe calls as the action allows:
//
//   - Merging: while a Describe for a region is in flight, the IDs asked for meanwhile queue up and
//     go out together in the next call, up to the action's batch size (group commit: no timer, no
//     added latency for a lone read).
//   - Listing: when a whole region's objects of the type cost fewer pages than the reads that keep
//     coming, the Reader lists them (100 per page) and serves reads from that snapshot. The first
//     read of a type in a region lists page one (it tells TotalCount and, in a small account, holds
//     everything); after that the Reader decides like a ski rental: it lists the remaining pages once
//     the calls spent on lookups reach half of them, so a stack of 10 objects in an account of
//     100,000 costs one page plus its lookups, and 1,000 objects about 1.5 times their pages.
//
// Correctness first: reads made by a wait (wait.IsPolling) are never answered from a listing; a
// write to an object (or a failed write, whose outcome is unknown) is
// reported with Invalidate, and every read of that object that starts afterwards goes to the API in
// a call that starts after the write; a snapshot never answers "not found" (a miss is confirmed with
// the API), and it is never older than MaxSnapshotAge.
package batch

import (
	"context"
	"sync"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Spec describes one Describe action to a Reader.
type Spec[T any] struct {
	// Kind names the object type for errors ("ECM EIP").
	Kind string
	// MaxIDs is how many IDs one call may carry (VpcIds: 100); 1 when the action takes one ID.
	MaxIDs int
	// Describe returns the objects with the given IDs in region; IDs that do not exist are simply
	// absent.
	Describe func(ctx context.Context, region string, ids []string) ([]T, error)
	// List returns one page of all objects of the type in region and the total count; nil when the
	// action cannot list.
	List func(ctx context.Context, region string, offset, limit int64) ([]T, int64, error)
	// ID returns an object's ID.
	ID func(*T) string
	// Valid reports whether id is well-formed. A malformed ID never joins a batch: it is sent alone,
	// so the API's own error reaches its caller and no other read.
	Valid func(id string) bool
	// Retryable reports an error that the request path already retried and that says nothing about
	// the IDs (throttling): it is given to every caller of the batch instead of splitting the batch.
	Retryable func(error) bool
	// NotFound builds the error for an ID the API did not return; default *NotFoundError.
	NotFound func(id string) error
	// Direct turns merging and listing off: every Find is one Describe of one ID. For callers that
	// must see the truth of this instant across processes (test checks).
	Direct bool
}

// PageSize is the Limit of a listing page.
const PageSize = 100

// MaxSnapshotAge bounds how stale an answer served from a listing may be.
const MaxSnapshotAge = 30 * time.Second

// Reader serves reads of one object type. It is safe for concurrent use.
type Reader[T any] struct {
	spec Spec[T]
	now  func() time.Time

	mu      sync.Mutex
	regions map[string]*regionState[T]
	stats   Stats
}

// Stats counts what a Reader did, for tests and benchmarks.
type Stats struct {
	Reads        int // Find calls
	DescribeCall int // Describe calls made
	ListCalls    int // List pages fetched
	FromSnapshot int // reads answered from a listing
}

// NewReader builds a Reader for spec.
func NewReader[T any](spec Spec[T]) *Reader[T] {
	if spec.MaxIDs < 1 {
		spec.MaxIDs = 1
	}
	return &Reader[T]{spec: spec, now: time.Now, regions: map[string]*regionState[T]{}}
}

// Stats returns the counters so far.
func (r *Reader[T]) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// NotFoundError is returned by Find when the API does not return the object.
type NotFoundError struct{ Kind, ID string }

func (e *NotFoundError) Error() string { return e.Kind + " " + e.ID + " not found" }

// regionState is the Reader's state for one region.
type regionState[T any] struct {
	queue    []*request[T] // waiting for the next Describe
	inFlight int           // Describe calls running
	written  map[string]time.Time

	// Listing state.
	total      int64 // TotalCount from the last page; -1 unknown
	lookups    int   // Describe calls since the listing decision was last taken
	listing    bool  // a listing is running
	listWait   []chan struct{}
	snapshot   map[string]*T
	snapStart  time.Time // when the listing started (older than every object in it)
	snapDone   bool      // every page was fetched
	listFailed bool      // the listing failed: do not try again in this process
}

type request[T any] struct {
	id   string
	done chan struct{}
	obj  *T
	err  error
	// abandoned is set when the caller gave up (context done); the batch skips it.
	abandoned bool
}

func (r *Reader[T]) region(name string) *regionState[T] {
	st, ok := r.regions[name]
	if !ok {
		st = &regionState[T]{total: -1, written: map[string]time.Time{}}
		r.regions[name] = st
	}
	return st
}

// Invalidate records a write (attempted or done) to the object id: every read of it that starts
// from now on is answered by a call that starts after this moment.
func (r *Reader[T]) Invalidate(region, id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.region(region)
	st.written[id] = r.now()
	if st.snapshot != nil {
		delete(st.snapshot, id)
	}
}

// Find returns the object with id in region, or a *NotFoundError.
func (r *Reader[T]) Find(ctx context.Context, region, id string) (*T, error) {
	if r.spec.Direct || (r.spec.Valid != nil && !r.spec.Valid(id)) {
		return r.describeOne(ctx, region, id)
	}
	r.mu.Lock()
	r.stats.Reads++
	st := r.region(region)
	if wait.IsPolling(ctx) {
		// A wait is polling for a change: only a call made from now on may answer it.
		return r.enqueue(ctx, st, region, id)
	}
	if obj, ok := r.fromSnapshot(st, id); ok {
		r.stats.FromSnapshot++
		r.mu.Unlock()
		return obj, nil
	}
	if r.shouldList(st) {
		st.listing = true
		go r.list(context.WithoutCancel(ctx), region, st.resumeAt())
	}
	if st.listing {
		// A listing is under way: wait for it rather than spend a call.
		ch := make(chan struct{})
		st.listWait = append(st.listWait, ch)
		r.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		r.mu.Lock()
		if obj, ok := r.fromSnapshot(st, id); ok {
			r.stats.FromSnapshot++
			r.mu.Unlock()
			return obj, nil
		}
	}
	return r.enqueue(ctx, st, region, id)
}

// enqueue looks id up through the queue and waits for the answer. Called with r.mu held; returns
// with it released. The request joins the queue, and the queue is only taken by a call that starts
// after this moment, so a read that starts after a write never gets the answer of a call made
// before it.
func (r *Reader[T]) enqueue(ctx context.Context, st *regionState[T], region, id string) (*T, error) {
	req := &request[T]{id: id, done: make(chan struct{})}
	st.queue = append(st.queue, req)
	lead := st.inFlight == 0
	if lead {
		st.inFlight++
	}
	r.mu.Unlock()

	if lead {
		go r.drain(context.WithoutCancel(ctx), region)
	}
	select {
	case <-req.done:
		return req.obj, req.err
	case <-ctx.Done():
		r.mu.Lock()
		req.abandoned = true
		r.mu.Unlock()
		return nil, ctx.Err()
	}
}

// fromSnapshot answers from a complete, fresh listing when the object was not written since. It
// never answers "not found". Called with r.mu held.
func (r *Reader[T]) fromSnapshot(st *regionState[T], id string) (*T, bool) {
	if st.snapshot == nil || r.now().Sub(st.snapStart) > MaxSnapshotAge {
		return nil, false
	}
	if w, ok := st.written[id]; ok && !w.Before(st.snapStart) {
		return nil, false
	}
	obj, ok := st.snapshot[id]
	if !ok {
		return nil, false
	}
	c := *obj // each caller gets its own copy
	return &c, true
}

// shouldList decides whether to list (more of) the region now. Called with r.mu held.
func (r *Reader[T]) shouldList(st *regionState[T]) bool {
	if r.spec.List == nil || st.listing || st.listFailed {
		return false
	}
	fresh := st.snapshot != nil && r.now().Sub(st.snapStart) <= MaxSnapshotAge
	if fresh && st.snapDone {
		return false // a complete listing exists: misses are new or written objects
	}
	if !fresh {
		st.snapshot, st.snapDone = nil, false
	}
	if st.total < 0 {
		return true // the first read lists page one: it tells the size, and may hold everything
	}
	return st.lookups*2 >= st.pagesLeft()
}

// resumeAt is the offset a listing starts at: after the pages of a fresh partial snapshot.
func (st *regionState[T]) resumeAt() int64 { return int64(len(st.snapshot)) }

// pagesLeft is how many pages a complete listing still needs.
func (st *regionState[T]) pagesLeft() int {
	left := st.total - int64(len(st.snapshot))
	if left < 0 {
		left = 0
	}
	return int((left + PageSize - 1) / PageSize)
}

// drain sends the queued requests of region, MaxIDs at a time, until the queue is empty.
func (r *Reader[T]) drain(ctx context.Context, region string) {
	for {
		r.mu.Lock()
		st := r.region(region)
		var batch []*request[T]
		seen := map[string]bool{}
		rest := st.queue[:0]
		for _, q := range st.queue {
			switch {
			case q.abandoned:
				continue
			case len(seen) < r.spec.MaxIDs || seen[q.id]:
				seen[q.id] = true
				batch = append(batch, q)
			default:
				rest = append(rest, q)
			}
		}
		st.queue = rest
		if len(batch) == 0 {
			st.inFlight--
			r.mu.Unlock()
			return
		}
		st.lookups++
		r.stats.DescribeCall++
		r.mu.Unlock()

		ids := make([]string, 0, len(seen))
		for id := range seen {
			ids = append(ids, id)
		}
		objs, err := r.spec.Describe(ctx, region, ids)
		if err != nil && len(ids) > 1 && (r.spec.Retryable == nil || !r.spec.Retryable(err)) {
			// One bad ID must not fail the others: ask for each on its own.
			for _, q := range batch {
				q.obj, q.err = r.describeOne(ctx, region, q.id)
				close(q.done)
			}
			continue
		}
		found := make(map[string]*T, len(objs))
		for i := range objs {
			found[r.spec.ID(&objs[i])] = &objs[i]
		}
		for _, q := range batch {
			switch {
			case err != nil:
				q.err = err
			case found[q.id] != nil:
				obj := *found[q.id] // each caller gets its own copy
				q.obj = &obj
			default:
				q.err = r.notFound(q.id)
			}
			close(q.done)
		}
	}
}

// describeOne asks for one ID alone.
func (r *Reader[T]) describeOne(ctx context.Context, region, id string) (*T, error) {
	r.mu.Lock()
	r.stats.DescribeCall++
	r.mu.Unlock()
	objs, err := r.spec.Describe(ctx, region, []string{id})
	if err != nil {
		return nil, err
	}
	for i := range objs {
		if r.spec.ID(&objs[i]) == id {
			return &objs[i], nil
		}
	}
	return nil, r.notFound(id)
}

func (r *Reader[T]) notFound(id string) error {
	if r.spec.NotFound != nil {
		return r.spec.NotFound(id)
	}
	return &NotFoundError{Kind: r.spec.Kind, ID: id}
}

// list fetches the pages of region from offset into the snapshot. Page one tells the size; when
// the reads seen so far do not justify the remaining pages, it stops after one page and keeps it
// (a later decision resumes from there).
func (r *Reader[T]) list(ctx context.Context, region string, offset int64) {
	start := r.now()
	page := map[string]*T{}
	var total int64
	var err error
	for {
		var items []T
		items, total, err = r.spec.List(ctx, region, offset, PageSize)
		r.mu.Lock()
		r.stats.ListCalls++
		r.mu.Unlock()
		if err != nil {
			break
		}
		for i := range items {
			page[r.spec.ID(&items[i])] = &items[i]
		}
		offset += int64(len(items))
		if len(items) == 0 || offset >= total {
			break
		}
		r.mu.Lock()
		st := r.region(region)
		st.total = total
		goOn := st.lookups*2 >= int((total-offset+PageSize-1)/PageSize)
		r.mu.Unlock()
		if !goOn {
			break
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.region(region)
	st.listing = false
	st.lookups = 0
	if err != nil {
		st.listFailed = true // fall back to lookups for the rest of this process
	} else {
		if st.snapshot == nil {
			st.snapshot, st.snapStart = map[string]*T{}, start
		}
		for id, obj := range page {
			if w, ok := st.written[id]; !ok || w.Before(start) {
				st.snapshot[id] = obj
			}
		}
		st.total = total
		st.snapDone = offset >= total
	}
	for _, ch := range st.listWait {
		close(ch)
	}
	st.listWait = nil
}
