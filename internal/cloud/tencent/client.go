// Package tencent is the one request path for Tencent Cloud API 3.0: it signs (TC3-HMAC-SHA256),
// rate-limits per (service, action), retries what is safe to retry, decodes the error envelope and
// logs every call with secrets masked. Service packages (ecm, vpc, edgezone) only describe their
// actions' request and response types.
package tencent

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/netfail"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/redact"

	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Service identifies one Tencent Cloud API: its credential-scope name and its API version.
type Service struct {
	Name    string // "ecm"
	Version string // "2019-07-19"
}

// Config is what the provider block resolves to.
type Config struct {
	SecretID      string
	SecretKey     string
	SecurityToken string
	Region        string            // X-TC-Region; optional for ECM
	Endpoints     map[string]string // service name -> base URL override, e.g. "http://127.0.0.1:8787"
	RateLimit     float64           // requests per second per (service, action); 0 means 20. The ceiling of the adaptive rate.
	// MaxRetries bounds the retries of one call after answers that ask for one (throttling, an
	// expired signature, InternalError/ServiceUnavailable on reads). Failures with no answer are
	// retried by time instead (TransportRetryWindow). 0 turns every retry off.
	MaxRetries int
	// SharedRateLimit says whether the rate limit is shared with the other processes on this machine
	// that use the same credentials and endpoint (sharedlimit.go).
	SharedRateLimit SharedRateLimit
	// RateLimitDir holds the shared limiter's files; "" means
	// os.UserCacheDir()/terraform-provider-edgecloud/ratelimit.
	RateLimitDir string
	HTTPClient   *http.Client
	UserAgent    string
	// Now is the clock used for X-TC-Timestamp; tests inject skew with it.
	Now func() time.Time
}

// SharedRateLimit is the machine-wide limiter switch (package ratelimit, shared with the Huawei path).
type SharedRateLimit = ratelimit.Sharing

const (
	// SharedRateLimitAuto shares the limit for the real endpoints and not for a service whose endpoint
	// is overridden (the sandbox, tests), whose budget is nobody else's.
	SharedRateLimitAuto = ratelimit.SharingAuto
	SharedRateLimitOn   = ratelimit.SharingOn
	SharedRateLimitOff  = ratelimit.SharingOff
)

// TransportRetryWindow is how long failures that got no answer (connection refused, reset, timeout,
// a non-API answer) are retried, from the first one of a run of them; the context deadline (the
// resource's timeouts) ends it sooner. Long enough to ride out an endpoint restart or a short outage.
const TransportRetryWindow = 2 * time.Minute

// Client sends API 3.0 calls. It is safe for concurrent use and meant to be shared by every resource.
type Client struct {
	cfg      Config
	http     *http.Client
	limiters *ratelimit.Set
	shared   *ratelimit.Store // nil when SharedRateLimit is off
	backoff  wait.Backoff
	// Test hooks: the clock of the limiters and retry windows, and the one way this client waits.
	clock           func() time.Time
	pause           func(context.Context, time.Duration) error
	transportWindow time.Duration
}

// New builds a client. Missing credentials are not an error here (the values may be unknown at plan
// time); the first call reports them.
func New(cfg Config) *Client {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 60 * time.Second}
	}
	if cfg.RateLimit <= 0 {
		cfg.RateLimit = 20
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c := &Client{cfg: cfg, http: cfg.HTTPClient, limiters: ratelimit.Process, backoff: wait.DefaultRetryBackoff,
		clock: time.Now, pause: wait.Pause, transportWindow: TransportRetryWindow}
	if cfg.SharedRateLimit != SharedRateLimitOff {
		c.shared = ratelimit.StoreFor(cfg.RateLimitDir)
	}
	return c
}

// Call is one API action.
type Call struct {
	Service Service
	Action  string
	// Params is marshalled as the JSON body (nil means {}).
	Params any
	// Idempotent marks calls that may be repeated after an unknown outcome: reads, and writes that
	// carry a ClientToken. Throttled calls are always retried, whatever this says.
	Idempotent bool
	// Region is sent as X-TC-Region, overriding Config.Region: the services whose actions are
	// regional (VPC, EdgeZone) name the resource's region on every call. "" uses Config.Region.
	Region string
}

// Do sends call and decodes the "Response" object into out (which may be nil).
func (c *Client) Do(ctx context.Context, call Call, out any) error {
	if c.cfg.SecretID == "" || c.cfg.SecretKey == "" {
		return &ConfigError{Msg: "no Tencent Cloud credentials: set secret_id and secret_key in the provider block, " +
			"or the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables (or a profile)"}
	}
	endpoint, host, err := c.endpoint(call.Service.Name)
	if err != nil {
		return err
	}
	body := []byte("{}")
	if call.Params != nil {
		if body, err = json.Marshal(call.Params); err != nil {
			return fmt.Errorf("%s:%s: encoding request: %w", call.Service.Name, call.Action, err)
		}
	}
	redacted, secrets := inspectBody(body)
	secrets = append(secrets, c.cfg.SecretKey)
	if c.cfg.SecurityToken != "" {
		secrets = append(secrets, c.cfg.SecurityToken)
	}
	ctx = tflog.MaskAllFieldValuesStrings(ctx, secrets...)
	ctx = tflog.MaskMessageStrings(ctx, secrets...)
	ctx = tflog.SetField(ctx, "tencent_action", call.Service.Name+":"+call.Action)
	tflog.Trace(ctx, "Tencent API request", map[string]any{"body": redacted})
	limiter := c.limiters.Get(c.cfg.SecretID, call.Service.Name, call.Action, c.cfg.RateLimit)
	sharedName := ""
	if c.sharesLimit(call.Service.Name) {
		sharedName = ratelimit.FileName(endpoint, c.cfg.SecretID, call.Service.Name, call.Action)
	}

	var (
		retries     int       // retries spent from MaxRetries
		resigned    bool      // the one re-signing after an expired signature was used
		noAnswerRun time.Time // when the current run of unanswered attempts began
	)
	for attempt := 0; ; attempt++ {
		if err := ratelimit.WaitTurn(ctx, limiter, c.shared, sharedName, c.clock, c.pause); err != nil {
			return fmt.Errorf("%s:%s: waiting for the rate limiter: %w", call.Service.Name, call.Action, err)
		}
		start := time.Now()
		requestID, err := c.send(ctx, call, endpoint, host, body, out)
		maskAPIError(err, secrets)
		now := c.clock()
		var te *TransportError
		if answered := !errors.As(err, &te); answered {
			limiter.Observe(ctx, now, IsThrottled(err))
			noAnswerRun = time.Time{}
		} else if noAnswerRun.IsZero() {
			noAnswerRun = now
		}
		fields := map[string]any{"attempt": attempt + 1, "duration_ms": time.Since(start).Milliseconds(), "request_id": requestID}
		if err == nil {
			tflog.Debug(ctx, "Tencent API call", fields)
			return nil
		}
		fields["error"] = err.Error()
		retry := false
		if c.cfg.MaxRetries > 0 {
			switch retryDecision(err, call.Idempotent) {
			case retryCounted:
				retry = retries < c.cfg.MaxRetries
				retries++
			case retryResign:
				retry = !resigned && retries < c.cfg.MaxRetries
				resigned = true
				retries++
			case retryUntilWindow:
				retry = now.Sub(noAnswerRun) < c.transportWindow
			}
		}
		if !retry {
			tflog.Debug(ctx, "Tencent API call failed", fields)
			return err
		}
		delay := c.backoff.Delay(attempt)
		fields["retry_in"] = delay.String()
		tflog.Debug(ctx, "Tencent API call failed, retrying", fields)
		if err := c.pause(ctx, delay); err != nil {
			return fmt.Errorf("%s:%s: %w (last error: %v)", call.Service.Name, call.Action, err, fields["error"])
		}
	}
}

// sharesLimit says whether calls to service go through the machine-wide limiter.
func (c *Client) sharesLimit(service string) bool {
	switch {
	case c.shared == nil:
		return false
	case c.cfg.SharedRateLimit == SharedRateLimitOn:
		return true
	default: // Auto: only the real endpoint
		return c.cfg.Endpoints[service] == ""
	}
}

// send makes one signed attempt and returns the RequestId it got, if any.
func (c *Client) send(ctx context.Context, call Call, endpoint, host string, body []byte, out any) (string, error) {
	const contentType = "application/json; charset=utf-8"
	ts := c.cfg.Now().Unix()
	sig := sign(signInput{
		Method: http.MethodPost, Host: host, ContentType: contentType, Payload: body,
		Service: call.Service.Name, Timestamp: ts, SecretID: c.cfg.SecretID, SecretKey: c.cfg.SecretKey,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("%s:%s: building request: %w", call.Service.Name, call.Action, err)
	}
	req.Host = host
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-TC-Action", call.Action)
	req.Header.Set("X-TC-Version", call.Service.Version)
	req.Header.Set("X-TC-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("Authorization", sig.Authorization)
	if region := cmp.Or(call.Region, c.cfg.Region); region != "" {
		req.Header.Set("X-TC-Region", region)
	}
	if c.cfg.SecurityToken != "" {
		req.Header.Set("X-TC-Token", c.cfg.SecurityToken)
	}
	if c.cfg.UserAgent != "" {
		req.Header.Set("User-Agent", c.cfg.UserAgent)
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return "", &TransportError{Service: call.Service.Name, Action: call.Action, Err: err, NotSent: netfail.NotSent(err)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return "", &TransportError{Service: call.Service.Name, Action: call.Action, StatusCode: resp.StatusCode, Err: err}
	}
	return decodeResponse(call, resp.StatusCode, raw, out)
}

// decodeResponse unwraps {"Response": {...}}: an Error member becomes an APIError, anything else is
// decoded into out.
func decodeResponse(call Call, status int, raw []byte, out any) (string, error) {
	var envelope struct {
		Response json.RawMessage `json:"Response"`
	}
	if err := json.Unmarshal(raw, &envelope); err != nil || len(envelope.Response) == 0 {
		return "", &TransportError{Service: call.Service.Name, Action: call.Action, StatusCode: status,
			Err: fmt.Errorf("answer is not an API 3.0 response: %s", redact.Excerpt(raw, 200))}
	}
	var head struct {
		Error *struct {
			Code    string `json:"Code"`
			Message string `json:"Message"`
		} `json:"Error"`
		RequestID string `json:"RequestId"`
	}
	if err := json.Unmarshal(envelope.Response, &head); err != nil {
		return "", &TransportError{Service: call.Service.Name, Action: call.Action, StatusCode: status, Err: err}
	}
	if head.Error != nil {
		return head.RequestID, &APIError{Service: call.Service.Name, Action: call.Action, Code: head.Error.Code,
			Message: head.Error.Message, RequestID: head.RequestID}
	}
	if out != nil {
		if err := json.Unmarshal(envelope.Response, out); err != nil {
			// The call succeeded; only our decoding failed. Do not retry it.
			return head.RequestID, fmt.Errorf("%s:%s: decoding response (RequestId %s): %w", call.Service.Name, call.Action, head.RequestID, err)
		}
	}
	return head.RequestID, nil
}

func (c *Client) endpoint(service string) (endpoint, host string, err error) {
	endpoint = "https://" + service + ".tencentcloudapi.com/"
	if override, ok := c.cfg.Endpoints[service]; ok && override != "" {
		endpoint = override
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", "", &ConfigError{Msg: fmt.Sprintf("endpoint for %s %q is not an http(s) URL with a host", service, endpoint)}
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), u.Host, nil
}

// maskAPIError blanks secrets an API error message might echo back, since the message ends up in
// diagnostics and logs.
func maskAPIError(err error, secrets []string) {
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		return
	}
	apiErr.Message = redact.Mask(apiErr.Message, secrets)
}

// IsConfigError reports a provider configuration error (missing credentials, a bad endpoint).
func IsConfigError(err error) bool {
	var ce *ConfigError
	return errors.As(err, &ce)
}
