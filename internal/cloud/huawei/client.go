// Package huawei is the one request path for Huawei Cloud REST APIs: it signs (SDK-HMAC-SHA256 with
// an access key and secret key, plus X-Security-Token for temporary credentials), picks the
// endpoint of the service in the region, rate-limits per (service, operation) with the limiter the
// Tencent path uses (package ratelimit), retries what is safe to retry, decodes Huawei's error body
// ({"error_code", "error_msg"}) and logs every call with secrets masked. Service packages
// (taurusdb) only describe their operations' paths, requests and responses.
package huawei

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
	"regexp"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/netfail"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/redact"

	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/ratelimit"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Config is what the provider block resolves to for Huawei Cloud.
type Config struct {
	AccessKey     string
	SecretKey     string
	SecurityToken string // temporary credentials only: sent as X-Security-Token
	Region        string // default region: picks the endpoint ("cn-north-4")
	ProjectID     string // default project: the {project_id} of every path
	// Endpoints maps a service name ("taurusdb") to a base URL that replaces the regional one
	// ("http://127.0.0.1:8787" for the sandbox).
	Endpoints map[string]string
	// RateLimit is the ceiling of the adaptive rate per (access key, service, operation); 0 means 20.
	RateLimit float64
	// MaxRetries bounds the retries after answers that invite one (throttling, 5xx on reads);
	// refusals of a busy instance and failures with no answer are bounded by time instead. 0 turns
	// every retry off.
	MaxRetries      int
	SharedRateLimit ratelimit.Sharing
	RateLimitDir    string // "" means os.UserCacheDir()/terraform-provider-edgecloud/ratelimit
	HTTPClient      *http.Client
	UserAgent       string
	// Now is the clock of X-Sdk-Date; tests pin it.
	Now func() time.Time
}

// Client sends Huawei Cloud REST calls. It is safe for concurrent use and meant to be shared.
type Client struct {
	cfg      Config
	http     *http.Client
	limiters *ratelimit.Set
	shared   *ratelimit.Store // nil when SharedRateLimit is off
	backoff  wait.Backoff
	// Test hooks: the clock of the limiters and retry windows, and the one way this client waits.
	clock           func() time.Time
	pause           ratelimit.PauseFunc
	transportWindow time.Duration
	busyWindow      time.Duration
}

// New builds a client. Missing credentials are not an error here: a provider used only for Tencent
// Cloud has none, and the first Huawei call reports them.
func New(cfg Config) *Client {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 60 * time.Second}
	}
	if cfg.RateLimit <= 0 {
		cfg.RateLimit = 20
	}
	cfg.MaxRetries = max(cfg.MaxRetries, 0)
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c := &Client{cfg: cfg, http: cfg.HTTPClient, limiters: ratelimit.Process, backoff: wait.DefaultRetryBackoff,
		clock: time.Now, pause: wait.Pause, transportWindow: TransportRetryWindow, busyWindow: BusyRetryWindow}
	if cfg.SharedRateLimit != ratelimit.SharingOff {
		c.shared = ratelimit.StoreFor(cfg.RateLimitDir)
	}
	return c
}

// Region is the configured default region ("" when unset).
func (c *Client) Region() string { return c.cfg.Region }

// ProjectID is the configured default project ("" when unset).
func (c *Client) ProjectID() string { return c.cfg.ProjectID }

// Call is one REST operation.
type Call struct {
	Service   string // "taurusdb": endpoint, rate-limit key, logs
	Operation string // the API's name for it, "ShowInstanceEip": logs, errors, rate-limit key
	Method    string
	// Path is a template such as "/v3/{project_id}/instances/{instance_id}/eip". {project_id} is
	// ProjectID (or the configured one); the other names come from PathParams. Values must be
	// non-empty letters, digits, "-", "_", "." or "~" (IDs are), so the path needs no escaping.
	Path       string
	PathParams map[string]string
	ProjectID  string // "" uses Config.ProjectID
	Region     string // "" uses Config.Region
	Query      url.Values
	Body       any // marshalled as JSON; nil sends no body
}

var (
	regionPattern  = regexp.MustCompile(`^[a-z]{2}(-[a-z0-9]+)+$`)
	pathValue      = regexp.MustCompile(`^[A-Za-z0-9._~-]+$`)
	pathParameters = regexp.MustCompile(`\{([a-z_]+)\}`)
)

// Do sends call and decodes a 2xx JSON answer into out (which may be nil).
func (c *Client) Do(ctx context.Context, call Call, out any) error {
	if c.cfg.AccessKey == "" || c.cfg.SecretKey == "" {
		return &ConfigError{Msg: "no Huawei Cloud credentials: set huawei_access_key and huawei_secret_key in the provider block, " +
			"or the HW_ACCESS_KEY and HW_SECRET_KEY environment variables"}
	}
	base, err := c.endpoint(call.Service, cmp.Or(call.Region, c.cfg.Region))
	if err != nil {
		return err
	}
	path, err := c.expandPath(call)
	if err != nil {
		return err
	}
	var body []byte
	if call.Body != nil {
		if body, err = json.Marshal(call.Body); err != nil {
			return fmt.Errorf("%s:%s: encoding request: %w", call.Service, call.Operation, err)
		}
	}
	redacted, secrets := inspectBody(body)
	secrets = append(secrets, c.cfg.SecretKey)
	if c.cfg.SecurityToken != "" {
		secrets = append(secrets, c.cfg.SecurityToken)
	}
	ctx = tflog.MaskAllFieldValuesStrings(ctx, secrets...)
	ctx = tflog.MaskMessageStrings(ctx, secrets...)
	ctx = tflog.SetField(ctx, "huawei_operation", call.Service+":"+call.Operation)
	tflog.Trace(ctx, "Huawei Cloud API request", map[string]any{"method": call.Method, "path": path,
		"query": canonicalQuery(call.Query), "body": redacted})

	limiter := c.limiters.Get(c.cfg.AccessKey, call.Service, call.Operation, c.cfg.RateLimit)
	sharedName := ""
	if c.sharesLimit(call.Service) {
		sharedName = ratelimit.FileName(base.String(), c.cfg.AccessKey, call.Service, call.Operation)
	}
	var (
		retries     int       // retries spent from MaxRetries
		noAnswerRun time.Time // when the current run of unanswered attempts began
		busySince   time.Time // when the instance was first found busy
	)
	for attempt := 0; ; attempt++ {
		if err := ratelimit.WaitTurn(ctx, limiter, c.shared, sharedName, c.clock, c.pause); err != nil {
			return fmt.Errorf("%s:%s: waiting for the rate limiter: %w", call.Service, call.Operation, err)
		}
		start := time.Now()
		status, requestID, err := c.send(ctx, call, base, path, body, out)
		maskAPIError(err, secrets)
		now := c.clock()
		var te *TransportError
		if answered := !errors.As(err, &te); answered {
			limiter.Observe(ctx, now, IsThrottled(err))
			noAnswerRun = time.Time{}
		} else if noAnswerRun.IsZero() {
			noAnswerRun = now
		}
		fields := map[string]any{"attempt": attempt + 1, "duration_ms": time.Since(start).Milliseconds(), "request_id": requestID, "status": status}
		if err == nil {
			tflog.Debug(ctx, "Huawei Cloud API call", fields)
			return nil
		}
		fields["error"] = err.Error()
		retry := false
		if c.cfg.MaxRetries > 0 {
			switch retryDecision(err, call.Method) {
			case retryCounted:
				retry = retries < c.cfg.MaxRetries
				retries++
			case retryBusy:
				if busySince.IsZero() {
					busySince = now
				}
				retry = now.Sub(busySince) < c.busyWindow
			case retryUntilWindow:
				retry = now.Sub(noAnswerRun) < c.transportWindow
			}
		}
		if !retry {
			tflog.Debug(ctx, "Huawei Cloud API call failed", fields)
			return err
		}
		delay := c.backoff.Delay(attempt)
		fields["retry_in"] = delay.String()
		tflog.Debug(ctx, "Huawei Cloud API call failed, retrying", fields)
		if err := c.pause(ctx, delay); err != nil {
			return fmt.Errorf("%s:%s: %w (last error: %v)", call.Service, call.Operation, err, fields["error"])
		}
	}
}

// expandPath fills the path template.
func (c *Client) expandPath(call Call) (string, error) {
	var bad error
	fail := func(err error) {
		if bad == nil {
			bad = err
		}
	}
	path := pathParameters.ReplaceAllStringFunc(call.Path, func(m string) string {
		name := m[1 : len(m)-1]
		v := call.PathParams[name]
		switch {
		case name == "project_id":
			if v = cmp.Or(call.ProjectID, c.cfg.ProjectID); v == "" {
				fail(&ConfigError{Msg: "no Huawei Cloud project ID: set huawei_project_id in the provider block, the HW_PROJECT_ID " +
					"environment variable, or project_id on the resource"})
			}
		case v == "":
			fail(fmt.Errorf("%s:%s: no value for the path parameter %s", call.Service, call.Operation, name))
		}
		if v != "" && !pathValue.MatchString(v) {
			fail(fmt.Errorf("%s:%s: %s %q may contain only letters, digits, '-', '_', '.' and '~'", call.Service, call.Operation, name, v))
		}
		return v
	})
	return path, bad
}

// sharesLimit says whether calls to service go through the machine-wide limiter.
func (c *Client) sharesLimit(service string) bool {
	switch {
	case c.shared == nil:
		return false
	case c.cfg.SharedRateLimit == ratelimit.SharingOn:
		return true
	default: // auto: only the real endpoint
		return c.cfg.Endpoints[service] == ""
	}
}

// send makes one signed attempt and returns the HTTP status and X-Request-Id it got, if any.
func (c *Client) send(ctx context.Context, call Call, base *url.URL, path string, body []byte, out any) (int, string, error) {
	u := *base
	u.Path += path
	u.RawQuery = canonicalQuery(call.Query)
	headers := map[string]string{
		"Host":         u.Host,
		"X-Sdk-Date":   c.cfg.Now().UTC().Format(sdkDateLayout),
		"Content-Type": "application/json",
	}
	if project := cmp.Or(call.ProjectID, c.cfg.ProjectID); project != "" {
		headers["X-Project-Id"] = project
	}
	if c.cfg.SecurityToken != "" {
		headers["X-Security-Token"] = c.cfg.SecurityToken
	}
	sig := sign(signInput{Method: call.Method, Path: u.EscapedPath(), Query: call.Query, Headers: headers, Body: body,
		AccessKey: c.cfg.AccessKey, SecretKey: c.cfg.SecretKey})

	var reader io.Reader
	if body != nil {
		reader = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, call.Method, u.String(), reader)
	if err != nil {
		return 0, "", fmt.Errorf("%s:%s: building request: %w", call.Service, call.Operation, err)
	}
	for k, v := range headers {
		if k != "Host" {
			req.Header.Set(k, v)
		}
	}
	req.Host = u.Host
	req.Header.Set("Authorization", sig.Authorization)
	if c.cfg.UserAgent != "" {
		req.Header.Set("User-Agent", c.cfg.UserAgent)
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return 0, "", &TransportError{Service: call.Service, Operation: call.Operation, Method: call.Method, Path: path, Err: err, NotSent: netfail.NotSent(err)}
	}
	defer resp.Body.Close()
	requestID := resp.Header.Get("X-Request-Id")
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return resp.StatusCode, requestID, &TransportError{Service: call.Service, Operation: call.Operation, Method: call.Method, Path: path,
			Err: fmt.Errorf("HTTP %d, reading the body: %w", resp.StatusCode, err)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, requestID, decodeError(call, path, resp.StatusCode, requestID, raw)
	}
	if out != nil && len(bytes.TrimSpace(raw)) > 0 {
		if err := json.Unmarshal(raw, out); err != nil {
			// The call succeeded; only our decoding failed. Do not retry it.
			return resp.StatusCode, requestID, fmt.Errorf("%s:%s: decoding response (X-Request-Id %s): %w", call.Service, call.Operation, requestID, err)
		}
	}
	return resp.StatusCode, requestID, nil
}

// decodeError reads Huawei's error body: {"error_code", "error_msg"} (some gateways add request_id,
// some services nest {"error": {"code", "message"}}). Anything else keeps the status and an excerpt.
func decodeError(call Call, path string, status int, requestID string, raw []byte) *APIError {
	e := &APIError{Status: status, RequestID: requestID, Service: call.Service, Operation: call.Operation, Method: call.Method, Path: path}
	var body struct {
		Code      string `json:"error_code"`
		Message   string `json:"error_msg"`
		RequestID string `json:"request_id"`
		Error     *struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(raw, &body) == nil {
		e.Code, e.Message = body.Code, body.Message
		if body.Error != nil && e.Code == "" && e.Message == "" {
			e.Code, e.Message = body.Error.Code, body.Error.Message
		}
		e.RequestID = cmp.Or(e.RequestID, body.RequestID)
	}
	if e.Code == "" && e.Message == "" {
		e.Message = "answer is not a Huawei Cloud error body: " + redact.Excerpt(raw, 200)
	}
	return e
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
