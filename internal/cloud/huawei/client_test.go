package huawei

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestDo_SendsASignedRESTRequest(t *testing.T) {
	api := &fakeAPI{answers: []answer{okAnswer}}
	c := newTestClient(t, api, func(cfg *Config) {
		cfg.Now = func() time.Time { return time.Date(2024, 4, 9, 13, 42, 11, 0, time.FixedZone("CST", 8*3600)) }
		cfg.UserAgent = "terraform-provider-edgecloud/test"
	})
	var out struct {
		JobID string `json:"job_id"`
	}
	call := bindEip
	call.Query = url.Values{"z": {"a b"}, "a": {"1"}}
	if err := c.Do(context.Background(), call, &out); err != nil {
		t.Fatal(err)
	}
	if out.JobID != "job-1" {
		t.Fatalf("job_id = %q", out.JobID)
	}
	r, body := api.lastRequest()
	if api.sigErr != nil {
		t.Fatal(api.sigErr)
	}
	if r.Method != http.MethodPut || r.URL.Path != "/v3/0483b6b16e954cb88930a360d2c4e663/instances/12a49c2dc32648df8dd25e2976f70180in07/public-ips/bind" ||
		r.URL.RawQuery != "a=1&z=a%20b" {
		t.Fatalf("request %s %s?%s", r.Method, r.URL.Path, r.URL.RawQuery)
	}
	h := r.Header
	for name, want := range map[string]string{
		"X-Sdk-Date": "20240409T054211Z", "Content-Type": "application/json", "X-Project-Id": "0483b6b16e954cb88930a360d2c4e663",
		"User-Agent": "terraform-provider-edgecloud/test", "X-Security-Token": "",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if want := "SDK-HMAC-SHA256 Access=" + testAK + ", SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature="; !strings.HasPrefix(h.Get("Authorization"), want) {
		t.Fatalf("Authorization = %q, want it to start with %q", h.Get("Authorization"), want)
	}
	var sent map[string]string
	if err := json.Unmarshal(body, &sent); err != nil || sent["public_ip"] != "10.83.35.151" || sent["public_ip_id"] != "45a0ed37-cfa7-4403-8aeb-d720b4e831cf" {
		t.Fatalf("body %s", body)
	}
}

// Temporary credentials send their token as X-Security-Token, signed; a read has no body.
func TestDo_SecurityTokenIsSentAndSigned(t *testing.T) {
	api := &fakeAPI{answers: []answer{{200, `{"id":""}`, "r", ""}}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.SecurityToken = "temp-token-123" })
	if err := c.Do(context.Background(), showEip, nil); err != nil {
		t.Fatal(err)
	}
	r, body := api.lastRequest()
	if api.sigErr != nil {
		t.Fatal(api.sigErr)
	}
	if r.Header.Get("X-Security-Token") != "temp-token-123" || !strings.Contains(r.Header.Get("Authorization"), "x-sdk-date;x-security-token,") || len(body) != 0 {
		t.Fatalf("headers %v, body %q", r.Header, body)
	}
}

// The per-call project and region win over the configured ones; the region picks the endpoint.
func TestDo_CallProjectAndRegionOverrideConfig(t *testing.T) {
	api := &fakeAPI{answers: []answer{okAnswer}}
	c := newTestClient(t, api)
	call := showEip
	call.ProjectID = "11111111111111111111111111111111"
	if err := c.Do(context.Background(), call, nil); err != nil {
		t.Fatal(err)
	}
	if r, _ := api.lastRequest(); !strings.HasPrefix(r.URL.Path, "/v3/11111111111111111111111111111111/") || r.Header.Get("X-Project-Id") != call.ProjectID {
		t.Fatalf("path %s", r.URL.Path)
	}
}

func TestDo_EachAttemptIsSignedAfresh(t *testing.T) {
	api := &fakeAPI{answers: []answer{throttledAnswer, okAnswer}}
	tick := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newTestClient(t, api, func(cfg *Config) {
		cfg.Now = func() time.Time { tick = tick.Add(time.Second); return tick }
	})
	if err := c.Do(context.Background(), showEip, nil); err != nil {
		t.Fatal(err)
	}
	if r, _ := api.lastRequest(); r.Header.Get("X-Sdk-Date") != "20240101T000002Z" || api.sigErr != nil {
		t.Fatalf("second attempt dated %s (%v), want a fresh 20240101T000002Z", r.Header.Get("X-Sdk-Date"), api.sigErr)
	}
}

func TestDo_RetryPolicy(t *testing.T) {
	reset := answer{special: "RESET"}
	hangUp := answer{special: "HANG-UP"}
	notBusy := answer{409, `{"error_code":"DBS.280343","error_msg":"The EIP is already bound."}`, "r", ""}
	for _, tt := range []struct {
		name      string
		answers   []answer
		call      Call
		wantErr   string
		wantCalls int32
	}{
		{"throttled write is retried", []answer{throttledAnswer, throttledAnswer, okAnswer}, bindEip, "", 3},
		{"bare 429 is throttling", []answer{{429, "Too Many Requests", "", ""}, okAnswer}, bindEip, "", 2},
		{"throttling beyond max retries fails", []answer{throttledAnswer}, showEip, "APIGW.0308", 4},
		{"busy instance: a write is retried", []answer{busyAnswer, busyAnswer, busyAnswer, busyAnswer, busyAnswer, okAnswer}, bindEip, "", 6},
		{"another 409 is final", []answer{notBusy, okAnswer}, bindEip, "DBS.280343", 1},
		{"5xx on a read is retried", []answer{internalAnswer, okAnswer}, showEip, "", 2},
		{"5xx on a write is final", []answer{internalAnswer, okAnswer}, bindEip, "DBS.200001", 1},
		{"non-JSON 502 on a read is retried", []answer{gatewayAnswer, okAnswer}, showEip, "", 2},
		{"non-JSON 502 on a write is final", []answer{gatewayAnswer, okAnswer}, bindEip, "502 Bad Gateway", 1},
		{"dropped connection on a read is retried", []answer{hangUp, okAnswer}, showEip, "", 2},
		{"dropped connection on a write is final", []answer{hangUp, okAnswer}, bindEip, "EOF", 1},
		{"reset after sending a read is retried", []answer{reset, okAnswer}, showEip, "", 2},
		{"reset after sending a write is final", []answer{reset, okAnswer}, bindEip, "reset", 1},
		{"bad parameter is final", []answer{badParamAnswer, okAnswer}, showEip, "DBS.280001", 1},
		{"max_retries 0 retries nothing", []answer{throttledAnswer, okAnswer}, showEip, "APIGW.0308", 1},
		{"max_retries 0: busy is final too", []answer{busyAnswer, okAnswer}, bindEip, "DBS.200019", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeAPI{answers: tt.answers}
			c := newTestClient(t, api, func(cfg *Config) {
				if strings.HasPrefix(tt.name, "max_retries 0") {
					cfg.MaxRetries = 0
				}
			})
			err := c.Do(context.Background(), tt.call, nil)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
			if got := api.calls.Load(); got != tt.wantCalls {
				t.Fatalf("calls = %d, want %d", got, tt.wantCalls)
			}
			if api.sigErr != nil {
				t.Fatal(api.sigErr)
			}
		})
	}
}

// A busy instance is waited out for BusyRetryWindow (fake clock), not for max_retries answers.
func TestDo_BusyInstanceIsRetriedForTheWindowThenFails(t *testing.T) {
	api := &fakeAPI{answers: []answer{busyAnswer}}
	c := newTestClient(t, api)
	clock := newFakeClock()
	c.clock, c.pause = clock.Now, clock.Pause
	c.backoff.Max = 5 * time.Second
	start := clock.Now()
	err := c.Do(context.Background(), bindEip, nil)
	elapsed := clock.Now().Sub(start)
	if !IsBusy(err) {
		t.Fatalf("err = %v, want the busy refusal", err)
	}
	if elapsed < BusyRetryWindow-5*time.Second || elapsed > BusyRetryWindow+5*time.Second || api.calls.Load() < 100 {
		t.Fatalf("gave up after %s and %d calls, want about %s", elapsed, api.calls.Load(), BusyRetryWindow)
	}
}

func TestDo_RetriesStopAtContextDeadline(t *testing.T) {
	api := &fakeAPI{answers: []answer{busyAnswer}}
	c := newTestClient(t, api)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	c.backoff.Initial, c.backoff.Max = 20*time.Millisecond, 20*time.Millisecond
	err := c.Do(ctx, bindEip, nil)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "DBS.200019") {
		t.Fatalf("err = %v, want the deadline and the last error", err)
	}
}

// Throttling lowers the operation's adaptive rate (the limiter shared with the Tencent path).
func TestDo_ThrottlingLowersTheRate(t *testing.T) {
	api := &fakeAPI{answers: []answer{throttledAnswer, okAnswer}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.RateLimit = 20 })
	if err := c.Do(context.Background(), showEip, nil); err != nil {
		t.Fatal(err)
	}
	if r := c.limiters.Get(testAK, ServiceTaurusDB, "ShowInstanceEip", 20).Rate(); r != 10 {
		t.Fatalf("rate after one throttling answer = %v, want 10", r)
	}
	if r := c.limiters.Get(testAK, ServiceTaurusDB, "UpdateGaussMySqlInstanceEip", 20).Rate(); r != 20 {
		t.Fatalf("another operation's rate = %v, want 20", r)
	}
}
