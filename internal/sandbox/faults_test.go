package sandbox_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"
	"time"
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
