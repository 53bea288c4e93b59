package huaweiapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The API Request Signing Guide's worked example (other-apis.md §5): its keys,
// request, canonical request, the canonical request's hash and the signature.
const (
	guideAK        = "QTWAOYTTINDUT2QVKYUC"
	guideSK        = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
	guideURL       = "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
	guideDate      = "20191115T033655Z"
	guideHash      = "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
	guideSignature = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
	guideAuth      = "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=" + guideSignature
)

var guideCanonical = strings.Join([]string{
	"GET",
	"/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
	"limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
	"content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n",
	"content-type;host;x-sdk-date",
	"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
}, "\n")

func guideRequest() *http.Request {
	r := httptest.NewRequest(http.MethodGet, guideURL, nil)
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Sdk-Date", guideDate)
	r.Header.Set("Authorization", guideAuth)
	return r
}

func guideNow() time.Time {
	t, _ := time.Parse(sdkDateLayout, guideDate)
	return t
}

func TestSignature_GuideExample(t *testing.T) {
	r := guideRequest()
	cred, aerr := parseAuthorization(r.Header.Get("Authorization"))
	if aerr != nil {
		t.Fatal(aerr)
	}
	canonical, aerr := canonicalRequest(r, cred.SignedHeaders, nil)
	if aerr != nil {
		t.Fatal(aerr)
	}
	if canonical != guideCanonical {
		t.Fatalf("canonical request:\n%s\nwant:\n%s", canonical, guideCanonical)
	}
	if got := sha256Hex([]byte(canonical)); got != guideHash {
		t.Fatalf("canonical request hash %s, want %s", got, guideHash)
	}
	if got := signature(guideSK, guideDate, canonical); got != guideSignature {
		t.Fatalf("signature %s, want %s", got, guideSignature)
	}
	ak, aerr := verify(r, nil, map[string]string{guideAK: guideSK}, guideNow())
	if aerr != nil || ak != guideAK {
		t.Fatalf("verify: %q %v", ak, aerr)
	}
}

func TestSignature_GuideExampleRefusedWhenChanged(t *testing.T) {
	keys := map[string]string{guideAK: guideSK}
	cases := map[string]struct {
		change func(r *http.Request) (body []byte)
		now    time.Time
		msg    string
	}{
		"other secret key": {change: func(*http.Request) []byte { return nil }, msg: "signature fail"},
		"a query value": {change: func(r *http.Request) []byte {
			r.URL.RawQuery = strings.Replace(r.URL.RawQuery, "limit=2", "limit=3", 1)
			return nil
		}, msg: "signature fail"},
		"the path": {change: func(r *http.Request) []byte {
			r.URL.Path = strings.Replace(r.URL.Path, "vpcs", "subnets", 1)
			return nil
		}, msg: "signature fail"},
		"a body": {change: func(*http.Request) []byte { return []byte("{}") }, msg: "signature fail"},
		"a signed header": {change: func(r *http.Request) []byte {
			r.Header.Set("Content-Type", "text/plain")
			return nil
		}, msg: "signature fail"},
		"the host": {change: func(r *http.Request) []byte {
			r.Host = "other.example.com"
			return nil
		}, msg: "signature fail"},
		"16 minutes later":   {change: func(*http.Request) []byte { return nil }, now: guideNow().Add(16 * time.Minute), msg: "expired"},
		"16 minutes earlier": {change: func(*http.Request) []byte { return nil }, now: guideNow().Add(-16 * time.Minute), msg: "expired"},
		"no X-Sdk-Date": {change: func(r *http.Request) []byte {
			r.Header.Del("X-Sdk-Date")
			return nil
		}, msg: "is not a UTC time"},
		"unsigned X-Sdk-Date": {change: func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(guideAuth, "content-type;host;x-sdk-date", "content-type;host", 1))
			return nil
		}, msg: "must include x-sdk-date"},
		"a signed header missing": {change: func(r *http.Request) []byte {
			r.Header.Del("Content-Type")
			return nil
		}, msg: `"content-type" is not in the request`},
		"unknown AK": {change: func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(guideAuth, guideAK, "NOSUCHAK", 1))
			return nil
		}, msg: "ak not exist"},
		"a token only": {change: func(r *http.Request) []byte {
			r.Header.Del("Authorization")
			r.Header.Set("X-Auth-Token", "MIIx")
			return nil
		}, msg: "token authentication"},
		"a mismatched X-Sdk-Content-Sha256": {change: func(r *http.Request) []byte {
			r.Header.Set("X-Sdk-Content-Sha256", strings.Repeat("0", 64))
			return nil
		}, msg: "neither UNSIGNED-PAYLOAD"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := guideRequest()
			body := tc.change(r)
			now := tc.now
			if now.IsZero() {
				now = guideNow()
			}
			k := keys
			if name == "other secret key" {
				k = map[string]string{guideAK: "another-secret"}
			}
			_, aerr := verify(r, body, k, now)
			if aerr == nil {
				t.Fatal("accepted")
			}
			if aerr.Code != CodeAuth || aerr.Status != http.StatusUnauthorized || !strings.Contains(aerr.Message, tc.msg) {
				t.Fatalf("got %v, want 401 %s containing %q", aerr, CodeAuth, tc.msg)
			}
		})
	}
	// Within the window either way, the example still verifies.
	for _, d := range []time.Duration{-15 * time.Minute, 15 * time.Minute} {
		if _, aerr := verify(guideRequest(), nil, keys, guideNow().Add(d)); aerr != nil {
			t.Fatalf("%s from X-Sdk-Date: %v", d, aerr)
		}
	}
	// A payload hash sent as UNSIGNED-PAYLOAD replaces the body's in the canonical request.
	r := guideRequest()
	r.Header.Set("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")
	canonical, aerr := canonicalRequest(r, []string{"content-type", "host", "x-sdk-date"}, []byte("anything"))
	if aerr != nil || !strings.HasSuffix(canonical, "\nUNSIGNED-PAYLOAD") {
		t.Fatalf("UNSIGNED-PAYLOAD: %q %v", canonical, aerr)
	}
}

func TestParseAuthorization_Refusals(t *testing.T) {
	for _, h := range []string{
		"",
		"TC3-HMAC-SHA256 Credential=x",
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date",
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=x-sdk-date;host, Signature=" + guideSignature,
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=Host;x-sdk-date, Signature=" + guideSignature,
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=host;host;x-sdk-date, Signature=" + guideSignature,
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date, Signature=abc",
		"SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date, Signature=" + guideSignature + ", Extra=1",
		"SDK-HMAC-SHA256 Access=A, Access=B, SignedHeaders=host;x-sdk-date, Signature=" + guideSignature,
		"SDK-HMAC-SHA256 Access=A, SignedHeaders, Signature=" + guideSignature,
	} {
		if _, aerr := parseAuthorization(h); aerr == nil || aerr.Code != CodeAuth {
			t.Errorf("%q: got %v, want %s", h, aerr, CodeAuth)
		}
	}
}

func TestCanonicalEncoding(t *testing.T) {
	if got, want := encode("aZ09-_.~ /+=:%é"), "aZ09-_.~%20%2F%2B%3D%3A%25%C3%A9"; got != want {
		t.Errorf("encode: %s, want %s", got, want)
	}
	for in, want := range map[string]string{
		"":                   "/",
		"/":                  "/",
		"/v3/p/jobs":         "/v3/p/jobs/",
		"/v3/p/jobs/":        "/v3/p/jobs/",
		"/v3/a%20b/c%2Fd":    "/v3/a%20b/c%2Fd/",
		"/v3/a:b/~x":         "/v3/a%3Ab/~x/",
		"/v3/caf%c3%a9/name": "/v3/caf%C3%A9/name/",
	} {
		if got := canonicalURI(in); got != want {
			t.Errorf("canonicalURI(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"":                       "",
		"id=abc":                 "id=abc",
		"b=2&a=1":                "a=1&b=2",
		"a=2&a=1":                "a=1&a=2",
		"q=a+b&r=a%20b":          "q=a%20b&r=a%20b",
		"flag&x=":                "flag=&x=",
		"k%3Ax=1&k0=2":           "k%3Ax=1&k0=2",
		"name=%E4%B8%AD&&z=%7E1": "name=%E4%B8%AD&z=~1",
	} {
		got, aerr := canonicalQuery(in)
		if aerr != nil || got != want {
			t.Errorf("canonicalQuery(%q) = %q %v, want %q", in, got, aerr, want)
		}
	}
	if _, aerr := canonicalQuery("id=%zz"); aerr == nil || aerr.Code != CodeBadRequest || aerr.Status != http.StatusBadRequest {
		t.Errorf("a malformed escape: %v", aerr)
	}
}

func TestCanonicalHeaders_RepeatedValuesSortedAndTrimmed(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080/v3/x", nil)
	r.Header.Add("X-Multi", " b ")
	r.Header.Add("X-Multi", "a")
	got, aerr := canonicalHeaders(r, []string{"host", "x-multi"})
	if aerr != nil || got != "host:127.0.0.1:8080\nx-multi:a\nx-multi:b\n" {
		t.Fatalf("%q %v", got, aerr)
	}
}
