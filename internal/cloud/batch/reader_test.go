package batch

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

type obj struct {
	ID      string
	Version int
}

// fakeAPI is a Describe/List backend with call counters and an optional gate that holds calls.
type fakeAPI struct {
	mu        sync.Mutex
	objects   map[string]*obj
	describes [][]string
	lists     int
	gate      chan struct{} // when set, Describe waits for a receive before answering
	failIf    func(ids []string) error
}

func newFakeAPI(n int) *fakeAPI {
	a := &fakeAPI{objects: map[string]*obj{}}
	for i := range n {
		id := fmt.Sprintf("x-%05d", i)
		a.objects[id] = &obj{ID: id, Version: 1}
	}
	return a
}

func (a *fakeAPI) spec() Spec[obj] {
	return Spec[obj]{
		Kind:   "thing",
		MaxIDs: 100,
		Describe: func(_ context.Context, _ string, ids []string) ([]obj, error) {
			a.mu.Lock()
			a.describes = append(a.describes, append([]string(nil), ids...))
			gate, fail := a.gate, a.failIf
			a.mu.Unlock()
			if gate != nil {
				<-gate
			}
			if fail != nil {
				if err := fail(ids); err != nil {
					return nil, err
				}
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			var out []obj
			for _, id := range ids {
				if o, ok := a.objects[id]; ok {
					out = append(out, *o)
				}
			}
			return out, nil
		},
		List: func(_ context.Context, _ string, offset, limit int64) ([]obj, int64, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			a.lists++
			ids := make([]string, 0, len(a.objects))
			for id := range a.objects {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			var out []obj
			for i := offset; i < offset+limit && i < int64(len(ids)); i++ {
				out = append(out, *a.objects[ids[i]])
			}
			return out, int64(len(ids)), nil
		},
		ID:        func(o *obj) string { return o.ID },
		Valid:     func(id string) bool { return strings.HasPrefix(id, "x-") },
		Retryable: func(err error) bool { return strings.Contains(err.Error(), "Throttled") },
	}
}

func (a *fakeAPI) calls() (describes, lists int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.describes), a.lists
}

func TestFind_MergesReadsWhileACallIsInFlight(t *testing.T) {
	api := newFakeAPI(200)
	api.gate = make(chan struct{})
	spec := api.spec()
	spec.List = nil // merging alone
	r := NewReader(spec)
	ctx := context.Background()

	var wg sync.WaitGroup
	errs := make(chan error, 60)
	get := func(id string) {
		defer wg.Done()
		o, err := r.Find(ctx, "r1", id)
		if err == nil && o.ID != id {
			err = fmt.Errorf("asked %s, got %s", id, o.ID)
		}
		errs <- err
	}
	wg.Add(1)
	go get("x-00000")
	waitFor(t, func() bool { d, _ := api.calls(); return d == 1 }) // the first call is in flight
	for i := 1; i < 60; i++ {
		wg.Add(1)
		go get(fmt.Sprintf("x-%05d", i))
	}
	waitFor(t, func() bool { return queued(r, "r1") == 59 })
	close(api.gate) // release: the 59 queued reads must go out in one call
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if d, _ := api.calls(); d != 2 || len(api.describes[1]) != 59 {
		t.Fatalf("%d Describe calls, second with %d IDs; want 2 calls, 59 IDs", d, len(api.describes[1]))
	}
}

func TestFind_EachCallerGetsItsOwnNotFound(t *testing.T) {
	api := newFakeAPI(3)
	r := NewReader(api.spec())
	_, err := r.Find(context.Background(), "r1", "x-99999")
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.ID != "x-99999" {
		t.Fatalf("err = %v; want NotFoundError for x-99999", err)
	}
	if o, err := r.Find(context.Background(), "r1", "x-00001"); err != nil || o.ID != "x-00001" {
		t.Fatalf("Find = %v, %v", o, err)
	}
}

func TestFind_ABadIDNeverFailsTheOthers(t *testing.T) {
	api := newFakeAPI(10)
	bad := errors.New("InvalidParameterValue.Malformed: x-00003 is odd")
	api.failIf = func(ids []string) error {
		for _, id := range ids {
			if id == "x-00003" {
				return bad
			}
		}
		return nil
	}
	api.gate = make(chan struct{})
	spec := api.spec()
	spec.List = nil
	r := NewReader(spec)
	results := runConcurrently(t, r, api, []string{"x-00000", "x-00001", "x-00002", "x-00003", "x-00004"})
	for id, err := range results {
		if id == "x-00003" && !errors.Is(err, bad) {
			t.Errorf("%s: err = %v; want its own error", id, err)
		}
		if id != "x-00003" && err != nil {
			t.Errorf("%s failed because of another ID: %v", id, err)
		}
	}
}

func TestFind_ThrottlingIsFannedOutNotSplit(t *testing.T) {
	api := newFakeAPI(10)
	throttled := errors.New("RequestLimitExceeded: Throttled")
	api.failIf = func([]string) error { return throttled }
	api.gate = make(chan struct{})
	spec := api.spec()
	spec.List = nil
	r := NewReader(spec)
	results := runConcurrently(t, r, api, []string{"x-00000", "x-00001", "x-00002", "x-00003"})
	for id, err := range results {
		if !errors.Is(err, throttled) {
			t.Errorf("%s: err = %v", id, err)
		}
	}
	if d, _ := api.calls(); d != 2 {
		t.Errorf("%d Describe calls; want 2 (the lone first one, then one merged; no per-ID split)", d)
	}
}

func TestFind_CancellingOneCallerDoesNotFailOthers(t *testing.T) {
	api := newFakeAPI(10)
	api.gate = make(chan struct{})
	spec := api.spec()
	spec.List = nil
	r := NewReader(spec)
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error, 1)
	go func() { _, err := r.Find(ctx, "r1", "x-00000"); first <- err }()
	waitFor(t, func() bool { d, _ := api.calls(); return d == 1 })
	second := make(chan error, 1)
	go func() { _, err := r.Find(context.Background(), "r1", "x-00001"); second <- err }()
	waitFor(t, func() bool { return queued(r, "r1") == 1 })
	cancel()
	if err := <-first; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled caller: %v", err)
	}
	close(api.gate)
	if err := <-second; err != nil {
		t.Fatalf("the other caller failed: %v", err)
	}
}

func TestFind_ListsWhenThatIsCheaperAndServesFromTheSnapshot(t *testing.T) {
	api := newFakeAPI(1000)
	r := NewReader(api.spec())
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = fmt.Sprintf("x-%05d", i)
	}
	parallel(t, r, ids, 10)
	d, l := api.calls()
	t.Logf("1,000 reads at parallelism 10: %d Describe + %d List calls, %d from the snapshot", d, l, r.Stats().FromSnapshot)
	if d+l > 20 {
		t.Errorf("%d calls for 1,000 reads; want a listing (about 10 pages), not lookups", d+l)
	}
}

func TestFind_ASmallStackInAHugeAccountNeverPagesThroughIt(t *testing.T) {
	api := newFakeAPI(20_000)
	r := NewReader(api.spec())
	ids := make([]string, 10)
	for i := range ids {
		ids[i] = fmt.Sprintf("x-%05d", 1000+i*1700)
	}
	parallel(t, r, ids, 50)
	if _, l := api.calls(); l > 1 {
		t.Errorf("%d List pages for 10 reads in an account of 20,000; want at most the page that tells the size", l)
	}
}

func TestFind_AWriteMakesTheNextReadGoToTheAPI(t *testing.T) {
	api := newFakeAPI(50)
	r := NewReader(api.spec())
	ids := make([]string, 50)
	for i := range ids {
		ids[i] = fmt.Sprintf("x-%05d", i)
	}
	parallel(t, r, ids, 10) // builds the snapshot (50 objects: one page)
	if r.Stats().FromSnapshot == 0 {
		t.Fatal("expected reads served from the snapshot")
	}
	api.mu.Lock()
	api.objects["x-00007"].Version = 2
	api.mu.Unlock()
	r.Invalidate("r1", "x-00007")
	before, _ := api.calls()
	o, err := r.Find(context.Background(), "r1", "x-00007")
	after, _ := api.calls()
	if err != nil || o.Version != 2 || after != before+1 {
		t.Fatalf("after a write: %+v, %v, %d new Describe calls; want version 2 from one call", o, err, after-before)
	}
}

func TestFind_TheSnapshotNeverAnswersNotFound(t *testing.T) {
	api := newFakeAPI(50)
	r := NewReader(api.spec())
	ids := make([]string, 50)
	for i := range ids {
		ids[i] = fmt.Sprintf("x-%05d", i)
	}
	parallel(t, r, ids, 10)
	api.mu.Lock()
	api.objects["x-77777"] = &obj{ID: "x-77777", Version: 1} // created after the listing
	api.mu.Unlock()
	if o, err := r.Find(context.Background(), "r1", "x-77777"); err != nil || o.ID != "x-77777" {
		t.Fatalf("a new object missing from the snapshot: %v, %v", o, err)
	}
}

func TestFind_AMalformedIDIsSentAlone(t *testing.T) {
	api := newFakeAPI(5)
	r := NewReader(api.spec())
	_, err := r.Find(context.Background(), "r1", "BAD")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(api.describes) != 1 || len(api.describes[0]) != 1 {
		t.Fatalf("err %v, calls %v", err, api.describes)
	}
}

// --- helpers ---

func queued(r *Reader[obj], region string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.region(region).queue)
}

// waitFor polls cond; the goroutines it waits on make progress without timers.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 1_000_000; i++ {
		if cond() {
			return
		}
		runtimeGosched()
	}
	t.Fatal("condition never became true")
}

// runConcurrently starts a read of ids[0], waits until its call is in flight, queues the rest, then
// releases the gate for every call.
func runConcurrently(t *testing.T, r *Reader[obj], api *fakeAPI, ids []string) map[string]error {
	t.Helper()
	var mu sync.Mutex
	out := map[string]error{}
	var wg sync.WaitGroup
	get := func(id string) {
		defer wg.Done()
		_, err := r.Find(context.Background(), "r1", id)
		mu.Lock()
		out[id] = err
		mu.Unlock()
	}
	wg.Add(1)
	go get(ids[0])
	waitFor(t, func() bool { d, _ := api.calls(); return d == 1 })
	for _, id := range ids[1:] {
		wg.Add(1)
		go get(id)
	}
	waitFor(t, func() bool { return queued(r, "r1") == len(ids)-1 })
	gate := api.gate
	api.mu.Lock()
	api.gate = nil
	api.mu.Unlock()
	close(gate)
	wg.Wait()
	return out
}

// parallel reads ids with n workers, as Terraform's refresh does.
func parallel(t *testing.T, r *Reader[obj], ids []string, n int) {
	t.Helper()
	work := make(chan string)
	errs := make(chan error, len(ids))
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range work {
				o, err := r.Find(context.Background(), "r1", id)
				if err == nil && o.ID != id {
					err = fmt.Errorf("asked %s got %s", id, o.ID)
				}
				errs <- err
			}
		}()
	}
	for _, id := range ids {
		work <- id
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestFind_AWaitIsNeverAnsweredFromTheSnapshot(t *testing.T) {
	api := newFakeAPI(50)
	r := NewReader(api.spec())
	ids := make([]string, 50)
	for i := range ids {
		ids[i] = fmt.Sprintf("x-%05d", i)
	}
	parallel(t, r, ids, 10) // the snapshot holds version 1 of everything
	api.mu.Lock()
	api.objects["x-00003"].Version = 2 // changed by the cloud on its own (a task finished)
	api.mu.Unlock()
	var got *obj
	err := wait.Until(context.Background(), wait.Options{Backoff: wait.Backoff{Initial: 1, Max: 1, Multiplier: 1}},
		func(ctx context.Context) (bool, string, error) {
			o, err := r.Find(ctx, "r1", "x-00003")
			got = o
			return err == nil, "", err
		})
	if err != nil || got.Version != 2 {
		t.Fatalf("a wait read %+v, %v; want the current version 2, not the listing's", got, err)
	}
}
