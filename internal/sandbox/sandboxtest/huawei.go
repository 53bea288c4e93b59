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
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"
)

// The harness's Huawei project (the seed's example project ID) and the Host its
// requests carry (an endpoint of the documentation's form).
const (
	HuaweiProject = "0483b6b16e954cb88930a360d2c4e663"
	HuaweiHost    = "gaussdb.cn-north-4.myhuaweicloud.com"
)

// SignHuawei is the tests' own SDK-HMAC-SHA256 signer (independent of the
// verifier under test, written from the signing guide): it sets X-Sdk-Date and
// Authorization, signing host, x-sdk-date and every header named in extra
// (content-type when the request has one).
func SignHuawei(r *http.Request, body []byte, ak, sk string, at time.Time, extra ...string) {
	stamp := at.UTC().Format("20060102T150405Z")
	r.Header.Set("X-Sdk-Date", stamp)
	names := append([]string{"host", "x-sdk-date"}, extra...)
	if r.Header.Get("Content-Type") != "" {
		names = append(names, "content-type")
	}
	for i := range names {
		names[i] = strings.ToLower(names[i])
	}
	sort.Strings(names)
	names = uniq(names)

	// Canonical URI: every segment encoded, a trailing slash.
	var uri strings.Builder
	for _, seg := range strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/") {
		uri.WriteString("/" + pctEncode(seg))
	}
	if !strings.HasSuffix(uri.String(), "/") {
		uri.WriteString("/")
	}
	// Canonical query: encoded names and values, sorted.
	var pairs []string
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			pairs = append(pairs, pctEncode(k)+"="+pctEncode(v))
		}
	}
	sort.Strings(pairs)
	// Canonical headers.
	var hdrs strings.Builder
	for _, n := range names {
		v := r.Header.Get(n)
		if n == "host" {
			v = r.Host
		}
		fmt.Fprintf(&hdrs, "%s:%s\n", n, strings.TrimSpace(v))
	}
	sum := sha256.Sum256(body)
	canonical := r.Method + "\n" + uri.String() + "\n" + strings.Join(pairs, "&") + "\n" + hdrs.String() + "\n" +
		strings.Join(names, ";") + "\n" + hex.EncodeToString(sum[:])
	crSum := sha256.Sum256([]byte(canonical))
	mac := hmac.New(sha256.New, []byte(sk))
	fmt.Fprintf(mac, "SDK-HMAC-SHA256\n%s\n%x", stamp, crSum)
	r.Header.Set("Authorization", fmt.Sprintf("SDK-HMAC-SHA256 Access=%s, SignedHeaders=%s, Signature=%x", ak, strings.Join(names, ";"), mac.Sum(nil)))
}

// pctEncode keeps A-Z a-z 0-9 - _ . ~ and writes every other byte as %XX.
func pctEncode(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func uniq(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// HuaweiClient sends signed calls to the harness's Huawei front door.
type HuaweiClient struct {
	h       *Harness
	AK, SK  string
	Host    string
	Project string
}

// Huawei is a client of the Huawei front door with the harness's key pair and project.
func (h *Harness) Huawei() HuaweiClient {
	return HuaweiClient{h: h, AK: SecretID, SK: SecretKey, Host: HuaweiHost, Project: HuaweiProject}
}

// In is the same client reporting failures to t (a subtest).
func (c HuaweiClient) In(t testing.TB) HuaweiClient {
	h := *c.h
	h.T = t
	c.h = &h
	return c
}

// HuaweiResponse is one answer.
type HuaweiResponse struct {
	Status int
	Header http.Header
	Body   map[string]any
	Raw    string
}

// Code is the answer's error_code ("" for none).
func (r HuaweiResponse) Code() string { c, _ := r.Body["error_code"].(string); return c }

// Request builds a signed request; path is relative to /v3/{project}/ when it
// does not start with "/", body is marshalled unless it is a string or nil.
func (c HuaweiClient) Request(method, path string, body any) *http.Request {
	c.h.T.Helper()
	if !strings.HasPrefix(path, "/") {
		path = "/v3/" + c.Project + "/" + path
	}
	var raw []byte
	switch b := body.(type) {
	case nil:
	case string:
		raw = []byte(b)
	default:
		var err error
		if raw, err = json.Marshal(b); err != nil {
			c.h.T.Fatalf("marshal body: %v", err)
		}
	}
	r := httptest.NewRequest(method, "http://"+c.Host+path, bytes.NewReader(raw))
	r.Header.Set("Content-Type", "application/json")
	SignHuawei(r, raw, c.AK, c.SK, c.h.Clock.Now())
	return r
}

// Send serves r and decodes the answer; every answer must carry X-Request-Id
// and a JSON object, and every error Huawei's error body.
func (c HuaweiClient) Send(r *http.Request) HuaweiResponse {
	c.h.T.Helper()
	w := httptest.NewRecorder()
	c.h.S.ServeHTTP(w, r)
	resp := HuaweiResponse{Status: w.Code, Header: w.Header(), Raw: w.Body.String()}
	if id := w.Header().Get("X-Request-Id"); len(id) != 32 {
		c.h.T.Fatalf("%s %s: answer without an X-Request-Id: %d %s", r.Method, r.URL.Path, w.Code, w.Body.String())
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp.Body); err != nil {
		c.h.T.Fatalf("%s %s: %d %s is not a JSON object: %v", r.Method, r.URL.Path, w.Code, w.Body.String(), err)
	}
	if w.Code != http.StatusOK {
		if msg, _ := resp.Body["error_msg"].(string); resp.Code() == "" || msg == "" {
			c.h.T.Fatalf("%s %s: %d without error_code and error_msg: %s", r.Method, r.URL.Path, w.Code, w.Body.String())
		}
	}
	return resp
}

// Do sends a signed call.
func (c HuaweiClient) Do(method, path string, body any) HuaweiResponse {
	c.h.T.Helper()
	return c.Send(c.Request(method, path, body))
}

// Ok sends a call that must answer 200 and returns the body.
func (c HuaweiClient) Ok(method, path string, body any) map[string]any {
	c.h.T.Helper()
	resp := c.Do(method, path, body)
	if resp.Status != http.StatusOK {
		c.h.T.Fatalf("%s %s: want 200, got %d %s", method, path, resp.Status, resp.Raw)
	}
	return resp.Body
}

// Fails sends a call that must answer status with code.
func (c HuaweiClient) Fails(method, path string, body any, status int, code string) HuaweiResponse {
	c.h.T.Helper()
	resp := c.Do(method, path, body)
	if resp.Status != status || resp.Code() != code {
		c.h.T.Fatalf("%s %s: want %d %s, got %d %s", method, path, status, code, resp.Status, resp.Raw)
	}
	return resp
}

// Path is "/v3/{project}/" + rel for the client's project, with an optional query.
func (c HuaweiClient) Path(rel string, query url.Values) string {
	p := "/v3/" + c.Project + "/" + rel
	if len(query) > 0 {
		p += "?" + query.Encode()
	}
	return p
}
