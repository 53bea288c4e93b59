package tencentapi

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// TC3-HMAC-SHA256 verification, implemented from the ECM document
// (seed 003, "Signature v3", L1432-L3266) without any client code.

const (
	tc3Algorithm   = "TC3-HMAC-SHA256"
	tc3Terminator  = "tc3_request"
	maxClockSkew   = 5 * time.Minute
	tc3DateLayout  = "2006-01-02"
	headerAuth     = "Authorization"
	headerTime     = "X-TC-Timestamp"
	headerAction   = "X-TC-Action"
	headerVersion  = "X-TC-Version"
	headerRegion   = "X-TC-Region"
	mustSignHeader = "content-type;host"
)

// tc3Credential is the parsed Authorization header.
type tc3Credential struct {
	SecretID      string
	Date          string // credential-scope date, YYYY-MM-DD
	Service       string // credential-scope service, e.g. "ecm"
	SignedHeaders string // as sent, e.g. "content-type;host"
	Signature     string // lower-case hex
}

// parseTC3Authorization parses
// "TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=a;b, Signature=hex".
func parseTC3Authorization(h string) (*tc3Credential, *Error) {
	h = strings.TrimSpace(h)
	if h == "" {
		return nil, Errf("AuthFailure.InvalidAuthorization", "The Authorization header is missing; sign the request with TC3-HMAC-SHA256.")
	}
	alg, rest, ok := strings.Cut(h, " ")
	if !ok || alg != tc3Algorithm {
		return nil, Errf("AuthFailure.InvalidAuthorization", "The Authorization header must start with %q.", tc3Algorithm)
	}
	fields := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, Errf("AuthFailure.InvalidAuthorization", "The Authorization header element %q is not of the form key=value.", strings.TrimSpace(part))
		}
		fields[k] = v
	}
	cred, signed, sig := fields["Credential"], fields["SignedHeaders"], fields["Signature"]
	if cred == "" || signed == "" || sig == "" {
		return nil, Errf("AuthFailure.InvalidAuthorization", "The Authorization header must contain Credential, SignedHeaders and Signature.")
	}
	scope := strings.Split(cred, "/")
	if len(scope) != 4 || scope[0] == "" || scope[2] == "" || scope[3] != tc3Terminator {
		return nil, Errf("AuthFailure.InvalidAuthorization", "The Credential %q must be SecretId/YYYY-MM-DD/service/tc3_request.", cred)
	}
	if _, err := time.Parse(tc3DateLayout, scope[1]); err != nil {
		return nil, Errf("AuthFailure.InvalidAuthorization", "The credential scope date %q is not a YYYY-MM-DD date.", scope[1])
	}
	names := strings.Split(signed, ";")
	have := map[string]bool{}
	for _, n := range names {
		if n == "" || n != strings.ToLower(n) {
			return nil, Errf("AuthFailure.InvalidAuthorization", "SignedHeaders %q must be lower-case header names separated by ';'.", signed)
		}
		have[n] = true
	}
	if !have["content-type"] || !have["host"] {
		return nil, Errf("AuthFailure.InvalidAuthorization", "SignedHeaders %q must include content-type and host.", signed)
	}
	if len(sig) != 64 {
		return nil, Errf("AuthFailure.SignatureFailure", "The signature %q is not a 64-character hex SHA-256 HMAC.", sig)
	}
	return &tc3Credential{SecretID: scope[0], Date: scope[1], Service: scope[2], SignedHeaders: signed, Signature: strings.ToLower(sig)}, nil
}

// tc3CanonicalRequest builds the canonical request from what was actually
// received: method, path, raw query, the signed headers' values and the body.
func tc3CanonicalRequest(r *http.Request, signedHeaders string, body []byte) string {
	var hdr strings.Builder
	for _, name := range strings.Split(signedHeaders, ";") {
		var v string
		if name == "host" {
			v = r.Host
			if v == "" {
				v = r.Header.Get("Host")
			}
		} else {
			v = strings.Join(r.Header.Values(name), ",")
		}
		hdr.WriteString(name)
		hdr.WriteByte(':')
		hdr.WriteString(strings.ToLower(strings.TrimSpace(v)))
		hdr.WriteByte('\n')
	}
	path := r.URL.EscapedPath()
	if path == "" {
		path = "/"
	}
	return strings.Join([]string{
		r.Method,
		path,
		r.URL.RawQuery,
		hdr.String(),
		signedHeaders,
		sha256Hex(body),
	}, "\n")
}

// tc3Sign computes the lower-case hex signature of a canonical request.
func tc3Sign(secretKey, date, service, timestamp, canonicalRequest string) string {
	scope := date + "/" + service + "/" + tc3Terminator
	stringToSign := tc3Algorithm + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex([]byte(canonicalRequest))
	kDate := hmacSHA256([]byte("TC3"+secretKey), date)
	kService := hmacSHA256(kDate, service)
	kSigning := hmacSHA256(kService, tc3Terminator)
	return hex.EncodeToString(hmacSHA256(kSigning, stringToSign))
}

// verifyTC3 checks the request's TC3 signature against the key pairs in keys,
// using now as the server clock. It returns the parsed credential.
func verifyTC3(r *http.Request, body []byte, keys *keyring, now time.Time) (*tc3Credential, *Error) {
	cred, aerr := parseTC3Authorization(r.Header.Get(headerAuth))
	if aerr != nil {
		return nil, aerr
	}
	secretKey, temp, ok := keys.secretKey(cred.SecretID)
	if !ok {
		return cred, Errf("AuthFailure.SecretIdNotFound", "The SecretId %q does not exist in this sandbox.", cred.SecretID)
	}
	tsText := strings.TrimSpace(r.Header.Get(headerTime))
	if tsText == "" {
		return cred, Errf("MissingParameter", "The request is missing the required header %s.", headerTime)
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return cred, Errf("InvalidParameter", "The header %s=%q is not a UNIX timestamp in seconds.", headerTime, tsText)
	}
	signedAt := time.Unix(ts, 0).UTC()
	if skew := now.Sub(signedAt); skew > maxClockSkew || skew < -maxClockSkew {
		return cred, Errf("AuthFailure.SignatureExpire", "The signature expired: %s=%d differs from the server time %d by more than 5 minutes.", headerTime, ts, now.Unix())
	}
	if want := signedAt.Format(tc3DateLayout); cred.Date != want {
		return cred, Errf("AuthFailure.SignatureFailure", "The credential scope date %s must be the UTC date %s of %s.", cred.Date, want, headerTime)
	}
	canonical := tc3CanonicalRequest(r, cred.SignedHeaders, body)
	want := tc3Sign(secretKey, cred.Date, cred.Service, tsText, canonical)
	if !hmac.Equal([]byte(want), []byte(cred.Signature)) {
		return cred, Errf("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.")
	}
	if aerr := checkToken(r, temp, now); aerr != nil {
		return cred, aerr
	}
	return cred, nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, msg string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}
