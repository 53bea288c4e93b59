package taurusdb_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// The Huawei front door through the whole sandbox: authentication, routing,
// throttling and faults, with requests signed by the tests' own signer.

func TestFrontDoor_AuthFailures(t *testing.T) {
	w := newWorld(t, 0)
	get := w.c.Path(eipPath(w.instance), nil)
	cases := map[string]func() *http.Request{
		"wrong secret key": func() *http.Request {
			c := w.c
			c.SK = "not-the-key"
			return c.Request(http.MethodGet, get, nil)
		},
		"unknown AK": func() *http.Request {
			c := w.c
			c.AK = "NOSUCHACCESSKEY"
			return c.Request(http.MethodGet, get, nil)
		},
		"unsigned X-Sdk-Date": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.Header.Set("Authorization", strings.Replace(r.Header.Get("Authorization"), "content-type;host;x-sdk-date", "content-type;host", 1))
			return r
		},
		"no X-Sdk-Date": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.Header.Del("X-Sdk-Date")
			return r
		},
		"tampered body": func() *http.Request {
			r := w.c.Request(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody())
			r.Body = io.NopCloser(bytes.NewReader([]byte(`{"public_ip":"` + w.address + `","public_ip_id":"00000000-0000-4000-8000-000000000000"}`)))
			return r
		},
		"tampered query": func() *http.Request {
			r := w.c.Request(http.MethodGet, w.c.Path("jobs", url.Values{"id": {"00000000-0000-4000-8000-000000000000"}}), nil)
			r.URL.RawQuery = "id=00000000-0000-4000-8000-000000000001"
			return r
		},
		"tampered path": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.URL.Path = strings.Replace(r.URL.Path, w.instance, "ffffffffffffffffffffffffffffffffin07", 1)
			return r
		},
		"another host": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.Host = "gaussdb.cn-east-3.myhuaweicloud.com"
			return r
		},
		"a token instead of a signature": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.Header.Del("Authorization")
			r.Header.Set("X-Auth-Token", "MIIEhAYJKoZIhvcNAQcCoIIE")
			return r
		},
		"a Tencent signature": func() *http.Request {
			r := w.c.Request(http.MethodGet, get, nil)
			r.Header.Set("Authorization", "TC3-HMAC-SHA256 Credential=AKIDTEST/2024-05-17/taurusdb/tc3_request, SignedHeaders=content-type;host, Signature=00")
			return r
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			resp := w.c.In(t).Send(build())
			if resp.Status != 401 || resp.Code() != "APIGW.0301" {
				t.Fatalf("%d %s", resp.Status, resp.Raw)
			}
			if msg := resp.Body["error_msg"].(string); !strings.HasPrefix(msg, "Incorrect IAM authentication information") {
				t.Fatalf("message %q", msg)
			}
		})
	}
	// Signed 16 minutes before or after the sandbox clock: expired; 15 minutes either way still verify.
	for _, tc := range []struct {
		skew time.Duration
		ok   bool
	}{{16 * time.Minute, false}, {-16 * time.Minute, false}, {15 * time.Minute, true}, {-15 * time.Minute, true}} {
		r := w.c.Request(http.MethodGet, get, nil)
		w.h.Clock.Advance(tc.skew)
		resp := w.c.Send(r)
		w.h.Clock.Advance(-tc.skew)
		if tc.ok != (resp.Status == 200) || !tc.ok && (resp.Code() != "APIGW.0301" || !strings.Contains(resp.Raw, "expired")) {
			t.Fatalf("signed %s away: %d %s", tc.skew, resp.Status, resp.Raw)
		}
	}
	if got := w.h.S.AuthRefusedCalls(); got["taurusdb.ShowInstanceEip"] != 10 || got["taurusdb.UpdateGaussMySqlInstanceEip"] != 1 {
		t.Fatalf("auth refusals %v", got)
	}
	if got := w.showEIP(); got["id"] != "" {
		t.Fatalf("a refused bind bound: %v", got)
	}
}

func TestFrontDoor_SecurityTokenAcceptedAndUnsignedPayload(t *testing.T) {
	w := newWorld(t, 0)
	// A temporary AK/SK's X-Security-Token is accepted (not checked: no Huawei temporary
	// credentials are emulated), signed or not.
	r := w.c.Request(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil)
	r.Header.Set("X-Security-Token", "gQpjbi1ub3J0aC00")
	if resp := w.c.Send(r); resp.Status != 200 {
		t.Fatalf("%d %s", resp.Status, resp.Raw)
	}
	r = httptest.NewRequest(http.MethodGet, "http://"+w.c.Host+w.c.Path(eipPath(w.instance), nil), nil)
	r.Header.Set("X-Security-Token", "gQpjbi1ub3J0aC00")
	sandboxtest.SignHuawei(r, nil, w.c.AK, w.c.SK, w.h.Clock.Now(), "x-security-token")
	if resp := w.c.Send(r); resp.Status != 200 {
		t.Fatalf("signed token: %d %s", resp.Status, resp.Raw)
	}
	// Routing takes the path as sent: percent-encoded letters are the same path.
	r = w.c.Request(http.MethodGet, "/v3/"+project+"/instances/"+w.instance+"/ei%70", nil)
	if resp := w.c.Send(r); resp.Status != 200 {
		t.Fatalf("encoded path: %d %s", resp.Status, resp.Raw)
	}
}

func TestFrontDoor_RoutingAndRequestErrors(t *testing.T) {
	w := newWorld(t, 0)
	for _, tc := range []struct{ method, path string }{
		{http.MethodGet, "instances"},
		{http.MethodGet, "instances/" + w.instance},
		{http.MethodPost, eipPath(w.instance)},
		{http.MethodDelete, eipPath(w.instance)},
		{http.MethodGet, bindPath(w.instance)},
		{http.MethodPut, "instances/" + w.instance + "/public-ips"},
		{http.MethodGet, eipPath(w.instance) + "/"},
		{http.MethodGet, "/v3/"},
	} {
		resp := w.c.Do(tc.method, tc.path, nil)
		if resp.Status != 404 || resp.Code() != "APIGW.0101" {
			t.Fatalf("%s %s: %d %s", tc.method, tc.path, resp.Status, resp.Raw)
		}
	}
	if got := w.h.S.CallCounts()["taurusdb.unknown"]; got != 8 || w.h.S.AuthRefusedCalls()["taurusdb.unknown"] != 0 {
		t.Fatalf("unknown routes counted %d", got)
	}
	// A query string that is not percent-encoded properly cannot be signed canonically.
	r := w.c.Request(http.MethodGet, w.c.Path("jobs", url.Values{"id": {"x"}}), nil)
	r.URL.RawQuery = "id=%zz"
	if resp := w.c.Send(r); resp.Status != 400 || resp.Code() != "APIGW.0201" {
		t.Fatalf("bad query: %d %s", resp.Status, resp.Raw)
	}
	// A body over 1 MiB is too large.
	big := `{"public_ip": "` + strings.Repeat(" ", 1<<20) + `"}`
	w.c.Fails(http.MethodPut, w.c.Path(bindPath(w.instance), nil), big, 413, "APIGW.0201")
}

func TestFrontDoor_Throttling(t *testing.T) {
	w := newWorld(t, 0)
	if code, body := w.h.Control(http.MethodPost, "/_sandbox/ratelimit", `{"service": "taurusdb", "action": "ShowInstanceEip", "per_second": 1}`); code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	w.showEIP()
	w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 429, "APIGW.0308")
	w.c.Ok(http.MethodPut, w.c.Path(bindPath(w.instance), nil), w.bindBody()) // another action, its own bucket
	w.h.Clock.Advance(time.Second)
	w.showEIP()
	if got := w.h.S.RefusedCalls(); got["taurusdb.ShowInstanceEip"] != 1 || len(got) != 1 {
		t.Fatalf("refused %v", got)
	}
	if got := w.h.S.CallCounts(); got["taurusdb.ShowInstanceEip"] != 3 || got["taurusdb.UpdateGaussMySqlInstanceEip"] != 1 {
		t.Fatalf("calls %v", got)
	}
}

func TestFrontDoor_FaultsFromTheControlSurface(t *testing.T) {
	w := newWorld(t, 0)
	w.fault(`{"service": "taurusdb", "action": "ShowInstanceEip", "error_code": "DBS.280238", "message": "gone", "count": 1}`)
	r := w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 400, "DBS.280238")
	if r.Body["error_msg"] != "gone" {
		t.Fatal(r.Raw)
	}
	w.fault(`{"service": "taurusdb", "action": "ShowGaussMySqlJobInfo", "error_code": "APIGW.0308", "count": 1}`)
	w.c.Fails(http.MethodGet, w.c.Path("jobs", url.Values{"id": {"00000000-0000-4000-8000-000000000000"}}), nil, 429, "APIGW.0308")
	w.fault(`{"service": "taurusdb", "action": "ShowInstanceEip", "error_code": "Made.Up", "count": 1}`)
	w.c.Fails(http.MethodGet, w.c.Path(eipPath(w.instance), nil), nil, 400, "Made.Up")
	// A rule for another service does not match.
	w.fault(`{"service": "ecm", "action": "ShowInstanceEip", "error_code": "InternalError"}`)
	w.showEIP()
}
