package huaweiapi

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

// SDK-HMAC-SHA256 verification, written from Huawei Cloud's API Request
// Signing Guide (devg-apisign, "Signing procedure": steps 1-5 as
// shared/reference/other-apis.md §5 quotes them) and pinned by the guide's
// worked example (signature_test.go). Choices where the guide is silent:
//
//   - X-Sdk-Date must be present and among the signed headers (the guide: "only
//     X-Sdk-Date must be signed"); a Date header does not replace it.
//   - The clock window is MaxClockSkew (15 minutes) either way of the sandbox clock.
//   - SignedHeaders must be lower-case, sorted and without duplicates, as the
//     guide builds them; every signed header must be in the request. A header
//     sent several times contributes one "name:value" line per value, values
//     sorted (what Huawei's published signers do).
//   - "host" is the Host the request carries (r.Host), port included when sent:
//     a client signs the Host it sends.
//   - The canonical URI is built from the path as received: each segment is
//     percent-decoded and encoded again with the guide's rule (unreserved
//     A-Z a-z 0-9 - _ . ~ kept, everything else %XX upper-case), then "/" is
//     appended when missing. The query is decoded (a "+" is a space, as in
//     any form-encoded query), each name and value encoded with the same rule,
//     sorted by encoded name then value and joined as name=value with "&".
//   - X-Sdk-Content-Sha256, when sent, replaces the body hash; it must be
//     UNSIGNED-PAYLOAD or the body's own hash (a mismatch is a tampered body).
//   - X-Security-Token (temporary AK/SK) is accepted when present and not
//     checked: the sandbox emulates no Huawei temporary credentials.
//   - Token authentication (X-Auth-Token, the seed's header) is not emulated: a
//     request that carries only a token is refused with APIGW.0301.

const (
	algorithm             = "SDK-HMAC-SHA256"
	headerAuthorization   = "Authorization"
	headerSdkDate         = "X-Sdk-Date"
	headerContentSHA256   = "X-Sdk-Content-Sha256"
	headerAuthToken       = "X-Auth-Token"
	sdkDateLayout         = "20060102T150405Z"
	unsignedPayload       = "UNSIGNED-PAYLOAD"
	signedDateHeaderLower = "x-sdk-date"
)

// MaxClockSkew is how far X-Sdk-Date may be from the sandbox clock, either way.
const MaxClockSkew = 15 * time.Minute

// credential is the parsed Authorization header.
type credential struct {
	AccessKey     string
	SignedHeaders []string // lower-case, sorted
	Signature     string   // lower-case hex
}

// parseAuthorization parses
// "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>".
func parseAuthorization(h string) (*credential, *Error) {
	alg, rest, _ := strings.Cut(strings.TrimSpace(h), " ")
	if alg != algorithm {
		return nil, authErr("the Authorization header must start with %q", algorithm)
	}
	fields := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, authErr("the Authorization element %q is not of the form key=value", strings.TrimSpace(part))
		}
		if _, dup := fields[k]; dup {
			return nil, authErr("the Authorization element %s appears twice", k)
		}
		fields[k] = v
	}
	ak, signed, sig := fields["Access"], fields["SignedHeaders"], fields["Signature"]
	if ak == "" || signed == "" || sig == "" {
		return nil, authErr("the Authorization header must contain Access, SignedHeaders and Signature")
	}
	if len(fields) != 3 {
		return nil, authErr("the Authorization header must contain only Access, SignedHeaders and Signature")
	}
	names := strings.Split(signed, ";")
	for i, n := range names {
		if n == "" || n != strings.ToLower(n) || (i > 0 && names[i-1] >= n) {
			return nil, authErr("SignedHeaders %q must be distinct lower-case header names, sorted, separated by ';'", signed)
		}
	}
	if !containsSorted(names, signedDateHeaderLower) {
		return nil, authErr("SignedHeaders %q must include %s", signed, signedDateHeaderLower)
	}
	if _, err := hex.DecodeString(sig); err != nil || len(sig) != 64 {
		return nil, authErr("the signature %q is not a 64-digit hex SHA-256 HMAC", sig)
	}
	return &credential{AccessKey: ak, SignedHeaders: names, Signature: strings.ToLower(sig)}, nil
}

func containsSorted(sorted []string, s string) bool {
	i := sort.SearchStrings(sorted, s)
	return i < len(sorted) && sorted[i] == s
}

// encode percent-encodes s with the guide's rule: A-Z a-z 0-9 - _ . ~ stay,
// every other byte is %XX with upper-case hex digits.
func encode(s string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// canonicalURI encodes each segment of the escaped path as received and
// ends it with "/".
func canonicalURI(escapedPath string) string {
	segs := strings.Split(escapedPath, "/")
	for i, s := range segs {
		if v, err := url.PathUnescape(s); err == nil {
			s = v
		}
		segs[i] = encode(s)
	}
	uri := strings.Join(segs, "/")
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return uri
}

// canonicalQuery decodes the raw query and encodes it again, sorted.
func canonicalQuery(rawQuery string) (string, *Error) {
	type pair struct{ k, v string }
	var pairs []pair
	for _, part := range strings.Split(rawQuery, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err1 := url.QueryUnescape(k)
		dv, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			return "", Errf(http.StatusBadRequest, CodeBadRequest, "API request error: the query parameter %q is not properly percent-encoded.", part)
		}
		pairs = append(pairs, pair{encode(dk), encode(dv)})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].k != pairs[j].k {
			return pairs[i].k < pairs[j].k
		}
		return pairs[i].v < pairs[j].v
	})
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = p.k + "=" + p.v
	}
	return strings.Join(parts, "&"), nil
}

// canonicalHeaders is one "name:value\n" line per signed header value.
func canonicalHeaders(r *http.Request, names []string) (string, *Error) {
	var b strings.Builder
	for _, name := range names {
		var values []string
		if name == "host" {
			values = []string{r.Host}
		} else {
			values = append(values, r.Header.Values(name)...)
		}
		if len(values) == 0 || name == "host" && r.Host == "" {
			return "", authErr("the signed header %q is not in the request", name)
		}
		for i := range values {
			values[i] = strings.TrimSpace(values[i])
		}
		sort.Strings(values)
		for _, v := range values {
			b.WriteString(name)
			b.WriteByte(':')
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}

// payloadHash is X-Sdk-Content-Sha256 when sent (UNSIGNED-PAYLOAD or the
// body's hash), else the hex SHA-256 of the body.
func payloadHash(r *http.Request, body []byte) (string, *Error) {
	own := sha256Hex(body)
	sent := strings.TrimSpace(r.Header.Get(headerContentSHA256))
	switch {
	case sent == "":
		return own, nil
	case sent == unsignedPayload || strings.EqualFold(sent, own):
		return sent, nil
	}
	return "", authErr("%s %q is neither %s nor the SHA-256 of the body", headerContentSHA256, sent, unsignedPayload)
}

// canonicalRequest is step 2 of the guide: method, canonical URI, canonical
// query, canonical headers, signed headers and the payload hash, one per line.
func canonicalRequest(r *http.Request, signed []string, body []byte) (string, *Error) {
	query, aerr := canonicalQuery(r.URL.RawQuery)
	if aerr != nil {
		return "", aerr
	}
	headers, aerr := canonicalHeaders(r, signed)
	if aerr != nil {
		return "", aerr
	}
	hash, aerr := payloadHash(r, body)
	if aerr != nil {
		return "", aerr
	}
	return strings.Join([]string{
		r.Method,
		canonicalURI(r.URL.EscapedPath()),
		query,
		headers,
		strings.Join(signed, ";"),
		hash,
	}, "\n"), nil
}

// signature is steps 3 and 4: HMAC-SHA256 of the string to sign with the
// secret key itself (no key derivation), lower-case hex.
func signature(secretKey, sdkDate, canonical string) string {
	stringToSign := algorithm + "\n" + sdkDate + "\n" + sha256Hex([]byte(canonical))
	m := hmac.New(sha256.New, []byte(secretKey))
	m.Write([]byte(stringToSign))
	return hex.EncodeToString(m.Sum(nil))
}

// verify checks the request's signature against keys (AK -> SK) with now as
// the server clock and returns the access key.
func verify(r *http.Request, body []byte, keys map[string]string, now time.Time) (string, *Error) {
	auth := r.Header.Get(headerAuthorization)
	if strings.TrimSpace(auth) == "" {
		if r.Header.Get(headerAuthToken) != "" {
			return "", authErr("token authentication (%s) is not emulated by the sandbox; sign the request with AK/SK (%s)", headerAuthToken, algorithm)
		}
		return "", authErr("the request carries no Authorization header; sign it with AK/SK (%s)", algorithm)
	}
	cred, aerr := parseAuthorization(auth)
	if aerr != nil {
		return "", aerr
	}
	secretKey, ok := keys[cred.AccessKey]
	if !ok {
		return cred.AccessKey, authErr("Get secretKey failed, ak:%s, err:ak not exist", cred.AccessKey)
	}
	dateText := strings.TrimSpace(r.Header.Get(headerSdkDate))
	signedAt, err := time.Parse(sdkDateLayout, dateText)
	if err != nil {
		return cred.AccessKey, authErr("%s %q is not a UTC time YYYYMMDDTHHMMSSZ", headerSdkDate, dateText)
	}
	if skew := now.Sub(signedAt); skew > MaxClockSkew || skew < -MaxClockSkew {
		return cred.AccessKey, authErr("the request expired: %s %s differs from the server time %s by more than %s", headerSdkDate, dateText, now.UTC().Format(sdkDateLayout), MaxClockSkew)
	}
	canonical, aerr := canonicalRequest(r, cred.SignedHeaders, body)
	if aerr != nil {
		return cred.AccessKey, aerr
	}
	if want := signature(secretKey, dateText, canonical); !hmac.Equal([]byte(want), []byte(cred.Signature)) {
		return cred.AccessKey, authErr("verify aksk signature fail")
	}
	return cred.AccessKey, nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
