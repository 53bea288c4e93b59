// Package sandboxtest is the test harness for the sandbox and the packages it
// hosts: a sandbox with a fake clock, and a client with its own TC3 signer
// (independent of the verifier under test) that sends signed ECM calls and
// control requests through ServeHTTP. Only tests import it.
package sandboxtest

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// The harness's key pair, region and zone, and the ECM API version it calls.
const (
	SecretID   = "AKIDTEST"
	SecretKey  = "test-secret-key"
	Region     = "ap-hangzhou-ecm"
	Zone       = "ap-hangzhou-ecm-1"
	ECMVersion = "2019-07-19"
)

// FakeClock is an injectable clock advanced by hand.
type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewFakeClock starts at 2024-05-17 10:30 UTC.
func NewFakeClock() *FakeClock {
	return &FakeClock{t: time.Date(2024, 5, 17, 10, 30, 0, 0, time.UTC)}
}

// Now is the clock's time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock on by d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// Sign is the tests' own TC3-HMAC-SHA256 signer (independent of the
// verifier under test): it sets X-TC-Timestamp and Authorization.
func Sign(r *http.Request, body []byte, secretID, secretKey, service string, at time.Time) {
	ts := strconv.FormatInt(at.Unix(), 10)
	date := at.UTC().Format("2006-01-02")
	r.Header.Set("X-TC-Timestamp", ts)
	mac := func(key []byte, msg string) []byte {
		h := hmac.New(sha256.New, key)
		h.Write([]byte(msg))
		return h.Sum(nil)
	}
	hash := func(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }
	canonical := "POST\n/\n" + r.URL.RawQuery + "\n" +
		"content-type:" + strings.ToLower(r.Header.Get("Content-Type")) + "\n" +
		"host:" + strings.ToLower(r.Host) + "\n\n" +
		"content-type;host\n" + hash(body)
	scope := date + "/" + service + "/tc3_request"
	sts := "TC3-HMAC-SHA256\n" + ts + "\n" + scope + "\n" + hash([]byte(canonical))
	k := mac(mac(mac([]byte("TC3"+secretKey), date), service), "tc3_request")
	sig := hex.EncodeToString(mac(k, sts))
	r.Header.Set("Authorization", fmt.Sprintf("TC3-HMAC-SHA256 Credential=%s/%s, SignedHeaders=content-type;host, Signature=%s", secretID, scope, sig))
}

// Harness is a sandbox with a fake clock and a signed client.
type Harness struct {
	T     testing.TB
	S     *sandbox.Sandbox
	Clock *FakeClock
}

// New builds a sandbox with a fake clock; the rate limit is high unless opts
// says otherwise.
func New(t testing.TB, opts sandbox.Options) *Harness {
	t.Helper()
	clock := NewFakeClock()
	if opts.Credentials == nil {
		opts.Credentials = map[string]string{SecretID: SecretKey}
	}
	if opts.Now == nil {
		opts.Now = clock.Now
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = 1e6
	}
	s, err := sandbox.New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &Harness{T: t, S: s, Clock: clock}
}

// Request builds a signed ECM request for action with a JSON body.
func (h *Harness) Request(action string, params any) *http.Request {
	return h.RequestAs(action, params, SecretID, SecretKey, "")
}

// RequestAs builds an ECM request signed with the given key pair; a token,
// when not empty, is sent as X-TC-Token (unsigned, as the document allows).
func (h *Harness) RequestAs(action string, params any, secretID, secretKey, token string) *http.Request {
	return h.request(ServiceClient{h: h, Service: "ecm", Version: ECMVersion}, action, params, secretID, secretKey, token)
}

func (h *Harness) request(c ServiceClient, action string, params any, secretID, secretKey, token string) *http.Request {
	var body []byte
	switch p := params.(type) {
	case nil:
		body = []byte("{}")
	case string:
		body = []byte(p)
	default:
		var err error
		if body, err = json.Marshal(p); err != nil {
			h.T.Fatalf("marshal params: %v", err)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "http://"+c.Service+".tencentcloudapi.com/", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	r.Header.Set("X-TC-Action", action)
	r.Header.Set("X-TC-Version", c.Version)
	if c.Region != "" {
		r.Header.Set("X-TC-Region", c.Region)
	}
	if token != "" {
		r.Header.Set("X-TC-Token", token)
	}
	Sign(r, body, secretID, secretKey, c.Service, h.Clock.Now())
	return r
}

// ServiceClient sends signed calls to another Tencent API 3.0 service of the
// harness's sandbox (VPC, EdgeZone), with X-TC-Region when Region is set.
type ServiceClient struct {
	h       *Harness
	Service string // credential-scope name, "vpc"
	Version string // X-TC-Version, "2017-03-12"
	Region  string // X-TC-Region ("" sends none)
}

// For is a client of service (name and version) calling in region.
func (h *Harness) For(service, version, region string) ServiceClient {
	return ServiceClient{h: h, Service: service, Version: version, Region: region}
}

// InRegion is the same client calling in another region ("" sends no X-TC-Region).
func (c ServiceClient) InRegion(region string) ServiceClient {
	c.Region = region
	return c
}

// Call sends a signed call and returns the response and the error code ("" on success).
func (c ServiceClient) Call(action string, params any) (map[string]any, string) {
	c.h.T.Helper()
	resp := c.h.Send(c.h.request(c, action, params, SecretID, SecretKey, ""))
	return resp, ErrCode(resp)
}

// Ok sends a call that must succeed and returns the response.
func (c ServiceClient) Ok(action string, params any) map[string]any {
	c.h.T.Helper()
	resp, code := c.Call(action, params)
	if code != "" {
		c.h.T.Fatalf("%s.%s: unexpected error %s: %v", c.Service, action, code, resp["Error"])
	}
	return resp
}

// Fails sends a call that must fail with the error code want.
func (c ServiceClient) Fails(action string, params any, want string) map[string]any {
	c.h.T.Helper()
	resp, code := c.Call(action, params)
	if code != want {
		c.h.T.Fatalf("%s.%s: want error %s, got %q (%v)", c.Service, action, want, code, resp)
	}
	if msg, _ := resp["Error"].(map[string]any)["Message"].(string); msg == "" {
		c.h.T.Fatalf("%s.%s: error %s without a message", c.Service, action, code)
	}
	return resp
}

// Send serves r and returns the decoded "Response" object.
func (h *Harness) Send(r *http.Request) map[string]any {
	h.T.Helper()
	w := httptest.NewRecorder()
	h.S.ServeHTTP(w, r)
	if w.Code != http.StatusOK {
		h.T.Fatalf("HTTP %d: %s", w.Code, w.Body.String())
	}
	var env struct {
		Response map[string]any
	}
	if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil {
		h.T.Fatalf("decode %s: %v", w.Body.String(), err)
	}
	if id, _ := env.Response["RequestId"].(string); len(id) != 36 {
		h.T.Fatalf("response without a RequestId: %s", w.Body.String())
	}
	return env.Response
}

// Call sends a signed call and returns the response and the error code ("" on success).
func (h *Harness) Call(action string, params any) (map[string]any, string) {
	h.T.Helper()
	resp := h.Send(h.Request(action, params))
	if e, ok := resp["Error"].(map[string]any); ok {
		return resp, e["Code"].(string)
	}
	return resp, ""
}

// Ok sends a call that must succeed and returns the response.
func (h *Harness) Ok(action string, params any) map[string]any {
	h.T.Helper()
	resp, code := h.Call(action, params)
	if code != "" {
		h.T.Fatalf("%s: unexpected error %s: %v", action, code, resp["Error"])
	}
	return resp
}

// Fails sends a call that must fail with the error code want.
func (h *Harness) Fails(action string, params any, want string) map[string]any {
	h.T.Helper()
	resp, code := h.Call(action, params)
	if code != want {
		h.T.Fatalf("%s: want error %s, got %q (%v)", action, want, code, resp)
	}
	if msg, _ := resp["Error"].(map[string]any)["Message"].(string); msg == "" {
		h.T.Fatalf("%s: error %s without a message", action, code)
	}
	return resp
}

// Convenience constructors.

// CreateVpc creates a VPC in Region and returns its ID.
func (h *Harness) CreateVpc(cidr string) string {
	h.T.Helper()
	resp := h.Ok("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": cidr, "EcmRegion": Region})
	return resp["Vpc"].(map[string]any)["VpcId"].(string)
}

// CreateSubnet creates a subnet in Zone and returns its ID.
func (h *Harness) CreateSubnet(vpcID, cidr string) string {
	h.T.Helper()
	resp := h.Ok("CreateSubnet", map[string]any{"VpcId": vpcID, "SubnetName": "s", "CidrBlock": cidr, "Zone": Zone, "EcmRegion": Region})
	return resp["Subnet"].(map[string]any)["SubnetId"].(string)
}

// Allocate allocates n EIPs and returns their IDs and the task ID.
func (h *Harness) Allocate(n int) ([]string, string) {
	h.T.Helper()
	resp := h.Ok("AllocateAddresses", map[string]any{"EcmRegion": Region, "AddressCount": n})
	var ids []string
	for _, id := range resp["AddressSet"].([]any) {
		ids = append(ids, id.(string))
	}
	return ids, resp["TaskId"].(string)
}

// TaskResult is DescribeTaskResult's Result for a task in Region.
func (h *Harness) TaskResult(taskID string) string {
	h.T.Helper()
	return h.Ok("DescribeTaskResult", map[string]any{"EcmRegion": Region, "TaskId": taskID})["Result"].(string)
}

// Address is DescribeAddresses' entry for an EIP in Region, nil when there is none.
func (h *Harness) Address(id string) map[string]any {
	h.T.Helper()
	set := h.Ok("DescribeAddresses", map[string]any{"EcmRegion": Region, "AddressIds": []string{id}})["AddressSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

// QueryToJSON converts a documentation "Input Example" in query form
// (A=1&B.0=x&C.0.D=y, values not URL-encoded) to a JSON-ready value:
// Name.N becomes an array, A.B a nested object. Parameters named in ints are
// converted to JSON numbers; everything else stays a string.
func QueryToJSON(t testing.TB, query string, ints ...string) map[string]any {
	t.Helper()
	root := map[string]any{}
	for _, pair := range strings.Split(query, "&") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		key, val, ok := strings.Cut(pair, "=")
		if !ok {
			t.Fatalf("query element %q has no '='", pair)
		}
		var v any = strings.TrimSpace(val)
		parts := strings.Split(key, ".")
		for _, name := range ints {
			if parts[len(parts)-1] == name {
				n, err := strconv.ParseInt(val, 10, 64)
				if err != nil {
					t.Fatalf("%s=%q is not an integer", key, val)
				}
				v = n
			}
		}
		root = setPath(root, parts, v).(map[string]any)
	}
	return root
}

// setPath sets parts (object keys or array indexes) under node.
func setPath(node any, parts []string, v any) any {
	if len(parts) == 0 {
		return v
	}
	if idx, err := strconv.Atoi(parts[0]); err == nil {
		arr, _ := node.([]any)
		for len(arr) <= idx {
			arr = append(arr, nil)
		}
		arr[idx] = setPath(arr[idx], parts[1:], v)
		return arr
	}
	obj, _ := node.(map[string]any)
	if obj == nil {
		obj = map[string]any{}
	}
	obj[parts[0]] = setPath(obj[parts[0]], parts[1:], v)
	return obj
}

// Control sends an unsigned control-surface request.
func (h *Harness) Control(method, path, body string) (int, string) {
	h.T.Helper()
	r := httptest.NewRequest(method, "http://127.0.0.1"+path, strings.NewReader(body))
	w := httptest.NewRecorder()
	h.S.ServeHTTP(w, r)
	return w.Code, w.Body.String()
}

// ErrCode is the error code of a response, "" on success.
func ErrCode(resp map[string]any) string {
	if e, ok := resp["Error"].(map[string]any); ok {
		return e["Code"].(string)
	}
	return ""
}
