package huaweiapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// fakeCore is a host.Core with a fixed clock, a switchable rate limit and one queued fault.
type fakeCore struct {
	mu        sync.Mutex
	now       time.Time
	throttled bool
	fault     host.Effects
	calls     map[string]int
	refused   map[string]int
	execs     int
	persisted int
}

func (c *fakeCore) Now() time.Time { return c.now }
func (c *fakeCore) CountCall(key string) {
	c.mu.Lock()
	c.calls[key]++
	c.mu.Unlock()
}

func (c *fakeCore) CountRefused(key, reason string) {
	c.mu.Lock()
	c.refused[reason+" "+key]++
	c.mu.Unlock()
}
func (c *fakeCore) Allow(string, string) bool { return !c.throttled }
func (c *fakeCore) TakeFaults(string, string) host.Effects {
	fx := c.fault
	c.fault = host.Effects{}
	return fx
}

func (c *fakeCore) Exec(_ host.Effects, fn func(host.Call) bool) {
	c.execs++
	if fn(host.Call{Now: c.now}) {
		c.persisted++
	}
}
func (c *fakeCore) Logf(string, ...any) {}

// signGuideStyle signs r like the guide's example (content-type;host;x-sdk-date).
func signGuideStyle(r *http.Request, body []byte, at time.Time) {
	date := at.UTC().Format(sdkDateLayout)
	r.Header.Set("X-Sdk-Date", date)
	signed := []string{"content-type", "host", "x-sdk-date"}
	canonical, aerr := canonicalRequest(r, signed, body)
	if aerr != nil {
		panic(aerr)
	}
	r.Header.Set("Authorization", "SDK-HMAC-SHA256 Access="+guideAK+", SignedHeaders="+strings.Join(signed, ";")+", Signature="+signature(guideSK, date, canonical))
}

func newTestDoor() (*FrontDoor, *fakeCore) {
	core := &fakeCore{now: guideNow(), calls: map[string]int{}, refused: map[string]int{}}
	svc := &Service{
		Name: "demo",
		Routes: []Route{
			{Method: http.MethodGet, Path: "/v3/{project_id}/things/{id}", Action: "ShowThing", Run: func(c *Call) (any, *Error) {
				return map[string]string{"project": c.Param("project_id"), "id": c.Param("id"), "q": c.Query.Get("q")}, nil
			}},
			{Method: http.MethodPut, Path: "/v3/{project_id}/things/{id}", Action: "UpdateThing", Mutating: true, Run: func(c *Call) (any, *Error) {
				if string(c.Body) == "bad" {
					return nil, Errf(http.StatusConflict, "DEMO.409", "busy")
				}
				return map[string]int{"len": len(c.Body)}, nil
			}},
		},
		StatusOf: func(code string) (int, bool) {
			if code == "DEMO.409" {
				return http.StatusConflict, true
			}
			return 0, false
		},
	}
	return NewFrontDoor(core, map[string]string{guideAK: guideSK}, svc), core
}

func serve(d *FrontDoor, method, target, body string, sign bool) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if sign {
		signGuideStyle(r, []byte(body), guideNow())
	}
	w := httptest.NewRecorder()
	d.ServeHTTP(w, r)
	return w
}

func decodeError(t *testing.T, w *httptest.ResponseRecorder) errorBody {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Code == "" || e.Message == "" {
		t.Fatalf("not a Huawei error body: %s (%v)", w.Body.String(), err)
	}
	return e
}

func TestFrontDoor_RoutesAndAnswers(t *testing.T) {
	d, core := newTestDoor()
	var answers []Answer
	SetRecorder(func(a Answer) { answers = append(answers, a) })
	defer SetRecorder(nil)

	w := serve(d, http.MethodGet, "http://gaussdb.cn-north-4.myhuaweicloud.com/v3/p1/things/a%20b?q=x+y", "", true)
	if w.Code != 200 || w.Body.String() != `{"id":"a b","project":"p1","q":"x y"}` {
		t.Fatalf("GET: %d %s", w.Code, w.Body.String())
	}
	if id := w.Header().Get("X-Request-Id"); len(id) != 32 {
		t.Fatalf("X-Request-Id %q", id)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q", ct)
	}
	if core.persisted != 0 {
		t.Fatal("a read persisted the state")
	}
	if w := serve(d, http.MethodPut, "http://h/v3/p1/things/a", `{"x":1}`, true); w.Code != 200 || core.persisted != 1 {
		t.Fatalf("PUT: %d %s, persisted %d", w.Code, w.Body.String(), core.persisted)
	}
	if w := serve(d, http.MethodPut, "http://h/v3/p1/things/a", "bad", true); w.Code != 409 || decodeError(t, w).Code != "DEMO.409" || core.persisted != 1 {
		t.Fatalf("a failed write: %d %s, persisted %d", w.Code, w.Body.String(), core.persisted)
	}

	for _, target := range []string{"http://h/v3/p1/things", "http://h/v3/p1/things/a/b", "http://h/v3/p1/thing/a", "http://h/v3//things/a"} {
		w := serve(d, http.MethodGet, target, "", true)
		if w.Code != 404 || decodeError(t, w).Code != CodeNoSuchAPI || w.Header().Get("X-Request-Id") == "" {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body.String())
		}
	}
	if w := serve(d, http.MethodDelete, "http://h/v3/p1/things/a", "", true); w.Code != 404 || decodeError(t, w).Code != CodeNoSuchAPI {
		t.Fatalf("another method: %d %s", w.Code, w.Body.String())
	}
	if core.calls["demo.unknown"] != 5 || core.calls["demo.ShowThing"] != 1 || core.calls["demo.UpdateThing"] != 2 {
		t.Fatalf("calls %v", core.calls)
	}

	if w := serve(d, http.MethodGet, "http://h/v3/p1/things/a", "", false); w.Code != 401 || decodeError(t, w).Code != CodeAuth {
		t.Fatalf("unsigned: %d %s", w.Code, w.Body.String())
	}
	if core.refused["auth demo.ShowThing"] != 1 {
		t.Fatalf("refused %v", core.refused)
	}

	core.throttled = true
	if w := serve(d, http.MethodGet, "http://h/v3/p1/things/a", "", true); w.Code != 429 || decodeError(t, w).Code != CodeThrottled {
		t.Fatalf("throttled: %d %s", w.Code, w.Body.String())
	}
	core.throttled = false
	if core.refused["throttled demo.ShowThing"] != 1 {
		t.Fatalf("refused %v", core.refused)
	}

	// Injected codes answer with the service's status, a gateway code's, or 400.
	for code, want := range map[string]int{"DEMO.409": 409, CodeThrottled: 429, "SOMETHING.ELSE": 400} {
		core.fault = host.Effects{ErrorCode: code, Message: "injected"}
		w := serve(d, http.MethodGet, "http://h/v3/p1/things/a", "", true)
		if e := decodeError(t, w); w.Code != want || e.Code != code || e.Message != "injected" {
			t.Fatalf("injected %s: %d %s", code, w.Code, w.Body.String())
		}
	}
	execs := core.execs
	core.fault = host.Effects{ErrorCode: "DEMO.409"}
	serve(d, http.MethodPut, "http://h/v3/p1/things/a", "{}", true)
	if core.execs != execs {
		t.Fatal("an injected error must not run the handler")
	}

	big := strings.Repeat("x", MaxBodyBytes+1)
	if w := serve(d, http.MethodPut, "http://h/v3/p1/things/a", big, true); w.Code != 413 || decodeError(t, w).Code != CodeBadRequest {
		t.Fatalf("a large body: %d %.200s", w.Code, w.Body.String())
	}

	var injected, statuses int
	for _, a := range answers {
		if a.Injected {
			injected++
		}
		if a.Status != 0 {
			statuses++
		}
	}
	if injected != 4 || statuses != len(answers) || len(answers) != 15 {
		t.Fatalf("recorded %d answers (%d injected): %+v", len(answers), injected, answers)
	}
}

func TestFrontDoor_LatencyCancelledIsNotAnswered(t *testing.T) {
	d, core := newTestDoor()
	var answers []Answer
	SetRecorder(func(a Answer) { answers = append(answers, a) })
	defer SetRecorder(nil)
	core.fault = host.Effects{Latency: time.Hour}
	r := httptest.NewRequest(http.MethodGet, "http://h/v3/p1/things/a", nil)
	r.Header.Set("Content-Type", "application/json")
	signGuideStyle(r, nil, guideNow())
	ctx, cancel := context.WithCancel(r.Context())
	cancel()
	w := httptest.NewRecorder()
	d.ServeHTTP(w, r.WithContext(ctx))
	if len(answers) != 0 || core.execs != 0 {
		t.Fatalf("answers %v, execs %d", answers, core.execs)
	}
}
