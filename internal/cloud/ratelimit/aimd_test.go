package ratelimit

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"
	"golang.org/x/time/rate"
)

// The adaptive rate is a pure function of (event, time) sequences.
func TestAIMD_Sequence(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	const thr, ok = true, false
	steps := []struct {
		ms        int
		throttled bool
		want      float64
		change    rateChange
	}{
		{0, ok, 20, rateSame},          // at the ceiling: nothing to raise
		{10, thr, 10, rateCut},         // first refusal halves
		{100, thr, 10, rateSame},       // refusals of calls sent at the old rate: held
		{900, thr, 10, rateSame},       // still within a second of the cut
		{1000, ok, 10, rateSame},       // no raise within a second of a cut
		{1010, thr, 5, rateCut},        // a second later, a new refusal cuts again
		{2009, ok, 5, rateSame},        // 999 ms after the cut
		{2010, ok, 6, rateRaised},      // +1/s (20/20) per second of success
		{2500, ok, 6, rateSame},        // at most one raise per second
		{3010, ok, 7, rateRaised},      //
		{60_000, ok, 8, rateRaised},    // idle time earns nothing: one step per success-second
		{61_000, thr, 4, rateCut},      //
		{62_000, thr, 2, rateCut},      //
		{63_000, thr, 1, rateCut},      // floor: 1/s
		{64_000, thr, 1, rateSame},     //
		{65_000, ok, 2, rateRaised},    //
		{200_000, ok, 3, rateRaised},   //
		{1_000_000, ok, 4, rateRaised}, //
	}
	a := newAIMD(20)
	for _, s := range steps {
		var got rateChange
		if s.throttled {
			got = a.Throttled(at(s.ms))
		} else {
			got = a.Succeeded(at(s.ms))
		}
		if a.Rate() != s.want || got != s.change {
			t.Fatalf("at %d ms (throttled=%v): rate %v change %v, want %v %v", s.ms, s.throttled, a.Rate(), got, s.want, s.change)
		}
	}
	// Back to the ceiling, and no further.
	for i := range 30 {
		a.Succeeded(at(2_000_000 + 1000*i))
	}
	if a.Rate() != 20 {
		t.Fatalf("rate after recovery = %v, want the ceiling 20", a.Rate())
	}
}

func TestAIMD_StepAndFloorFollowTheCeiling(t *testing.T) {
	t0 := time.Unix(0, 0)
	a := newAIMD(1000)
	a.Throttled(t0)
	if a.Rate() != 500 {
		t.Fatalf("cut: %v", a.Rate())
	}
	a.Succeeded(t0.Add(time.Second))
	if a.Rate() != 550 {
		t.Fatalf("step at a ceiling of 1000/s should be 50/s: %v", a.Rate())
	}
	// A ceiling below the floor: the floor is the ceiling, nothing to cut.
	low := newAIMD(0.5)
	if low.Throttled(t0) != rateSame || low.Rate() != 0.5 {
		t.Fatalf("rate %v", low.Rate())
	}
	// A lower configured ceiling applies at once; a higher one is climbed to.
	a.setCeiling(100)
	if a.Rate() != 100 {
		t.Fatalf("lowered ceiling: %v", a.Rate())
	}
	a.setCeiling(200)
	if a.Rate() != 100 || a.Succeeded(t0.Add(3*time.Second)) != rateRaised || a.Rate() != 110 {
		t.Fatalf("raised ceiling: %v", a.Rate())
	}
}

// A bucket applies its adaptive rate to the local limiter and logs each change at DEBUG.
func TestBucket_ObserveAppliesAndLogs(t *testing.T) {
	s := NewSet()
	b := s.Get("id", "ecm", "DescribeVpcs", 20)
	var logs bytes.Buffer
	ctx := tflogtest.RootLogger(context.Background(), &logs)
	t0 := time.Unix(1_700_000_000, 0)
	b.Observe(ctx, t0, true)
	if b.local.Limit() != rate.Limit(10) || b.local.Burst() != 10 {
		t.Fatalf("local limiter = %v/s burst %d, want 10/s burst 10", b.local.Limit(), b.local.Burst())
	}
	b.Observe(ctx, t0.Add(time.Second), false)
	if b.local.Limit() != rate.Limit(11) {
		t.Fatalf("local limiter = %v/s, want 11/s", b.local.Limit())
	}
	out := logs.String()
	for _, want := range []string{`"@level":"debug"`, "rate lowered after throttling", `"rate_to":10`, "rate raised", `"rate_to":11`} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %s:\n%s", want, out)
		}
	}
	// The configured rate is the ceiling.
	if s.Get("id", "ecm", "DescribeVpcs", 5) != b || b.Rate() != 5 || b.local.Limit() != rate.Limit(5) {
		t.Fatalf("lowering rate_limit: rate %v", b.Rate())
	}
}

func TestSet_SharedPerAccountAndAction(t *testing.T) {
	s := NewSet()
	a := s.Get("id", "ecm", "DescribeVpcs", 20)
	if s.Get("id", "ecm", "DescribeVpcs", 20) != a {
		t.Fatal("same key must share a bucket")
	}
	if s.Get("id", "ecm", "CreateVpc", 20) == a || s.Get("other", "ecm", "DescribeVpcs", 20) == a || s.Get("id", "taurusdb", "DescribeVpcs", 20) == a {
		t.Fatal("different action, service or account must not share a bucket")
	}
}
