package huawei

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// AK/SK signing, algorithm SDK-HMAC-SHA256, as Huawei Cloud's API Request Signing Guide describes
// it (other-apis.md §5, and its worked example, pinned by sign_test.go):
//
//	CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
//	StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(SHA256(CanonicalRequest))
//	Signature        = hex(HMAC-SHA256(SecretKey, StringToSign))      (no key derivation)
//	Authorization    = "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<sig>"
//
// The canonical URI is the path with each segment percent-encoded (unreserved: A-Z a-z 0-9 - _ . ~,
// upper-case hex) and always ending in "/" (the request itself need not); the query string has
// names and values encoded the same way, sorted by name then value; canonical headers are
// "lower-case name:trimmed value\n" for each signed header in name order.

const (
	signAlgorithm = "SDK-HMAC-SHA256"
	// sdkDateLayout is X-Sdk-Date's format: UTC, basic ISO 8601.
	sdkDateLayout = "20060102T150405Z"
)

// signInput is one request as the signature sees it.
type signInput struct {
	Method string
	// Path is the path as sent on the wire (escaped); it is normalised segment by segment.
	Path  string
	Query url.Values
	// Headers are the headers to sign, any case; host and x-sdk-date must be among them.
	Headers   map[string]string
	Body      []byte
	AccessKey string
	SecretKey string
}

// signature is the result with its intermediate steps (tests compare each with the document).
type signature struct {
	CanonicalRequest string
	StringToSign     string
	SignedHeaders    string
	Signature        string
	Authorization    string
}

func sign(in signInput) signature {
	names := make([]string, 0, len(in.Headers))
	values := make(map[string]string, len(in.Headers))
	for k, v := range in.Headers {
		k = strings.ToLower(k)
		names = append(names, k)
		values[k] = strings.TrimSpace(v)
	}
	sort.Strings(names)
	var headers strings.Builder
	for _, k := range names {
		headers.WriteString(k + ":" + values[k] + "\n")
	}
	signedHeaders := strings.Join(names, ";")
	bodyHash := sha256.Sum256(in.Body)
	canonical := strings.Join([]string{
		in.Method, canonicalURI(in.Path), canonicalQuery(in.Query), headers.String(), signedHeaders, hex.EncodeToString(bodyHash[:]),
	}, "\n")
	crHash := sha256.Sum256([]byte(canonical))
	sts := signAlgorithm + "\n" + values["x-sdk-date"] + "\n" + hex.EncodeToString(crHash[:])
	mac := hmac.New(sha256.New, []byte(in.SecretKey))
	mac.Write([]byte(sts))
	sig := hex.EncodeToString(mac.Sum(nil))
	return signature{
		CanonicalRequest: canonical,
		StringToSign:     sts,
		SignedHeaders:    signedHeaders,
		Signature:        sig,
		Authorization:    signAlgorithm + " Access=" + in.AccessKey + ", SignedHeaders=" + signedHeaders + ", Signature=" + sig,
	}
}

// canonicalURI encodes each segment of path and ends it with "/".
func canonicalURI(path string) string {
	segments := strings.Split(path, "/")
	for i, s := range segments {
		if u, err := url.PathUnescape(s); err == nil {
			s = u
		}
		segments[i] = escape(s)
	}
	out := strings.Join(segments, "/")
	if !strings.HasSuffix(out, "/") {
		out += "/"
	}
	return out
}

// canonicalQuery is the query string in signing form, which is also the form the client sends.
func canonicalQuery(q url.Values) string {
	names := make([]string, 0, len(q))
	for k := range q {
		names = append(names, k)
	}
	sort.Strings(names)
	var parts []string
	for _, k := range names {
		vs := append([]string(nil), q[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			parts = append(parts, escape(k)+"="+escape(v))
		}
	}
	return strings.Join(parts, "&")
}

// escape percent-encodes every byte but the unreserved characters, with upper-case hex.
func escape(s string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

func unreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~'
}
