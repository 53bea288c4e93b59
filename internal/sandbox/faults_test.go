package sandbox_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

func TestFaultCountAndNothingHappens(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.AddFault(Fault{Action: "CreateVpc", ErrorCode: "InternalError", Count: 2})
	resp := h.Fails("CreateVpc", vpcParams("10.0.0.0/16"), "InternalError")
	if msg := resp["Error"].(map[string]any)["Message"].(string); msg == "" {
		t.Fatal("injected error without message")
	}
	h.Fails("CreateVpc", vpcParams("10.0.0.0/16"), "InternalError")
	h.Ok("DescribeVpcs", nil) // other actions are not affected
	h.Ok("CreateVpc", vpcParams("10.0.0.0/16"))
	if n := h.Ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 2 { // the region's default VPC and ours
		t.Fatalf("failed calls must not create anything: %v VPCs", n)
	}
	if len(h.S.Faults()) != 0 {
		t.Fatalf("spent fault still installed: %v", h.S.Faults())
	}
}

func TestFaultMessageServiceAndClear(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.AddFault(Fault{Service: "vpc", ErrorCode: "InternalError"}) // another product
	h.Ok("DescribeVpcs", nil)
	h.S.AddFault(Fault{Service: "ecm", ErrorCode: "ResourceUnavailable", Message: "node down"})
	resp := h.Fails("DescribeVpcs", nil, "ResourceUnavailable")
	if msg := resp["Error"].(map[string]any)["Message"]; msg != "node down" {
		t.Fatalf("message %v", msg)
	}
	h.Fails("DescribeSubnets", nil, "ResourceUnavailable") // Action "" = any
	h.S.ClearFaults()
	h.Ok("DescribeVpcs", nil)
}

// pattern returns which of n calls failed under a probabilistic fault.
func faultPattern(t *testing.T, f Fault, n int) []bool {
	h := newHarness(t, Options{})
	h.S.AddFault(f)
	out := make([]bool, n)
	for i := range out {
		_, code := h.Call("DescribeVpcs", nil)
		out[i] = code == f.ErrorCode
	}
	return out
}

func TestFaultProbabilityIsSeeded(t *testing.T) {
	f := Fault{Action: "DescribeVpcs", ErrorCode: "RequestLimitExceeded", Probability: 0.5, Seed: 42}
	a, b := faultPattern(t, f, 60), faultPattern(t, f, 60)
	failed := 0
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("same seed, different outcome at call %d", i)
		}
		if a[i] {
			failed++
		}
	}
	if failed < 10 || failed > 50 {
		t.Fatalf("%d of 60 calls failed with probability 0.5", failed)
	}
	f.Seed = 43
	if c := faultPattern(t, f, 60); equalBools(a, c) {
		t.Fatal("a different seed gave the very same pattern")
	}
}

// Count bounds the matching calls considered; Probability decides among them.
func TestFaultCountWithProbability(t *testing.T) {
	got := faultPattern(t, Fault{Action: "DescribeVpcs", ErrorCode: "InternalError", Count: 10, Probability: 0.5, Seed: 1}, 30)
	for i := 10; i < 30; i++ {
		if got[i] {
			t.Fatalf("call %d failed after the fault's count was spent", i)
		}
	}
}

func equalBools(a, b []bool) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFaultTaskDurationOverride(t *testing.T) {
	h := newHarness(t, Options{TaskDuration: time.Second})
	h.S.AddFault(Fault{Action: "AllocateAddresses", TaskDuration: 10 * time.Second, Count: 1})
	_, task := h.Allocate(1)
	h.Clock.Advance(9 * time.Second)
	if got := h.TaskResult(task); got != "RUNNING" {
		t.Fatalf("slow task after 9s: %s", got)
	}
	h.Clock.Advance(time.Second)
	if got := h.TaskResult(task); got != "SUCCESS" {
		t.Fatalf("slow task after 10s: %s", got)
	}
}

func TestFaultLatencyHonoursCancellation(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.AddFault(Fault{Action: "CreateVpc", Latency: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := h.Request("CreateVpc", vpcParams("10.0.0.0/16")).WithContext(ctx)
	w := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.S.ServeHTTP(w, r); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("latency fault ignored the cancelled request context")
	}
	if w.Body.Len() != 0 {
		t.Fatalf("cancelled call answered %s", w.Body.String())
	}
	h.S.ClearFaults()
	if n := h.Ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 0 {
		t.Fatal("a cancelled call must not be handled")
	}
	// A short latency delays, then the call is handled normally.
	h.S.AddFault(Fault{Action: "CreateVpc", Latency: time.Millisecond})
	h.Ok("CreateVpc", vpcParams("10.0.0.0/16"))
}

func TestFaultJSON(t *testing.T) {
	var f Fault
	in := `{"action":"AllocateAddresses","latency":"1.5s","task_duration":"2m","task_result":"FAILED","count":3,"probability":0.25,"seed":9}`
	if err := json.Unmarshal([]byte(in), &f); err != nil {
		t.Fatal(err)
	}
	want := Fault{Action: "AllocateAddresses", Latency: 1500 * time.Millisecond, TaskDuration: 2 * time.Minute, TaskResult: "FAILED", Count: 3, Probability: 0.25, Seed: 9}
	if f != want {
		t.Fatalf("got %+v", f)
	}
	b, _ := json.Marshal(f)
	var back Fault
	if err := json.Unmarshal(b, &back); err != nil || back != f {
		t.Fatalf("round trip %s: %+v %v", b, back, err)
	}
	if err := json.Unmarshal([]byte(`{"action":"X","latncy":"1s"}`), &f); err == nil {
		t.Fatal("unknown field accepted")
	}
	if err := json.Unmarshal([]byte(`{"action":"X","latency":"soon"}`), &f); err == nil {
		t.Fatal("bad duration accepted")
	}
}

// A drop_response fault is the lost answer: the call is acted on and persisted, then the
// connection closes without a response. Served by a real HTTP server, the client gets a
// transport error after sending; the VPC exists all the same, also for a sandbox restarted
// from the state file.
func TestFaultDropResponseActsThenAnswersNothing(t *testing.T) {
	stateFile := filepath.Join(t.TempDir(), "state.json")
	h := newHarness(t, Options{StateFile: stateFile})
	srv := httptest.NewServer(h.S)
	defer srv.Close()
	code, body := h.Control(http.MethodPost, "/_sandbox/faults", `{"action":"CreateVpc","drop_response":true,"count":1}`)
	if code != http.StatusOK || !strings.Contains(body, `"drop_response": true`) {
		t.Fatalf("adding the fault: %d %s", code, body)
	}

	send := func() (*http.Response, error) {
		params, _ := json.Marshal(vpcParams("10.0.0.0/16"))
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/", bytes.NewReader(params))
		if err != nil {
			t.Fatal(err)
		}
		req.Host = strings.TrimPrefix(srv.URL, "http://")
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-TC-Action", "CreateVpc")
		req.Header.Set("X-TC-Version", sandboxtest.ECMVersion)
		testSign(req, params, testSecretID, testSecretKey, "ecm", h.Clock.Now())
		return srv.Client().Do(req)
	}
	resp, err := send()
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Fatalf("a dropped answer arrived: HTTP %d %s", resp.StatusCode, b)
	}
	var urlErr interface{ Timeout() bool }
	if !errors.As(err, &urlErr) || urlErr.Timeout() {
		t.Fatalf("want a transport error (connection closed), got %v", err)
	}
	if n := h.S.CallCounts()["ecm.CreateVpc"]; n != 1 {
		t.Fatalf("the dropped call was not counted once: %d", n)
	}
	vpcs := h.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion, "Filters": []map[string]any{{"Name": "vpc-name", "Values": []string{"v"}}}})
	if vpcs["TotalCount"].(float64) != 1 {
		t.Fatalf("the call whose answer was dropped did not act: %v", vpcs)
	}
	if len(h.S.Faults()) != 0 {
		t.Fatalf("spent fault still installed: %v", h.S.Faults())
	}

	// The next call is answered normally.
	resp, err = send()
	if err != nil {
		t.Fatalf("the call after the fault: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"VpcId"`) {
		t.Fatalf("the call after the fault: %s", b)
	}

	// What the dropped call did was persisted.
	again, err := New(Options{Credentials: map[string]string{testSecretID: testSecretKey}, StateFile: stateFile, Now: h.Clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	h2 := &harness{T: t, S: again, Clock: h.Clock}
	if n := h2.Ok("DescribeVpcs", map[string]any{"EcmRegion": testRegion, "Filters": []map[string]any{{"Name": "vpc-name", "Values": []string{"v"}}}})["TotalCount"].(float64); n != 2 {
		t.Fatalf("after a restart from the state file: %v VPCs named v, want 2", n)
	}
}

// Without a connection to take over (httptest.ResponseRecorder), a dropped answer is HTTP 502 with
// no body; an injected error is dropped too, and its call does nothing.
func TestFaultDropResponseRecorderFallback(t *testing.T) {
	h := newHarness(t, Options{})
	h.S.AddFault(Fault{Action: "CreateVpc", DropResponse: true, Count: 2})
	for i, fault := range []string{"", "InternalError"} {
		if fault != "" {
			h.S.AddFault(Fault{Action: "CreateVpc", ErrorCode: fault, Count: 1})
		}
		w := httptest.NewRecorder()
		h.S.ServeHTTP(w, h.Request("CreateVpc", vpcParams("10.0.0.0/16")))
		if w.Code != http.StatusBadGateway || w.Body.Len() != 0 {
			t.Fatalf("call %d: want HTTP 502 with no body, got %d %q", i, w.Code, w.Body.String())
		}
	}
	if n := h.Ok("DescribeVpcs", nil)["TotalCount"].(float64); n != 2 { // the default VPC and the first call's
		t.Fatalf("%v VPCs: the first call must act, the injected error must not", n)
	}
	var f Fault
	if err := json.Unmarshal([]byte(`{"action":"ApplyPublicIps","drop_response":true}`), &f); err != nil || !f.DropResponse {
		t.Fatalf("drop_response not decoded: %+v %v", f, err)
	}
}
