package huawei

import (
	"net/url"
	"strings"
	"testing"
)

// The worked example of Huawei Cloud's API Request Signing Guide (other-apis.md §5, "Golden test
// vector"): every intermediate step, then the signature and the Authorization header.
func TestSign_DocumentVector(t *testing.T) {
	got := sign(signInput{
		Method: "GET",
		Path:   "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
		Query:  url.Values{"marker": {"13551d6b-755d-4757-b956-536f674975c0"}, "limit": {"2"}},
		Headers: map[string]string{
			"Content-Type": "application/json",
			"Host":         "service.region.example.com",
			"X-Sdk-Date":   "20191115T033655Z",
		},
		AccessKey: "QTWAOYTTINDUT2QVKYUC",
		SecretKey: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
	})
	wantCR := strings.Join([]string{
		"GET",
		"/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
		"limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
		"content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n",
		"content-type;host;x-sdk-date",
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	}, "\n")
	if got.CanonicalRequest != wantCR {
		t.Fatalf("canonical request:\n%s\nwant:\n%s", got.CanonicalRequest, wantCR)
	}
	if want := "SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"; got.StringToSign != want {
		t.Fatalf("string to sign (its last line is the canonical request's hash):\n%s\nwant:\n%s", got.StringToSign, want)
	}
	if want := "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"; got.Signature != want {
		t.Fatalf("signature %s, want %s", got.Signature, want)
	}
	if want := "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, " +
		"Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"; got.Authorization != want {
		t.Fatalf("authorization %q", got.Authorization)
	}
}

func TestCanonicalForms_EncodeAsTheGuideSays(t *testing.T) {
	for in, want := range map[string]string{
		"/":                       "/",
		"":                        "/",
		"/v3/p/instances/i1in07/": "/v3/p/instances/i1in07/",
		"/v3/a%20b/c~d.e_f-g":     "/v3/a%20b/c~d.e_f-g/",
		"/v3/a b/x:y@z":           "/v3/a%20b/x%3Ay%40z/",
		"/v3/%c3%a9":              "/v3/%C3%A9/",
	} {
		if got := canonicalURI(in); got != want {
			t.Errorf("canonicalURI(%q) = %q, want %q", in, got, want)
		}
	}
	q := url.Values{"b": {"2", "1"}, "a": {"x y"}, "id": {"a/b+c"}}
	if got, want := canonicalQuery(q), "a=x%20y&b=1&b=2&id=a%2Fb%2Bc"; got != want {
		t.Errorf("canonicalQuery = %q, want %q", got, want)
	}
	if canonicalQuery(nil) != "" {
		t.Error("an empty query must be the empty string")
	}
}

// A body is hashed into the canonical request; headers are trimmed and lower-cased.
func TestSign_BodyAndHeaderNormalisation(t *testing.T) {
	in := signInput{Method: "PUT", Path: "/v3/p/x", Headers: map[string]string{"Host": "h", "X-Sdk-Date": " 20240101T000000Z "},
		Body: []byte(`{"public_ip":"1.2.3.4"}`), AccessKey: "AK", SecretKey: "SK"}
	a := sign(in)
	if !strings.Contains(a.CanonicalRequest, "\nhost:h\nx-sdk-date:20240101T000000Z\n\nhost;x-sdk-date\n") ||
		strings.HasSuffix(a.CanonicalRequest, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") {
		t.Fatalf("canonical request:\n%s", a.CanonicalRequest)
	}
	in.Body = []byte(`{"public_ip":"1.2.3.5"}`)
	if sign(in).Signature == a.Signature {
		t.Fatal("the body must be signed")
	}
}
