package ratelimit

import "time"

// AIMD parameters. The configured rate_limit is the ceiling; throttling halves the rate, success
// wins it back one step per second, so one cut is recovered after about ten seconds of calls that
// are not refused, whatever the ceiling.
const (
	aimdDecrease  = 0.5         // multiplicative cut on a RequestLimitExceeded* answer
	aimdFloor     = 1.0         // never below 1/s (or the ceiling, if that is lower)
	aimdStepShare = 20          // additive step = ceiling/20 per second, at least aimdMinStep
	aimdMinStep   = 1.0         // so 1/s at the default ceiling of 20/s
	aimdHold      = time.Second // refusals within this long after a cut answer calls sent at the old rate: no second cut
	aimdRaiseTick = time.Second // at most one raise per this long, and none until this long after a cut
	aimdMinCeil   = 1e-3        // guard against a zero or negative configured rate
)

// rateChange says what an event did to an aimd rate.
type rateChange int

const (
	rateSame rateChange = iota
	rateCut
	rateRaised
)

// aimd is the adaptive rate of one (credentials, service, action) bucket: additive increase,
// multiplicative decrease, as TCP does with its congestion window. It has no clock of its own: every
// event carries its time, so tests drive it with a sequence of (event, time) and check the rates.
//
//   - Throttled(now): if the last cut is at least aimdHold old, rate = max(floor, rate*0.5).
//     Calls in flight when the first refusal arrived were sent at the old rate and are refused too;
//     they must not cut again, or one burst of refusals would drop the rate to the floor.
//   - Succeeded(now), for an answer that is not a refusal: if the rate is below the ceiling and the
//     last change (cut or raise) is at least aimdRaiseTick old, rate = min(ceiling, rate+step).
//     So the rate grows by step per second while calls keep succeeding, and never while idle.
//
// It is not safe for concurrent use; bucket guards it.
type aimd struct {
	ceiling, floor, step float64
	rate                 float64
	lastCut, lastChange  time.Time
}

func newAIMD(ceiling float64) *aimd {
	a := &aimd{}
	a.setCeiling(ceiling)
	a.rate = a.ceiling
	return a
}

// setCeiling applies a (possibly new) configured rate. A lower ceiling takes effect at once; a higher
// one is climbed to by the additive increase.
func (a *aimd) setCeiling(ceiling float64) rateChange {
	ceiling = max(ceiling, aimdMinCeil)
	if ceiling == a.ceiling {
		return rateSame
	}
	a.ceiling = ceiling
	a.floor = min(aimdFloor, ceiling)
	a.step = max(aimdMinStep, ceiling/aimdStepShare)
	if a.rate > ceiling {
		a.rate = ceiling
		return rateCut
	}
	return rateSame
}

// Throttled records a RequestLimitExceeded* answer received at now.
func (a *aimd) Throttled(now time.Time) rateChange {
	if !a.lastCut.IsZero() && now.Sub(a.lastCut) < aimdHold {
		return rateSame
	}
	a.lastCut, a.lastChange = now, now
	if a.rate <= a.floor {
		return rateSame
	}
	a.rate = max(a.floor, a.rate*aimdDecrease)
	return rateCut
}

// Succeeded records an answer that was not a refusal, received at now.
func (a *aimd) Succeeded(now time.Time) rateChange {
	if a.rate >= a.ceiling || now.Sub(a.lastChange) < aimdRaiseTick {
		return rateSame
	}
	a.lastChange = now
	a.rate = min(a.ceiling, a.rate+a.step)
	return rateRaised
}

// Rate is the current requests per second.
func (a *aimd) Rate() float64 { return a.rate }
