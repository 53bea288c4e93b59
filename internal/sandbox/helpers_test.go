package sandbox

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
)

const (
	testSecretID  = "AKIDTEST"
	testSecretKey = "test-secret-key"
	testRegion    = "ap-hangzhou-ecm"
	testZone      = "ap-hangzhou-ecm-1"
)

// fakeClock is an injectable clock advanced by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2024, 5, 17, 10, 30, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// testSign is the tests' own TC3-HMAC-SHA256 signer (independent of the
// verifier under test): it sets X-TC-Timestamp and Authorization.
func testSign(r *http.Request, body []byte, secretID, secretKey, service string, at time.Time) {
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

type harness struct {
	t     testing.TB
	s     *Sandbox
	clock *fakeClock
}

// newHarness builds a sandbox with a fake clock; the rate limit is high
// unless opts says otherwise.
func newHarness(t testing.TB, opts Options) *harness {
	t.Helper()
	clock := newFakeClock()
	if opts.Credentials == nil {
		opts.Credentials = map[string]string{testSecretID: testSecretKey}
	}
	if opts.Now == nil {
		opts.Now = clock.Now
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = 1e6
	}
	s, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &harness{t: t, s: s, clock: clock}
}

// request builds a signed ECM request for action with a JSON body.
func (h *harness) request(action string, params any) *http.Request {
	var body []byte
	switch p := params.(type) {
	case nil:
		body = []byte("{}")
	case string:
		body = []byte(p)
	default:
		var err error
		if body, err = json.Marshal(p); err != nil {
			h.t.Fatalf("marshal params: %v", err)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "http://ecm.tencentcloudapi.com/", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	r.Header.Set("X-TC-Action", action)
	r.Header.Set("X-TC-Version", ecmVersion)
	testSign(r, body, testSecretID, testSecretKey, "ecm", h.clock.Now())
	return r
}

// send serves r and returns the decoded "Response" object.
func (h *harness) send(r *http.Request) map[string]any {
	h.t.Helper()
	w := httptest.NewRecorder()
	h.s.ServeHTTP(w, r)
	if w.Code != http.StatusOK {
		h.t.Fatalf("HTTP %d: %s", w.Code, w.Body.String())
	}
	var env struct {
		Response map[string]any
	}
	if err := json.Unmarshal(w.Body.Bytes(), &env); err != nil {
		h.t.Fatalf("decode %s: %v", w.Body.String(), err)
	}
	if id, _ := env.Response["RequestId"].(string); len(id) != 36 {
		h.t.Fatalf("response without a RequestId: %s", w.Body.String())
	}
	return env.Response
}

// call sends a signed call and returns the response and the error code ("" on success).
func (h *harness) call(action string, params any) (map[string]any, string) {
	h.t.Helper()
	resp := h.send(h.request(action, params))
	if e, ok := resp["Error"].(map[string]any); ok {
		return resp, e["Code"].(string)
	}
	return resp, ""
}

func (h *harness) ok(action string, params any) map[string]any {
	h.t.Helper()
	resp, code := h.call(action, params)
	if code != "" {
		h.t.Fatalf("%s: unexpected error %s: %v", action, code, resp["Error"])
	}
	return resp
}

func (h *harness) fails(action string, params any, want string) map[string]any {
	h.t.Helper()
	resp, code := h.call(action, params)
	if code != want {
		h.t.Fatalf("%s: want error %s, got %q (%v)", action, want, code, resp)
	}
	if msg, _ := resp["Error"].(map[string]any)["Message"].(string); msg == "" {
		h.t.Fatalf("%s: error %s without a message", action, code)
	}
	return resp
}

// Convenience constructors.

func (h *harness) createVpc(cidr string) string {
	h.t.Helper()
	resp := h.ok("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": cidr, "EcmRegion": testRegion})
	return resp["Vpc"].(map[string]any)["VpcId"].(string)
}

func (h *harness) createSubnet(vpcID, cidr string) string {
	h.t.Helper()
	resp := h.ok("CreateSubnet", map[string]any{"VpcId": vpcID, "SubnetName": "s", "CidrBlock": cidr, "Zone": testZone, "EcmRegion": testRegion})
	return resp["Subnet"].(map[string]any)["SubnetId"].(string)
}

// allocate allocates n EIPs and returns their IDs and the task ID.
func (h *harness) allocate(n int) ([]string, string) {
	h.t.Helper()
	resp := h.ok("AllocateAddresses", map[string]any{"EcmRegion": testRegion, "AddressCount": n})
	var ids []string
	for _, id := range resp["AddressSet"].([]any) {
		ids = append(ids, id.(string))
	}
	return ids, resp["TaskId"].(string)
}

func (h *harness) taskResult(taskID string) string {
	h.t.Helper()
	return h.ok("DescribeTaskResult", map[string]any{"EcmRegion": testRegion, "TaskId": taskID})["Result"].(string)
}

func (h *harness) address(id string) map[string]any {
	h.t.Helper()
	set := h.ok("DescribeAddresses", map[string]any{"EcmRegion": testRegion, "AddressIds": []string{id}})["AddressSet"].([]any)
	if len(set) == 0 {
		return nil
	}
	return set[0].(map[string]any)
}

// queryToJSON converts a documentation "Input Example" in query form
// (A=1&B.0=x&C.0.D=y, values not URL-encoded) to a JSON-ready value:
// Name.N becomes an array, A.B a nested object. Parameters named in ints are
// converted to JSON numbers; everything else stays a string.
func queryToJSON(t *testing.T, query string, ints ...string) map[string]any {
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

func TestQueryToJSON(t *testing.T) {
	got := queryToJSON(t, "Filters.0.Name=subnet-id&Filters.0.Values.0=subnet-ae71tjp6&Filters.0.Values.1=x&Tags.0.Key=city&AddressCount=1&EcmRegion=ap-hangzhou-ecm", "AddressCount")
	b, _ := json.Marshal(got)
	want := `{"AddressCount":1,"EcmRegion":"ap-hangzhou-ecm","Filters":[{"Name":"subnet-id","Values":["subnet-ae71tjp6","x"]}],"Tags":[{"Key":"city"}]}`
	if string(b) != want {
		t.Fatalf("got %s\nwant %s", b, want)
	}
}
